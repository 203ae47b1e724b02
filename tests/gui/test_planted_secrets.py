"""Secrets planted through every flow never reach support: report, logs, screens, files.

A distinctive password (then a second one, after a reconnection), the local OAuth
server's authorization code, access and refresh tokens, and a password that a hostile
server reflects in its error: each goes through the app as a recruiter would send it, with
every library logging at debug level. None may appear in the diagnostics report (copied
from the windows, and from ``wink-desktop report`` as text and JSON), in the log files, in
the text of any widget shown on the way, or in any file of the config and data folders.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.fixtures.browser import SimulatedBrowser
from tests.fixtures.dovecot import DovecotServer, MailUser, changeable_user
from tests.fixtures.hostile import ScriptedServer
from tests.fixtures.oauth_server import OAuthServer
from tests.fixtures.postfix import PostfixServer
from tests.fixtures.scripts import Peer, imap_session, smtp_session
from tests.gui.shells import shown_shell
from tests.gui.test_wizard import WAIT, current, server_form, snap
from tests.integration.test_hostile_probes import (
    _decodes_to_secret,
    _imap_reflector,
    _smtp_reflector,
)
from wink_desktop.core.models import ConnectionState
from wink_desktop.infra.logs import setup_logging
from wink_desktop.infra.paths import AppPaths
from wink_desktop.ui.diagnostics_button import CopyDiagnostics
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = [
    pytest.mark.servers,
    pytest.mark.keyring,
    pytest.mark.usefixtures("keyring_env", "trust_test_ca", "qloop"),
]

PLANTED = MailUser("planted.recruiter@example.test", "Planted-Pw-Zq9x7Vb")
SECOND_PASSWORD = "Planted-Again-Rw3k8Ty"
REFLECTED = "Planted-Reflected-Kx5m2"
LOCAL_PART = PLANTED.address.split("@")[0]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home of the test's own, every library logging into it at debug level."""
    folder = tmp_path / "home"
    monkeypatch.setenv("WINK_DESKTOP_HOME", str(folder))
    monkeypatch.setenv("WINK_CONFIG_DIR", str(folder / "config"))
    setup_logging(AppPaths.default(), verbose=True)
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "wink", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


@pytest.fixture
def planted(dovecot: DovecotServer) -> Iterator[MailUser]:
    yield from changeable_user(dovecot, PLANTED)


@pytest.fixture
def shell(qtbot: QtBot, home: Path, oauth_toml: Path) -> Iterator[Shell]:
    del oauth_toml
    with shown_shell(qtbot, home / "config") as app_shell:
        yield app_shell


def screen_texts() -> list[str]:
    """What every widget shows or tells a screen reader (a password field's dots excepted)."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
        hidden = isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal
        text = getattr(widget, "text", None)
        if callable(text) and not hidden:
            value = text()
            texts.append(value if isinstance(value, str) else "")
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                texts += [item.text(), item.toolTip()]
                texts.append(str(item.data(Qt.ItemDataRole.AccessibleTextRole) or ""))
    return texts


def copy_diagnostics(qtbot: QtBot, widget: CopyDiagnostics) -> str:
    """Click "Copy the diagnostics"; the clipboard's text once it says it is done."""
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(QGuiApplication.clipboard().text()), timeout=WAIT)
    qtbot.waitUntil(widget.button.isEnabled, timeout=WAIT)
    return QGuiApplication.clipboard().text()


def finish(wizard: ConnectWizard, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    wizard.accept()


def signed_in(steps: QListWidget) -> bool:
    """Whether the sign-in step has been reported in ``steps``."""
    roles = (steps.item(row).data(Qt.ItemDataRole.UserRole) for row in range(steps.count()))
    return "sign_in" in roles


def connect_then_reconnect(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer, user: MailUser
) -> list[str]:
    """Google, then the password form, then Test finds the password changed: reconnect."""
    shown: list[str] = []
    finish(shell.open_wizard("google"), qtbot)
    shown += screen_texts()
    imap = ("localhost", dovecot.tls_port, "ssl")
    smtp = ("localhost", postfix.tls_port, "ssl")
    wizard = server_form(shell, qtbot, imap, smtp, user.password, user.address)
    wizard.next()
    shown += screen_texts()
    finish(wizard, qtbot)
    qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=WAIT)
    shown += screen_texts()
    dovecot.set_password(user.address, SECOND_PASSWORD)
    shell.test_account()
    qtbot.waitUntil(
        lambda: (
            shell.account is not None and shell.account.state is ConnectionState.NEEDS_RECONNECTION
        ),
        timeout=WAIT,
    )
    shown += screen_texts()
    shell.reconnect()
    qtbot.waitUntil(lambda: shell.wizard is not None, timeout=WAIT)
    again = shell.wizard
    assert again is not None
    assert current(again) is PageId.SERVERS
    again.page(PageId.SERVERS).password.setText(SECOND_PASSWORD)  # type: ignore[attr-defined]
    again.next()
    finish(again, qtbot)
    qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=WAIT)
    return shown


