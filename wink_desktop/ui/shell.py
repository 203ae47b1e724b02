"""The application shell: owns the windows and wires what the user asks for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wink_desktop.ui.i18n import translate
from wink_desktop.ui.main_window import MainWindow
from wink_desktop.ui.tasks import ContextLoader, TaskSet

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from wink_desktop.core.account import MailAccount, UserProfile
    from wink_desktop.core.messages import MessageHeader
    from wink_desktop.core.providers import ProviderCatalogue
    from wink_desktop.services.health import HealthMonitor
    from wink_desktop.services.records import AccountRecord, ProfileRecord
    from wink_desktop.ui.attention import Attention
    from wink_desktop.ui.context import AppContext
    from wink_desktop.ui.settings_window import SettingsWindow
    from wink_desktop.ui.tray import Tray
    from wink_desktop.ui.widgets import NoticeBanner
    from wink_desktop.ui.wizard import ConnectWizard


class Shell(QObject):
    """Creates the main window and opens the others on demand.

    The windows read the account and the profile from memory; :meth:`start` reads their
    files and builds the services in worker threads (never on the GUI thread).

    Args:
        accounts: the saved account, in memory (the services' Mailbox shares it).
        profile: who the user is, in memory.
        context: builds the services (network, keyring, OAuth); called in a worker.
        catalogue: gives the providers and browser sign-ins that Settings shows.
    """

    def __init__(
        self,
        accounts: AccountRecord | None = None,
        profile: ProfileRecord | None = None,
        context: Callable[[], AppContext] | None = None,
        parent: QObject | None = None,
        catalogue: Callable[[], ProviderCatalogue] | None = None,
    ) -> None:
        super().__init__(parent)
        self.main_window = MainWindow(catalogue=catalogue)
        self._catalogue = catalogue
        self._accounts = accounts
        self._profile = profile
        self._services = ContextLoader(context, self._services_failed)
        self._settings: SettingsWindow | None = None
        self.wizard: ConnectWizard | None = None
        self.tasks = TaskSet()
        self.account: MailAccount | None = accounts.account if accounts else None
        self._monitor: HealthMonitor | None = None
        self._health_timer: QTimer | None = None
        self._attention: Attention | None = None  # made on first use (after the first paint)
        self.notifications: list[str] = []  # desktop notifications (support, tests)
        self.brought_to_front = 0  # times a later launch showed the window (support, tests)
        self.tray: Tray | None = None  # app.py sets it where the desktop has a tray
        self.main_window.settings_requested.connect(self.open_settings)
        self.main_window.connect_requested.connect(lambda: self.start_connect(None))
        self.main_window.destroyed.connect(self.tasks.cancel_all)
        if accounts is not None:
            accounts.subscribe(self._account_changed)
        if profile is not None:
            profile.subscribe(self._profile_changed)

    @property
    def may_connect(self) -> bool:
        """Whether the user's role allows connecting a mailbox (guidance only)."""
        return self._profile is None or self._profile.current().role.may_connect_mailbox

    def context(self) -> AppContext:
        """The services (:meth:`start` builds them in a worker; here only if it has not)."""
        return self._services.now()

    @property
    def _context(self) -> AppContext | None:
        return self._services.built

    @_context.setter
    def _context(self, context: AppContext | None) -> None:
        self._services.built = context  # None: the next use builds them again (tests)

    async def ready_context(self) -> AppContext:
        """The services, built in a worker thread on first use."""
        return await self._services.ready()

    def _services_failed(self) -> None:
        text = self.tr(
            "Wink Desktop could not prepare the connection to your mailbox. Restart it; if "
            "this happens again, reinstall it or contact Wink's support."
        )
        self._notice(text, "error")

    async def start(self) -> None:
        """Start-up (in workers): profile and account, then the services, messages, checks."""
        from wink_desktop.core.account import AccountFileCorruptError  # noqa: PLC0415

        if self._profile is not None:
            await self._profile.reload()
        if self._accounts is not None:
            try:
                await self._accounts.reload()
            except AccountFileCorruptError as exc:
                from wink_desktop.core.problems import describe  # noqa: PLC0415

                self.main_window.show_notice(describe(exc, translate), "warning")
        ready = self._services.available and await self._services.ready_or_none() is not None
        self.refresh()
        if ready:
            self.start_health_checks()

    def show(self, *, refresh: bool = True) -> None:
        """Show the main window (``refresh=False``: :meth:`start` fills in the page later)."""
        if refresh:
            self.refresh()
        self.main_window.show()

    def reload_profile(self) -> None:
        """Read the profile again, off the GUI thread (its file changed)."""
        if self._profile is not None:
            self.tasks.start(self._profile.reload())

    def _account_changed(self, account: MailAccount | None) -> None:
        self.account = account
        self._render()

    def _profile_changed(self, _profile: UserProfile | None) -> None:
        self._render()

    def _render(self) -> None:
        """Show the account (from memory) everywhere, with the banners it calls for."""
        self.main_window.mailbox_page.show_account(self.account, may_connect=self.may_connect)
        if self._settings is not None:
            self._settings.mailbox_tab.show_account(self.account, may_connect=self.may_connect)
            self._settings.show_sign_ins(self._services.built)  # once built: its client ids
        if self._attention is None:
            from wink_desktop.ui.attention import Attention  # noqa: PLC0415

            self._attention = Attention(self._banners, self.notifications, self.main_window, self)
        self._attention.show(self.account)

    def refresh(self) -> None:
        """Show the saved account (held in memory) everywhere and reload its messages."""
        self.account = self._accounts.account if self._accounts is not None else None
        self._render()
        if self.account is not None and self.account.state.needs_user_action:
            # No sign-in that would fail again: each refused attempt counts towards the
            # provider locking the account.
            self.main_window.mailbox_page.show_messages_status(
                self.tr("Reconnect to see your latest messages here.")
            )
        elif self.account is not None and self._services.available:
            self.main_window.mailbox_page.show_messages_status(
                self.tr("Loading the latest messages…")
            )
            self.tasks.start(self._load_messages())

    async def _load_messages(self) -> None:
        """The latest INBOX headers, in the background (the window stays responsive)."""

        async def read() -> list[MessageHeader]:
            context = await self.ready_context()
            return await context.mailbox.latest_messages(context.inbox)

        await self.main_window.mailbox_page.load_messages(read)

    # -- the connection's health -------------------------------------------------------------

    def reconnect(self) -> None:
        """One click: the wizard at the right step, everything filled in."""
        if (account := self.account) is not None:
            self._services.when_ready(
                lambda: self.open_wizard(None, reconnect=account), self.tasks.start
            )

    def _banners(self) -> list[NoticeBanner]:
        banners: list[NoticeBanner] = [self.main_window.mailbox_page.banner]
        if self._settings is not None:
            banners.append(self._settings.mailbox_tab.banner)
        return banners

    def start_health_checks(self) -> None:
        """A check now (start-up), then on the monitor's schedule."""
        self.tasks.start(self._health_check("startup"))

    def _schedule_check(self, seconds: float) -> None:
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        if self._health_timer is None:
            self._health_timer = QTimer(self)
            self._health_timer.setSingleShot(True)
            self._health_timer.timeout.connect(
                lambda: self.tasks.start(self._health_check("timer"))
            )
        self._health_timer.start(int(seconds * 1000))

    async def _health_check(self, reason: str) -> None:
        from wink_desktop.services.health import HealthMonitor, Reason  # noqa: PLC0415

        if not self._services.available or self.account is None:
            return
        if self._monitor is None:
            if (context := await self._services.ready_or_none()) is None:
                return
            self._monitor = HealthMonitor(context.mailbox)
        try:
            await self._monitor.check(Reason(reason))
        except Exception:
            import logging  # noqa: PLC0415

            logging.getLogger(__name__).warning("health check failed", exc_info=True)
        self.refresh()
        delay = self._monitor.next_delay(self.account)
        if delay is not None:
            self._schedule_check(delay)

    def network_back(self) -> None:
        """The network came back: check now (automatic checks rules apply)."""
        self.tasks.start(self._health_check("online"))

    def bring_to_front(self) -> None:
        """Another launch of Wink: show this one instead (the wizard on top, if open)."""
        window = self.main_window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        self.brought_to_front += 1
        for other in (self._settings, self.wizard):
            if other is not None and other.isVisible():
                other.raise_()
                other.activateWindow()

    def open_settings(self) -> SettingsWindow:
        """Open (or bring to the front) the Settings window."""
        if self._settings is None:
            # Imported on first use: the settings window is not part of start-up.
            from wink_desktop.core.providers import ProviderCatalogue  # noqa: PLC0415
            from wink_desktop.ui.settings_window import SettingsWindow  # noqa: PLC0415

            catalogue = self._catalogue() if self._catalogue else ProviderCatalogue(())
            self._settings = SettingsWindow(catalogue, self.main_window)
            tab = self._settings.mailbox_tab
            tab.connect_requested.connect(self.start_connect)
            tab.test_requested.connect(self.test_account)
            tab.disconnect_requested.connect(self.confirm_disconnect)
            self._settings.bind(self._services.ready_or_none, self.tasks)
        self._render()  # the reconnect banner belongs in Settings too
        self._settings.show()
        self._settings.raise_()
        self._settings.activateWindow()
        return self._settings

    def _notice(self, text: str, kind: str = "info") -> None:
        self.main_window.show_notice(text, kind)
        if self._settings is not None:
            self._settings.mailbox_tab.banner.show_message(text, kind)

    # -- connecting -------------------------------------------------------------------------

    def start_connect(self, choice: str | None) -> None:
        """Open the wizard (after confirming the replacement of a connected mailbox)."""
        if not self.may_connect:
            self._notice(
                self.tr(
                    "Connecting a mailbox is reserved for administrators of your Wink account. "
                    "You can still send emails to candidates from Wink, with Wink's own address."
                )
            )
            return
        if self.account is None:
            self._services.when_ready(lambda: self.open_wizard(choice), self.tasks.start)
            return
        from wink_desktop.ui.dialogs import ConfirmDialog  # noqa: PLC0415

        dialog = ConfirmDialog(
            "replace_dialog",
            self.tr("Replace the connected mailbox?"),
            self.tr("{email} is connected. Connecting another mailbox replaces it.").format(
                email=self.account.email
            ),
            self.tr("Replace"),
            self.main_window,
        )
        dialog.accepted.connect(
            lambda: self._services.when_ready(lambda: self.open_wizard(choice), self.tasks.start)
        )
        dialog.open()

    def open_wizard(
        self, choice: str | None, reconnect: MailAccount | None = None
    ) -> ConnectWizard:
        """The connection wizard, starting where ``choice`` says (or reconnecting)."""
        from wink_desktop.ui.wizard import ConnectWizard  # noqa: PLC0415

        if self.wizard is not None:
            self.wizard.close()
        parent = (
            self._settings
            if self._settings is not None and self._settings.isVisible()
            else self.main_window
        )
        self.wizard = wizard = ConnectWizard(self.context(), parent, choice, reconnect)
        wizard.connected.connect(lambda _account: self.refresh())
        wizard.finished.connect(lambda _result: self._forget_wizard(wizard))
        wizard.show()
        return wizard

    def _forget_wizard(self, wizard: ConnectWizard) -> None:
        """A closed wizard is deleted, not kept: it held the password the user typed."""
        self.wizard = None if self.wizard is wizard else self.wizard
        wizard.deleteLater()

    # -- checking and disconnecting ---------------------------------------------------------------

    def test_account(self) -> None:
        """Check the saved mailbox now (the "Test" button)."""
        if self.account is None:
            return
        self._notice(self.tr("Checking your mailbox…"))
        self.tasks.start(self._test())

    async def _test(self) -> None:
        from wink_desktop.core.errors import WinkError  # noqa: PLC0415
        from wink_desktop.core.problems import describe  # noqa: PLC0415

        if (context := await self._services.ready_or_none()) is None:
            return
        try:
            _account, report = await context.mailbox.test_saved()
        except WinkError as exc:
            self._notice(describe(exc, translate), "error")
            return
        self.refresh()
        if self.account is not None and self.account.state.needs_user_action:
            return  # refresh() showed the banners with their way out ("Reconnect"): keep them
        if report is not None and report.ok:
            self._notice(self.tr("Your mailbox works."))
        elif report is not None and (problem := report.imap.problem or report.smtp.problem):
            self._notice(describe(problem, translate), "error")
        elif self.account is not None:  # no check could start (offline)
            self._notice(self.account.state.label(translate), "warning")

    def confirm_disconnect(self) -> None:
        """Ask first; the safe answer (keep it) is the default."""
        if self.account is None:
            return
        from wink_desktop.ui.dialogs import ConfirmDialog  # noqa: PLC0415

        dialog = ConfirmDialog(
            "disconnect_dialog",
            self.tr("Disconnect this mailbox?"),
            self.tr(
                "Wink will stop reading and sending from {email}. Its password or sign-in is "
                "removed from this computer."
            ).format(email=self.account.email),
            self.tr("Disconnect"),
            self._settings or self.main_window,
        )
        dialog.accepted.connect(lambda: self.tasks.start(self._disconnect()))
        dialog.open()

    async def _disconnect(self) -> None:
        from wink_desktop.core.errors import WinkError  # noqa: PLC0415
        from wink_desktop.core.problems import describe  # noqa: PLC0415

        provider = self.account.provider if self.account else None
        spec = self._catalogue().oauth_spec(provider) if self._catalogue else None
        if (context := await self._services.ready_or_none()) is None:
            return
        try:
            outcome = await context.mailbox.disconnect()
        except WinkError as exc:
            self._notice(describe(exc, translate), "error")
            return
        self.refresh()
        text = self.tr("The mailbox is disconnected; nothing of it is left on this computer.")
        if spec is not None and spec.revoke_url:  # the provider offers no revocation to apps
            text += " " + self.tr(
                "You can also remove Wink from the apps of your {provider} account: {url}"
            ).format(provider=spec.name, url=spec.revoke_url)
        elif outcome.remote_revoked is False:
            text += " " + self.tr(
                "Your provider could not be notified; you can remove Wink from your account's "
                "security page."
            )
        self._notice(text)
