"""Counting a user's effort: clicks on buttons, tiles, links and check boxes, fields typed in.

:class:`Effort` watches every event the application delivers (an application-wide event
filter), so it counts what a user does whatever drives it: QTest's mouse presses and key
clicks go through the same path as a real mouse and keyboard. Setting a field's text from
code is not typing and is not counted: tests that count effort must type like a user.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QGroupBox,
    QLineEdit,
    QWidget,
)


def _spoken(widget: QWidget) -> str:
    """What a user calls the widget: its accessible name, else its text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    return name or type(widget).__name__


@dataclass
class EffortLog:
    """What the user did: the controls clicked (in order) and the fields typed in."""

    clicks: list[str] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)

    @property
    def typed_fields(self) -> int:
        """How many different fields received typed text."""
        return len(self.typed)


class Effort(QObject):
    """Counts mouse presses on buttons (tiles, links, check boxes) and fields typed in.

    Use as a context manager: the filter is installed on entry and removed on exit.
    """

    def __init__(self) -> None:
        super().__init__()
        self.log = EffortLog()
        self._fields: list[QWidget] = []

    def __enter__(self) -> EffortLog:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        return self.log

    def __exit__(self, *exc: object) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Record, never consume."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and (
            isinstance(watched, QAbstractButton)
            or (isinstance(watched, QGroupBox) and watched.isCheckable())
        ):
            # A checkable group box ("Advanced") counts at any press on it: counting too
            # much can only make a route fail, never pass wrongly.
            self.log.clicks.append(_spoken(watched))
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit)
            and event.text().isprintable()
            and event.text()
        ):
            # A spin box's digits go to its inner line edit: the field is the spin box.
            parent = watched.parentWidget()
            target = parent if isinstance(parent, QAbstractSpinBox) else watched
            if target not in self._fields:
                self._fields.append(target)
                self.log.typed.append(_spoken(target))
        return False