def refused_by_reflecting_servers(shell: Shell, qtbot: QtBot, email: str) -> tuple[list[str], str]:
    """Servers that echo what they were sent in their refusal; the test page's copy."""
    with (
        ScriptedServer(lambda conn, _i: imap_session(Peer(conn), _imap_reflector)) as bad_imap,
        ScriptedServer(lambda conn, _i: smtp_session(Peer(conn), _smtp_reflector)) as bad_smtp,
    ):
        wizard = server_form(
            shell,
            qtbot,
            ("127.0.0.1", bad_imap.port, "plain"),
            ("127.0.0.1", bad_smtp.port, "plain"),
            REFLECTED,
            email,
        )
        wizard.next()
        page = wizard.page(PageId.TEST)
        qtbot.waitUntil(page.plaintext.isVisible, timeout=WAIT)  # type: ignore[attr-defined]
        qtbot.mouseClick(page.plaintext, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        dialog = page.findChild(QDialog, "plaintext_dialog")
        assert dialog is not None
        dialog.accept()
        lists = page.lists  # type: ignore[attr-defined]
        qtbot.waitUntil(
            lambda: page.retry.isVisible() and all(signed_in(steps) for steps in lists.values()),  # type: ignore[attr-defined]
            timeout=WAIT,
        )
        shown = screen_texts()
        copied = copy_diagnostics(qtbot, page.diagnostics)  # type: ignore[attr-defined]
        wizard.done(0)
    return shown, copied


@pytest.mark.timeout(300)
def test_no_planted_secret_reaches_support_logs_screens_or_files(
    shell: Shell,
    qtbot: QtBot,
    home: Path,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    oauth_server: OAuthServer,
    browser: SimulatedBrowser,
    planted: MailUser,
) -> None:
    del browser
    shown = connect_then_reconnect(shell, qtbot, dovecot, postfix, planted)
    more, from_test_page = refused_by_reflecting_servers(shell, qtbot, planted.address)
    shown += more
    assert "you said" in from_test_page  # the servers' words are in it, masked
    copied = [from_test_page]
    settings = shell.open_settings()
    copied.append(copy_diagnostics(qtbot, settings.mailbox_tab.diagnostics))
    shown += screen_texts()
    for extra in ((), ("--json",)):
        result = subprocess.run(
            [sys.executable, "-m", "wink_desktop", "report", "--no-network", *extra],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=os.environ.copy(),
        )
        assert result.returncode == 0, result.stderr
        copied.append(result.stdout)
    # What was planted did happen, and the reports speak of it.
    assert oauth_server.codes
    assert oauth_server.refresh_tokens
    assert oauth_server.issued_access_tokens
    for report in copied:
        assert "needs_reconnection" in report
        assert "auth_failed" in report
        assert "p•••r@example.test" in report
        assert LOCAL_PART not in report.lower()
    secrets = [
        planted.password,
        SECOND_PASSWORD,
        REFLECTED,
        *oauth_server.codes,
        *oauth_server.refresh_tokens,
        *oauth_server.issued_access_tokens,
    ]
    files = [path for path in home.rglob("*") if path.is_file()]
    assert {"wink-desktop.log", "diagnostics.json"} <= {path.name for path in files}
    places = {
        "report": "\n".join(copied),
        "screens": "\n".join(shown),
        **{str(path): path.read_bytes().decode("utf-8", "replace") for path in files},
    }
    for where, text in places.items():
        for secret in secrets:
            assert secret not in text, f"{secret[:6]}… in {where}"
        for password in (planted.password, SECOND_PASSWORD, REFLECTED):
            assert not _decodes_to_secret(text, password), f"{password[:6]}… in {where}"


@pytest.mark.usefixtures("home")
def test_the_copy_button_says_it_copied(qtbot: QtBot, shell: Shell, language: str) -> None:
    settings = shell.open_settings()
    widget = settings.mailbox_tab.diagnostics
    text = copy_diagnostics(qtbot, widget)
    assert "not_connected" in text
    assert (
        "Diagnostic copié" if language == "fr" else "Diagnostics copied"
    ) in widget.status.text()
    assert ("Changements d" if language == "fr" else "Status changes") in text
    button = settings.findChild(QPushButton, "settings_copy_diagnostics")
    assert button is widget.button
    assert isinstance(settings.findChild(QWidget, "settings_diagnostics"), CopyDiagnostics)
    snap(settings, language, "08c-settings-diagnostics-copied")
