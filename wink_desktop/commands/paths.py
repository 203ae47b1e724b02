"""``wink-desktop paths``: where Wink Desktop keeps its files (for support)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from wink_desktop.core.i18n import Translate, labelled

EXIT_OK = 0


def add_parser(commands: Any, translate: Translate) -> None:
    """Declare ``paths`` on the CLI's ``commands``."""
    paths = commands.add_parser(
        "paths", help=translate("Cli", "show where Wink Desktop keeps its files (for support)")
    )
    paths.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def run_paths(as_json: bool, translate: Translate, where: Callable[[], Mapping[str, Any]]) -> int:
    """Print the folders and the log file that ``where`` names; return the exit code."""
    values = {key: str(path) for key, path in where().items()}
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
