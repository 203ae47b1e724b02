"""Nothing blocking on the GUI thread: no file, socket or keyring call while the shell works.

The shell starts (reads the account and the profile, builds the services), refreshes, opens
Settings, sees ``profile.json`` change, runs "Test" and disconnects, against the real
servers; every file under the app's folders, every socket and every keyring call the GUI
thread makes meanwhile is recorded (:mod:`tests.gui.gui_thread`), and there must be none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.plugin import ALICE
from tests.fixtures.postfix import PostfixServer
from tests.gui.gui_thread import GuardedSecrets, GuiThreadWatch
from tests.gui.shells import BUNDLED_OAUTH, make_shell
from wink_desktop import wiring
from wink_desktop.core.account import MailAccount, password_key
from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.infra.paths import HOME_ENV
from wink_desktop.infra.secrets import KeyringSecretStore
from wink_desktop.ui.file_watch import FileWatch

pytestmark = [
    pytest.mark.servers,
    pytest.mark.keyring,
    pytest.mark.usefixtures("keyring_env", "trust_test_ca", "qloop"),
]

WAIT = 30_000


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's folders (config, data, logs) under the test's own folder."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    monkeypatch.delenv("WINK_CONFIG_DIR", raising=False)
    monkeypatch.setenv("WINK_OAUTH_CONFIG", str(BUNDLED_OAUTH))
    return tmp_path / "home"


def test_the_gui_thread_never_touches_a_file_a_socket_or_the_keyring(
    qtbot: QtBot,
    home: Path,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    french: None,
) -> None:
    del french
    paths = wiring.app_paths()
    config = paths["config"]
    # A connected mailbox, as a previous run left it.
    wiring.account_store(config).save(
        MailAccount(
            email=ALICE.address,
            method=AuthMethod.PASSWORD,
            imap=ServerSettings("localhost", dovecot.tls_port, Security.SSL, ALICE.address),
            smtp=ServerSettings("localhost", postfix.tls_port, Security.SSL, ALICE.address),
        )
    )
    KeyringSecretStore().put(password_key(ALICE.address), ALICE.password)
    profile_file = wiring.profile_path(config)
    profile_file.write_text(json.dumps({"name": "Marie", "role": "admin"}), encoding="utf-8")

    watch = GuiThreadWatch([home, *paths.values()])
    shell = make_shell(
        config,
        preload=False,
        secrets=GuardedSecrets(KeyringSecretStore(), watch),
        building=lambda: watch.record("building the services", ""),
    )
    qtbot.addWidget(shell.main_window)
    page = shell.main_window.mailbox_page
    with watch.recording():
        shell.show(refresh=False)
        FileWatch(profile_file, shell.reload_profile, shell)
        shell.tasks.start(shell.start())
        qtbot.waitUntil(lambda: shell.account is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=WAIT)
        assert shell.context() is not None  # already built, in a worker
        assert "boîte de réception est vide" in page.messages_status.text()  # read, empty

        shell.refresh()
        qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=WAIT)
        settings = shell.open_settings()
        tab = settings.mailbox_tab
        assert shell.may_connect
        assert page.reserved.isHidden()

        with watch.paused():  # Wink's sign-in rewrites the profile: the role changed
            profile_file.write_text(json.dumps({"role": "collaborator"}), encoding="utf-8")
        qtbot.waitUntil(lambda: not shell.may_connect, timeout=WAIT)
        assert not page.reserved.isHidden()  # the page says who may connect a mailbox
        assert page.connect_button.isHidden()

        qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "fonctionne" in tab.banner.text(), timeout=WAIT)

        qtbot.mouseClick(tab.disconnect_button, Qt.MouseButton.LeftButton)
        dialog = settings.findChild(QDialog, "disconnect_dialog")
        assert dialog is not None
        dialog.accept()
        qtbot.waitUntil(lambda: shell.account is None, timeout=WAIT)
        qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=WAIT)

    assert not (config / "account.json").exists()
    assert KeyringSecretStore().get(password_key(ALICE.address)) is None
    assert watch.calls == []
