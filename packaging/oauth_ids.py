"""STUB of the ids lane's ``packaging/oauth_ids.py`` (issue 14 item 4): keep theirs at merge.

Interface used by ``packaging/build``: ``python packaging/oauth_ids.py --write PATH`` writes
this build's sign-in ids (``WINK_GOOGLE_CLIENT_ID``, ``WINK_GOOGLE_CLIENT_SECRET``,
``WINK_MICROSOFT_CLIENT_ID``) into the bundle's ``oauth.toml`` and prints which providers
are enabled. This stub refuses anything but letters, digits, ``.``, ``_`` and ``-`` and
only fills empty ``client_id``/``client_secret`` lines; the secret is never printed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

_VARIABLES = {
    ("google", "client_id"): "WINK_GOOGLE_CLIENT_ID",
    ("google", "client_secret"): "WINK_GOOGLE_CLIENT_SECRET",
    ("microsoft", "client_id"): "WINK_MICROSOFT_CLIENT_ID",
}


def main() -> int:
    """Write the ids, print the enabled providers."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", type=Path, required=True)
    path = parser.parse_args().write
    table = ""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        table = header.group(1) if header else table
        key = line.split("=", 1)[0].strip()
        value = os.environ.get(_VARIABLES.get((table, key), ""), "").strip()
        if value and not re.fullmatch(r"[A-Za-z0-9._-]{1,200}", value):
            # Nothing that could close the TOML string: an id is letters, digits, . _ -.
            print(f"{_VARIABLES[(table, key)]} is malformed (not shown)", file=sys.stderr)
            return 2
        lines.append(f'{key} = "{value}"' if value else line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    enabled = [
        name
        for name, variable in (
            ("google", "WINK_GOOGLE_CLIENT_ID"),
            ("microsoft", "WINK_MICROSOFT_CLIENT_ID"),
        )
        if os.environ.get(variable, "").strip()
    ]
    print(f"Sign-in providers enabled: {', '.join(enabled) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
