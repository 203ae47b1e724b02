"""The "Connect your mailbox" wizard: the help article, made desktop.

Pages, in order (listed once, in :data:`PAGES`): email first (optional) → provider →
browser sign-in (Google, Microsoft) or server settings (everyone else) → live test → done.
Network work runs in services on the qasync loop; pages only react to their signals.
"""

from __future__ import annotations

import asyncio
import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import (
    CheckReport,
    Problem,
    ProblemCode,
    Protocol,
    ServerReport,
    StepResult,
)
from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.errors import InvalidInputError, WinkError
from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.core.oauth import OAuthAdminConsentRequiredError
from wink_desktop.core.probing import CheckOptions
from wink_desktop.core.problems import problem_hint, problem_message
from wink_desktop.core.settings import STANDARD_PORTS, ServerSettings, security_label
from wink_desktop.core.validation import normalize_email, normalize_username, require_secret
from wink_desktop.providers.base import Provider
from wink_desktop.providers.registry import PROVIDERS, provider_by_id, provider_for_email
from wink_desktop.providers.registry import answer as registry_answer
from wink_desktop.services.discovery import discover
from wink_desktop.services.mailbox import Connected
from wink_desktop.services.oauth_signin import SignedIn, sign_in_with_browser
from wink_desktop.ui.context import AppContext
from wink_desktop.ui.dialogs import CertificateDialog, PlaintextDialog
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.resources import icon
from wink_desktop.ui.tasks import TaskSet
from wink_desktop.ui.widgets import NoticeBanner, heading, use_light_palette


class PageId(enum.IntEnum):
    """The wizard's pages."""

    EMAIL = 0
    PROVIDER = 1
    BROWSER = 2
    SERVERS = 3
    TEST = 4
    DONE = 5


@dataclass
class WizardState:
    """What the pages decided so far (shared by all of them)."""

    email: str = ""
    provider: Provider | None = None
    oauth_provider: str | None = None
    discovered: Discovered | None = None
    signed_in: SignedIn | None = None
    imap: ServerSettings | None = None
    smtp: ServerSettings | None = None
    password: str = field(default="", repr=False)
    # The servers on the form came from an untrusted source (http, DNS without DNSSEC).
    servers_untrusted: bool = False
    # The user ticked "I checked these servers" for those untrusted servers.
    servers_confirmed: bool = False
    trusted_fingerprints: set[str] = field(default_factory=set)
    allow_plaintext: bool = False
    account: MailAccount | None = None
    #: Reconnecting this saved account (its settings are kept, not "detected").
    reconnecting: MailAccount | None = None


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
        use_light_palette(self)
        self.context = context
        self.state = WizardState()
        self.tasks = TaskSet()
        for page_id, page_class in PAGES:
            self.setPage(page_id, page_class(self))
        if reconnect is not None:
            self._prefill(reconnect)
        elif start_with in {"google", "microsoft"}:
            self.state.oauth_provider = start_with
            self.setStartId(PageId.BROWSER)
        elif start_with == "other":
            self.setStartId(PageId.PROVIDER)
            self.page(PageId.PROVIDER).show_all_providers()  # type: ignore[attr-defined]
        self.finished.connect(lambda _result: self.tasks.cancel_all())

    def forget_secrets(self) -> None:
        """Drop every reference the wizard holds to the password and the sign-in's tokens.

        A Python string cannot be wiped, but once nothing refers to it the memory is
        released: the state, the field (and its undo history) let go of it.
        """
        self.state.password = ""
        self.state.signed_in = None
        page = self.page(PageId.SERVERS)
        if isinstance(page, ServerPage):
            page.forget_password()

    def _prefill(self, account: MailAccount) -> None:
        """Reconnecting: straight to the browser (OAuth) or the password (IMAP), all kept."""
        state = self.state
        state.reconnecting = account
        state.email = account.email
        state.trusted_fingerprints = set(account.trusted_fingerprints)
        state.allow_plaintext = account.allow_plaintext
        self.setWindowTitle(self.tr("Reconnect your mailbox"))
        if account.method is AuthMethod.OAUTH2 and account.provider in {"google", "microsoft"}:
            state.oauth_provider = account.provider
            self.setStartId(PageId.BROWSER)
            return
        state.provider = provider_by_id(account.provider) if account.provider else None
        state.discovered = Discovered(
            email=account.email,
            source=Source.REGISTRY,
            trusted=True,
            imap=account.imap,
            smtp=account.smtp,
            provider=account.provider,
        )
        self.setStartId(PageId.SERVERS)

    def done(self, result: int) -> None:
        """Closing the wizard cancels whatever is still running and forgets the password."""
        self.tasks.cancel_all()
        for timer in self.findChildren(QTimer):
            timer.stop()
        # Whatever the outcome (connected, failed test, cancelled, window closed).
        self.forget_secrets()
        super().done(result)


