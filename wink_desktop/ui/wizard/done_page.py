"""Et hop, le tour est joué !"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from wink_desktop.core.models import AuthMethod
from wink_desktop.ui.delivery_panel import DeliveryPanel
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.wizard.common import FlowPage, PageId

if TYPE_CHECKING:
    from wink_desktop.core.account import MailAccount
    from wink_desktop.core.settings import ServerSettings
    from wink_desktop.ui.context import AppContext
    from wink_desktop.ui.wizard.shell import ConnectWizard


class DonePage(FlowPage):
    """What was connected (and nothing this app does not do), and a test email to prove it."""

    step = PageId.DONE

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_done")
        self.setTitle(self.tr("All set!"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("done_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        details = QFormLayout()
        self.details: dict[str, QLabel] = {}
        for key, label in (
            ("address", self.tr("Address")),
            ("provider", self.tr("Provider")),
            ("method", self.tr("Sign-in")),
            ("imap", self.tr("Incoming server (IMAP)")),
            ("smtp", self.tr("Outgoing server (SMTP)")),
        ):
            value = QLabel(self)
            value.setObjectName(f"done_{key}")
            value.setWordWrap(True)
            details.addRow(label, value)
            self.details[key] = value
        layout.addLayout(details)
        self.delivery = DeliveryPanel("done", self)
        layout.addWidget(self.delivery)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        """Say what was connected, from the saved account."""
        account = self.flow.state.account
        self.summary.setText(
            self.tr(
                "Your mailbox {email} is connected to Wink Desktop. Its password or sign-in is "
                "kept in your system's password storage, and the connection is checked "
                "regularly. Send a test email to see that it can send and receive."
            ).format(email=account.email if account else "")
        )
        if account is not None:
            self._show_details(account)
        self.delivery.bind(self._context, self._wizard.tasks)

    async def _context(self) -> AppContext:
        return self._wizard.context

    def _show_details(self, account: MailAccount) -> None:
        name = self._wizard.context.catalogue.service_name(account.provider, account.email)
        self.details["address"].setText(account.email)
        self.details["provider"].setText(name or self.tr("Other (IMAP)"))
        self.details["method"].setText(
            self.tr("Provider sign-in (OAuth)")
            if account.method is AuthMethod.OAUTH2
            else self.tr("Password")
        )
        self.details["imap"].setText(_server(account.imap))
        self.details["smtp"].setText(_server(account.smtp))


def _server(server: ServerSettings) -> str:
    from wink_desktop.core.settings import security_label  # noqa: PLC0415

    return f"{server.address()} · {security_label(server.security, translate)}"
