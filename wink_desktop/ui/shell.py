"""The application shell: owns the windows and wires what the user asks for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wink_desktop.ui.i18n import translate
from wink_desktop.ui.main_window import MainWindow
from wink_desktop.ui.tasks import TaskSet

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QSystemTrayIcon

    from wink_desktop.core.account import AccountStore, MailAccount, ProfileSource
    from wink_desktop.core.providers import ProviderCatalogue
    from wink_desktop.services.health import HealthMonitor
    from wink_desktop.ui.context import AppContext
    from wink_desktop.ui.settings_window import SettingsWindow
    from wink_desktop.ui.widgets import NoticeBanner
    from wink_desktop.ui.wizard import ConnectWizard


class Shell(QObject):
    """Creates the main window and opens the others on demand.

    Args:
        accounts: the saved account (read at start-up: cheap).
        profile: who the user is.
        context: builds the services (network, keyring, OAuth) on first use.
        catalogue: gives the providers and browser sign-ins that Settings shows.
    """

    def __init__(
        self,
        accounts: AccountStore | None = None,
        profile: ProfileSource | None = None,
        context: Callable[[], AppContext] | None = None,
        parent: QObject | None = None,
        catalogue: Callable[[], ProviderCatalogue] | None = None,
    ) -> None:
        super().__init__(parent)
        self.main_window = MainWindow(catalogue=catalogue)
        self._catalogue = catalogue
        self._accounts = accounts
        self._profile = profile
        self._make_context = context
        self._context: AppContext | None = None
        self._settings: SettingsWindow | None = None
        self.wizard: ConnectWizard | None = None
        self.tasks = TaskSet()
        self.account: MailAccount | None = None
        self._monitor: HealthMonitor | None = None
        self._health_timer: QTimer | None = None
        self._tray: QSystemTrayIcon | None = None
        self._notified_state = ""
        #: Desktop notifications shown (or that would be, without a system tray).
        self.notifications: list[str] = []
        #: How many times a later launch brought this window forward (support, tests).
        self.brought_to_front = 0
        self.main_window.settings_requested.connect(self.open_settings)
        self.main_window.connect_requested.connect(lambda: self.start_connect(None))
        self.main_window.destroyed.connect(self.tasks.cancel_all)

    @property
    def may_connect(self) -> bool:
        """Whether the user's role allows connecting a mailbox (guidance only)."""
        return self._profile is None or self._profile.current().role.may_connect_mailbox

    def context(self) -> AppContext:
        """The services, built on first use."""
        if self._context is None:
            if self._make_context is None:
                msg = "this shell has no services"
                raise RuntimeError(msg)
            self._context = self._make_context()
        return self._context

    def show(self, *, refresh: bool = True) -> None:
        """Show the main window.

        ``refresh=False`` leaves reading the saved account for later: start-up paints the
        window first, then fills in the mailbox page.
        """
        if refresh:
            self.refresh()
        self.main_window.show()

    def refresh(self) -> None:
        """Re-read the saved account and show it everywhere."""
        self.account = None
        if self._accounts is not None:
            from wink_desktop.core.account import AccountFileCorruptError  # noqa: PLC0415
            from wink_desktop.core.problems import describe  # noqa: PLC0415

            try:
                self.account = self._accounts.load()
            except AccountFileCorruptError as exc:
                self.main_window.show_notice(describe(exc, translate), "warning")
        self.main_window.mailbox_page.show_account(self.account, may_connect=self.may_connect)
        if self._settings is not None:
            self._settings.mailbox_tab.show_account(self.account, may_connect=self.may_connect)
        self._show_attention()
        if self.account is not None and self.account.state.needs_user_action:
            # No sign-in that would fail again: each refused attempt counts towards the
            # provider locking the account.
            self.main_window.mailbox_page.show_messages_status(
                self.tr("Reconnect to see your latest messages here.")
            )
        elif self.account is not None and self._make_context is not None:
            self.main_window.mailbox_page.show_messages_status(
                self.tr("Loading the latest messages…")
            )
            self.tasks.start(self._load_messages())

    async def _load_messages(self) -> None:
        """The latest INBOX headers, in the background (the window stays responsive)."""
        context = self.context()
        page = self.main_window.mailbox_page
        try:
            headers = await context.mailbox.latest_messages(context.inbox)
        except Exception as exc:  # noqa: BLE001 - any failure: say so; the health check explains
            import logging  # noqa: PLC0415

            logging.getLogger(__name__).warning(
                "reading the latest messages failed: %s", type(exc).__name__
            )
            page.show_messages_status(
                self.tr("The latest messages could not be read. Use “Test” in Settings to see why.")
            )
            return
        page.show_messages([(h.sender, h.subject, h.date) for h in headers])

    # -- the connection's health -------------------------------------------------------------

    def reconnect(self) -> None:
        """One click: the wizard at the right step, everything filled in."""
        if self.account is not None:
            self.open_wizard(None, reconnect=self.account)

    def _show_attention(self) -> None:
        """The banner (with "Reconnect") when only the user can fix the connection."""
        from wink_desktop.core.models import AuthMethod, ConnectionState  # noqa: PLC0415

        account = self.account
        if account is None or not account.state.needs_user_action:
            for banner in self._banners():
                if banner.property("attention"):
                    banner.setProperty("attention", False)
                    banner.hide()
            if account is not None:
                self._notified_state = account.state.value
            return
        if account.state is ConnectionState.KEYRING_UNAVAILABLE:
            text = self.tr(
                "Wink Desktop cannot reach your system's password storage (keyring). Unlock "
                "it, then test the connection again."
            )
            action, handler = self.tr("Test again"), self.test_account
        elif account.method is AuthMethod.PASSWORD:
            text = self.tr(
                "Your mail server no longer accepts the saved password (was it changed?). "
                "Automatic checks are paused so your account is not locked."
            )
            action, handler = self.tr("Reconnect"), self.reconnect
        else:
            text = self.tr("Your connection has expired.")
            action, handler = self.tr("Reconnect"), self.reconnect
        for banner in self._banners():
            banner.show_message(text, "warning", action, handler)
            banner.setProperty("attention", True)
        self._notify(account.state.value, text)

    def _banners(self) -> list[NoticeBanner]:
        banners: list[NoticeBanner] = [self.main_window.mailbox_page.banner]
        if self._settings is not None:
            banners.append(self._settings.mailbox_tab.banner)
        return banners

    def _notify(self, state: str, text: str) -> None:
        """A desktop notification, once per state change (never at every check)."""
        if state == self._notified_state:
            return
        self._notified_state = state
        self.notifications.append(text)
        from PySide6.QtWidgets import QSystemTrayIcon  # noqa: PLC0415

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            from wink_desktop.ui.resources import icon  # noqa: PLC0415

            self._tray = QSystemTrayIcon(icon("wink"), self)
            self._tray.activated.connect(lambda _reason: self.main_window.showNormal())
            self._tray.show()
        self._tray.showMessage(self.tr("Wink: account action required"), text)

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

        if self._make_context is None or self.account is None:
            return
        if self._monitor is None:
            self._monitor = HealthMonitor(self.context().mailbox)
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
        self._settings.mailbox_tab.show_account(self.account, may_connect=self.may_connect)
        self._show_attention()  # the reconnect banner belongs in Settings too
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
                    "Connecting a mailbox is reserved to administrators of your Wink account. "
                    "You can still send emails to candidates from Wink, with Wink's own address."
                )
            )
            return
        if self.account is None:
            self.open_wizard(choice)
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
        dialog.accepted.connect(lambda: self.open_wizard(choice))
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

        try:
            _account, report = await self.context().mailbox.test_saved()
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
        try:
            outcome = await self.context().mailbox.disconnect()
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
                "Your provider could not be told; you can remove Wink from your account's "
                "security page."
            )
        self._notice(text)
