"""The Settings window and its "Boîte mail" tab."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wink_desktop.core.account import MailAccount
from wink_desktop.core.models import AuthMethod, ConnectionState
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.ui.delivery_panel import DeliveryPanel
from wink_desktop.ui.diagnostics_button import ContextSource, CopyDiagnostics
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.resources import icon
from wink_desktop.ui.theme_live import use_theme_palette
from wink_desktop.ui.widgets import NoticeBanner, heading

if TYPE_CHECKING:
    from wink_desktop.ui.context import AppContext
    from wink_desktop.ui.tasks import TaskSet

# The way in that is not a browser sign-in; the others are the catalogue's OAuth ids.
OTHER_CHOICE: Final = "other"
# Another mailbox instead of the connected one: the wizard from its start (the address).
REPLACE_CHOICE: Final = ""


class AccountCard(QFrame):
    """The connected mailbox: address, provider, method, dates, state."""

    def __init__(self, catalogue: ProviderCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.setObjectName("account_card")
        layout = QHBoxLayout(self)
        self.logo = QLabel(self)
        self.logo.setObjectName("account_logo")
        layout.addWidget(self.logo)
        form = QFormLayout()
        self._form = form
        self.address = QLabel(self)
        self.address.setObjectName("account_address")
        self.provider = QLabel(self)
        self.provider.setObjectName("account_provider")
        self.method = QLabel(self)
        self.method.setObjectName("account_method")
        self.since = QLabel(self)
        self.since.setObjectName("account_connected_since")
        self.checked = QLabel(self)
        self.checked.setObjectName("account_last_check")
        self.state = QLabel(self)
        self.state.setObjectName("account_state")
        for label in (self.address, self.provider, self.method, self.state):
            label.setWordWrap(True)  # long values wrap instead of widening the window
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Sign-in"), self.method)
        form.addRow(self.tr("Connected since"), self.since)
        form.addRow(self.tr("Last successful check"), self.checked)
        form.addRow(self.tr("Status"), self.state)
        layout.addLayout(form, 1)

    def show_account(self, account: MailAccount) -> None:
        """Fill the card from ``account``."""
        provider = self._catalogue.by_id(account.provider) if account.provider else None
        attention = account.state.needs_user_action
        logo = icon(f"providers/{provider.id if provider else 'imap'}")
        self.logo.setPixmap(
            logo.pixmap(QSize(40, 40), QIcon.Mode.Disabled if attention else QIcon.Mode.Normal)
        )
        self.address.setText(account.email)
        name = self._catalogue.service_name(account.provider, account.email)
        self.provider.setText(name or account.imap.host)
        self.method.setText(
            self.tr("Provider sign-in (OAuth)")
            if account.method is AuthMethod.OAUTH2
            else self.tr("Password (IMAP)")
        )
        self.since.setText(_when(account.connected_since))
        self.checked.setText(_when(account.last_check) if account.last_check else self.tr("Never"))
        self.state.setText(account.state.label(translate))
        self.state.setProperty("state", account.state.value)
        self.state.style().unpolish(self.state)  # the colour follows the state
        self.state.style().polish(self.state)
        # While the connection needs the user (reconnect, keyring), the details are greyed
        # out: only the state (and the banner above) stays in full colour.
        details = (self.address, self.provider, self.method, self.since, self.checked)
        for widget in (self.logo, *details, *(self._form.labelForField(d) for d in details)):
            if widget is not None:
                widget.setEnabled(not attention)
        self.setProperty("attention", attention)
        self.style().unpolish(self)
        self.style().polish(self)


class MailboxSettingsTab(QWidget):
    """Settings → Boîte mail: the ways to connect, or the connected mailbox.

    Args:
        catalogue: the providers (names, logos) and the browser sign-ins offered.
        parent: the owning widget.

    Signals:
        connect_requested(str): an OAuth provider's id, :data:`OTHER_CHOICE`, or
            :data:`REPLACE_CHOICE` ("Replace with another mailbox": asks first).
        test_requested: "Test" was pressed.
        disconnect_requested: "Disconnect" was pressed (confirmation comes next).
    """

    connect_requested = Signal(str)
    test_requested = Signal()
    disconnect_requested = Signal()

    def __init__(self, catalogue: ProviderCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_mailbox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.banner = NoticeBanner(self)
        self.banner.setObjectName("settings_banner")
        layout.addWidget(self.banner)
        layout.addWidget(heading(self.tr("Your mailbox"), self, level=2))
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state_label")
        # Wrapped, so a long state grows the label downwards, never the window sideways.
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.reserved = QLabel(
            self.tr(
                "Connecting a mailbox is reserved for administrators of your Wink account. "
                "You can still send emails to candidates from Wink, with Wink's own address."
            ),
            self,
        )
        self.reserved.setObjectName("collaborator_notice")
        self.reserved.setWordWrap(True)
        layout.addWidget(self.reserved)
        self.choices = QWidget(self)
        choices = QVBoxLayout(self.choices)
        choices.setContentsMargins(0, 0, 0, 0)
        # By choice: each OAuth provider's id, then :data:`OTHER_CHOICE`.
        self.choice_buttons: dict[str, QPushButton] = {}
        self._add_choices(catalogue, choices)
        layout.addWidget(self.choices)
        self.card = AccountCard(catalogue, self)
        layout.addWidget(self.card)
        self.action_row = QWidget(self)
        actions = QHBoxLayout(self.action_row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.test_button = QPushButton(self.tr("Test"), self.action_row)
        self.test_button.setObjectName("account_test")
        self.test_button.clicked.connect(self.test_requested)
        self.disconnect_button = QPushButton(self.tr("Disconnect"), self.action_row)
        self.disconnect_button.setObjectName("account_disconnect")
        self.disconnect_button.clicked.connect(self.disconnect_requested)
        self.replace_button = QPushButton(self.tr("Replace with another mailbox"), self.action_row)
        self.replace_button.setObjectName("account_replace")
        self.replace_button.clicked.connect(lambda: self.connect_requested.emit(REPLACE_CHOICE))
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.replace_button)
        actions.addWidget(self.disconnect_button)
        layout.addWidget(self.action_row)
        # The test email needs working credentials: shown with the actions.
        self.delivery = DeliveryPanel("account", self.action_row)
        layout.addWidget(self.delivery)
        layout.addStretch(1)
        self.diagnostics = CopyDiagnostics("settings", self)
        layout.addWidget(self.diagnostics)
        self.show_account(None, may_connect=True)

    def bind(self, source: ContextSource, tasks: TaskSet) -> None:
        """The test email and the diagnostics get the services from ``source``."""
        self.delivery.bind(source, tasks)
        self.diagnostics.bind(source, tasks)

    def _add_choices(self, catalogue: ProviderCatalogue, choices: QVBoxLayout) -> None:
        """The intro, a button per browser sign-in of the catalogue, then "another service"."""
        self.intro = QLabel(self.choices)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        choices.addWidget(self.intro)
        self.set_sign_ins(())  # true of every build until the services say which it has
        ways = [
            (spec.id, translate("Providers", spec.settings_label), spec.id, spec.object_name)
            for spec in catalogue.oauth
        ]
        ways.append(
            (OTHER_CHOICE, self.tr("Sign in with another service"), "other-mail", OTHER_CHOICE)
        )
        for choice, text, icon_name, object_name in ways:
            button = QPushButton(icon(icon_name), text, self.choices)
            button.setObjectName(f"connect_{object_name}")
            button.setProperty("class", "providerButton")
            button.setIconSize(QSize(22, 22))
            button.clicked.connect(lambda _=False, c=choice: self.connect_requested.emit(c))
            choices.addWidget(button)
            self.choice_buttons[choice] = button

    def set_sign_ins(self, sign_ins: Sequence[str]) -> None:
        """Say "Wink never sees your password" only of the browser sign-ins this build has.

        Args:
            sign_ins: their names ("Google"); without a client id Gmail takes an app
                password, which Wink does see.
        """
        if len(sign_ins) > 1:
            text = self.tr(
                "Connect the mailbox you use with candidates. Wink never sees your password "
                "when you sign in with {first} or {second}."
            ).format(first=sign_ins[0], second=sign_ins[1])
        elif sign_ins:
            text = self.tr(
                "Connect the mailbox you use with candidates. Wink never sees your password "
                "when you sign in with {provider}."
            ).format(provider=sign_ins[0])
        else:
            text = self.tr(
                "Connect the mailbox you use with candidates. Wink tests it before saving "
                "anything and keeps your password only in your system's keyring."
            )
        self.intro.setText(text)

    def show_account(self, account: MailAccount | None, *, may_connect: bool) -> None:
        """Not connected (the three choices), connected (the card), or reserved."""
        state = account.state if account else ConnectionState.NOT_CONNECTED
        self.set_state(state)
        self.reserved.setVisible(not may_connect)
        self.choices.setVisible(may_connect and account is None)
        self.card.setVisible(account is not None)
        # The card says the state of a connected mailbox: said twice, it reads as two things.
        self.state_label.setVisible(account is None)
        self.action_row.setVisible(account is not None and may_connect)
        self.delivery.setVisible(account is not None and may_connect)
        if account is not None:
            self.card.show_account(account)

    def set_state(self, state: ConnectionState) -> None:
        """Show ``state`` in the tab."""
        self.state_label.setText(self.tr("Status: {state}").format(state=state.label(translate)))
        self.state_label.setProperty("state", state.value)


class SettingsWindow(QDialog):
    """Settings, opened by the gear; one tab per area (only the mailbox for now).

    Args:
        catalogue: the providers and the browser sign-ins offered.
        parent: the owning window.
    """

    def __init__(self, catalogue: ProviderCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_window")
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icon("gear"))
        # Tall enough for the tallest ordinary state (a banner over the connected card, its
        # actions, the test email and the diagnostics) in French at 1x, without scrolling.
        self.resize(640, 660)
        use_theme_palette(self)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        self.mailbox_tab = MailboxSettingsTab(catalogue, self.tabs)
        # The tab scrolls rather than squeeze its rows or grow the window: a banner, a long
        # state or a larger font never changes the window's size by itself.
        scroll = QScrollArea(self.tabs)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.mailbox_tab)
        self.tabs.addTab(scroll, icon("mail"), self.tr("Mailbox"))
        layout.addWidget(self.tabs)
        # Off (and disabled) until app.py's StartupOption reads the saved choice.
        self.start_with_session = QCheckBox(self.tr("Start Wink when I log in"), self)
        self.start_with_session.setObjectName("start_with_session")
        self.start_with_session.setEnabled(False)
        layout.addWidget(self.start_with_session)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.about_button = buttons.addButton(
            self.tr("About Wink Desktop"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.about_button.setObjectName("settings_about")
        self.about_button.clicked.connect(self.open_about)
        self._source: ContextSource | None = None
        self._tasks: TaskSet | None = None
        layout.addWidget(buttons)

    def bind(self, source: ContextSource, tasks: TaskSet) -> None:
        """Get the services from ``source`` (test email, About) and run on ``tasks``."""
        self.mailbox_tab.bind(source, tasks)
        self._source, self._tasks = source, tasks

    def show_sign_ins(self, context: AppContext | None) -> None:
        """Name only the browser sign-ins the services have (None: not built yet)."""
        if context is not None:
            from wink_desktop.services.connect_flow_fallback import browser_sign_ins  # noqa: PLC0415

            sign_ins = browser_sign_ins(context.catalogue, context.oauth_clients)
            self.mailbox_tab.set_sign_ins(sign_ins)

    def open_about(self) -> QDialog:
        """Open "About Wink Desktop" (version, build, sign-ins enabled)."""
        from wink_desktop.ui.about_dialog import AboutDialog  # noqa: PLC0415 - on first use

        dialog = self.findChild(AboutDialog) or AboutDialog(self)
        if self._source is not None and self._tasks is not None:
            dialog.load(self._source, self._tasks)
        dialog.show()
        dialog.raise_()
        return dialog


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    from PySide6.QtCore import QDateTime, QLocale, Qt  # noqa: PLC0415

    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
