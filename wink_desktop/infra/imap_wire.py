"""imaplib with bounded reads, absolute deadlines and a LOGIN that quotes its arguments.

Shared by the connection test (:mod:`imap_probe`) and the inbox reader (:mod:`imap_reader`).
"""

from __future__ import annotations

import imaplib
import socket
import time
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # only for the type checker: typing_extensions is not a dependency
    from typing_extensions import Buffer

from wink_desktop.infra.wire import BoundedReader, Budget, Deadline, Limits

#: Enough for any greeting, CAPABILITY, SELECT or ENVELOPE answer an honest server sends
#: during a sign-in test or a read of ten headers; far below imaplib's own 1 MB line cap.
IMAP_LIMITS = Limits(
    line=64 * 1024,
    reply_lines=1000,
    reply_bytes=1024 * 1024,
    literal=256 * 1024,
    total=4 * 1024 * 1024,
)

_FORBIDDEN_IN_STRING = frozenset("\r\n\0")


def quote_astring(value: str) -> str:
    r"""``value`` as an RFC 3501 quoted string (``\\`` and ``"`` escaped).

    Raises:
        ValueError: ``value`` contains CR, LF or NUL, or non-ASCII characters (which a
            quoted string cannot carry: sign in with AUTHENTICATE PLAIN instead).
    """
    if _FORBIDDEN_IN_STRING.intersection(value) or not value.isascii():
        msg = "an IMAP quoted string cannot carry CR, LF, NUL or 8-bit characters"
        raise ValueError(msg)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class BoundedIMAP4(imaplib.IMAP4):
    """imaplib whose every read goes through a :class:`BoundedReader`.

    Args:
        host: the server's name (for TLS and messages).
        port: its port.
        deadline: returns the absolute deadline of the current step.
        sock: a socket already connected (and secured) by the caller; when ``None``,
            imaplib connects itself with ``timeout``.
        timeout: connection timeout when connecting here.
        limits: byte limits.
        command_timeout: when set, ``deadline`` is ignored and each command (from its
            sending to its last reply byte) gets this many seconds in all.
    """

    def __init__(
        self,
        host: str,
        port: int,
        deadline: Deadline,
        *,
        sock: socket.socket | None = None,
        timeout: float | None = None,
        limits: Limits = IMAP_LIMITS,
        command_timeout: float | None = None,
    ) -> None:
        self._given_socket = sock
        self._command_timeout = command_timeout
        self._command_deadline = time.monotonic() + (command_timeout or 0.0)
        self._deadline = deadline if command_timeout is None else self._current_command_deadline
        self._limits = limits
        self._budget = Budget(limits.total)
        self._reader: BoundedReader | None = None
        #: The status of the last tagged response (``OK``, ``NO``, ``BAD``, or anything
        #: else a broken server sent): tells a refused password from a broken server.
        self.last_status = ""
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        if self._given_socket is not None:
            return self._given_socket
        created: socket.socket = super()._create_socket(timeout)  # type: ignore[misc]
        return created

    def _current_command_deadline(self) -> float:
        return self._command_deadline

    def _bounded(self) -> BoundedReader:
        # The socket changes after STARTTLS: start a new buffer on the secured one.
        if self._reader is None or self._reader.sock is not self.sock:
            self._reader = BoundedReader(self.sock, self._deadline, self._limits, self._budget)
        return self._reader

    def readline(self) -> bytes:
        """One line from the server, within the deadline and the limits."""
        return self._bounded().readline()

    def read(self, size: int) -> bytes:
        """One literal, within the deadline and the limits."""
        return self._bounded().read(size)

    def send(self, data: Buffer) -> None:
        """Send a command; what follows is a new reply."""
        if self._command_timeout is not None:
            self._command_deadline = time.monotonic() + self._command_timeout
        self._bounded().new_reply()
        super().send(data)

    def _get_tagged_response(self, tag: Any, expect_bye: bool = False) -> Any:
        result = super()._get_tagged_response(tag, expect_bye)  # type: ignore[misc]
        self.last_status = str(result[0]) if isinstance(result, tuple) and result else ""
        return result

    def login(self, user: str, password: str) -> tuple[Literal["OK"], list[bytes]]:
        """LOGIN with both arguments quoted (imaplib sends the user name as it is)."""
        typ, data = self._simple_command("LOGIN", quote_astring(user), quote_astring(password))
        if typ != "OK":
            raise self.error(data[-1])
        self.state = "AUTH"
        return "OK", data
