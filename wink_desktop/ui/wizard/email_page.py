"""Email first (optional): typing an address finds its provider as you type."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QVBoxLayout

from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.validation import normalize_email
from wink_desktop.services.connect_flow import Resolution, worth_looking_up
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.wizard.common import FlowPage, PageId

if TYPE_CHECKING:
    from wink_desktop.ui.wizard.shell import ConnectWizard


class EmailPage(FlowPage):
    """The address; the flow looks it up and this page says what it found."""

    step = PageId.EMAIL

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_email")
        self.setTitle(self.tr("Your email address"))
        self.setSubTitle(
            self.tr("We find the right settings for you. You can also skip this step.")
        )
        layout = QVBoxLayout(self)
        self.email = QLineEdit(self)
        self.email.setObjectName("email_input")
        self.email.setPlaceholderText(self.tr("marie.dupont@example.com"))
        self.email.setAccessibleName(self.tr("Email address"))
        self.email.setClearButtonEnabled(True)
        # Qt's clear button has an icon and no words: a screen reader would say "button".
        for clear in self.email.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the address"))
        layout.addWidget(self.email)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("email_feedback")
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(450)
        self._timer.timeout.connect(self._lookup)
        self.email.textChanged.connect(self._typed)
        self._lookup_task: asyncio.Task[object] | None = None
        self.flow.events.looked_up.connect(self._found)

    def _typed(self, text: str) -> None:
        self.flow.address_typed()
        self.feedback.setText("")
        if self._lookup_task is not None:
            self._lookup_task.cancel()
        if worth_looking_up(text):
            self._timer.start()
        self.completeChanged.emit()

    def _lookup(self) -> None:
        if not self.isComplete() or not self.email.text().strip():
            return
        self.feedback.setText(self.tr("Looking for your provider's settings…"))
        self._lookup_task = self._wizard.tasks.start(self.flow.look_up(self.email.text()))

    def _found(self, resolution: Resolution) -> None:
        self.feedback.setText(self._describe(resolution))

    def _describe(self, resolution: Resolution) -> str:
        if self.flow.state.discovered is None:
            return self.tr("We did not find settings automatically: you will enter them next.")
        provider = resolution.provider
        if resolution.oauth is not None and provider is not None:
            button = translate("Providers", resolution.oauth.continue_label)
            return self.tr("{provider} handles this address: choose “{button}” next.").format(
                provider=provider.name, button=button
            )
        if provider is not None:
            return self.tr("Found: {provider}.").format(provider=provider.name)
        return self.tr("Settings found: you will check them next.")

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Empty is fine (the step is optional); otherwise a valid address."""
        text = self.email.text().strip()
        if not text:
            return True
        try:
            normalize_email(text)
        except InvalidInputError:
            return False
        return True

    def validatePage(self) -> bool:  # noqa: N802
        """Hand the address to the flow."""
        try:
            self.flow.set_address(self.email.text())
        except InvalidInputError:
            return False
        return True
