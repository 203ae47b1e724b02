"""Readable in light and dark system palettes; every dialog captured for support."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_wizard import ARTIFACTS
from wink_desktop.ui.dialogs import ConfirmDialog, PlaintextDialog
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.wizard import PageId

pytestmark = pytest.mark.usefixtures("qloop")


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[None]:
    saved = qapp.palette()
    dark = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        dark.setColor(role, QColor(color))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(saved)


@pytest.mark.usefixtures("dark_palette")
def test_inputs_stay_readable_with_a_dark_system_palette(
    qtbot: QtBot, bundled_shell: Shell
) -> None:
    shell = bundled_shell
    wizard = shell.open_wizard("other")
    wizard.findChild(QWidget, "provider_imap").click()  # type: ignore[union-attr]
    assert wizard.currentId() == PageId.SERVERS
    QApplication.processEvents()
    folder = ARTIFACTS / "dark-palette"
    folder.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(folder / "server-settings.png"))
    image = wizard.grab().toImage()
    # The wizard's header (title and subtitle) is painted with the palette.
    title = image.pixelColor(6, 6)
    assert _luminance(title) > 0.7, f"dark wizard header {title.name()}"
    for field in wizard.findChildren(QLineEdit):
        # Disabled fields are grey on purpose (WCAG exempts inactive controls from contrast).
        if not field.isVisible() or not field.isEnabled():
            continue
        palette = field.palette()
        ratio = contrast(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        )
        assert ratio >= 4.5, f"{field.objectName()}: contrast {ratio:.1f}"
        # And what is actually painted: the field's background is light.
        # Near the right edge, inside the border: background, not text.
        point = field.mapTo(wizard, field.rect().center())
        sample = image.pixelColor(point.x() + field.width() // 2 - 8, point.y())
        assert _luminance(sample) > 0.7, f"{field.objectName()}: dark background {sample.name()}"
    wizard.done(0)


def test_dialogs_captured(qtbot: QtBot, language: str) -> None:
    for name, dialog in (
        ("06e-plaintext-dialog", PlaintextDialog()),
        (
            "12-replace-confirmation",
            # In the user's language, as the shell shows it: the French shot was English.
            ConfirmDialog(
                "replace_dialog",
                translate("Shell", "Replace the connected mailbox?"),
                "alice@example.test",
                translate("Shell", "Replace"),
            ),
        ),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        folder = ARTIFACTS / language
        folder.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(folder / f"{name}.png"))
