"""The "Send a test email" button and its outcome, on the done page and in Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wink_desktop.core.checks import Step, StepResult
from wink_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from wink_desktop.services.delivery import DeliveryCheck, DeliveryResult
    from wink_desktop.ui.context import AppContext
    from wink_desktop.ui.tasks import TaskSet

    ContextSource = Callable[[], Awaitable[AppContext | None]]


class DeliveryPanel(QWidget):
    """A button that sends one email from the mailbox to itself, and what became of it.

    The work runs on the event loop's workers, never on the GUI thread; the button is
    disabled while a test email is on its way (from this panel or another one).

    Args:
        prefix: object names' prefix (``done`` → ``done_send_test``, ``done_test_status``).
        parent: the owning widget.
    """

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_delivery")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Send a test email"), self)
        self.button.setObjectName(f"{prefix}_send_test")
        self.button.setToolTip(
            self.tr("Sends one short email from your mailbox to itself, and waits for it.")
        )
        # Enter stays the page's primary action (Finish, Close), even with this focused.
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.start)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName(f"{prefix}_test_status")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self._source: ContextSource | None = None
        self._tasks: TaskSet | None = None
        self._check: DeliveryCheck | None = None

    def bind(self, source: ContextSource, tasks: TaskSet) -> None:
        """Get the services from ``source`` (when clicked) and run on ``tasks``."""
        self._source, self._tasks = source, tasks

    def start(self) -> None:
        """Send the test email (nothing more while one is on its way)."""
        if self._source is None or self._tasks is None or not self.button.isEnabled():
            return
        self.button.setEnabled(False)
        self._say(self.tr("Sending a test email from your mailbox to itself…"), "info")
        self._tasks.start(self._send(self._source))

    async def _send(self, source: ContextSource) -> None:
        from wink_desktop.core.errors import WinkError  # noqa: PLC0415
        from wink_desktop.core.problems import describe  # noqa: PLC0415

        try:
            context = await source()
            check = context.delivery if context is not None else None
            if check is None:
                self._say(self.tr("The test email cannot be sent from here."), "error")
                return
            if check.running:
                self._say(self.tr("A test email is already on its way."), "info")
                return
            self._check = check
            result = await check.send(translate, self._step)
        except WinkError as exc:
            self._say(describe(exc, translate), "error")
        except LookupError:
            self._say(self.tr("No mailbox is connected."), "error")
        except RuntimeError:
            self._say(self.tr("A test email is already on its way."), "info")
        else:
            self._show(result)
        finally:
            if shiboken6.isValid(self.button):  # the window may have closed meanwhile
                self.button.setEnabled(True)

    def _step(self, step: StepResult) -> None:
        if step.step is Step.SEND and step.ok and self._check is not None:
            self._say(
                self.tr("Sent. Waiting for it in your inbox (at most {seconds} s)…").format(
                    seconds=QLocale().toString(round(self._check.wait))
                ),
                "info",
            )

    def _show(self, result: DeliveryResult) -> None:
        from wink_desktop.core.problems import describe  # noqa: PLC0415

        if result.seconds is not None:
            seconds = QLocale().toString(max(result.seconds, 0.1), "f", 1)
            self._say(self.tr("Received in {seconds} s.").format(seconds=seconds), "ok")
        elif (problem := result.problem) is not None:
            self._say(describe(problem, translate), "error")

    def _say(self, text: str, kind: str) -> None:
        if not shiboken6.isValid(self.status):
            return
        self.status.setText(text)
        self.status.setProperty("state", kind)
        self.status.setAccessibleName(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(True)
