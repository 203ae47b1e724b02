"""The diagnostics report copied for support: built off the GUI thread, to the clipboard."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from wink_desktop.ui.context import AppContext
    from wink_desktop.ui.tasks import TaskSet

ContextSource = Callable[[], Awaitable["AppContext | None"]]


def _language() -> str:
    # The catalogue in use, rather than the locale: ``--lang en`` on a French system.
    probe = QCoreApplication.translate("Diagnostics", "Status changes")
    return "en" if probe == "Status changes" else "fr"


class CopyDiagnostics(QWidget):
    """A button that copies the diagnostics report, and a line saying it did.

    Args:
        name: the object names' prefix (``settings``, ``test``).
        parent: the owning widget.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_diagnostics")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Copy the diagnostics"), self)
        self.button.setObjectName(f"{name}_copy_diagnostics")
        self.button.setToolTip(
            self.tr(
                "Copies a report for Wink's support: versions, connection state, the last "
                "test's steps and recent log lines. No password or token is in it."
            )
        )
        self.button.clicked.connect(self.copy)
        self.status = QLabel(self)
        self.status.setObjectName(f"{name}_diagnostics_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)
        self._source: ContextSource | None = None
        self._tasks: TaskSet | None = None

    def bind(self, source: ContextSource, tasks: TaskSet) -> None:
        """Get the services from ``source`` (when clicked) and run on ``tasks``."""
        self._source, self._tasks = source, tasks

    def copy(self) -> None:
        """Build the report in a worker thread, then put it on the clipboard."""
        if self._source is None or self._tasks is None or not self.button.isEnabled():
            return
        self.button.setEnabled(False)
        self.status.setText(self.tr("Preparing the diagnostics…"))
        self._tasks.start(self._copy(self._source))

    async def _copy(self, source: ContextSource) -> None:
        import asyncio  # noqa: PLC0415

        from wink_desktop.services.diagnostics_text import render_text  # noqa: PLC0415
        from wink_desktop.ui.i18n import translate  # noqa: PLC0415

        try:
            context = await source()
            build = context.diagnostics if context is not None else None
            if build is None:
                self.status.setText(self.tr("The diagnostics cannot be prepared here."))
                return
            report = await asyncio.to_thread(build, _language(), qVersion())
            QGuiApplication.clipboard().setText(render_text(report, translate))
            self.status.setText(
                self.tr("Diagnostics copied: paste them into your message to Wink's support.")
            )
        finally:
            self.button.setEnabled(True)
