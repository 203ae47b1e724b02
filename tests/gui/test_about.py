"""Settings → "About Wink Desktop": version, build, sign-ins enabled, Qt and Python."""

from __future__ import annotations

import platform
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.gui.shells import BUNDLED_OAUTH, make_shell
from wink_desktop import __version__
from wink_desktop.ui.about_dialog import AboutDialog
from wink_desktop.ui.shell import Shell

pytestmark = pytest.mark.usefixtures("qloop")

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
GOOGLE_ID = "123456789012-abcdefghijklmnop.apps.googleusercontent.com"


def _shell(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Shell:
    config = tmp_path / "oauth.toml"
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("WINK_OAUTH_CONFIG", str(config))
    shell = make_shell(tmp_path / "config")
    qtbot.addWidget(shell.main_window)
    shell.show()
    return shell


@pytest.fixture
def google_only(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> Iterator[Shell]:
    """A build with Google's client id and no Microsoft one."""
    del language
    google, _, microsoft = BUNDLED_OAUTH.read_text(encoding="utf-8").partition("[microsoft]")
    google = google.replace('client_id = ""', f'client_id = "{GOOGLE_ID}"')
    google = google.replace('client_secret = ""', 'client_secret = "GOCSPX-x1"')
    yield _shell(qtbot, tmp_path, monkeypatch, f"{google}[microsoft]{microsoft}")
    QApplication.processEvents()


def open_about(shell: Shell, qtbot: QtBot) -> AboutDialog:
    settings = shell.open_settings()
    button = settings.about_button  # type: ignore[attr-defined]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_about_says_version_build_sign_ins_and_versions(
    google_only: Shell, qtbot: QtBot, language: str
) -> None:
    dialog = open_about(google_only, qtbot)
    french = language == "fr"
    assert dialog.windowTitle() == ("À propos de Wink Desktop" if french else "About Wink Desktop")
    wanted = (
        "Connexion\u00a0: Google (Microsoft non configuré dans cette version)"
        if french
        else "Sign-in: Google (Microsoft not set up in this build)"
    )
    qtbot.waitUntil(lambda: dialog.sign_in.text() == wanted, timeout=10_000)
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in text
    assert qVersion() in text
    assert platform.python_version() in text
    assert ("depuis le code source" if french else "from the source code") in text
    assert "© Wink" in text
    assert "https://www.wink.fr" in text
    QApplication.processEvents()
    folder = ARTIFACTS / language
    folder.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(folder / "16-about.png"))


def test_about_without_ids(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shell = _shell(qtbot, tmp_path, monkeypatch, BUNDLED_OAUTH.read_text(encoding="utf-8"))
    dialog = open_about(shell, qtbot)
    qtbot.waitUntil(
        lambda: (
            dialog.sign_in.text() == "Sign-in with Google and Microsoft not set up in this build"
        ),
        timeout=10_000,
    )
