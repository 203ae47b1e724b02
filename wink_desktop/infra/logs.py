"""Logging to a rotated file in the user's log folder, with secrets redacted.

Every record goes through :class:`Redactor` before it is written: values registered as
secrets (passwords, tokens) are replaced, and so is anything shaped like a token (JWTs,
``Bearer …``, ``access_token=…``), whoever logs it (our code or a library at debug level).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

from wink_desktop.infra.paths import AppPaths

LOG_NAME = "wink-desktop.log"
_MASK = "[redacted]"
_PATTERNS = [
    re.compile(r"eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*"),  # JWTs (access and ID tokens)
    re.compile(r"(?i)(bearer\s+)[\w.~+/=-]{8,}"),
    re.compile(
        r"(?i)([\"']?(?:access_token|refresh_token|id_token|code_verifier|client_secret|"
        r"password|passwd|secret|code)[\"']?\s*[:=]\s*[\"']?)[^\s\"'&,}]{4,}"
    ),
    re.compile(r"(?i)(auth(?:enticate)?\s+(?:plain|xoauth2|login)\s+)[A-Za-z0-9+/=]{8,}"),
]


class Redactor(logging.Filter):
    """Removes secrets from log records (message and arguments, once formatted)."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, value: str) -> None:
        """Never let ``value`` reach a log (call it as soon as a secret is in memory)."""
        if len(value) >= 4:  # noqa: PLR2004 - shorter values would mask ordinary words
            with self._lock:
                self._secrets.add(value)

    def redact(self, text: str) -> str:
        """``text`` with every known secret and token-shaped string masked."""
        with self._lock:
            known = sorted(self._secrets, key=len, reverse=True)
        for secret in known:
            text = text.replace(secret, _MASK)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + _MASK, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; always keep it."""
        message = record.getMessage()
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


#: The one redactor of the process (secrets registered here are masked everywhere).
REDACTOR = Redactor()


def setup_logging(
    paths: AppPaths | None = None,
    level: int = logging.INFO,
    *,
    verbose: bool = False,
    stderr: bool = False,
) -> Path:
    """Log to ``<logs>/wink-desktop.log`` (5 × 1 MB, rotated), redacted; return its path.

    Args:
        paths: the app's folders (default: the user's).
        level: the level without ``verbose``.
        verbose: debug level, libraries included (``--verbose``); still redacted.
        stderr: also write to standard error (a command run with ``--verbose``).
    """
    folder = (paths or AppPaths.default()).logs
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "wink", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    ]
    if stderr:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.wink = True  # type: ignore[attr-defined]
        handler.addFilter(REDACTOR)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else level)
    return path
