"""What a diagnostics report is made of, and how the mailbox's identity is masked in it.

Pure data and text functions: the journal that persists the history lives in infra, the
report is assembled by :mod:`wink_desktop.services.diagnostics`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from wink_desktop.core.checks import ServerReport

BULLETS = "•••"
#: State changes kept in the journal (older ones are dropped).
HISTORY_LIMIT = 50
#: Characters of a server's own words kept in a trace (they are redacted first).
SERVER_SAID_LIMIT = 300
#: Shorter local parts would mask ordinary letters of every other word.
_MIN_LOCAL_TO_MASK = 3


def mask_address(email: str) -> str:
    """``m•••e@orange.fr``: the local part's first and last character only.

    A local part of one or two characters is masked entirely; text without ``@`` is
    masked as a whole.
    """
    local, at, domain = email.rpartition("@")
    if not at:
        local, domain = email, ""
    shown = f"{local[0]}{BULLETS}{local[-1]}" if len(local) > 2 else BULLETS  # noqa: PLR2004
    return f"{shown}@{domain}" if at else shown


class Masker:
    """Masks the mailbox's identity and every known secret in text meant for support.

    Args:
        redact: the log redaction (token shapes, secrets registered in this process).
        email: the mailbox address (its local part is masked wherever it appears).
        secrets: further values never to show (the keyring's secret, for one).
    """

    def __init__(
        self,
        redact: Callable[[str], str] = lambda text: text,
        email: str | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        self._redact = redact
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)  # noqa: PLR2004
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        if email and "@" in email:
            local = email.rpartition("@")[0]
            masked = mask_address(email)
            self._patterns.append((re.compile(re.escape(email), re.IGNORECASE), masked))
            if len(local) >= _MIN_LOCAL_TO_MASK:
                self._patterns.append(
                    (re.compile(re.escape(local), re.IGNORECASE), masked.rpartition("@")[0])
                )

    def text(self, text: str) -> str:
        """``text`` with secrets, token shapes and the mailbox's local part masked."""
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        text = self._redact(text)
        for pattern, replacement in self._patterns:
            text = pattern.sub(replacement, text)
        return text

    def value(self, data: Any) -> Any:
        """Every string inside ``data`` (dicts, lists, tuples) masked; keys too."""
        if isinstance(data, str):
            return self.text(data)
        if isinstance(data, dict):
            return {self.text(str(k)): self.value(v) for k, v in data.items()}
        if isinstance(data, list | tuple):
            return [self.value(item) for item in data]
        return data


def server_trace(report: ServerReport, at: str, server_said: str = "") -> dict[str, Any]:
    """One server check as the journal keeps it: steps, timings, error code, no secret.

    Args:
        report: the probe's report.
        at: when it ended (ISO 8601).
        server_said: the server's own words, already redacted by the caller.
    """
    problem = report.problem
    return {
        "at": at,
        "protocol": report.protocol.value,
        "ok": report.ok,
        "steps": [
            {"step": s.step.value, "ok": s.ok, "ms": s.duration_ms, "detail": s.detail[:200]}
            for s in report.steps
        ],
        "error": None if problem is None else problem.code.value,
        "server_said": server_said[:SERVER_SAID_LIMIT],
    }


class DiagnosticsJournal(Protocol):
    """Where the state history and the last check's trace are kept (no secret, ever)."""

    def record_state(self, state: str, error: str | None) -> None:
        """Note that the connection is now in ``state`` (only when it changed)."""
        ...

    def record_server(self, trace: dict[str, Any]) -> None:
        """Keep ``trace`` (from :func:`server_trace`) as its server's last check."""
        ...

    def history(self) -> list[dict[str, Any]]:
        """The last state changes, oldest first: ``{"at", "state", "error"}``."""
        ...

    def last_check(self) -> dict[str, Any]:
        """The last check of each server, by protocol."""
        ...
