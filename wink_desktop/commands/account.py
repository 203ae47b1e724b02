"""``wink-desktop status``, ``test`` and ``disconnect``: the connected mailbox from a shell.

Exit codes: 0 connected / works / disconnected; 1 needs attention / failed / not confirmed;
3 no mailbox is connected; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wink_desktop.core.account import AccountFileCorruptError, MailAccount
from wink_desktop.core.errors import WinkError
from wink_desktop.core.i18n import Translate, labelled
from wink_desktop.core.models import ConnectionState
from wink_desktop.core.problems import describe, problem_hint, problem_message

if TYPE_CHECKING:
    from wink_desktop.services.mailbox import Mailbox

EXIT_OK, EXIT_ATTENTION, EXIT_NONE = 0, 1, 3


def account_json(account: MailAccount | None) -> dict[str, Any]:
    """What ``status --json`` prints (never a secret); always a ``state``."""
    if account is None:
        return {"connected": False, "state": ConnectionState.NOT_CONNECTED.value}
    return {
        "connected": True,
        "email": account.email,
        "provider": account.provider,
        "method": account.method.value,
        "state": account.state.value,
        "connected_since": account.connected_since,
        "last_check": account.last_check,
        "last_error": account.last_error,
        "imap": account.imap.address(),
        "smtp": account.smtp.address(),
    }


def corrupt_json(error: AccountFileCorruptError, translate: Translate) -> dict[str, Any]:
    """``status --json`` when the saved file could not be read (and was set aside)."""
    return {
        **account_json(None),
        "error": {
            "code": error.code,
            "message": error.user_message(translate),
            "hint": error.user_hint(translate),
            "set_aside": error.set_aside,
        },
    }


def run_status(
    args: argparse.Namespace, translate: Translate, mailbox: Callable[[], Mailbox]
) -> int:
    """Print the connected mailbox and its state (``mailbox`` makes the service)."""
    try:
        account = mailbox().current()
    except AccountFileCorruptError as exc:
        sys.stderr.write(describe(exc, translate) + "\n")
        if args.json:
            print(json.dumps(corrupt_json(exc, translate), ensure_ascii=False, indent=2))
        else:
            print(translate("Cli", "No mailbox is connected."))
        return EXIT_NONE
    if args.json:
        print(json.dumps(account_json(account), ensure_ascii=False, indent=2))
    elif account is None:
        print(translate("Cli", "No mailbox is connected."))
    else:
        rows = [
            (translate("Cli", "Mailbox"), account.email),
            (translate("Cli", "Provider"), account.provider or account.imap.host),
            (translate("Cli", "Sign-in"), account.method.value),
            (translate("Cli", "Status"), account.state.label(translate)),
            (translate("Cli", "Connected since"), account.connected_since),
            (translate("Cli", "Last successful check"), account.last_check or "-"),
            (translate("Cli", "Last error"), account.last_error or "-"),
        ]
        width = max(len(label) for label, _ in rows)
        for label, value in rows:
            print(f"{label:<{width}}  {value}")
    if account is None:
        return EXIT_NONE
    return EXIT_OK if account.state is ConnectionState.CONNECTED else EXIT_ATTENTION


def run_test(args: argparse.Namespace, translate: Translate, mailbox: Callable[[], Mailbox]) -> int:
    """Check the connected mailbox now, like the "Test" button."""
    from wink_desktop.commands.check import report_to_json  # noqa: PLC0415
    from wink_desktop.services.health import HealthMonitor, Reason  # noqa: PLC0415

    async def go() -> Any:
        return await HealthMonitor(mailbox()).check(Reason.MANUAL)

    try:
        result = asyncio.run(go())
    except AccountFileCorruptError as exc:
        sys.stderr.write(describe(exc, translate) + "\n")
        if args.json:
            print(json.dumps({**corrupt_json(exc, translate), "report": None}, ensure_ascii=False))
        return EXIT_NONE
    except WinkError as exc:
        sys.stderr.write(describe(exc, translate) + "\n")
        return EXIT_ATTENTION
    if result.account is None:
        if args.json:
            print(json.dumps({**account_json(None), "report": None}, ensure_ascii=False))
        else:
            print(translate("Cli", "No mailbox is connected."))
        return EXIT_NONE
    state = result.account.state
    if args.json:
        data = {"state": state.value, "report": None}
        if result.report is not None:
            data["report"] = report_to_json(result.report, translate)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(labelled(translate, result.account.email, state.label(translate)))
        report = result.report
        for server in (report.imap, report.smtp) if report else ():
            if server.problem is not None:
                name = server.protocol.value.upper()
                print("  " + labelled(translate, name, problem_message(server.problem, translate)))
                print(f"        → {problem_hint(server.problem, translate)}")
    return EXIT_OK if state is ConnectionState.CONNECTED else EXIT_ATTENTION


def run_disconnect(
    args: argparse.Namespace, translate: Translate, mailbox: Callable[[], Mailbox]
) -> int:
    """Disconnect the mailbox (asks first, unless ``--yes``)."""
    service = mailbox()
    try:
        account = service.current()
    except AccountFileCorruptError as exc:
        sys.stderr.write(describe(exc, translate) + "\n")
        return EXIT_NONE
    if account is None:
        print(translate("Cli", "No mailbox is connected."))
        return EXIT_NONE
    if not args.yes:
        question = translate("Cli", "Disconnect {email}? [y/N] ").format(email=account.email)
        sys.stdout.write(question)
        sys.stdout.flush()
        answer = (sys.stdin.readline() if sys.stdin else "").strip().lower()
        if answer not in {"y", "yes", "o", "oui"}:
            print(translate("Cli", "Nothing was changed."))
            return EXIT_ATTENTION
    outcome = asyncio.run(service.disconnect())
    print(
        translate(
            "Cli", "Disconnected: no password or token of this mailbox is left on this computer."
        )
    )
    if outcome.remote_revoked is False:
        print(
            translate(
                "Cli",
                "Your provider could not be notified; you can remove Wink from your account's "
                "security page.",
            )
        )
    return EXIT_OK


def add_parser(commands: Any, translate: Translate, name: str) -> None:
    """Declare ``status``, ``test`` or ``disconnect`` (``name``) on the CLI's ``commands``."""
    if name == "disconnect":
        disconnect = commands.add_parser(
            "disconnect",
            help=translate(
                "Cli", "disconnect the mailbox and remove its secrets from this computer"
            ),
            description=translate(
                "Cli",
                "Exit code 0 when disconnected, 1 when not confirmed, 3 when no mailbox is "
                "connected.",
            ),
        )
        disconnect.add_argument(
            "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
        )
        return
    if name == "status":
        command = commands.add_parser(
            "status",
            help=translate("Cli", "show the connected mailbox and its status (never a secret)"),
            description=translate(
                "Cli",
                "Exit code 0 when connected, 1 when the connection needs attention, 3 when no "
                "mailbox is connected.",
            ),
        )
    else:
        command = commands.add_parser(
            "test",
            help=translate("Cli", "check the connected mailbox now and record the result"),
            description=translate(
                "Cli",
                "Exit code 0 when it works, 1 when it does not, 3 when no mailbox is connected.",
            ),
        )
    command.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
