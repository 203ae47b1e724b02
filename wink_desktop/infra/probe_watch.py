"""The watchdog and the control-flow signals of a probe run (see :mod:`probe_base`)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable
from typing import TypeVar

from wink_desktop.core.checks import Problem

_MAX_DETAIL = 160

T = TypeVar("T")


class ProbeFailure(Exception):  # noqa: N818 - a control-flow signal carrying a Problem
    """Raised inside a step to fail it with a known problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code.value)
        self.problem = problem


class Cancelled(Exception):  # noqa: N818
    """The run was cancelled: stop quietly, report nothing."""


class _RetryPinned(Exception):  # noqa: N818
    """Verification failed, but the user trusts some certificates: try those."""


class _Stop(Exception):  # noqa: N818
    """A step failed and was reported: end the run."""


class PinMismatchError(ssl.SSLError):
    """The server's certificate is not the one the user chose to trust."""

    def __init__(self, der: bytes) -> None:
        super().__init__("certificate does not match the trusted fingerprint")
        self.der = der


class Watchdog:
    """Shuts sockets down when a step overruns or the run is cancelled."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer: threading.Timer | None = None
        self.reason: str | None = None

    def track(self, sock: socket.socket) -> None:
        """Put ``sock`` under watch (it is shut down on abort)."""
        with self._lock:
            self._sockets.append(sock)
            aborted = self.reason is not None
        if aborted:
            _shutdown(sock)
            raise Cancelled if self.reason == "cancelled" else TimeoutError

    def abort(self, reason: str) -> None:
        """Stop everything: ``reason`` is ``cancelled`` or ``timeout`` (first one wins)."""
        with self._lock:
            if self.reason is None:
                self.reason = reason
            sockets = list(self._sockets)
        for sock in sockets:
            _shutdown(sock)

    def arm(self, seconds: float) -> None:
        """Abort with ``timeout`` unless :meth:`disarm` is called within ``seconds``."""
        self.disarm()
        timer = threading.Timer(seconds, self.abort, ("timeout",))
        timer.daemon = True
        self._timer = timer
        timer.start()

    def disarm(self) -> None:
        """Cancel the pending deadline, if any."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def close_all(self) -> None:
        """Close every socket the run opened."""
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.close()


def _shutdown(sock: socket.socket) -> None:
    # socket.socket.shutdown on an SSLSocket acts on the file descriptor directly, without
    # touching the TLS state that the worker thread may be using at this very moment.
    with contextlib.suppress(OSError, ValueError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def bounded_call(fn: Callable[[], T], watchdog: Watchdog) -> T:
    """Run a call that ignores socket timeouts (name resolution) within the step."""
    outcome: list[T] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def work() -> None:
        try:
            outcome.append(fn())
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=work, name="wink-resolve", daemon=True).start()
    while not done.wait(0.05):
        if watchdog.reason == "cancelled":
            raise Cancelled
        if watchdog.reason == "timeout":
            raise TimeoutError
    if failure:
        raise failure[0]
    return outcome[0]


def caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether ``exc`` or anything in its cause/context chain is a ``kind``."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def short(text: str) -> str:
    """``text`` on one line, cut to what a step trace shows."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _MAX_DETAIL else flat[: _MAX_DETAIL - 1] + "…"
