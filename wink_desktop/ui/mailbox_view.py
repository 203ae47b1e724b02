"""The connected mailbox on the main window: its card and its latest messages.

Built the first time a mailbox is shown (after start-up, which this module stays out of).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from wink_desktop.core.providers import ProviderCatalogue


def build_connected(
    box: QWidget,
    layout: QVBoxLayout,
    catalogue: Callable[[], ProviderCatalogue] | None,
    titles: tuple[str, str],
) -> tuple[QWidget, QLabel, QWidget]:
    """Fill ``box`` with the card, a status line and the list of messages.

    Args:
        box: the page's "connected" area.
        layout: ``box``'s layout.
        catalogue: gives the providers (the card shows the provider's name).
        titles: the headings above the card and above the messages, translated.

    Returns:
        The account card, the messages' status line and the list of messages.
    """
    from wink_desktop.core.providers import ProviderCatalogue  # noqa: PLC0415
    from wink_desktop.ui.settings_window import AccountCard  # noqa: PLC0415
    from wink_desktop.ui.widgets import heading  # noqa: PLC0415

    layout.addWidget(heading(titles[0], box, 2))
    card = AccountCard(catalogue() if catalogue else ProviderCatalogue(()), box)
    layout.addWidget(card)
    layout.addWidget(heading(titles[1], box, 2))
    status = QLabel(box)
    status.setObjectName("messages_status")
    status.setWordWrap(True)
    layout.addWidget(status)
    messages = _message_list(box)
    layout.addWidget(messages, 1)
    return card, status, messages


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