class EmailPage(QWizardPage):
    """Email first (optional): typing an address finds its provider as you type."""

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_email")
        self._wizard = wizard
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

    def _typed(self, text: str) -> None:
        self._wizard.state.discovered = None
        self.feedback.setText("")
        if self._lookup_task is not None:
            self._lookup_task.cancel()
        if "@" in text and "." in text.rpartition("@")[2]:
            self._timer.start()
        self.completeChanged.emit()

    def _lookup(self) -> None:
        try:
            email = normalize_email(self.email.text())
        except InvalidInputError:
            return
        self.feedback.setText(self.tr("Looking for your provider's settings…"))
        self._lookup_task = self._wizard.tasks.start(self._discover(email))

    async def _discover(self, email: str) -> None:
        result = await discover(email, self._wizard.context.discovery_sources())
        if (
            self.email.text().strip().lower() != email.lower()
            and normalize_email(self.email.text()) != email
        ):
            return
        found = result.found
        self._wizard.state.discovered = found
        self.feedback.setText(self._describe(found))

    def _describe(self, found: Discovered | None) -> str:
        if found is None:
            return self.tr("We did not find settings automatically: you will enter them next.")
        provider = provider_by_id(found.provider) if found.provider else None
        if provider is not None and provider.uses_oauth:
            button = (
                self.tr("Continue with Google")
                if provider.id == "google"
                else self.tr("Continue with Microsoft")
            )
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
        """Remember the address."""
        text = self.email.text().strip()
        self._wizard.state.email = normalize_email(text) if text else ""
        return True

    def nextId(self) -> int:  # noqa: N802
        """Always the provider page: it recommends the right path."""
        return int(PageId.PROVIDER)


