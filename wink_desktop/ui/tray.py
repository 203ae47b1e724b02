"""The tray icon: Wink keeps watching the mailbox while its window is closed.

Where the desktop has a tray (a StatusNotifier host on Linux, the notification area on
Windows, the menu bar on macOS), closing the main window while a mailbox is connected only
hides it: the health checks and the "reconnect" notice go on. The icon and its tooltip say
the connection's state; its menu opens the window or quits. Without a tray (GNOME by
default), nothing here is created and closing the window quits, as before.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from wink_desktop.core.models import ConnectionState
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.resources import icon

if TYPE_CHECKING:
    from wink_desktop.core.account import MailAccount
    from wink_desktop.core.startup import PreferencesStore
    from wink_desktop.ui.shell import Shell

# The sizes the tray icon is drawn at (panels ask for 16 to 64 pixels).
_SIZES = (16, 22, 24, 32, 48, 64)
# The badge of "needs attention" (the warning colour of the style sheet).
BADGE_COLOUR = QColor("#d9480f")


def tray_available() -> bool:
    """Whether the desktop shows tray icons (asks the session bus on Linux)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def sized(base: QIcon) -> QIcon:
    """``base`` drawn at each tray size (an SVG icon alone gives panels one small bitmap)."""
    result = QIcon()
    for side in _SIZES:
        result.addPixmap(base.pixmap(QSize(side, side)))
    return result


def badged(base: QIcon) -> QIcon:
    """``base`` with a round badge in its lower right corner (the state needs the user)."""
    result = QIcon()
    for side in _SIZES:
        pixmap = QPixmap(base.pixmap(QSize(side, side)))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        diameter = max(side * 0.5, 7.0)
        ring = max(side / 16, 1.0)  # a light ring keeps the badge visible on any panel
        painter.setPen(QPen(QColor("white"), ring))
        painter.setBrush(BADGE_COLOUR)
        painter.drawEllipse(
            QRectF(
                side - diameter + ring / 2,
                side - diameter + ring / 2,
                diameter - ring,
                diameter - ring,
            )
        )
        painter.end()
        result.addPixmap(pixmap)
    return result


class Tray(QObject):
    """The tray icon with its state, its menu ("Ouvrir Wink", "Quitter") and close-to-tray.

    Args:
        shell: the windows and the account; the tray is its child.
        preferences: remembers that the close-to-tray notice was shown (read and written
            in worker threads).
    """

    def __init__(self, shell: Shell, preferences: PreferencesStore | None = None) -> None:
        super().__init__(shell)
        self.setObjectName("tray")
        self._shell = shell
        self._window = shell.main_window
        self._preferences = preferences
        self._quitting = False
        # Until the preferences are read, assume it was shown: never twice by mistake.
        self._notice_shown = True
        self._plain = sized(icon("wink"))
        self._attention = badged(self._plain)
        self.icon = QSystemTrayIcon(self._plain, self)
        self.icon.setObjectName("tray_icon")
        # A menu has no parent widget here (the window may be hidden): the tray keeps it.
        self.menu = QMenu()
        self.menu.setObjectName("tray_menu")
        self.open_action = self.menu.addAction(self.tr("Open Wink"))
        self.open_action.setObjectName("tray_open")
        self.open_action.triggered.connect(self.open_window)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit"))
        self.quit_action.setObjectName("tray_quit")
        self.quit_action.triggered.connect(self.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.destroyed.connect(self.menu.deleteLater)
        self._window.installEventFilter(self)
        self.show_state(shell.account)
        self.icon.show()
        if preferences is not None:
            shell.tasks.start(self._read_preferences())

    async def _read_preferences(self) -> None:
        if self._preferences is not None:
            self._notice_shown = (await asyncio.to_thread(self._preferences.load)).tray_notice_shown

    def show_state(self, account: MailAccount | None) -> None:
        """The icon and the tooltip say where the connection stands, in words too."""
        state = account.state if account is not None else ConnectionState.NOT_CONNECTED
        if state is ConnectionState.CONNECTED:
            text = self.tr("Wink — mailbox connected")
        elif state is ConnectionState.NEEDS_RECONNECTION:
            text = self.tr("Wink — mailbox to reconnect")
        elif state is ConnectionState.KEYRING_UNAVAILABLE:
            text = self.tr("Wink — password storage locked")
        elif state is ConnectionState.NOT_CONNECTED:
            text = self.tr("Wink — no mailbox connected")
        else:
            text = self.tr("Wink — {state}").format(state=state.label(translate))
        self.icon.setIcon(self._attention if state.needs_user_action else self._plain)
        self.icon.setToolTip(text)

    def notify(self, title: str, text: str) -> None:
        """A desktop notification from the tray icon."""
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)

    def open_window(self) -> None:
        """Show the main window (and the wizard or Settings over it, if open)."""
        self._shell.bring_to_front()

    def quit(self) -> None:
        """Quit Wink (the tray menu's "Quitter")."""
        self._quitting = True
        self.icon.hide()
        QApplication.quit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in {
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        }:
            self.open_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Closing the window while a mailbox is connected hides it; otherwise Wink quits."""
        if watched is not self._window or event.type() != QEvent.Type.Close or self._quitting:
            return False
        if self._shell.account is None:
            # Nothing to watch: closing the window means quitting, as without a tray.
            self._quitting = True
            QApplication.quit()
            return False
        event.ignore()
        self._window.hide()
        self._tell_once()
        return True

    def _tell_once(self) -> None:
        """Say once (ever) that Wink is still running, and where to quit it."""
        if self._notice_shown:
            return
        self._notice_shown = True
        text = self.tr(
            "Wink keeps running in the tray to watch your mailbox. To quit it, choose "
            "Quit in the menu of its icon."
        )
        self._shell.notifications.append(text)
        self.notify(self.tr("Wink is still running"), text)
        if self._preferences is not None:
            self._shell.tasks.start(self._remember_notice(self._preferences))

    @staticmethod
    async def _remember_notice(preferences: PreferencesStore) -> None:
        def save() -> None:
            preferences.save(preferences.load()._replace(tray_notice_shown=True))

        try:
            await asyncio.to_thread(save)
        except OSError as exc:  # told again next time: harmless, and nothing to show
            import logging  # noqa: PLC0415

            logging.getLogger(__name__).warning(
                "cannot save the preferences: %s", type(exc).__name__
            )


def install_tray(shell: Shell, preferences: PreferencesStore | None = None) -> Tray | None:
    """The tray icon, where the desktop has a tray (None elsewhere: closing quits)."""
    if not tray_available():
        return None
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # The tray decides when Wink quits: "Quitter", or closing with nothing to watch.
        app.setQuitOnLastWindowClosed(False)
    tray = Tray(shell, preferences)
    shell.tray = tray
    return tray
