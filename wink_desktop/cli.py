"""The ``wink-desktop`` command: the GUI by default, subcommands for support and scripts.

Exit codes: 0 success, 1 the operation failed, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from wink_desktop.cli_support import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    VersionAction,
    argparse_speaks,
    early_language,
    qt_version,
    translator,
)
from wink_desktop.core.i18n import Translate, labelled, untranslated

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def build_parser(
    translate: Translate = untranslated, only: str | None = None
) -> argparse.ArgumentParser:
    """The argument parser, with help texts in the user's language.

    Args:
        translate: the user's language.
        only: build just this command's parser (the command line names it): each
            command's options cost ~0.5 ms to declare, at every start of every command.
    """
    parser = Parser(
        prog="wink-desktop",
        description=translate(
            "Cli", "Connect your mailbox to Wink. Without a command, opens the app."
        ),
        epilog=translate(
            "Cli",
            "Exit codes: 0 success, 1 the operation failed (or needs attention), 2 bad "
            "arguments, 3 nothing found or no mailbox connected, 4 the app is already open "
            "but does not answer. Secrets are only ever read "
            "from standard input, never from arguments.",
        ),
    )
    parser.add_argument(
        "--version",
        action=VersionAction,
        translate=translate,
        help=translate("Cli", "print the version and exit"),
    )
    parser.add_argument(
        "--role",
        choices=("super_admin", "admin", "collaborator"),
        help=translate("Cli", "act as this Wink role (demos and screenshots; Wink decides)"),
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        help=translate("Cli", "language of the windows and messages (default: the system's)"),
    )
    start = parser.add_mutually_exclusive_group()
    start.add_argument(
        "--hidden",
        dest="start",
        action="store_const",
        const="hidden",
        help=translate(
            "Cli", "start in the tray, without a window (when starting with the session)"
        ),
    )
    start.add_argument(
        "--minimized",
        dest="start",
        action="store_const",
        const="minimized",
        help=translate("Cli", "start with the window minimised"),
    )
    _add_verbose(parser, translate, argparse.SUPPRESS)
    parser.set_defaults(verbose=False)
    commands = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), title=translate("Cli", "commands")
    )
    # One declaration may add several commands (screenshots and guide): each once.
    for add in dict.fromkeys(add for name, add in _COMMANDS.items() if only in {None, name}):
        add(commands, translate)
    for sub in commands.choices.values():
        # Also after the command; SUPPRESS keeps a flag given before it.
        _add_verbose(sub, translate, argparse.SUPPRESS)
    return parser


def _add_verbose(parser: argparse.ArgumentParser, translate: Translate, default: Any) -> None:
    parser.add_argument(
        "--verbose",
        action="store_true",
        default=default,
        help=translate("Cli", "log details (debug level) to the log file, and to stderr"),
    )


def _add_report_parser(commands: Any, translate: Translate) -> None:
    from wink_desktop.commands.report import add_parser  # noqa: PLC0415

    add_parser(commands, translate)


def _add_gui_parser(commands: Any, translate: Translate) -> None:
    gui = commands.add_parser("gui", help=translate("Cli", "open the app (the default)"))
    # For packaging tests and benchmarks only: open, save the painted window, exit.
    gui.add_argument("--smoke-screenshot", metavar="PATH", help=argparse.SUPPRESS)


def _add_paths_parser(commands: Any, translate: Translate) -> None:
    paths = commands.add_parser(
        "paths", help=translate("Cli", "show where Wink Desktop keeps its files (for support)")
    )
    paths.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _add_status_parser(commands: Any, translate: Translate) -> None:
    status = commands.add_parser(
        "status",
        help=translate("Cli", "show the connected mailbox and its status (never a secret)"),
        description=translate(
            "Cli",
            "Exit code 0 when connected, 1 when the connection needs attention, 3 when no "
            "mailbox is connected.",
        ),
    )
    status.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _add_test_parser(commands: Any, translate: Translate) -> None:
    test = commands.add_parser(
        "test",
        help=translate("Cli", "check the connected mailbox now and record the result"),
        description=translate(
            "Cli", "Exit code 0 when it works, 1 when it does not, 3 when no mailbox is connected."
        ),
    )
    test.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _add_disconnect_parser(commands: Any, translate: Translate) -> None:
    disconnect = commands.add_parser(
        "disconnect",
        help=translate("Cli", "disconnect the mailbox and remove its secrets from this computer"),
        description=translate(
            "Cli",
            "Exit code 0 when disconnected, 1 when not confirmed, 3 when no mailbox is connected.",
        ),
    )
    disconnect.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )


def _add_discover_parser(commands: Any, translate: Translate) -> None:
    from wink_desktop.wiring import source_names  # noqa: PLC0415 - the one list of sources

    discover = commands.add_parser(
        "discover",
        help=translate("Cli", "find the IMAP and SMTP settings of an email address"),
        description=translate(
            "Cli",
            "Asks every source at once (bundled providers, the provider's autoconfig, the "
            "ISP database, DNS SRV and MX records, then guessing) and keeps the most "
            "reliable answer. Exit code 0 when settings were found, 3 when nothing was "
            "found, 2 for bad input.",
        ),
    )
    discover.add_argument("email", help=translate("Cli", "the email address"))
    discover.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    discover.add_argument(
        "--source",
        action="append",
        choices=source_names(),
        help=translate("Cli", "use only this source (repeatable)"),
    )
    discover.add_argument(
        "--explain",
        action="store_true",
        help=translate("Cli", "show what each source answered and how long it took"),
    )


def _add_check_parser(commands: Any, translate: Translate) -> None:
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


def _add_support_parsers(commands: Any, translate: Translate) -> None:
    """``screenshots`` and ``guide`` (the support kit, in ``ui/support/``)."""
    shots = commands.add_parser(
        "screenshots",
        help=translate("Cli", "draw every screen, with demo data (no server, no network)"),
    )
    out = translate("Cli", "the folder to write to (created if missing)")
    shots.add_argument("--out", required=True, metavar="DIR", help=out)
    languages = translate("Cli", "the language of the screens (default: both)")
    shots.add_argument(
        "--lang", dest="languages", choices=("fr", "en", "all"), default="all", help=languages
    )
    scale = translate("Cli", "1 for normal screens, 2 for HiDPI ones (default: both)")
    shots.add_argument("--scale", choices=("1", "2", "all"), default="all", help=scale)
    theme = translate("Cli", "the colour theme (default: every theme of this version)")
    shots.add_argument("--theme", choices=("light", "dark", "all"), default="all", help=theme)
    shots.add_argument("--only", action="append", metavar="NAME", help=argparse.SUPPRESS)
    guide = commands.add_parser(
        "guide", help=translate("Cli", "write the illustrated guide (HTML and Markdown)")
    )
    guide.add_argument("--out", required=True, metavar="DIR", help=out)
    guide.add_argument(
        "--lang", dest="languages", choices=("fr", "en", "all"), default="all", help=languages
    )


#: The commands, in the order ``--help`` lists them.
_COMMANDS: dict[str, Callable[[Any, Translate], None]] = {
    "gui": _add_gui_parser,
    "paths": _add_paths_parser,
    "check": _add_check_parser,
    "discover": _add_discover_parser,
    "status": _add_status_parser,
    "test": _add_test_parser,
    "disconnect": _add_disconnect_parser,
    "report": _add_report_parser,
    "screenshots": _add_support_parsers,
    "guide": _add_support_parsers,
}
#: The global options that are flags (``--verbose``).
_FLAG_OPTIONS = {"--verbose"}
#: The global options that take a value (``--lang fr``).
_VALUED_OPTIONS = {"--lang", "--role"}


def _named_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, when it names one before any help or version request.

    Only that command's parser is then built; anything else (no command, a typo, ``--help``
    first) gets the full parser and its usual messages.
    """
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in _COMMANDS else None
        elif arg.split("=", 1)[0] not in _VALUED_OPTIONS | _FLAG_OPTIONS:
            return None  # -h, --version, or an unknown option: the full parser explains
    return None


