"""The Settings window and its "Boîte mail" tab."""

from __future__ import annotations

import enum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wink_desktop.core.models import ConnectionState
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.resources import icon
from wink_desktop.ui.widgets import NoticeBanner, heading


class ConnectChoice(enum.StrEnum):
    """The three ways in, as the help article names them."""

    GOOGLE = "google"
    MICROSOFT = "microsoft"
    OTHER = "other"


class MailboxSettingsTab(QWidget):
    """Settings → Boîte mail: the connection state and the ways to connect.

    Signals:
        connect_requested(str): a :class:`ConnectChoice` value.
    """

    connect_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.banner = NoticeBanner(self)
        layout.addWidget(self.banner)
        layout.addWidget(heading(self.tr("Your mailbox"), self, level=2))
        self.state_label = QLabel(self)
        self.state_label.setObjectName("stateLabel")
        layout.addWidget(self.state_label)
        intro = QLabel(
            self.tr(
                "Connect the mailbox you use with candidates. Wink never sees your password "
                "when you sign in with Google or Microsoft."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)

        self.choice_buttons: dict[ConnectChoice, QPushButton] = {}
        for choice, text, icon_name in (
            (ConnectChoice.GOOGLE, self.tr("Sign in with Google"), "google"),
            (ConnectChoice.MICROSOFT, self.tr("Sign in with Outlook"), "microsoft"),
            (ConnectChoice.OTHER, self.tr("Sign in with another service"), "other-mail"),
        ):
            button = QPushButton(icon(icon_name), text, self)
            button.setObjectName("providerButton")
            button.setIconSize(QSize(22, 22))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, c=choice: self.connect_requested.emit(c.value))
            layout.addWidget(button)
            self.choice_buttons[choice] = button
        layout.addStretch(1)
        self.set_state(ConnectionState.NOT_CONNECTED)

    def set_state(self, state: ConnectionState) -> None:
        """Show ``state`` in the tab."""
        self.state_label.setText(self.tr("State: {state}").format(state=state.label(translate)))
        self.state_label.setProperty("state", state.value)


class SettingsWindow(QDialog):
    """Settings, opened by the gear; one tab per area (only the mailbox for now)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsWindow")
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icon("gear"))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.mailbox_tab = MailboxSettingsTab(self.tabs)
        self.tabs.addTab(self.mailbox_tab, icon("mail"), self.tr("Mailbox"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
