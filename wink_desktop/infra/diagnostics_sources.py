"""The parts of the diagnostics report that come from this computer: OS, keyring, log."""

from __future__ import annotations

import platform
import sys
from pathlib import Path
from typing import Any

#: Lines of the log the report shows, and how much of its end is read to find them.
LOG_LINES = 50
_TAIL_BYTES = 64 * 1024
#: A line longer than this is cut (a log line is never that long unless something is wrong).
_LINE_LIMIT = 500
_OS_RELEASE_BYTES = 16 * 1024


def os_release(path: Path = Path("/etc/os-release")) -> str:
    """The distribution's ``PRETTY_NAME`` (empty when unknown)."""
    try:
        with path.open("rb") as source:
            text = source.read(_OS_RELEASE_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "PRETTY_NAME":
            return value.strip().strip("\"'")[:200]
    return ""


def system_info(qt_version: str | None) -> dict[str, str]:
    """OS, distribution, Python and Qt versions."""
    return {
        "os": platform.platform(),
        "distribution": os_release() or "-",
        "python": sys.version.split()[0],
        "qt": qt_version or "-",
    }


def keyring_backend() -> dict[str, Any]:
    """The keyring backend ``keyring`` chose, and whether Wink accepts it as secure."""
    import keyring  # noqa: PLC0415 - slow to load: only when asked

    from wink_desktop.infra.secrets import _is_secure  # noqa: PLC0415

    backend = keyring.get_keyring()
    kind = type(backend)
    return {"backend": f"{kind.__module__}.{kind.__qualname__}", "secure": _is_secure(backend)}


def log_tail(path: Path, lines: int = LOG_LINES) -> list[str]:
    """The log's last ``lines`` lines (bounded read; the caller redacts them again)."""
    try:
        with path.open("rb") as source:
            source.seek(0, 2)
            size = source.tell()
            source.seek(max(0, size - _TAIL_BYTES))
            raw = source.read(_TAIL_BYTES)
    except FileNotFoundError:
        return []
    text = raw.decode("utf-8", "replace").splitlines()
    if len(raw) >= _TAIL_BYTES and text:
        text = text[1:]  # the first line was cut by the seek
    return [line[:_LINE_LIMIT] for line in text[-lines:]]


def oauth_enabled() -> dict[str, bool]:
    """Each OAuth provider, and whether this build has its client id."""
    from wink_desktop.infra.oauth.config import load_oauth_config  # noqa: PLC0415

    return {name: bool(config.client_id) for name, config in load_oauth_config().items()}