def _paths(as_json: bool, translate: Translate) -> int:
    from wink_desktop import wiring  # noqa: PLC0415

    values = {key: str(path) for key, path in wiring.app_paths().items()}
    values["log_file"] = str(wiring.log_file())
    if as_json:
        import json  # noqa: PLC0415 - only for --json

        print(json.dumps(values, indent=2))
    else:
        labels = {
            "config": translate("Cli", "Settings"),
            "data": translate("Cli", "Data"),
            "logs": translate("Cli", "Logs"),
            "log_file": translate("Cli", "Log file"),
        }
        for key, value in values.items():
            print(labelled(translate, labels[key], value))
        print(translate("Cli", "Passwords and tokens are kept only in the system keyring."))
    return EXIT_OK


def _report(args: argparse.Namespace, translate: Translate) -> int:
    from wink_desktop import wiring  # noqa: PLC0415
    from wink_desktop.commands.report import run_report  # noqa: PLC0415
    from wink_desktop.services.diagnostics import collect  # noqa: PLC0415

    language = "fr" if translate is not untranslated else "en"
    return run_report(
        args,
        translate,
        lambda network: collect(wiring.report_parts(language, qt_version(), network=network)),
    )


def _pictures(args: argparse.Namespace, translate: Translate) -> int:
    from wink_desktop import wiring  # noqa: PLC0415
    from wink_desktop.ui.support import commands  # noqa: PLC0415 - Qt only here

    run = commands.run_screenshots if args.command == "screenshots" else commands.run_guide
    return run(args, translate, wiring.catalogue)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``wink-desktop`` and ``python -m wink_desktop``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    translate = translator(early_language(args_list))
    with argparse_speaks(translate):
        args = build_parser(translate, _named_command(args_list)).parse_args(args_list)
    if args.command == "paths":
        return _paths(args.json, translate)
    # The composition root: the commands get the concrete parts from here.
    from wink_desktop import wiring  # noqa: PLC0415

    if args.verbose and args.command not in {None, "gui"}:
        wiring.setup_logging(verbose=True, stderr=True)
    support = {"report": _report, "screenshots": _pictures, "guide": _pictures}
    if args.command in support:
        return support[args.command](args, translate)
    if args.command in {"status", "test", "disconnect"}:
        from wink_desktop.commands import account  # noqa: PLC0415

        runner = {
            "status": account.run_status,
            "test": account.run_test,
            "disconnect": account.run_disconnect,
        }[args.command]
        return runner(args, translate, wiring.mailbox)
    if args.command == "discover":
        from wink_desktop.commands.discover import run_discover  # noqa: PLC0415

        return run_discover(args, translate, wiring.discovery_sources)
    if args.command == "check":
        from wink_desktop.commands.check import run_check  # noqa: PLC0415

        return run_check(args, translate, wiring.probes, wiring.catalogue)
    from wink_desktop.app import run  # noqa: PLC0415 - Qt only when the GUI is wanted

    shown = None
    if getattr(args, "smoke_screenshot", None):
        from wink_desktop.ui.smoke import screenshot_then_exit  # noqa: PLC0415

        shown = screenshot_then_exit(args.smoke_screenshot)
    return run(
        language=args.lang, role=args.role, on_shown=shown, start=args.start, verbose=args.verbose
    )
