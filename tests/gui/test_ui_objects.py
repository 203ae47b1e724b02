"""Every page and interactive widget has a stable snake_case name, listed for support."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.ui_objects import SNAKE, interactive_names
from wink_desktop.core.checks import CertificateInfo, CertificateProblem
from wink_desktop.ui.dialogs import CertificateDialog, ConfirmDialog, PlaintextDialog
from wink_desktop.ui.shell import Shell

#: Widgets without visible text of their own must carry an accessible name.
ACCESSIBLE_BY_NAME = (QLineEdit, QComboBox, QSpinBox, QAbstractItemView)
DOC = Path(__file__).resolve().parents[2] / "docs" / "ui-objects.md"


@pytest.mark.usefixtures("qloop")
def test_object_names_are_stable_and_documented(qtbot: QtBot, bundled_shell: Shell) -> None:
    shell = bundled_shell
    settings = shell.open_settings()
    wizard = shell.open_wizard(None)
    cert = CertificateInfo("a", "b", ("a",), "x", "y", "AB", CertificateProblem.SELF_SIGNED)
    dialogs = [
        CertificateDialog("host", "why", cert),
        PlaintextDialog(),
        ConfirmDialog("disconnect_dialog", "t", "x", "ok"),
        ConfirmDialog("replace_dialog", "t", "x", "ok"),
    ]
    names: dict[str, str] = {}
    for root in (shell.main_window, settings, wizard, *dialogs):
        names |= interactive_names(root)
    bad = [name for name in names if not SNAKE.match(name)]
    assert bad == [], f"not snake_case: {bad}"
    documented = DOC.read_text(encoding="utf-8")
    missing = sorted(name for name in names if f"`{name}`" not in documented)
    assert missing == [], f"add these to docs/ui-objects.md: {missing}"
    unnamed = []
    for root in (shell.main_window, settings, wizard, *dialogs):
        for widget in root.findChildren(QWidget):
            name = widget.objectName()
            if name not in names:
                continue
            if isinstance(widget, ACCESSIBLE_BY_NAME):
                has_name = bool(widget.accessibleName())
            elif isinstance(widget, QAbstractButton):
                has_name = bool(widget.text() or widget.accessibleName())
            else:
                continue
            if not has_name:
                unnamed.append(name)
    assert unnamed == [], f"no accessible name for screen readers: {unnamed}"
    for dialog in dialogs:
        dialog.deleteLater()
    wizard.close()
