"""The ✓ and ✗ of the test's steps, drawn in the theme's success and error colours."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from wink_desktop.ui import theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

#: The marks a step's text starts with, and the theme token each is drawn in.
MARKS: Final = {"✓": "success", "✗": "error"}
#: Between the mark and the step's name.
GAP: Final = "  "


class StepMarks(QStyledItemDelegate):
    """Paints a step's leading mark in its outcome's colour, the step's name as usual.

    The colour only repeats what the glyph and the accessible text already say: a user
    who does not see colours loses nothing.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the row's background as Qt does, then the mark and the name."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        mark, gap, name = text[:1], text[1 : 1 + len(GAP)], text[1 + len(GAP) :]
        if mark not in MARKS or gap != GAP:
            super().paint(painter, option, index)
            return
        widget: QWidget | None = item.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        item.text = text
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        metrics = item.fontMetrics
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(QColor(theme.tokens()[MARKS[mark]]))
        painter.drawText(area, flags, mark)
        role = (
            QPalette.ColorRole.HighlightedText
            if item.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        painter.setPen(item.palette.color(role))
        rest = area.adjusted(metrics.horizontalAdvance(mark + GAP), 0, 0, 0)
        elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, rest.width())
        painter.drawText(rest, flags, elided)
        painter.restore()