class ProviderPage(QWizardPage):
    """Continue with Google, with Microsoft, or view all providers."""

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_provider")
        self._wizard = wizard
        self.setTitle(self.tr("Choose your provider"))
        self.setSubTitle(
            self.tr(
                "With Google and Microsoft you sign in on their own page; Wink never sees "
                "your password."
            )
        )
        layout = QVBoxLayout(self)
        self.recommendation = QLabel(self)
        self.recommendation.setObjectName("provider_recommendation")
        self.recommendation.setWordWrap(True)
        layout.addWidget(self.recommendation)
        self.google = self._big_button(self.tr("Continue with Google"), "google", "continue_google")
        self.microsoft = self._big_button(
            self.tr("Continue with Microsoft"), "microsoft", "continue_microsoft"
        )
        self.google.clicked.connect(lambda: self._choose_oauth("google"))
        self.microsoft.clicked.connect(lambda: self._choose_oauth("microsoft"))
        layout.addWidget(self.google)
        layout.addWidget(self.microsoft)
        self.view_all = QPushButton(self.tr("View all providers"), self)
        self.view_all.setObjectName("view_all_providers")
        self.view_all.setCheckable(True)
        self.view_all.toggled.connect(self._toggle_all)
        layout.addWidget(self.view_all)
        self.grid_box = QWidget(self)
        grid = QGridLayout(self.grid_box)
        grid.setSpacing(8)
        tiles = [p for p in _unique(PROVIDERS) if not p.uses_oauth]
        for index, provider in enumerate([*tiles, None]):
            button = QToolButton(self.grid_box)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(36, 36))
            button.setMinimumSize(QSize(118, 78))
            pid = provider.id if provider else "imap"
            button.setObjectName(f"provider_{pid}")
            button.setIcon(icon(f"providers/{pid}"))
            button.setText(provider.name if provider else self.tr("Other (IMAP)"))
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, p=provider: self._choose_tile(p))
            grid.addWidget(button, index // 5, index % 5)
        layout.addWidget(self.grid_box)
        self.grid_box.hide()
        self.hint = NoticeBanner(self)
        self.hint.setObjectName("provider_hint")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._chosen = False

    def _big_button(self, text: str, icon_name: str, name: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setObjectName(name)
        button.setIconSize(QSize(24, 24))
        button.setProperty("class", "providerButton")
        button.setMinimumHeight(48)
        return button

    def show_all_providers(self) -> None:
        """Open the list of every provider (the "another service" entry point)."""
        self.view_all.setChecked(True)

    def _toggle_all(self, shown: bool) -> None:
        self.grid_box.setVisible(shown)

    def initializePage(self) -> None:  # noqa: N802
        """Recommend the path for the address typed on the previous page."""
        state = self._wizard.state
        self._chosen = False
        self.hint.hide()
        found = state.discovered
        provider = provider_by_id(found.provider) if found and found.provider else None
        provider = provider or (provider_for_email(state.email) if state.email else None)
        if provider is not None and provider.uses_oauth:
            self.recommendation.setText(
                self.tr("Recommended for {email}:").format(email=state.email)
            )
            (self.google if provider.id == "google" else self.microsoft).setFocus()
        elif provider is not None:
            self.recommendation.setText(
                self.tr("Recommended for {email}: {provider}").format(
                    email=state.email, provider=provider.name
                )
            )
            self.view_all.setChecked(True)
        else:
            self.recommendation.setText("")

    def _choose_oauth(self, provider_id: str) -> None:
        state = self._wizard.state
        state.oauth_provider = provider_id
        state.provider = provider_by_id(provider_id)
        self._chosen = True
        self._wizard.next()

    def _choose_tile(self, provider: Provider | None) -> None:
        state = self._wizard.state
        state.oauth_provider = None
        state.provider = provider
        self._chosen = True
        if provider is not None and provider.hint:
            self.hint.show_message(_hint_text(provider), "warning")
        self._wizard.next()

    def isComplete(self) -> bool:  # noqa: N802
        """One of the choices must be made (they move on by themselves)."""
        return self._chosen

    def nextId(self) -> int:  # noqa: N802
        """The browser for OAuth providers, the settings form for everyone else."""
        return int(PageId.BROWSER if self._wizard.state.oauth_provider else PageId.SERVERS)


class BrowserPage(QWizardPage):
    """Sign in in the system browser; wait, with "Copy link" and "Cancel"."""

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_browser")
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("browser_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.banner = NoticeBanner(self)
        self.banner.setObjectName("browser_problem")
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        self.copy_link = QPushButton(self.tr("Copy link"), self)
        self.copy_link.setObjectName("copy_link")
        self.copy_link.setEnabled(False)
        self.copy_link.clicked.connect(self._copy)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setObjectName("browser_retry")
        self.retry.clicked.connect(self._start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("browser_cancel")
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.copy_link)
        row.addWidget(self.retry)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.mismatch_box = QWidget(self)
        mismatch = QHBoxLayout(self.mismatch_box)
        self.use_other = QPushButton(self.mismatch_box)
        self.use_other.setObjectName("use_signed_in_account")
        self.use_other.setAccessibleName(self.tr("Use the account you signed in with"))
        self.use_other.clicked.connect(self._accept_other)
        mismatch.addWidget(self.use_other)
        layout.addWidget(self.mismatch_box)
        self.mismatch_box.hide()
        layout.addStretch(1)
        self._url = ""
        self._task: asyncio.Task[object] | None = None

    def initializePage(self) -> None:  # noqa: N802
        """Open the browser at once."""
        provider = self._wizard.state.oauth_provider or "google"
        name = "Google" if provider == "google" else "Microsoft"
        self.setTitle(self.tr("Sign in with {provider}").format(provider=name))
        self.setSubTitle(
            self.tr(
                "Your browser opens {provider}'s page: choose your account, then “Allow”."
            ).format(provider=name)
        )
        self._start()

    def cleanupPage(self) -> None:  # noqa: N802
        """Going back stops waiting."""
        self._stop()

    def _start(self) -> None:
        self._stop()
        state = self._wizard.state
        state.signed_in = None
        self.banner.hide()
        self.mismatch_box.hide()
        self.retry.hide()
        self.copy_link.setEnabled(False)
        self.status.setText(self.tr("Waiting for your browser…"))
        client = self._wizard.context.oauth_clients[state.oauth_provider or "google"]
        self._task = self._wizard.tasks.start(self._run(client))
        self.completeChanged.emit()

    async def _run(self, client: object) -> None:
        context = self._wizard.context
        state = self._wizard.state
        try:
            signed_in = await sign_in_with_browser(
                client,  # type: ignore[arg-type]
                context.receiver,
                context.open_browser,
                login_hint=state.email or None,
                on_url=self._url_ready,
            )
        except asyncio.CancelledError:
            raise
        except WinkError as exc:
            self._failed(exc)
            return
        state.signed_in = signed_in
        if signed_in.mismatch:
            self.status.setText(
                self.tr("You typed {expected} but signed in as {actual}.").format(
                    expected=signed_in.expected, actual=signed_in.email
                )
            )
            self.use_other.setText(self.tr("Use {actual}").format(actual=signed_in.email))
            self.mismatch_box.show()
            self.retry.setText(self.tr("Sign in as {expected}").format(expected=signed_in.expected))
            self.retry.show()
            return
        state.email = signed_in.email
        self.status.setText(self.tr("Signed in as {email}.").format(email=signed_in.email))
        self.completeChanged.emit()
        self._raise_window()
        self._wizard.next()

    def _url_ready(self, url: str, opened: bool) -> None:
        self._url = url
        self.copy_link.setEnabled(True)
        if not opened:
            self.banner.show_message(
                self.tr("The browser did not open. Copy the link and paste it into your browser."),
                "warning",
            )

    def _failed(self, error: WinkError) -> None:
        text = f"{error.user_message(translate)} {error.user_hint(translate)}"
        if isinstance(error, OAuthAdminConsentRequiredError) and error.admin_consent_url:
            self._url = error.admin_consent_url
            self.copy_link.setText(self.tr("Copy the approval link"))
            self.copy_link.setEnabled(True)
        self.banner.show_message(text, "error")
        self.status.setText("")
        self.retry.setText(self.tr("Try again"))
        self.retry.show()

    def _accept_other(self) -> None:
        state = self._wizard.state
        if state.signed_in is not None:
            state.email = state.signed_in.email
            state.signed_in = SignedIn(state.signed_in.provider, state.signed_in.grant, None)
            self.mismatch_box.hide()
            self.completeChanged.emit()
            self._wizard.next()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._url)
        if "/adminconsent?" in self._url:
            # The approval link is for the organisation's administrator, not for this user.
            text = self.tr(
                "Approval link copied: send it to your IT administrator. Once they have "
                "approved Wink, try again."
            )
        else:
            text = self.tr("Link copied: paste it into your browser's address bar.")
        self.banner.show_message(text, "info")

    def _cancel(self) -> None:
        """Back to where the browser sign-in was chosen.

        From the wizard's provider page, that page (choose again); when the wizard opened
        straight on this page (Settings' "Sign in with…", the banner's "Reconnect"), the
        wizard closes and the button that opened it is there to try again.
        """
        self._stop()
        if len(self._wizard.visitedIds()) > 1:
            self._wizard.back()
        else:
            self._wizard.reject()

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _raise_window(self) -> None:
        window = self._wizard.window()
        window.raise_()
        window.activateWindow()

    def isComplete(self) -> bool:  # noqa: N802
        """Signed in, as the right account (or the user chose the other one)."""
        signed = self._wizard.state.signed_in
        return signed is not None and not signed.mismatch

    def nextId(self) -> int:  # noqa: N802
        """The live test, with the fresh token."""
        return int(PageId.TEST)


class ServerPage(QWizardPage):
    """Email, password, and both servers; filled in from discovery where possible."""

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_servers")
        self._wizard = wizard
        self.setTitle(self.tr("Your mailbox settings"))
        self.setSubTitle(
            self.tr("Your provider's help pages list these settings. Values we found are marked.")
        )
        layout = QVBoxLayout(self)
        self.hint = NoticeBanner(self)
        self.hint.setObjectName("servers_hint")
        layout.addWidget(self.hint)
        account = QFormLayout()
        self.email = self._line("servers_email", self.tr("Email address"))
        self.password = self._line("servers_password", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox(self.tr("Show"), self)
        self.show_password.setObjectName("servers_show_password")
        self.show_password.toggled.connect(
            lambda shown: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        account.addRow(self.tr("Email address"), self.email)
        account.addRow(self.tr("Password"), password_row)
        layout.addLayout(account)
        self.imap = ServerFields("imap", self.tr("Incoming mail (IMAP)"), self)
        self.smtp = ServerFields("smtp", self.tr("Outgoing mail (SMTP)"), self)
        layout.addWidget(self.imap)
        layout.addWidget(self.smtp)
        advanced = QGroupBox(self.tr("Advanced"), self)
        advanced.setObjectName("servers_advanced")
        advanced.setCheckable(True)
        advanced.setChecked(False)
        self.advanced = advanced
        advanced_form = QFormLayout(advanced)
        self.username = QLineEdit(advanced)
        self.username.setObjectName("servers_username")
        self.username.setPlaceholderText(self.tr("Same as the email address"))
        self.username.setAccessibleName(self.tr("User name"))
        advanced_form.addRow(self.tr("User name"), self.username)
        layout.addWidget(advanced)
        self.confirm_untrusted = QCheckBox(
            self.tr("I checked these servers: they are my provider's."), self
        )
        self.confirm_untrusted.setObjectName("servers_confirm_untrusted")
        self.confirm_untrusted.toggled.connect(self._confirmed)
        layout.addWidget(self.confirm_untrusted)
        self.error = QLabel(self)
        self.error.setObjectName("servers_error")
        self.error.setWordWrap(True)
        self.error.setProperty("kind", "error")
        layout.addWidget(self.error)
        for widget in (self.email, self.password, self.username):
            widget.textChanged.connect(self.completeChanged)
        for fields in (self.imap, self.smtp):
            fields.changed.connect(self.completeChanged)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        return line

    def _confirmed(self, checked: bool) -> None:
        self._wizard.state.servers_confirmed = checked
        self.completeChanged.emit()

    def forget_password(self) -> None:
        """Empty the password field, its undo history included (``clear()`` keeps it)."""
        self.password.setText("")

    def _awaiting_confirmation(self) -> bool:
        state = self._wizard.state
        return state.servers_untrusted and not state.servers_confirmed

    def initializePage(self) -> None:  # noqa: N802
        """Fill in what we know: the address, discovery's or the provider's servers."""
        state = self._wizard.state
        self.email.setText(state.email)
        self.forget_password()
        self.error.clear()
        self._mark_invalid(None)
        found = state.discovered
        if state.provider is not None and (found is None or found.provider != state.provider.id):
            # A tile was chosen: its bundled settings (the user name is filled in later).
            found = registry_answer(state.provider, state.email)
        kept = state.reconnecting is not None
        detected = found is not None and not kept
        self.imap.fill(found.imap if found else None, detected=detected)
        self.smtp.fill(found.smtp if found else None, detected=detected)
        if kept:
            self.setSubTitle(
                self.tr(
                    "Type the current password of {email}. Everything else is kept as it was."
                ).format(email=state.email)
            )
        if (
            found is not None
            and found.imap is not None
            and found.imap.username
            and found.imap.username != state.email
        ):
            self.username.setText(found.imap.username)
        provider = state.provider
        if provider is not None and provider.hint:
            self.hint.show_message(_hint_text(provider), "warning")
        else:
            self.hint.hide()
        # Decided here, from where the values came, never from a widget's visibility: the
        # password goes nowhere until the user vouches for servers nobody authenticated.
        state.servers_untrusted = found is not None and not found.trusted and not kept
        state.servers_confirmed = False
        self.confirm_untrusted.setChecked(False)
        self.confirm_untrusted.setVisible(state.servers_untrusted)
        # After QWizard's own focus handling (which would pick the first button): the address,
        # or the password when it is known (reconnecting: only the password to type).
        target = self.email if not state.email else self.password
        QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))

    def settings(self) -> tuple[str, ServerSettings, ServerSettings, str]:
        """The validated input (raises InvalidInputError).

        The same validation as discovered and saved values (``ServerSettings.parse``): a
        user name with a control character or a password with CR, LF or NUL would split
        the IMAP or SMTP command that carries it.
        """
        email = normalize_email(self.email.text())
        username = normalize_username(self.username.text(), "username")
        imap, smtp = self.imap.settings(username), self.smtp.settings(username)
        password = require_secret(self.password.text())
        return email, imap, smtp, password

    def _fields(self) -> dict[str, QWidget]:
        """The input widgets by the field names of :class:`InvalidInputError`."""
        return {
            "email": self.email,
            "password": self.password,
            "username": self.username,
            "imap_host": self.imap.host,
            "imap_port": self.imap.port,
            "imap_username": self.username,
            "smtp_host": self.smtp.host,
            "smtp_port": self.smtp.port,
            "smtp_username": self.username,
        }

    def _mark_invalid(self, field_name: str | None) -> None:
        """Outline the field that is wrong (and only that one)."""
        wrong = self._fields().get(field_name or "")
        for widget in set(self._fields().values()):
            invalid = widget is wrong
            if bool(widget.property("invalid")) != invalid:
                widget.setProperty("invalid", invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if wrong is self.username:
            self.advanced.setChecked(True)  # an unchecked group box cannot be edited

    def isComplete(self) -> bool:  # noqa: N802
        """Valid input, and confirmation for untrusted discovered servers."""
        try:
            self.settings()
        except InvalidInputError as exc:
            shown = bool(self.email.text())
            self.error.setText(translate("Errors", exc.message) if shown else "")
            widget = self._fields().get(exc.field)
            # An empty field is not outlined: nothing typed yet is no mistake.
            typed = not isinstance(widget, QLineEdit) or bool(widget.text())
            self._mark_invalid(exc.field if shown and typed else None)
            return False
        self.error.clear()
        self._mark_invalid(None)
        return not self._awaiting_confirmation()

    def validatePage(self) -> bool:  # noqa: N802
        """Keep the settings for the test page (never past an unconfirmed untrusted server)."""
        if self._awaiting_confirmation():
            return False
        try:
            settings = self.settings()
        except InvalidInputError:
            return False
        state = self._wizard.state
        state.email, state.imap, state.smtp, state.password = settings
        return True

    def nextId(self) -> int:  # noqa: N802
        """The live test."""
        return int(PageId.TEST)


class ServerFields(QGroupBox):
    """Host, port and security of one server; port and security kept consistent.

    Signals:
        changed: any field changed.
    """

    changed = Signal()

    def __init__(self, protocol: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.protocol = protocol
        self.setObjectName(f"{protocol}_server")
        form = QFormLayout(self)
        self.host = QLineEdit(self)
        self.host.setObjectName(f"{protocol}_host")
        self.host.setAccessibleName(self.tr("{protocol} server").format(protocol=protocol.upper()))
        self.port = QSpinBox(self)
        self.port.setObjectName(f"{protocol}_port")
        self.port.setRange(1, 65535)
        self.port.setAccessibleName(self.tr("{protocol} port").format(protocol=protocol.upper()))
        self.security = QComboBox(self)
        self.security.setObjectName(f"{protocol}_security")
        self.security.setAccessibleName(
            self.tr("{protocol} security").format(protocol=protocol.upper())
        )
        for value in (Security.SSL, Security.STARTTLS, Security.PLAIN):
            self.security.addItem(security_label(value, translate), value.value)
        self.detected = QLabel(self.tr("detected automatically"), self)
        self.detected.setObjectName(f"{protocol}_detected")
        self.detected.setProperty("class", "detected")
        form.addRow(self.tr("Server"), self.host)
        row = QHBoxLayout()
        row.addWidget(self.port)
        row.addWidget(self.security, 1)
        row.addWidget(self.detected)
        form.addRow(self.tr("Port and security"), row)
        self._syncing = False
        self.host.textEdited.connect(self._edited)
        self.port.valueChanged.connect(self._port_changed)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.fill(None, detected=False)

    def fill(self, server: ServerSettings | None, *, detected: bool) -> None:
        """Show ``server`` (or the standard defaults), marked as detected or not."""
        self._syncing = True
        security = server.security if server else Security.SSL
        self.host.setText(server.host if server else "")
        self.security.setCurrentIndex(self.security.findData(security.value))
        self.port.setValue(server.port if server else STANDARD_PORTS[(self.protocol, security)])
        self._syncing = False
        self.detected.setVisible(detected and server is not None)
        self.changed.emit()

    def _edited(self) -> None:
        self.detected.hide()
        self.changed.emit()

    def _port_changed(self, port: int) -> None:
        if not self._syncing:
            # Choosing a well-known port proposes the security that goes with it.
            for (protocol, security), standard in STANDARD_PORTS.items():
                if (
                    protocol == self.protocol
                    and standard == port
                    and security is not Security.PLAIN
                ):
                    self._syncing = True
                    self.security.setCurrentIndex(self.security.findData(security.value))
                    self._syncing = False
                    break
            self.detected.hide()
        self.changed.emit()

    def _security_changed(self) -> None:
        if not self._syncing:
            security = Security(self.security.currentData())
            if self.port.value() in {
                p for (proto, _), p in STANDARD_PORTS.items() if proto == self.protocol
            }:
                self._syncing = True
                self.port.setValue(STANDARD_PORTS[(self.protocol, security)])
                self._syncing = False
            self.detected.hide()
        self.changed.emit()

    def settings(self, username: str | None) -> ServerSettings:
        """The validated settings (raises InvalidInputError)."""
        return ServerSettings.parse(
            self.host.text(),
            self.port.value(),
            Security(self.security.currentData()),
            username,
            field_prefix=f"{self.protocol}_",
        )


class TestPage(QWizardPage):
    """Both servers tested at once, every step shown as it happens."""

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_test")
        self._wizard = wizard
        self.setTitle(self.tr("Testing your mailbox"))
        self.setSubTitle(self.tr("Wink signs in to both servers. Nothing is sent."))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        self.lists: dict[Protocol, QListWidget] = {}
        for protocol, title in (
            (Protocol.IMAP, self.tr("Incoming (IMAP)")),
            (Protocol.SMTP, self.tr("Outgoing (SMTP)")),
        ):
            box = QVBoxLayout()
            box.addWidget(heading(title, self, 2))
            steps = QListWidget(self)
            steps.setObjectName(f"test_steps_{protocol.value}")
            steps.setAccessibleName(title)
            box.addWidget(steps)
            columns.addLayout(box)
            self.lists[protocol] = steps
        layout.addLayout(columns, 1)
        self.banner = NoticeBanner(self)
        self.banner.setObjectName("test_problem")
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        self.retry = QPushButton(self.tr("Retry"), self)
        self.retry.setObjectName("test_retry")
        self.retry.clicked.connect(self._start)
        self.trust = QPushButton(self.tr("View the certificate…"), self)
        self.trust.setObjectName("test_view_certificate")
        self.trust.clicked.connect(self._show_certificate)
        self.plaintext = QPushButton(self.tr("Use an unencrypted connection…"), self)
        self.plaintext.setObjectName("test_allow_plaintext")
        self.plaintext.clicked.connect(self._ask_plaintext)
        self.help_link = QPushButton(self.tr("Open the help page"), self)
        self.help_link.setObjectName("test_help_link")
        self.help_link.clicked.connect(self._open_help)
        for button in (self.retry, self.trust, self.plaintext, self.help_link):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._task: asyncio.Task[object] | None = None
        self._problem: tuple[ServerReport, Problem] | None = None
        self._help_url = ""

    def initializePage(self) -> None:  # noqa: N802
        """Start the test right away."""
        self._start()

    def cleanupPage(self) -> None:  # noqa: N802
        """Going back cancels the test."""
        if self._task is not None:
            self._task.cancel()

    def _start(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._wizard.state.account = None
        for steps in self.lists.values():
            steps.clear()
        for button in (self.retry, self.trust, self.plaintext, self.help_link):
            button.hide()
        self.banner.hide()
        self.completeChanged.emit()
        self._task = self._wizard.tasks.start(self._run())

    async def _run(self) -> None:
        state = self._wizard.state
        mailbox = self._wizard.context.mailbox
        options = CheckOptions(
            trusted_fingerprints=frozenset(state.trusted_fingerprints),
            allow_plaintext=state.allow_plaintext,
        )
        oauth = state.signed_in is not None and state.oauth_provider
        if not oauth and state.servers_untrusted and not state.servers_confirmed:
            # The last line of defence: no password to servers the user has not vouched for.
            self.banner.show_message(
                self.tr("Confirm the servers on the previous page before Wink signs in."),
                "error",
            )
            return
        try:
            if state.signed_in is not None and state.oauth_provider:
                outcome: Connected = await mailbox.connect_with_oauth(
                    state.signed_in, options=options, on_step=self._step
                )
            elif state.imap is not None and state.smtp is not None:
                outcome = await mailbox.connect_with_password(
                    state.email,
                    state.imap,
                    state.smtp,
                    state.password,
                    provider=state.provider.id if state.provider else None,
                    options=options,
                    on_step=self._step,
                )
            else:
                return
        except WinkError as exc:
            # For instance no secure keyring: the servers work, but nothing was saved.
            self.banner.show_message(
                f"{exc.user_message(translate)} {exc.user_hint(translate)}", "error"
            )
            self.retry.show()
            return
        self._show(outcome.report)
        if outcome.account is not None:
            state.account = outcome.account
            self._wizard.forget_secrets()  # saved in the keyring: the wizard needs it no more
            self.completeChanged.emit()
            self._wizard.connected.emit(outcome.account)
            self._wizard.next()

    def _step(self, step: StepResult) -> None:
        item = QListWidgetItem(f"{'✓' if step.ok else '✗'}  {step.step.label(translate)}")
        item.setToolTip(step.detail)
        item.setData(Qt.ItemDataRole.UserRole, step.step.value)
        self.lists[step.protocol].addItem(item)

    def _show(self, report: CheckReport) -> None:
        failed = [(s, s.problem) for s in (report.imap, report.smtp) if s.problem is not None]
        if not failed:
            return
        server, problem = failed[0]
        self._problem = (server, problem)
        parts = [
            f"{server.protocol.value.upper()}: {problem_message(problem, translate)}",
            problem_hint(problem, translate),
        ]
        for other, other_problem in failed[1:]:
            parts.append(
                f"{other.protocol.value.upper()}: {problem_message(other_problem, translate)}"
            )
        self.banner.show_message("\n".join(parts), "error")
        self.retry.show()
        self.trust.setVisible(
            problem.code is ProblemCode.TLS_CERTIFICATE and problem.certificate is not None
        )
        variant = dict(problem.args).get("variant")
        self.plaintext.setVisible(
            problem.code is ProblemCode.PLAINTEXT_REFUSED and variant == "client"
        )
        self._help_url = problem.help_url or ""
        self.help_link.setVisible(bool(self._help_url))

    def _show_certificate(self) -> None:
        if self._problem is None:
            return
        server, problem = self._problem
        certificate = problem.certificate
        if certificate is None:
            return
        settings = (
            self._wizard.state.imap if server.protocol is Protocol.IMAP else self._wizard.state.smtp
        )
        host = settings.host if settings else dict(problem.args).get("host", "")
        dialog = CertificateDialog(host, problem_message(problem, translate), certificate, self)

        def trusted() -> None:
            self._wizard.state.trusted_fingerprints.add(certificate.sha256)
            self._start()

        dialog.accepted.connect(trusted)
        dialog.open()

    def _ask_plaintext(self) -> None:
        dialog = PlaintextDialog(self)

        def accepted() -> None:
            self._wizard.state.allow_plaintext = True
            self._start()

        dialog.accepted.connect(accepted)
        dialog.open()

    def _open_help(self) -> None:
        if self._help_url:
            QDesktopServices.openUrl(QUrl(self._help_url))

    def isComplete(self) -> bool:  # noqa: N802
        """Next only after both servers passed (and the account was saved)."""
        return self._wizard.state.account is not None

    def nextId(self) -> int:  # noqa: N802
        """Done."""
        return int(PageId.DONE)


class DonePage(QWizardPage):
    """Et hop, le tour est joué !"""

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_done")
        self._wizard = wizard
        self.setTitle(self.tr("All set!"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("done_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        """Say what happens next."""
        account = self._wizard.state.account
        email = account.email if account else ""
        self.summary.setText(
            self.tr(
                "Your mailbox {email} is connected. Your exchanges with candidates now appear "
                "in Wink, and your emails to them leave from your own address."
            ).format(email=email)
        )

    def nextId(self) -> int:  # noqa: N802
        """The last page."""
        return -1


#: Every page of the wizard, in order.
PAGES: tuple[tuple[PageId, type[QWizardPage]], ...] = (
    (PageId.EMAIL, EmailPage),
    (PageId.PROVIDER, ProviderPage),
    (PageId.BROWSER, BrowserPage),
    (PageId.SERVERS, ServerPage),
    (PageId.TEST, TestPage),
    (PageId.DONE, DonePage),
)


def _hint_text(provider: Provider) -> str:
    text = translate("Provider", provider.hint or "")
    return f"{text} {provider.hint_url}" if provider.hint_url else text


def _unique(providers: tuple[Provider, ...]) -> list[Provider]:
    seen: set[str] = set()
    result = []
    for provider in providers:
        if provider.id not in seen:
            seen.add(provider.id)
            result.append(provider)
    return result
