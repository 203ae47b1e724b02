"""The support kit's commands, ``screenshots`` and ``guide``: their options only.

The work is in ``ui/support/`` (Qt); declaring the options here keeps Qt out of the
command line until one of them runs.
"""

from __future__ import annotations

import argparse
from typing import Any

from wink_desktop.core.i18n import Translate


def add_parser(commands: Any, translate: Translate, name: str) -> None:
    """Declare ``screenshots`` or ``guide`` (``name``) on the CLI's ``commands``."""
    out = translate("Cli", "the folder to write to (created if missing)")
    languages = translate("Cli", "the language of the screens (default: both)")
    if name == "guide":
        guide = commands.add_parser(
            "guide", help=translate("Cli", "write the illustrated guide (HTML and Markdown)")
        )
        guide.add_argument("--out", required=True, metavar="DIR", help=out)
        guide.add_argument(
            "--lang", dest="languages", choices=("fr", "en", "all"), default="all", help=languages
        )
        return
    shots = commands.add_parser(
        "screenshots",
        help=translate("Cli", "draw every screen, with demo data (no server, no network)"),
    )
    shots.add_argument("--out", required=True, metavar="DIR", help=out)
    shots.add_argument(
        "--lang", dest="languages", choices=("fr", "en", "all"), default="all", help=languages
    )
    scale = translate("Cli", "1 for normal screens, 2 for HiDPI ones (default: both)")
    shots.add_argument("--scale", choices=("1", "2", "all"), default="all", help=scale)
    theme = translate("Cli", "the colour theme (default: every theme of this version)")
    shots.add_argument("--theme", choices=("light", "dark", "all"), default="all", help=theme)
    shots.add_argument("--only", action="append", metavar="NAME", help=argparse.SUPPRESS)
