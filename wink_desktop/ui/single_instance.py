"""One Wink Desktop per user and configuration: a second launch brings the first forward.

An OS file lock decides who runs (the system releases it when the process ends, so a
crash or ``kill -9`` never blocks the next start); the running app listens on a local
socket (``QLocalServer``, for this user only) for "show yourself" from later launches.
Both are keyed by the home folder and the ``WINK_DESKTOP_HOME``/``WINK_CONFIG_DIR``
overrides, so two test runs or two portable installs never see each other.
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: What a second launch sends to the running app.
SHOW = b"show\n"


def instance_name() -> str:
    """A short name unique to this user and this configuration."""
    key = "|".join(
        (
            str(Path.home()),
            os.environ.get("WINK_DESKTOP_HOME", ""),
            os.environ.get("WINK_CONFIG_DIR", ""),
        )
    ).encode()
    return f"wink-desktop-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def _lock_folder() -> Path:
    """A folder private to the user where possible (the runtime folder on Linux)."""
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or os.environ.get("TEMP") or ".")
    return Path(os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp")  # noqa: S108


class SingleInstance:
    """Who runs, and the channel later launches use to wake the running app.

    Deliberately light (no Qt until after the first paint): it runs before the window
    shows, where every millisecond counts. The lock is an OS file lock, so the system
    drops it when the process ends, however it ends.
    """

    def __init__(self, name: str | None = None) -> None:
        self.name = name or instance_name()
        self.lock_path = _lock_folder() / f"{self.name}.lock"
        self._fd: int | None = None
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the one that runs."""
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt  # noqa: PLC0415

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # noqa: PLC0415

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def listen(self, on_show: Callable[[], None]) -> bool:
        """Call ``on_show`` when a later launch asks for the window (after the first paint)."""
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - off the start-up path

        QLocalServer.removeServer(self.name)  # a socket left by a crashed run
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen for later launches: %s", server.errorString())
            return False

        def accept() -> None:
            while (socket := server.nextPendingConnection()) is not None:
                socket.disconnected.connect(socket.deleteLater)
                socket.readyRead.connect(lambda s=socket: self._read(s, on_show))

        server.newConnection.connect(accept)
        self._server = server
        log.info("listening for later launches")
        return True

    @staticmethod
    def _read(socket: QLocalSocket, on_show: Callable[[], None]) -> None:
        data = bytes(socket.readAll().data())
        if SHOW.strip() in data:
            log.info("a later launch asked for the window")
            on_show()

    def wake_running(self, wait_ms: int = 10_000) -> bool:
        """Ask the running app to show itself; False if it never answered."""
        from PySide6.QtCore import QElapsedTimer, QThread  # noqa: PLC0415
        from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415

        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < wait_ms:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(SHOW)
                sent = socket.waitForBytesWritten(2000)
                socket.disconnectFromServer()
                return sent
            # The running app may still be painting its first window: try again shortly.
            QThread.msleep(100)
        return False

    def release(self) -> None:
        """Give up the lock (on quit)."""
        if self._server is not None:
            self._server.close()
        if self._fd is not None:
            os.close(self._fd)  # closing the file releases the lock
            self._fd = None
