"""The main window's navigation: one focused node for screen readers, arrow keys between
sections, and the section shown follows the checked button."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from wink_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")


def nodes(interface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """``interface`` and every accessible node below it."""
    yield interface
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from nodes(child)


def focused_nodes(window: QWidget) -> list[QAccessibleInterface]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    return [node for node in nodes(root) if node.state().focused]


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_one_node_is_focused_and_it_is_the_keyboard_s(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    del language
    # Reach the navigation with the keyboard, as a screen-reader user does.
    window.settings_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(5):
        if window.navigation.isAncestorOf(QApplication.focusWidget()):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None
    assert window.navigation.isAncestorOf(focus), focus
    focused = focused_nodes(window)
    names = [(node.text(QAccessible.Text.Name), node.role()) for node in focused]
    assert len(focused) == 1, names
    assert focused[0].object() is focus
    # Named after the section, and it says it is the current one.
    assert focused[0].text(QAccessible.Text.Name) == window.navigation.button(0).text()
    assert focused[0].state().checked


def test_arrow_keys_move_between_sections(qtbot: QtBot, window: MainWindow) -> None:
    other = QLabel("Other section")
    other.setObjectName("other_page")
    window.add_section("other", "Other", other)
    QApplication.processEvents()  # the layout shows the new button
    first, second = window.navigation.button(0), window.navigation.button(1)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert second.hasFocus()
    assert second.isChecked()
    assert not first.isChecked()
    assert window.pages.currentWidget() is other
    assert len(focused_nodes(window)) == 1
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert first.hasFocus()
    assert window.pages.currentWidget() is window.mailbox_page
    qtbot.keyClick(first, Qt.Key.Key_End)
    assert second.hasFocus()
    assert window.pages.currentWidget() is other
