"""Bounded reading from hostile servers: absolute deadlines and byte limits.

imaplib and smtplib read with ``makefile``: a socket timeout bounds one ``recv``, not a
step, and neither library bounds a reply (smtplib keeps every continuation line, imaplib
reads a literal of any announced size). :class:`BoundedReader` replaces their reads: before
every ``recv`` it recomputes the time left until the step's absolute deadline, and it
counts bytes per line, per reply and per connection.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

_CHUNK = 4096


class LimitExceededError(Exception):
    """The server sent more than any honest server needs: treated as a protocol error."""


class ProtocolViolationError(Exception):
    """The server's answer is not a well-formed reply of its protocol."""


@dataclass(frozen=True)
class Limits:
    """How much a server may send.

    Attributes:
        line: bytes in one line, CRLF included.
        reply_lines: lines in one reply (SMTP continuations, IMAP untagged lines).
        reply_bytes: bytes in one reply, literals included.
        literal: bytes in one IMAP literal.
        total: bytes over the whole connection (every reply, before and after TLS).
    """

    line: int
    reply_lines: int
    reply_bytes: int
    literal: int
    total: int


class Budget:
    """Bytes left for one connection, shared by its readers (before and after TLS)."""

    def __init__(self, total: int) -> None:
        self.left = total

    def spend(self, count: int) -> None:
        """Account for ``count`` bytes received; fail once the budget is spent."""
        self.left -= count
        if self.left < 0:
            msg = "the server sent more data than a sign-in test needs"
            raise LimitExceededError(msg)


Deadline = Callable[[], float]


class BoundedReader:
    """Line and block reads from a socket, within a deadline and byte limits.

    Args:
        sock: the connected (possibly TLS) socket.
        deadline: returns the current step's absolute deadline (``time.monotonic()``).
        limits: the byte limits.
        budget: the connection's byte budget (shared when the socket is replaced).
    """

    def __init__(
        self, sock: socket.socket, deadline: Deadline, limits: Limits, budget: Budget
    ) -> None:
        self.sock = sock
        self._deadline = deadline
        self._limits = limits
        self._budget = budget
        self._buffer = bytearray()
        self._reply_lines = 0
        self._reply_bytes = 0

    def new_reply(self) -> None:
        """A command was sent: what comes next is a new reply."""
        self._reply_lines = 0
        self._reply_bytes = 0

    def _fill(self) -> bool:
        """Receive more bytes; False at end of file."""
        remaining = self._deadline() - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the step's time limit was reached")
        self.sock.settimeout(remaining)
        data = self.sock.recv(_CHUNK)
        if not data:
            return False
        self._budget.spend(len(data))
        self._buffer += data
        return True

    def _count(self, size: int, *, line: bool) -> None:
        self._reply_bytes += size
        self._reply_lines += int(line)
        limits = self._limits
        if self._reply_lines > limits.reply_lines or self._reply_bytes > limits.reply_bytes:
            msg = "the server's reply is longer than any honest server sends"
            raise LimitExceededError(msg)

    def readline(self, size: int = -1) -> bytes:
        """One line, LF included; ``b""`` at end of file before any byte of it.

        A line cut by end of file is an error (never half an answer); a line longer than
        the limit is a :class:`LimitExceededError`.
        """
        del size  # the libraries' own cap is larger than ours
        start = 0
        while True:
            end = self._buffer.find(b"\n", start)
            if end >= 0:
                break
            start = len(self._buffer)
            if start > self._limits.line:
                raise LimitExceededError("line too long")
            if not self._fill():
                if self._buffer:
                    raise ConnectionAbortedError("connection closed in the middle of a line")
                return b""
        if end + 1 > self._limits.line:
            raise LimitExceededError("line too long")
        line = bytes(self._buffer[: end + 1])
        del self._buffer[: end + 1]
        self._count(len(line), line=True)
        return line

    def read(self, size: int) -> bytes:
        """Exactly ``size`` bytes (an IMAP literal)."""
        if size > self._limits.literal:
            raise LimitExceededError("literal too long")
        self._count(size, line=False)
        while len(self._buffer) < size:
            if not self._fill():
                raise ConnectionAbortedError("connection closed in the middle of a literal")
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


def deadline_in(seconds: float) -> Deadline:
    """A fixed deadline ``seconds`` from now."""
    at = time.monotonic() + seconds
    return lambda: at
