"""Collecting the object names of every window, page and interactive widget."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
    QWizardPage,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QSpinBox,
    QAbstractItemView,
    QTabWidget,
    QWizardPage,
    QDialog,
    QGroupBox,
)
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def interactive_names(root: QWidget) -> dict[str, str]:
    """``{objectName: class}`` for ``root`` and its interactive descendants we named.

    Qt's own internal widgets (names starting with ``qt_``, the wizard's buttons) and
    unnamed helpers are left out.
    """
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName()
        if (
            not name
            or name.startswith(("qt_", "__qt"))
            or name in QT_INTERNAL
            or not isinstance(widget, INTERACTIVE)
            or widget.window() is not root.window()
        ):
            continue
        found[name] = type(widget).__name__
    return found


#: Names Qt gives its own sub-widgets (a tab bar's scroll arrows).
QT_INTERNAL = {"ScrollLeftButton", "ScrollRightButton"}
