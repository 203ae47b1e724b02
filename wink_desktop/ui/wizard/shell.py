"""The wizard's window: builds the flow, lists the pages, forgets secrets when it closes.

Pages, in order (listed once, in :data:`PAGES`): the address and, once its provider is
known, the password on the same page → the list of providers (only when asked for, or
without an address) → browser sign-in (Google, Microsoft) or the server form (when no
trusted answer gave both servers) → live test → done.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from wink_desktop.core.account import MailAccount
from wink_desktop.core.discovery import Discovered
from wink_desktop.services.connect_flow import ConnectFlow, FlowState, SignInPorts
from wink_desktop.services.discovery import discover
from wink_desktop.ui.context import AppContext
from wink_desktop.ui.tasks import TaskSet
from wink_desktop.ui.theme_live import use_theme_palette
from wink_desktop.ui.wizard.browser_page import BrowserPage
from wink_desktop.ui.wizard.common import PageId
from wink_desktop.ui.wizard.done_page import DonePage
from wink_desktop.ui.wizard.email_page import EmailPage
from wink_desktop.ui.wizard.provider_page import ProviderPage
from wink_desktop.ui.wizard.servers_page import ServerPage
from wink_desktop.ui.wizard.test_page import TestPage

__all__ = ["PAGES", "ConnectWizard", "PageId"]

_BUTTON = QWizard.WizardButton
# Qt's own order of the wizard's buttons (X11 and Windows); Next leaves it on a page whose
# own button does the same (Google's or Microsoft's address: "Continue with…").
_BUTTONS = (
    _BUTTON.Stretch,
    _BUTTON.BackButton,
    _BUTTON.NextButton,
    _BUTTON.CommitButton,
    _BUTTON.FinishButton,
    _BUTTON.CancelButton,
)

# Every page of the wizard, in order.
PAGES: tuple[tuple[PageId, type[QWizardPage]], ...] = (
    (PageId.EMAIL, EmailPage),
    (PageId.PROVIDER, ProviderPage),
    (PageId.BROWSER, BrowserPage),
    (PageId.SERVERS, ServerPage),
    (PageId.TEST, TestPage),
    (PageId.DONE, DonePage),
)


def flow_for(context: AppContext) -> ConnectFlow:
    """The flow on the app's services (discovery from the context's sources)."""

    async def lookup(email: str) -> Discovered | None:
        return (await discover(email, context.discovery_sources())).found

    ports = SignInPorts(context.oauth_clients, context.receiver, context.open_browser)
    return ConnectFlow(context.catalogue, context.mailbox, lookup, ports)


class ConnectWizard(QWizard):
    """Connect a mailbox, step by step.

    Signals:
        connected(object): the saved :class:`~wink_desktop.core.account.MailAccount`.
    """

    connected = Signal(object)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        start_with: str | None = None,
        reconnect: MailAccount | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connect_wizard")
        self.setWindowTitle(self.tr("Connect your mailbox"))
        # Classic style: title and subtitle are ordinary labels the style sheet colours (the
        # modern header paints with the system palette: black under a dark theme).
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(720, 600)
        use_theme_palette(self)
        self._layout = list(_BUTTONS)
        self.setButtonLayout(self._layout)
        # The way forward looks like it: Wink's violet, as on the main window's button.
        # QWizard has already polished its buttons: polish again to apply the class.
        for forward in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(forward)
            button.setProperty("class", "primary")
            button.style().unpolish(button)
            button.style().polish(button)
        self.context = context
        self.flow = flow_for(context)
        self.tasks = TaskSet()
        self.flow.events.connected.connect(self.connected.emit)
        first = self.flow.start(start_with, reconnect)
        for page_id, page_class in PAGES:
            self.setPage(page_id, page_class(self))
        if reconnect is not None:
            self.setWindowTitle(self.tr("Reconnect your mailbox"))
        if first is not None:
            self.setStartId(first)
        if first is PageId.PROVIDER:
            page = self.page(PageId.PROVIDER)
            if isinstance(page, ProviderPage):
                page.show_all_providers()
        self.finished.connect(lambda _result: self.tasks.cancel_all())
        self.currentIdChanged.connect(lambda _id: self.update_next_button())

    def update_next_button(self) -> None:
        """Next only where it is the page's action: one button for one action.

        On the address page of a Google or Microsoft address, "Continue with…" is the
        action (Return triggers it): a second button doing the same would only confuse.
        """
        page = self.currentPage()
        shown = not (isinstance(page, EmailPage) and page.own_button_leads())
        if (_BUTTON.NextButton in self._layout) != shown:
            self._layout = [b for b in _BUTTONS if shown or b is not _BUTTON.NextButton]
            self.setButtonLayout(self._layout)

    @property
    def state(self) -> FlowState:
        """The flow's state (what the pages decided so far)."""
        return self.flow.state

    def forget_secrets(self) -> None:
        """Drop every reference the wizard holds to the password and the sign-in's tokens.

        A Python string cannot be wiped, but once nothing refers to it the memory is
        released: the flow's state and the field (and its undo history) let go of it.
        """
        self.flow.forget_secrets()
        for page_id in (PageId.EMAIL, PageId.SERVERS):
            page = self.page(page_id)
            if isinstance(page, EmailPage | ServerPage):
                page.forget_password()

    def done(self, result: int) -> None:
        """Closing the wizard cancels whatever is still running and forgets the password."""
        self.tasks.cancel_all()
        for timer in self.findChildren(QTimer):
            timer.stop()
        # Whatever the outcome (connected, failed test, cancelled, window closed).
        self.forget_secrets()
        super().done(result)
