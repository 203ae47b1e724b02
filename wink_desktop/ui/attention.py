"""The banners and the desktop notification that say only the user can fix the connection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon, QWidget

    from wink_desktop.core.account import MailAccount
    from wink_desktop.ui.shell import Shell
    from wink_desktop.ui.widgets import NoticeBanner


class Attention(QObject):
    """Shows (or hides) the "action required" banners and notifies once per state.

    Args:
        banners: the banners to use (the main window's, and Settings' once open).
        notifications: where to add each desktop notification's text (support, tests).
        window: shown when the notification is clicked.
        actions: its ``test_account`` (the way out when the keyring is locked) and
            ``reconnect`` (when the sign-in was refused or expired), and the parent.
    """

    def __init__(
        self,
        banners: Callable[[], list[NoticeBanner]],
        notifications: list[str],
        window: QWidget,
        actions: Shell,
    ) -> None:
        super().__init__(actions)
        self._banners = banners
        self._window = window
        self._shell = actions
        self._test_again = actions.test_account
        self._reconnect = actions.reconnect
        self._tray: QSystemTrayIcon | None = None
        self._notified_state = ""
        self.notifications = notifications

    def show(self, account: MailAccount | None) -> None:
        """The banner (with its way out) when only the user can fix ``account``'s connection."""
        from wink_desktop.core.models import AuthMethod, ConnectionState  # noqa: PLC0415

        if self._shell.tray is not None:
            self._shell.tray.show_state(account)
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
            action, handler = self.tr("Test again"), self._test_again
        elif account.method is AuthMethod.PASSWORD:
            text = self.tr(
                "Your mail server no longer accepts the saved password (was it changed?). "
                "Automatic checks are paused so your account is not locked."
            )
            action, handler = self.tr("Reconnect"), self._reconnect
        else:
            text = self.tr("Your connection has expired.")
            action, handler = self.tr("Reconnect"), self._reconnect
        for banner in self._banners():
            banner.show_message(text, "warning", action, handler)
            banner.setProperty("attention", True)
        self._notify(account.state.value, text)

    def _notify(self, state: str, text: str) -> None:
        """A desktop notification, once per state change (never at every check)."""
        if state == self._notified_state:
            return
        self._notified_state = state
        self.notifications.append(text)
        title = self.tr("Wink: account action required")
        if self._shell.tray is not None:  # the app's tray icon (the window may be hidden)
            self._shell.tray.notify(title, text)
            return
        from PySide6.QtWidgets import QSystemTrayIcon  # noqa: PLC0415

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            from wink_desktop.ui.resources import icon  # noqa: PLC0415

            self._tray = QSystemTrayIcon(icon("wink"), self)
            self._tray.activated.connect(lambda _reason: self._window.showNormal())
            self._tray.show()
        self._tray.showMessage(title, text)
