"""Noticing that a file was created, changed, replaced or removed (without polling it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject


class FileWatch(QObject):
    """Calls ``changed`` when ``path`` may have changed.

    The folder is watched too: an atomic save replaces the file (the watch on the old one
    ends) and a first save creates it. Nothing is read here; ``changed`` decides what to
    re-read, and where (off the GUI thread).

    Args:
        path: the file to watch (it may not exist yet).
        changed: called on the GUI thread after each change.
    """

    def __init__(
        self, path: Path, changed: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._path = str(path)
        self._changed = changed
        self._watcher = QFileSystemWatcher(self)
        # addPath refuses (returns False) what does not exist; no stat of ours on this thread.
        self._watcher.addPath(str(path.parent))
        self._watcher.addPath(self._path)
        self._watcher.fileChanged.connect(self._on_change)
        self._watcher.directoryChanged.connect(self._on_change)

    def _on_change(self, _what: str) -> None:
        if self._path not in self._watcher.files():
            self._watcher.addPath(self._path)  # created or replaced: watch the new file
        self._changed()
