"""Settings' "Lancer Wink au démarrage": the check box writes and removes the real entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from tests.gui.shells import make_shell
from tests.gui.test_wizard import snap
from wink_desktop.core.startup import StartMode
from wink_desktop.infra.autostart import XdgAutostart
from wink_desktop.infra.preferences import JsonPreferences
from wink_desktop.ui.settings_window import SettingsWindow
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.startup_option import StartupOption

pytestmark = pytest.mark.usefixtures("qloop")
WAIT = 10_000
COMMAND = ["/usr/bin/wink-desktop"]


@pytest.fixture
def shells(qtbot: QtBot, tmp_path: Path) -> Iterator[list[Shell]]:
    made: list[Shell] = []
    yield made
    for shell in made:
        shell.main_window.close()
        shell.main_window.deleteLater()
    QApplication.processEvents()


def open_settings(
    qtbot: QtBot, tmp_path: Path, shells: list[Shell], mode: StartMode = StartMode.HIDDEN
) -> tuple[SettingsWindow, StartupOption]:
    """A shell with the option, and Settings opened by the gear (as the user does)."""
    shell = make_shell(tmp_path / "config")
    shells.append(shell)
    qtbot.addWidget(shell.main_window)
    shell.show()
    option = StartupOption(
        shell,
        JsonPreferences(tmp_path / "config"),
        XdgAutostart(tmp_path / "autostart", COMMAND),
        mode,
    )
    shell.main_window.settings_requested.emit()
    settings = shell.main_window.findChild(SettingsWindow)
    assert settings is not None
    qtbot.waitUntil(settings.start_with_session.isEnabled, timeout=WAIT)
    return settings, option


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box's indicator (the box is as wide as the window)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_ticking_the_box_starts_wink_with_the_session_and_unticking_stops_it(
    qtbot: QtBot, tmp_path: Path, shells: list[Shell], language: str
) -> None:
    entry = tmp_path / "autostart" / "wink-desktop.desktop"
    settings, _option = open_settings(qtbot, tmp_path, shells)
    box = settings.start_with_session
    expected = "Lancer Wink au démarrage" if language == "fr" else "Start Wink when I log in"
    assert box.text() == expected
    assert not box.isChecked()
    tick(qtbot, box)
    qtbot.waitUntil(entry.exists, timeout=WAIT)
    qtbot.waitUntil(box.isEnabled, timeout=WAIT)
    assert "--hidden" in entry.read_text(encoding="utf-8")
    snap(settings, language, "settings-start-with-session")

    # The next start shows the saved choice (and writes the entry again, up to date).
    entry.unlink()
    settings, _option = open_settings(qtbot, tmp_path, shells, StartMode.MINIMIZED)
    box = settings.start_with_session
    assert box.isChecked()
    qtbot.waitUntil(entry.exists, timeout=WAIT)
    assert "--minimized" in entry.read_text(encoding="utf-8")  # no tray on this desktop now
    tick(qtbot, box)
    qtbot.waitUntil(lambda: not entry.exists(), timeout=WAIT)
    qtbot.waitUntil(box.isEnabled, timeout=WAIT)
    assert not box.isChecked()


def test_a_folder_that_cannot_be_written_is_explained_and_the_box_stays_off(
    qtbot: QtBot, tmp_path: Path, shells: list[Shell], language: str
) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be")
    settings, _option = open_settings(qtbot, tmp_path, shells)
    box = settings.start_with_session
    tick(qtbot, box)
    banner = settings.mailbox_tab.banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    qtbot.waitUntil(box.isEnabled, timeout=WAIT)
    assert not box.isChecked()
    words = "droits" if language == "fr" else "permissions"
    assert any(words in label.text() for label in banner.findChildren(QLabel))
