#!/usr/bin/env python3
"""Write this build's Google and Microsoft sign-in ids into a bundle's ``oauth.toml``.

Usage (``packaging/build`` runs it on the bundle's copy, never on ``resources/``)::

    WINK_GOOGLE_CLIENT_ID=... WINK_GOOGLE_CLIENT_SECRET=... WINK_MICROSOFT_CLIENT_ID=... \
        python packaging/oauth_ids.py --write dist/.../oauth.toml

The file is edited in place: only the ``client_id``/``client_secret`` lines of ``[google]``
and ``[microsoft]`` change, so comments and the other keys stay as they were. A variable
that is unset or empty leaves its line alone. A malformed id (a typo, a pasted quote, the
wrong provider's id) is refused with exit 2 before anything is written: a build with a
broken id would only fail in front of a user. The secret is never printed.

Exit codes: 0 written (or nothing to write), 2 bad input or unreadable file.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_USAGE = 2

GOOGLE_ID = "WINK_GOOGLE_CLIENT_ID"
GOOGLE_SECRET = "WINK_GOOGLE_CLIENT_SECRET"  # noqa: S105 - a variable's name
MICROSOFT_ID = "WINK_MICROSOFT_CLIENT_ID"

# Google: "<project number>-<random>.apps.googleusercontent.com".
_GOOGLE_ID_SHAPE = re.compile(r"[0-9]+-[a-z0-9]+\.apps\.googleusercontent\.com", re.ASCII)
# Google's installed-app secrets ("GOCSPX-…") are URL-safe base64: nothing to escape in TOML.
_GOOGLE_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{8,128}", re.ASCII)
# Microsoft: the application (client) id is a GUID.
_GUID_SHAPE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII | re.IGNORECASE
)

#: The providers in the order they are reported.
PROVIDERS = ("google", "microsoft")


class IdError(ValueError):
    """A variable's value is not an id of the right shape (the message never quotes a secret)."""


@dataclass(frozen=True)
class Edit:
    """One ``key = "value"`` line to set in one table."""

    table: str
    key: str
    value: str


def edits_from(environ: Mapping[str, str]) -> list[Edit]:
    """The lines to set, from the environment, each validated.

    Raises:
        IdError: a malformed id or secret, or a Google id without its secret (or the
            reverse): Google's token endpoint refuses a Desktop app client without it.
    """
    google_id = environ.get(GOOGLE_ID, "").strip()
    google_secret = environ.get(GOOGLE_SECRET, "").strip()
    microsoft_id = environ.get(MICROSOFT_ID, "").strip()
    edits: list[Edit] = []
    if google_id or google_secret:
        if not _GOOGLE_ID_SHAPE.fullmatch(google_id):
            msg = (
                f"{GOOGLE_ID} is {'malformed' if google_id else 'missing'} (not shown); "
                "expected <digits>-<letters and digits>.apps.googleusercontent.com (the "
                "client id of a Google Cloud OAuth client of type 'Desktop app')"
            )
            raise IdError(msg)
        if not _GOOGLE_SECRET_SHAPE.fullmatch(google_secret):
            state = "missing" if not google_secret else "malformed (not shown)"
            msg = (
                f"{GOOGLE_SECRET} is {state}; copy the client secret of the same "
                "'Desktop app' client (letters, digits, '-' and '_')"
            )
            raise IdError(msg)
        edits += [
            Edit("google", "client_id", google_id),
            Edit("google", "client_secret", google_secret),
        ]
    if microsoft_id:
        if not _GUID_SHAPE.fullmatch(microsoft_id):
            msg = (
                f"{MICROSOFT_ID} is malformed (not shown); expected a GUID such as "
                "00000000-0000-0000-0000-000000000000 (the 'Application (client) ID' of the "
                "Entra app registration)"
            )
            raise IdError(msg)
        edits.append(Edit("microsoft", "client_id", microsoft_id.lower()))
    return edits


_TABLE = re.compile(r"\s*\[([A-Za-z0-9_.-]+)\]\s*(#.*)?")
_KEY = re.compile(r"(\s*)([A-Za-z0-9_-]+)(\s*=\s*)(\"[^\"\\]*\"|'[^']*')(\s*(?:#.*)?)")


def apply(text: str, edits: list[Edit]) -> str:
    """``text`` with each edit's line replaced (comments and the other lines untouched).

    Raises:
        IdError: a table or key the edits need is not in the file as a plain string.
    """
    lines = text.splitlines(keepends=True)
    table = ""
    todo = {(e.table, e.key): e.value for e in edits}
    for index, line in enumerate(lines):
        header = _TABLE.fullmatch(line.rstrip("\r\n"))
        if header:
            table = header.group(1)
            continue
        match = _KEY.fullmatch(line.rstrip("\r\n"))
        if match and (table, match.group(2)) in todo:
            value = todo.pop((table, match.group(2)))
            ending = line[len(line.rstrip("\r\n")) :]
            lines[index] = (
                f'{match.group(1)}{match.group(2)}{match.group(3)}"{value}"{match.group(5)}{ending}'
            )
    if todo:
        missing = ", ".join(f"[{t}] {k}" for t, k in todo)
        msg = f"the file has no string line for {missing}"
        raise IdError(msg)
    return "".join(lines)


def enabled(data: Mapping[str, object]) -> list[str]:
    """The providers with a client id in a parsed ``oauth.toml``."""
    names = []
    for name in PROVIDERS:
        table = data.get(name)
        if isinstance(table, dict) and str(table.get("client_id", "")).strip():
            names.append(name)
    return names


def write(path: Path, environ: Mapping[str, str]) -> list[str]:
    """Set the ids of ``environ`` in ``path`` (atomically); the providers enabled after it.

    Raises:
        IdError: bad ids, or a file this script cannot edit safely.
        OSError: the file cannot be read or replaced.
    """
    edits = edits_from(environ)
    text = path.read_text(encoding="utf-8")
    new = apply(text, edits)
    try:
        data = tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        msg = f"{path} is not valid TOML: {exc}"
        raise IdError(msg) from exc
    for edit in edits:
        table = data.get(edit.table)
        if not isinstance(table, dict) or table.get(edit.key) != edit.value:
            msg = f"{path}: [{edit.table}] {edit.key} did not take the new value"
            raise IdError(msg)
    if new != text:
        # Beside the target, then renamed over it: an interrupted build never leaves half a file.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".oauth-", suffix=".toml")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                out.write(new)
            Path(temporary).chmod(path.stat().st_mode & 0o777)
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return enabled(data)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="oauth_ids.py",
        description="Write WINK_GOOGLE_CLIENT_ID, WINK_GOOGLE_CLIENT_SECRET and "
        "WINK_MICROSOFT_CLIENT_ID into a bundle's oauth.toml (in place).",
    )
    parser.add_argument("--write", metavar="PATH", type=Path, required=True, help="oauth.toml")
    args = parser.parse_args(argv)
    try:
        names = write(args.write, os.environ)
    except IdError as exc:
        print(f"oauth_ids.py: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"oauth_ids.py: cannot edit {args.write}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Sign-in providers enabled: {', '.join(names) if names else 'none'}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
