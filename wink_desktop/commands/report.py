"""``wink-desktop report``: the diagnostics report for support, with no secret in it.

Exit codes: 0 the report was printed (parts that could not be read are named in it, such
as a missing keyring or no network); 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
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
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        from wink_desktop.services.diagnostics_text import render_text  # noqa: PLC0415

        print(render_text(report, translate), end="")
    return EXIT_OK
