"""The main window: navigation on the left, the mailbox page, the settings gear.

This is the first screen: it avoids the ``Qt`` namespace (importing it costs about 12 ms of
enum set-up), item views (their enums cost more than a column of buttons) and ``QIcon``
(the pictures are drawn by the style sheet); alignment comes from the style sheet too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wink_desktop import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from wink_desktop.core.messages import MessageHeader
    from wink_desktop.core.providers import ProviderCatalogue
    from wink_desktop.ui.widgets import NoticeBanner


class _EmptyState:
    """The invitation's parts (a plain class: a NamedTuple's class costs more to make)."""

    __slots__ = ("connect_button", "frame", "reserved")

    def __init__(self, frame: QFrame, connect_button: QPushButton, reserved: QLabel) -> None:
        self.frame = frame
        self.connect_button = connect_button
        self.reserved = reserved


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
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(32, 24, 32, 24)
        self._layout.addStretch(1)
        self.connected_box = QWidget(self)
        self.connected_box.setObjectName("connected_mailbox")
        self._connected_layout = QVBoxLayout(self.connected_box)
        self.connected_box.hide()
        # When connected, the card and the messages take the page's height.
        self._layout.addWidget(self.connected_box, 20)
        self._layout.addStretch(2)
        self.card: QWidget | None = None
        # Nothing shows until the saved account has been read (right after the first
        # paint): the banner and the invitation are built when first needed, which keeps
        # half of this page's widgets (and their styling) out of start-up.
        self._banner: NoticeBanner | None = None
        self._empty: _EmptyState | None = None

    @property
    def banner(self) -> NoticeBanner:
        """The page's dismissable message (built on first use)."""
        if self._banner is None:
            from wink_desktop.ui.widgets import NoticeBanner  # noqa: PLC0415 - not at start-up

            self._banner = NoticeBanner(self)
            self._layout.insertWidget(0, self._banner)
        return self._banner

    @property
    def empty(self) -> QFrame:
        """The invitation to connect a mailbox (built on first use)."""
        return self._empty_state().frame

    @property
    def connect_button(self) -> QPushButton:
        """The "Connect your mailbox" button."""
        return self._empty_state().connect_button

    @property
    def reserved(self) -> QLabel:
        """The notice shown instead of the button to users who may not connect."""
        return self._empty_state().reserved

    def _empty_state(self) -> _EmptyState:
        if self._empty is not None:
            return self._empty
        from wink_desktop.ui.widgets import centered, heading  # noqa: PLC0415 - not at start-up

        empty = QFrame(self)
        empty.setObjectName("empty_state")
        layout = QVBoxLayout(empty)
        layout.setSpacing(12)
        # The style sheet draws the picture (scaled for the screen, no QIcon here).
        picture = QLabel(empty)
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
        button = QPushButton(self.tr("Connect your mailbox"), empty)
        button.setObjectName("connect_mailbox")
        button.setProperty("class", "primary")
        layout.addWidget(picture)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(centered(button))
        reserved = QLabel(
            self.tr(
                "Connecting a mailbox is reserved for administrators of your Wink account. "
                "You can still send emails to candidates from Wink, with Wink's own address."
            ),
            empty,
        )
        reserved.setObjectName("collaborator_notice")
        reserved.setWordWrap(True)
        reserved.setProperty("centered", True)
        reserved.hide()
        layout.addWidget(reserved)
        # A fixed width lets the word-wrapped labels compute their height correctly.
        empty.setFixedWidth(480)
        button.clicked.connect(self.connect_requested)
        empty.hide()
        self._layout.insertLayout(self._layout.indexOf(self.connected_box), centered(empty))
        self._empty = _EmptyState(empty, button, reserved)
        return self._empty

    def show_account(self, account: object | None, *, may_connect: bool) -> None:
        """The connected mailbox's card, or the invitation (or the collaborator notice)."""
        if account is None or self._empty is not None:
            empty = self._empty_state()
            empty.frame.setVisible(account is None)
            empty.connect_button.setVisible(may_connect)
            empty.reserved.setVisible(not may_connect)
        self.connected_box.setVisible(account is not None)
        if account is None:
            return
        if self.card is None:
            # Built on first use: the card and the messages are not part of start-up.
            from wink_desktop.ui.mailbox_view import build_connected  # noqa: PLC0415

            self.card, self.messages_status, self.messages = build_connected(
                self.connected_box,
                self._connected_layout,
                self._catalogue,
                (self.tr("Your connected mailbox"), self.tr("Latest messages")),
            )
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
        # The window's icon is the application's (app.py sets it after the first paint).
        self.resize(960, 620)

        central = QWidget(self)
        root = QVBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._build_top_bar(central))

        body = QHBoxLayout()
        body.setSpacing(0)
        self.navigation = Navigation(central)
        self.pages = QStackedWidget(central)
        self.mailbox_page = MailboxPage(self.pages, catalogue)
        self.mailbox_page.connect_requested.connect(self.connect_requested)
        self.add_section("mailbox", self.tr("✉️ Mailbox"), self.mailbox_page)
        self.navigation.current_changed.connect(self.pages.setCurrentIndex)
        self.navigation.set_current(0)

        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        root.addLayout(body, 1)
        self.setCentralWidget(central)

    def add_section(self, name: str, text: str, page: QWidget) -> QPushButton:
        """A section: its button in the navigation (``navigation_<name>``) and its page."""
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        return self.navigation.add_section(name, text)

    def _build_top_bar(self, parent: QWidget) -> QWidget:
        bar = QFrame(parent)
        bar.setObjectName("top_bar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 8, 12, 8)
        logo = QLabel(bar)
        logo.setObjectName("logo")  # drawn by the style sheet
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


class Navigation(QFrame):
    """The column of sections on the left: one checkable button per section.

    A list view would expose two focused nodes to screen readers (the list and its
    current item); here only the focused button is. The buttons form an exclusive group,
    so the arrow keys move between sections (Qt's own handling for grouped buttons) and
    the checked one is the section shown.

    Signals:
        current_changed(int): the section at this index was chosen.
    """

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Sections"))
        self.setFixedWidth(210)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idToggled.connect(self._toggled)

    def add_section(self, name: str, text: str) -> QPushButton:
        """Add the button of section ``name`` (the next index), showing ``text``."""
        # Parent only, then the text: QPushButton(text, parent) makes PySide try the
        # (icon, text) overload first, which creates QIcon and its enums (about 1.4 ms).
        button = QPushButton(self)
        button.setText(text)
        button.setObjectName(f"navigation_{name}")
        button.setProperty("class", "navItem")
        button.setCheckable(True)
        button.setAccessibleDescription(self.tr("Section"))
        self.group.addButton(button, len(self.group.buttons()))
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button

    def button(self, index: int) -> QPushButton:
        """The button of the section at ``index``."""
        found = self.group.button(index)
        if not isinstance(found, QPushButton):
            raise IndexError(index)
        return found

    def current(self) -> int:
        """The index of the section shown (-1 before any)."""
        return self.group.checkedId()

    def set_current(self, index: int) -> None:
        """Show the section at ``index``."""
        self.button(index).setChecked(True)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.current_changed.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Home and End reach the first and the last section (arrows: the buttons)."""
        from PySide6.QtCore import Qt  # noqa: PLC0415 - not on the start-up path

        buttons = self.group.buttons()
        if buttons and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            target = buttons[0 if event.key() == Qt.Key.Key_Home else -1]
            target.setChecked(True)
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)
