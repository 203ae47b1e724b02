"""``wink-desktop report``: the diagnostics report for support, with no secret in it.

Exit codes: 0 the report was printed (parts that could not be read are named in it, such
as a missing keyring or no network); 2 bad arguments.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from wink_desktop.core.i18n import Translate

EXIT_OK = 0


def run_report(
    args: argparse.Namespace, translate: Translate, build: Callable[[bool], dict[str, Any]]
) -> int:
    """Print the report as text in the user's language, or as JSON.

    Args:
        args: the parsed command line (``json``, ``no_network``).
        translate: the user's language.
        build: makes the masked report; its argument says whether the network may be used.
    """
    report = build(not args.no_network)
    if args.json:
        import json  # noqa: PLC0415 - only for --json

        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        from wink_desktop.services.diagnostics_text import render_text  # noqa: PLC0415

        print(render_text(report, translate), end="")
    return EXIT_OK


def add_parser(commands: Any, translate: Translate) -> None:
    """Declare ``report`` and its options on the CLI's ``commands``."""
    report = commands.add_parser(
        "report",
        help=translate("Cli", "print a diagnostics report for support (no secret in it)"),
        description=translate(
            "Cli",
            "Versions, system, connection state and its history, the last check's steps, "
            "what discovery finds for the domain, the password storage and the last log "
            "lines. Passwords and tokens are never in it; the address is masked. Exit code "
            "0 when the report was printed (what could not be read is named in it).",
        ),
    )
    report.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    report.add_argument(
        "--no-network",
        action="store_true",
        help=translate("Cli", "do not look the domain up on the network"),
    )
