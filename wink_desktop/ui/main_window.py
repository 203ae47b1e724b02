"""The main window: navigation on the left, the mailbox page, the settings gear.

This is the first screen: it avoids the ``Qt`` namespace (importing it costs about 12 ms of
enum set-up); alignment and scroll policies come from the style sheet instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wink_desktop import APP_NAME
from wink_desktop.ui.resources import icon
from wink_desktop.ui.widgets import NoticeBanner, centered, heading

if TYPE_CHECKING:
    from wink_desktop.core.messages import MessageHeader
    from wink_desktop.core.providers import ProviderCatalogue


class MailboxPage(QWidget):
    """The "Boîte mail" page: the connected mailbox, or an invitation to connect one.

    Signals:
        connect_requested: the user asked to connect a mailbox.
    """

    connect_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        catalogue: Callable[[], ProviderCatalogue] | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.setObjectName("mailbox_page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.banner = NoticeBanner(self)
        layout.addWidget(self.banner)
        layout.addStretch(1)

        empty = QFrame(self)
        empty.setObjectName("empty_state")
        empty_layout = QVBoxLayout(empty)
        empty_layout.setSpacing(12)
        picture = QLabel(empty)
        picture.setPixmap(icon("mail").pixmap(QSize(72, 72)))
        picture.setObjectName("empty_picture")
        title = heading(self.tr("No mailbox connected yet"), empty)
        title.setProperty("centered", True)
        explanation = QLabel(
            self.tr(
                "Connect your mailbox to keep every exchange with your candidates in Wink "
                "and to send them personalised emails from your own address."
            ),
            empty,
        )
        explanation.setWordWrap(True)
        explanation.setObjectName("muted")
        explanation.setProperty("centered", True)
        self.connect_button = QPushButton(self.tr("Connect your mailbox"), empty)
        self.connect_button.setObjectName("connect_mailbox")
        self.connect_button.setProperty("class", "primary")
        self.connect_button.clicked.connect(self.connect_requested)
        empty_layout.addWidget(picture)
        empty_layout.addWidget(title)
        empty_layout.addWidget(explanation)
        empty_layout.addLayout(centered(self.connect_button))
        self.reserved = QLabel(
            self.tr(
                "Connecting a mailbox is reserved for administrators of your Wink account. "
                "You can still send emails to candidates from Wink, with Wink's own address."
            ),
            empty,
        )
        self.reserved.setObjectName("collaborator_notice")
        self.reserved.setWordWrap(True)
        self.reserved.setProperty("centered", True)
        self.reserved.hide()
        empty_layout.addWidget(self.reserved)
        # A fixed width lets the word-wrapped labels compute their height correctly.
        empty.setFixedWidth(480)
        self.empty = empty
        layout.addLayout(centered(empty))
        self.connected_box = QWidget(self)
        self.connected_box.setObjectName("connected_mailbox")
        self._connected_layout = QVBoxLayout(self.connected_box)
        self.connected_box.hide()
        # Nothing shows until the saved account has been read (right after the first paint).
        empty.hide()
        # When connected, the card and the messages take the page's height.
        layout.addWidget(self.connected_box, 20)
        layout.addStretch(2)
        self.card: QWidget | None = None

    def show_account(self, account: object | None, *, may_connect: bool) -> None:
        """The connected mailbox's card, or the invitation (or the collaborator notice)."""
        self.empty.setVisible(account is None)
        self.connect_button.setVisible(may_connect)
        self.reserved.setVisible(not may_connect)
        self.connected_box.setVisible(account is not None)
        if account is None:
            return
        if self.card is None:
            # Built on first use: the card is not part of start-up.
            from wink_desktop.core.providers import ProviderCatalogue  # noqa: PLC0415
            from wink_desktop.ui.settings_window import AccountCard  # noqa: PLC0415

            self._connected_layout.addWidget(heading(self.tr("Your connected mailbox"), self, 2))
            catalogue = self._catalogue() if self._catalogue else ProviderCatalogue(())
            self.card = AccountCard(catalogue, self.connected_box)
            self._connected_layout.addWidget(self.card)
            self._connected_layout.addWidget(heading(self.tr("Latest messages"), self, 2))
            self.messages_status = QLabel(self.connected_box)
            self.messages_status.setObjectName("messages_status")
            self.messages_status.setWordWrap(True)
            self._connected_layout.addWidget(self.messages_status)
            self.messages = _message_list(self.connected_box)
            self._connected_layout.addWidget(self.messages, 1)
        self.card.show_account(account)  # type: ignore[attr-defined]

    def show_messages_status(self, text: str) -> None:
        """Show "Loading…", or why the messages could not be read."""
        self.messages_status.setText(text)
        self.messages_status.setVisible(bool(text))

    async def load_messages(self, read: Callable[[], Awaitable[list[MessageHeader]]]) -> None:
        """Show what ``read`` returns, or say it failed (the health check explains why)."""
        try:
            headers = await read()
        except Exception as exc:  # noqa: BLE001 - any failure: say so; Settings' Test explains
            import logging  # noqa: PLC0415

            logging.getLogger(__name__).warning(
                "reading the latest messages failed: %s", type(exc).__name__
            )
            self.show_messages_status(
                self.tr("The latest messages could not be read. Use “Test” in Settings to see why.")
            )
            return
        self.show_messages([(h.sender, h.subject, h.date) for h in headers])

    def show_messages(self, headers: list[tuple[str, str, str]]) -> None:
        """Fill the list: (sender, subject, date) rows, newest first."""
        self.messages.clear()  # type: ignore[attr-defined]
        for sender, subject, date in headers:
            self.messages.add_row(sender, subject, date)  # type: ignore[attr-defined]
        if not headers:
            self.show_messages_status(self.tr("The inbox is empty."))
        else:
            self.show_messages_status("")


