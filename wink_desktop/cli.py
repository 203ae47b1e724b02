"""The ``wink-desktop`` command: the GUI by default, subcommands for support and scripts.

Here the global options and ``discover``; every other command is declared and run by
:mod:`wink_desktop.cli_commands`, which ``discover`` never loads. Exit codes: 0 success,
1 the operation failed, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from wink_desktop.cli_support import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    VersionAction,
    argparse_speaks,
    early_language,
    translator,
)
from wink_desktop.core.i18n import Translate, untranslated

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def build_parser(
    translate: Translate = untranslated, only: str | None = None
) -> argparse.ArgumentParser:
    """The argument parser, with help texts in the user's language.

    Args:
        translate: the user's language.
        only: build just this command's parser (the command line names it), or none for
            ``""``: each command's options cost ~0.5 ms to declare (and their module's
            import), at every start.
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
    for name in _COMMANDS:
        if only in {None, name}:
            _add_command(commands, name, translate)
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


def _add_command(commands: Any, name: str, translate: Translate) -> None:
    if name != "discover":
        from wink_desktop.cli_commands import add_command  # noqa: PLC0415

        add_command(commands, name, translate)
        return
    from wink_desktop.commands.discover import add_parser  # noqa: PLC0415
    from wink_desktop.wiring_discovery import source_names  # noqa: PLC0415

    add_parser(commands, translate, source_names())


#: The commands, in the order ``--help`` lists them.
_COMMANDS = (
    "gui",
    "paths",
    "check",
    "discover",
    "status",
    "test",
    "disconnect",
    "report",
    "screenshots",
    "guide",
)
#: The global options that are flags (``--verbose``).
_FLAG_OPTIONS = {"--verbose", "--hidden", "--minimized"}
#: The global options that take a value (``--lang fr``).
_VALUED_OPTIONS = {"--lang", "--role"}


def _named_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, when it names one before any help or version request.

    Only that command's parser is then built; ``""`` when it names none and needs none (the
    app, with known options only); anything else (a typo, ``--help`` first) gets the full
    parser and its usual messages.
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
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``wink-desktop`` and ``python -m wink_desktop``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    translate = translator(early_language(args_list))
    with argparse_speaks(translate):
        args = build_parser(translate, _named_command(args_list)).parse_args(args_list)
    if args.command != "discover":
        from wink_desktop.cli_commands import run  # noqa: PLC0415

        return run(args, translate)
    if args.verbose:
        from wink_desktop.wiring import setup_logging  # noqa: PLC0415

        setup_logging(verbose=True, stderr=True)
    # Only the discovery part of the composition root: the rest costs start-up time.
    from wink_desktop import wiring_discovery  # noqa: PLC0415
    from wink_desktop.commands.discover import run_discover  # noqa: PLC0415

    return run_discover(args, translate, wiring_discovery.discovery_sources)
