"""The main window and Settings, as a recruiter sees them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wink_desktop import wiring
from wink_desktop.ui.settings_window import OTHER_CHOICE
from wink_desktop.ui.shell import Shell

TEXTS = {
    "fr": {
        "nav": "✉️ Boîte mail",
        "connect": "Connecter sa messagerie",
        "tab": "Boîte mail",
        "choices": [
            "Se connecter avec Google",
            "Se connecter avec Outlook",
            "Se connecter avec un autre service",
        ],
        "state": "État\u00a0: Non connectée",
        "settings": "Paramètres",
    },
    "en": {
        "nav": "✉️ Mailbox",
        "connect": "Connect your mailbox",
        "tab": "Mailbox",
        "choices": ["Sign in with Google", "Sign in with Outlook", "Sign in with another service"],
        "state": "Status: Not connected",
        "settings": "Settings",
    },
}


@pytest.fixture
def shell(qtbot: QtBot, language: str) -> Shell:
    del language
    shell = Shell(catalogue=wiring.catalogue)
    qtbot.addWidget(shell.main_window)
    shell.show()
    qtbot.waitExposed(shell.main_window)
    return shell


def test_main_window_starts_on_the_mailbox_page(shell: Shell, language: str) -> None:
    window = shell.main_window
    assert window.navigation.button(0).text() == TEXTS[language]["nav"]
    assert window.pages.currentWidget() is window.mailbox_page
    button = window.mailbox_page.connect_button
    assert button.text() == TEXTS[language]["connect"]
    assert button.isVisible()


def test_gear_opens_settings_on_the_mailbox_tab(shell: Shell, qtbot: QtBot, language: str) -> None:
    qtbot.mouseClick(shell.main_window.settings_button, Qt.MouseButton.LeftButton)
    settings = shell.open_settings()
    qtbot.waitExposed(settings)
    texts = TEXTS[language]
    assert settings.windowTitle() == texts["settings"]
    assert settings.tabs.tabText(0) == texts["tab"]
    tab = settings.mailbox_tab
    shown = [b.text() for b in tab.choice_buttons.values()]
    assert shown == texts["choices"]
    assert tab.state_label.text() == texts["state"]


def test_settings_choices_say_which_path_was_asked(shell: Shell, qtbot: QtBot) -> None:
    tab = shell.open_settings().mailbox_tab
    tab.connect_requested.disconnect(shell.start_connect)  # only the signal is under test
    for choice, button in tab.choice_buttons.items():
        with qtbot.waitSignal(tab.connect_requested) as signal:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert signal.args == [choice]
    assert list(tab.choice_buttons) == ["google", "microsoft", OTHER_CHOICE]


def test_opening_settings_twice_reuses_the_window(shell: Shell) -> None:
    assert shell.open_settings() is shell.open_settings()


def test_the_app_starts_and_shows_its_window_on_a_qasync_loop() -> None:
    # A real start-up in a fresh process: translations, styles, then the qasync loop runs.
    code = (
        "import asyncio\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from wink_desktop import app\n"
        "def on_loop():\n"
        "    print('loop', type(asyncio.get_event_loop()).__module__)\n"
        "    QApplication.quit()\n"
        "def shown():\n"
        "    print('shown', [w.windowTitle() for w in QApplication.topLevelWidgets()"
        " if w.isVisible()])\n"
        "    QTimer.singleShot(0, on_loop)\n"
        "raise SystemExit(app.run(language='fr', on_shown=shown))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "shown ['Wink Desktop']" in result.stdout
    assert "loop qasync" in result.stdout
