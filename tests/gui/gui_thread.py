"""Catching blocking calls made on the GUI thread: file opens, sockets, the keyring.

``sys.addaudithook`` cannot be undone, so the hook is installed once and records only while
a :class:`GuiThreadWatch` is enabled, and only on the thread that enabled it (the GUI
thread: where Qt runs the slots and the qasync loop runs the coroutines' steps).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from wink_desktop.core.ports import SecretStore

_SOCKET_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname"}


class GuiThreadWatch:
    """What the GUI thread did that it must not: each entry is ``(event, detail)``.

    Args:
        folders: opening a file under one of these counts (the app's config and data);
            None: any file but Python's own imports counts (a test on in-memory stores).
    """

    def __init__(self, folders: list[Path] | None) -> None:
        self.folders = (
            None if folders is None else [str(folder.resolve()) + os.sep for folder in folders]
        )
        self.calls: list[tuple[str, str]] = []
        self.thread: int | None = None

    @contextmanager
    def recording(self) -> Iterator[None]:
        """Record what this thread does inside the block."""
        global _active  # noqa: PLW0603 - the one hook needs to find the current watch
        _install()
        self.thread, _active = threading.get_ident(), self
        try:
            yield
        finally:
            _active = None

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Not recorded: what the test itself does (writing a file, as another program)."""
        global _active  # noqa: PLW0603
        previous, _active = _active, None
        try:
            yield
        finally:
            _active = previous

    def record(self, event: str, detail: str) -> None:
        if _active is self and threading.get_ident() == self.thread:
            self.calls.append((event, detail))

    def _on_audit(self, event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path = args[0]
            if isinstance(path, bytes):
                path = os.fsdecode(path)
            if isinstance(path, str) and self._counts(path):
                self.record(event, path)
        elif event in _SOCKET_EVENTS:
            self.record(event, repr(args)[:200])

    def _counts(self, path: str) -> bool:
        if self.folders is None:
            return not path.endswith((".py", ".pyc", ".so"))  # imports are not the app's
        # abspath, not Path.resolve: the hook must not touch the file system itself.
        absolute = os.path.abspath(path)  # noqa: PTH100
        return any(absolute.startswith(folder) for folder in self.folders)


class GuardedSecrets:
    """A :class:`SecretStore` that tells the watch about every call (the keyring's D-Bus
    traffic is not all visible to audit hooks)."""

    def __init__(self, inner: SecretStore, watch: GuiThreadWatch) -> None:
        self._inner = inner
        self._watch = watch

    def get(self, key: str) -> str | None:
        self._watch.record("keyring.get", key)
        return self._inner.get(key)

    def put(self, key: str, secret: str) -> None:
        self._watch.record("keyring.put", key)
        self._inner.put(key, secret)

    def delete(self, key: str) -> None:
        self._watch.record("keyring.delete", key)
        self._inner.delete(key)


_active: GuiThreadWatch | None = None
_installed = False


def _hook(event: str, args: tuple[Any, ...]) -> None:
    watch = _active
    if watch is not None:
        watch._on_audit(event, args)


def _install() -> None:
    global _installed  # noqa: PLW0603
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
