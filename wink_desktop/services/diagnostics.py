"""The diagnostics report: what support needs to answer without a call, with no secret.

:func:`collect` gathers it from the parts the composition root hands over, each read
separately so that one missing part (no keyring, no network, an unreadable file) is said
in the report instead of failing it; everything is masked on the way out. The text form
is :mod:`wink_desktop.services.diagnostics_text`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wink_desktop.core.account import MailAccount, now_iso
from wink_desktop.core.diagnostics import DiagnosticsJournal, Masker
from wink_desktop.core.discovery import DiscoveryResult
from wink_desktop.core.errors import WinkError
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.core.settings import ServerSettings

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportParts:
    """Where each part of the report comes from (the composition root fills it in).

    Each callable may raise: the report then says that part is unavailable and why.

    Attributes:
        version: the app's version.
        language: ``fr`` or ``en``.
        oauth: provider id → whether its client id is set in this build.
        system: OS, distribution, Python (and Qt when known) versions.
        role: the user's Wink role.
        account: the saved account (None: no mailbox connected).
        journal: state history and the last check's trace.
        keyring: the keyring backend's name and whether it is secure.
        secret: the saved secret of an account, only to mask it (never shown).
        catalogue: the bundled providers (where the settings came from).
        discover: discovery for an address (None: ``--no-network``).
        log_file: the log file's path.
        log_tail: the log's last lines.
        redact: the log redaction (token shapes, secrets known to this process).
    """

    version: str
    language: str
    oauth: Callable[[], dict[str, bool]]
    system: Callable[[], dict[str, str]]
    role: Callable[[], str]
    account: Callable[[], MailAccount | None]
    journal: DiagnosticsJournal
    keyring: Callable[[], dict[str, Any]]
    secret: Callable[[MailAccount], str | None]
    catalogue: ProviderCatalogue
    discover: Callable[[str], DiscoveryResult] | None
    log_file: Path
    log_tail: Callable[[], list[str]]
    redact: Callable[[str], str] = field(default=lambda text: text)


def _attempt(what: str, read: Callable[[], Any]) -> Any:
    """``read()``, or ``{"unavailable": reason}`` when it fails (never a traceback)."""
    try:
        return read()
    except WinkError as exc:
        return {"unavailable": exc.code}
    except Exception as exc:  # noqa: BLE001 - a report must come out whatever is broken
        _log.debug("diagnostics: %s unavailable", what, exc_info=True)
        return {"unavailable": type(exc).__name__}


def _server(server: ServerSettings, email: str) -> dict[str, Any]:
    return {
        "host": server.host,
        "port": server.port,
        "security": server.security.value,
        "username": server.login(email),
    }


def _same(found: ServerSettings | None, saved: ServerSettings) -> bool:
    return found is not None and (found.host.lower(), found.port, found.security) == (
        saved.host.lower(),
        saved.port,
        saved.security,
    )


def settings_origin(
    account: MailAccount, catalogue: ProviderCatalogue, found: DiscoveryResult | None
) -> str:
    """Where the saved server settings most likely came from, as the server form says it.

    ``oauth`` (the provider's sign-in sets them), ``bundled`` (the provider we know),
    ``discovered:<source>`` (what discovery finds now), else ``typed`` (typed or edited).
    """
    if account.method.value == "oauth2":
        return "oauth"
    candidates = [(catalogue.for_email(account.email), "bundled")]
    if found is not None and found.found is not None:
        candidates.append((found.found, f"discovered:{found.found.source.value}"))
    for answer, origin in candidates:
        if (
            answer is not None
            and _same(answer.imap, account.imap)
            and _same(answer.smtp, account.smtp)
        ):
            return origin
    return "typed"


def _discovery(result: DiscoveryResult) -> dict[str, Any]:
    found = result.found
    return {
        "offline": result.offline,
        "elapsed_ms": result.elapsed_ms,
        "found": None
        if found is None
        else {
            "source": found.source.value,
            "trusted": found.trusted,
            "imap": None if found.imap is None else _server(found.imap, result.email),
            "smtp": None if found.smtp is None else _server(found.smtp, result.email),
        },
        "sources": [
            {
                "source": r.source.value,
                "outcome": r.outcome.value,
                "ms": r.elapsed_ms,
                "note": r.note,
            }
            for r in result.reports
        ],
    }


def _connection(parts: ReportParts, account: MailAccount | None) -> dict[str, Any]:
    if account is None:
        return {"state": "not_connected"}
    result = None
    discovery: Any = "skipped"
    if parts.discover is not None:
        discover = parts.discover
        result = _attempt("discovery", lambda: discover(account.email))
        discovery = _discovery(result) if isinstance(result, DiscoveryResult) else result
        result = result if isinstance(result, DiscoveryResult) else None
    return {
        "state": account.state.value,
        "email": account.email,
        "provider": account.provider,
        "method": account.method.value,
        "connected_since": account.connected_since,
        "last_check": account.last_check,
        "last_error": account.last_error,
        "imap": _server(account.imap, account.email),
        "smtp": _server(account.smtp, account.email),
        "settings_origin": settings_origin(account, parts.catalogue, result),
        "trusted_certificates": len(account.trusted_fingerprints),
        "allow_plaintext": account.allow_plaintext,
        "discovery": discovery,
    }


def collect(parts: ReportParts) -> dict[str, Any]:
    """The whole report as JSON-ready data, masked (blocking: run it off the GUI thread)."""
    account = _attempt("account", parts.account)
    saved = account if isinstance(account, MailAccount) else None
    secrets: list[str] = []
    if saved is not None:
        secret = _attempt("secret", lambda: parts.secret(saved))
        if isinstance(secret, str):
            secrets.append(secret)
            secrets.extend(_json_strings(secret))
    connection = _connection(parts, saved) if saved is not None or account is None else account
    report = {
        "generated": now_iso(),
        "app": {"version": parts.version, "oauth_enabled": _attempt("oauth", parts.oauth)},
        "system": _attempt("system", parts.system),
        "language": parts.language,
        "role": _attempt("role", parts.role),
        "connection": connection,
        "history": _attempt("history", parts.journal.history),
        "last_check": _attempt("last check", parts.journal.last_check),
        "keyring": _attempt("keyring", parts.keyring),
        "log_file": str(parts.log_file),
        "log_tail": _attempt("log", parts.log_tail),
    }
    masker = Masker(parts.redact, saved.email if saved else None, secrets)
    masked: dict[str, Any] = masker.value(report)
    return masked


def _json_strings(secret: str) -> list[str]:
    """The token values inside a secret kept as JSON (msal's cache: ``"secret"`` fields)."""
    import json  # noqa: PLC0415

    try:
        data = json.loads(secret)
    except ValueError:
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                if isinstance(value, str) and ("secret" in key or "token" in key):
                    found.append(value)
                elif isinstance(value, dict | list):
                    stack.append(value)
    return found
