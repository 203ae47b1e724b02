"""``wink-desktop check``: the connection test from the command line."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from collections.abc import Callable, Mapping
from typing import Any

from wink_desktop.core.checks import CheckReport, Protocol, ServerReport, StepResult
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, labelled
from wink_desktop.core.models import Security
from wink_desktop.core.os_errors import translate_note
from wink_desktop.core.probing import (
    CONNECT_TIMEOUT,
    STEP_TIMEOUT,
    CheckOptions,
    ServerProbe,
    normalize_fingerprint,
)
from wink_desktop.core.problems import problem_hint, problem_message
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.core.settings import STANDARD_PORTS, Credentials, ServerSettings
from wink_desktop.core.validation import normalize_email, require_secret

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_BRACKETS = QT_TRANSLATE_NOOP(
    "Errors",
    "Write an IPv6 address between brackets, then the port if needed: [2001:db8::1]:993.",
)
_MAX_TIMEOUT = 600.0


def split_host_port(text: str, protocol: str, security: Security) -> tuple[str, str]:
    """``host:port``, ``[v6]:port`` or a bare host (then the standard port).

    Raises:
        InvalidInputError: a bracket is not closed, or is followed by something else than
            ``:port``.
    """
    text = text.strip()
    if text.startswith("["):
        host, closed, rest = text[1:].partition("]")
        if not closed or (rest and not rest.startswith(":")):
            # "[::1" is not "::1" on the standard port: refuse what was not meant.
            field = f"{protocol}_host"
            raise InvalidInputError(field, _BRACKETS)
        port = rest.removeprefix(":")
    elif text.count(":") == 1:
        host, _, port = text.partition(":")
    else:
        host, port = text, ""
    return host, port or str(STANDARD_PORTS[(protocol, security)])


def run_check(
    args: argparse.Namespace,
    translate: Translate,
    probes: Callable[[], Mapping[Protocol, ServerProbe]],
    providers: Callable[[], ProviderCatalogue] | None = None,
) -> int:
    """Validate the arguments, run the check, print the report; return the exit code.

    Args:
        args: the parsed command line.
        translate: the user's language.
        probes: makes the IMAP and SMTP probes (the composition root's).
        providers: gives the providers we know, to say when a refused password should
            have been an app password.
    """
    try:
        request = _parse(args, translate)
    except InvalidInputError as exc:
        where = labelled(translate, "wink-desktop check", exc.field)
        sys.stderr.write(labelled(translate, where, exc.user_message(translate)) + "\n")
        return EXIT_USAGE
    email, imap, smtp, credentials, options = request

    from wink_desktop.services.connection_test import check_connection  # noqa: PLC0415

    def live(step: StepResult) -> None:
        if not args.json:
            print(_step_line(step, translate), flush=True)

    report = asyncio.run(
        check_connection(
            probes(),
            email,
            imap,
            smtp,
            credentials,
            options=options,
            on_step=live,
            providers=providers() if providers else None,
        )
    )
    if args.json:
        print(json.dumps(report_to_json(report, translate), ensure_ascii=False, indent=2))
    else:
        print(_summary(report, translate))
    return EXIT_OK if report.ok else EXIT_FAILED


def _parse(
    args: argparse.Namespace, translate: Translate
) -> tuple[str, ServerSettings, ServerSettings, Credentials, CheckOptions]:
    email = normalize_email(args.email)
    servers = []
    for protocol in ("imap", "smtp"):
        security = Security(getattr(args, f"{protocol}_security"))
        host, port = split_host_port(getattr(args, protocol), protocol, security)
        servers.append(
            ServerSettings.parse(host, port, security, args.username, field_prefix=f"{protocol}_")
        )
    pins = set()
    for raw in args.trust_fingerprint:
        try:
            pins.add(normalize_fingerprint(raw))
        except ValueError:
            message = translate("Cli", "A fingerprint is 64 hexadecimal digits (SHA-256).")
            raise InvalidInputError("trust_fingerprint", message) from None
    timeout = args.timeout
    if timeout is not None and not 0 < timeout <= _MAX_TIMEOUT:
        message = translate("Cli", "The timeout must be between 0 and 600 seconds.")
        raise InvalidInputError("timeout", message)
    options = CheckOptions(
        connect_timeout=timeout or CONNECT_TIMEOUT,
        step_timeout=timeout or STEP_TIMEOUT,
        trusted_fingerprints=frozenset(pins),
        allow_plaintext=args.allow_plaintext,
    )
    field = "token" if args.token_stdin else "password"
    secret = require_secret(_read_secret(args.token_stdin, translate), field)
    return email, servers[0], servers[1], Credentials(secret, is_token=args.token_stdin), options


def _read_secret(is_token: bool, translate: Translate) -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        prompt = translate("Cli", "Token: ") if is_token else translate("Cli", "Password: ")
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def report_to_json(report: CheckReport, translate: Translate) -> dict[str, Any]:
    """The ``--json`` shape: ok, elapsed_ms, and one object per server."""
    return {
        "ok": report.ok,
        "elapsed_ms": report.elapsed_ms,
        "imap": _server_json(report.imap, translate),
        "smtp": _server_json(report.smtp, translate),
    }


def _server_json(server: ServerReport, translate: Translate) -> dict[str, Any]:
    error = None
    if server.problem is not None:
        error = {
            "code": server.problem.code.value,
            "message": problem_message(server.problem, translate),
            "hint": _hint(server, translate),
            "certificate": server.problem.certificate.to_json()
            if server.problem.certificate
            else None,
        }
    return {
        "ok": server.ok,
        "steps": [
            {"name": s.step.value, "ok": s.ok, "ms": s.duration_ms, "detail": s.detail}
            for s in server.steps
        ],
        "error": error,
    }


def _hint(server: ServerReport, translate: Translate) -> str:
    if server.problem is None:
        return ""
    hint = problem_hint(server.problem, translate)
    return f"{hint} {server.problem.help_url}" if server.problem.help_url else hint


def _step_line(step: StepResult, translate: Translate) -> str:
    mark = "✓" if step.ok else "✗"
    label = step.step.label(translate)
    name = step.protocol.value.upper()
    detail = translate_note(step.detail, translate)
    return f"{name:4} {mark} {label:<34} {step.duration_ms:>6} ms  {detail}"


def _summary(report: CheckReport, translate: Translate) -> str:
    lines = [""]
    for server in (report.imap, report.smtp):
        name = server.protocol.value.upper()
        if server.ok:
            if server.protocol is Protocol.IMAP and server.message_count is not None:
                text = translate("Cli", "works ({count} messages in the inbox)").format(
                    count=server.message_count
                )
            else:
                text = translate("Cli", "works")
            lines.append(labelled(translate, name, text))
            continue
        if server.problem is None:
            not_checked = translate("Cli", "not checked")
            lines.append(labelled(translate, name, not_checked))
            continue
        lines.append(labelled(translate, name, problem_message(server.problem, translate)))
        lines.append(f"      → {_hint(server, translate)}")
        cert = server.problem.certificate
        if cert is not None:
            lines.append(
                "      "
                + translate(
                    "Cli", "Certificate: {subject}, issued by {issuer}, valid {start} to {end}"
                ).format(
                    subject=cert.subject,
                    issuer=cert.issuer,
                    start=cert.not_before,
                    end=cert.not_after,
                )
            )
            lines.append(
                "      "
                + translate("Cli", "Valid for: {names}").format(names=", ".join(cert.names))
            )
            lines.append("      " + labelled(translate, "SHA-256", cert.sha256))
    lines.append(translate("Cli", "Total time: {ms} ms").format(ms=report.elapsed_ms))
    return "\n".join(lines)


def add_parser(commands: Any, translate: Translate) -> None:
    """Declare ``check`` and its options on the CLI's ``commands``."""
    check = commands.add_parser(
        "check",
        help=translate("Cli", "test the IMAP and SMTP servers of a mailbox (both at once)"),
        description=translate(
            "Cli",
            "Signs in to both servers at the same time and shows each step. The password or "
            "token is read from standard input. Exit code 0 when both servers work, 1 when "
            "one fails, 2 for bad arguments.",
        ),
    )
    security = ("ssl", "starttls", "plain")
    check.add_argument("--email", required=True, help=translate("Cli", "the mailbox address"))
    check.add_argument(
        "--imap", required=True, metavar="HOST:PORT", help=translate("Cli", "incoming server")
    )
    check.add_argument("--imap-security", required=True, choices=security)
    check.add_argument(
        "--smtp", required=True, metavar="HOST:PORT", help=translate("Cli", "outgoing server")
    )
    check.add_argument("--smtp-security", required=True, choices=security)
    check.add_argument(
        "--username", help=translate("Cli", "user name, when it is not the email address")
    )
    secret = check.add_mutually_exclusive_group(required=True)
    secret.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the password from standard input"),
    )
    secret.add_argument(
        "--token-stdin",
        action="store_true",
        help=translate("Cli", "read an OAuth 2.0 access token from standard input"),
    )
    check.add_argument(
        "--trust-fingerprint",
        action="append",
        default=[],
        metavar="SHA256",
        help=translate("Cli", "accept exactly this server certificate (repeatable)"),
    )
    check.add_argument(
        "--allow-plaintext",
        action="store_true",
        help=translate("Cli", "allow signing in over an unencrypted connection"),
    )
    check.add_argument(
        "--timeout",
        type=float,
        metavar=translate("Cli", "SECONDS"),
        help=translate("Cli", "limit for each step (default: 15 s to connect, 20 s otherwise)"),
    )
    check.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
