"""Et hop, le tour est joué !"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout

from wink_desktop.ui.wizard.common import FlowPage, PageId

if TYPE_CHECKING:
    from wink_desktop.ui.wizard.shell import ConnectWizard


class DonePage(FlowPage):
    """The saved mailbox, and what happens next."""

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
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        """Say what happens next."""
        account = self.flow.state.account
        email = account.email if account else ""
        self.summary.setText(
            self.tr(
                "Your mailbox {email} is connected. Your exchanges with candidates now appear "
                "in Wink, and your emails to them leave from your own address."
            ).format(email=email)
        )