class MainWindow(QMainWindow):
    """The window users start from.

    Signals:
        settings_requested: the gear button was pressed.
        connect_requested: "Connect your mailbox" was pressed.
    """

    settings_requested = Signal()
    connect_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        catalogue: Callable[[], ProviderCatalogue] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("wink"))
        self.resize(960, 620)

        central = QWidget(self)
        root = QVBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._build_top_bar(central))

        body = QHBoxLayout()
        body.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(210)
        mailbox_item = QListWidgetItem(self.tr("✉️ Mailbox"))
        mailbox_item.setSizeHint(QSize(200, 44))
        self.navigation.addItem(mailbox_item)

        self.pages = QStackedWidget(central)
        self.mailbox_page = MailboxPage(self.pages, catalogue)
        self.mailbox_page.connect_requested.connect(self.connect_requested)
        self.pages.addWidget(self.mailbox_page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        root.addLayout(body, 1)
        self.setCentralWidget(central)

    def _build_top_bar(self, parent: QWidget) -> QWidget:
        bar = QFrame(parent)
        bar.setObjectName("top_bar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 8, 12, 8)
        logo = QLabel(bar)
        logo.setPixmap(icon("wink").pixmap(QSize(28, 28)))
        name = QLabel("Wink", bar)
        name.setObjectName("brand")
        self.settings_button = QToolButton(bar)
        self.settings_button.setObjectName("settings_button")
        self.settings_button.setText("⚙️")
        self.settings_button.setToolTip(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        layout.addWidget(logo)
        layout.addWidget(name)
        layout.addStretch(1)
        layout.addWidget(self.settings_button)
        return bar

    def show_notice(
        self,
        text: str,
        kind: str = "info",
        action: str | None = None,
        on_action: Callable[[], None] | None = None,
    ) -> None:
        """Show a dismissable message at the top of the current page."""
        self.mailbox_page.banner.show_message(text, kind, action, on_action)


def _message_list(parent: QWidget) -> QWidget:
    """A read-only table of the latest messages (built on first use)."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem  # noqa: PLC0415

    class MessageList(QTreeWidget):
        def __init__(self, owner: QWidget) -> None:
            super().__init__(owner)
            self.setObjectName("latest_messages")
            self.setRootIsDecorated(False)
            self.setUniformRowHeights(True)
            self.setHeaderLabels([self.tr("From"), self.tr("Subject"), self.tr("Date")])
            self.setAccessibleName(self.tr("Latest messages"))
            header = self.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, header.ResizeMode.Interactive)
            header.setSectionResizeMode(1, header.ResizeMode.Stretch)
            header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)
            self.setColumnWidth(0, 200)

        def add_row(self, sender: str, subject: str, date: str) -> None:
            self.addTopLevelItem(QTreeWidgetItem([sender, subject, _short_date(date)]))

    return MessageList(parent)


def _short_date(iso: str) -> str:
    if not iso:
        return ""
    from PySide6.QtCore import QDateTime, QLocale, Qt  # noqa: PLC0415

    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    return (
        QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
        if moment.isValid()
        else iso
    )
