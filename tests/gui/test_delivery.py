"""The test email from the done page and from Settings, and "Replace with another mailbox"."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.fixtures.dovecot import DovecotServer, MailUser, changeable_user
from tests.fixtures.pki import ServerPKI
from tests.fixtures.postfix import PostfixServer
from tests.gui.shells import shown_shell
from tests.gui.test_wizard import WAIT, current, server_form, snap
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = [
    pytest.mark.servers,
    pytest.mark.keyring,
    pytest.mark.usefixtures("keyring_env", "trust_test_ca", "qloop"),
]

# A user of its own: other tests expect the shared users' inboxes as they left them.
FRANK = MailUser("frank@example.test", "Frank-Pass-1")
SUBJECTS = {"en": "Wink Desktop: test email", "fr": "Wink Desktop : e-mail de test"}


@pytest.fixture
def shell(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, oauth_toml: Path, language: str
) -> Iterator[Shell]:
    del oauth_toml, language
    monkeypatch.setenv("WINK_CONFIG_DIR", str(tmp_path / "config"))
    with shown_shell(qtbot, tmp_path / "config") as app_shell:
        yield app_shell


@pytest.fixture(autouse=True)
def frank(dovecot: DovecotServer) -> Iterator[MailUser]:
    yield from changeable_user(dovecot, FRANK)


def test_emails(pki: ServerPKI, dovecot: DovecotServer, user: MailUser, subject: str) -> int:
    """How many test emails ``user``'s INBOX holds."""
    context = ssl.create_default_context(cafile=str(pki.ca))
    with IMAPClient("localhost", port=dovecot.tls_port, ssl=True, ssl_context=context) as client:
        client.login(user.address, user.password)
        client.select_folder("INBOX", readonly=True)
        return len(client.search(["SUBJECT", subject]))


test_emails.__test__ = False  # type: ignore[attr-defined] # a helper, not a test


def connected_wizard(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer
) -> ConnectWizard:
    wizard = server_form(
        shell,
        qtbot,
        ("localhost", dovecot.tls_port, "ssl"),
        ("localhost", postfix.starttls_port, "starttls"),
        FRANK.password,
        FRANK.address,
    )
    wizard.next()
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    return wizard


def received(status: QLabel, language: str) -> bool:
    return status.text().startswith("Reçu en " if language == "fr" else "Received in ")


def test_done_page_says_what_was_connected_and_its_test_email_arrives(
    shell: Shell,
    qtbot: QtBot,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    pki: ServerPKI,
    language: str,
) -> None:
    wizard = connected_wizard(shell, qtbot, dovecot, postfix)
    page = wizard.page(PageId.DONE)
    texts = {
        key: page.findChild(QLabel, f"done_{key}").text()  # type: ignore[union-attr]
        for key in ("address", "provider", "method", "imap", "smtp")
    }
    assert texts["address"] == FRANK.address
    assert texts["method"] == ("Mot de passe" if language == "fr" else "Password")
    assert texts["imap"].startswith(f"localhost:{dovecot.tls_port} · SSL/TLS")
    assert texts["smtp"].startswith(f"localhost:{postfix.starttls_port} · STARTTLS")
    summary = page.findChild(QLabel, "done_summary").text()  # type: ignore[union-attr]
    assert "Wink Desktop" in summary
    assert "appear in Wink" not in summary
    assert "apparaissent" not in summary
    before = test_emails(pki, dovecot, FRANK, SUBJECTS[language])
    button = page.findChild(QPushButton, "done_send_test")
    status = page.findChild(QLabel, "done_test_status")
    assert button is not None
    assert status is not None
    assert button.text() == (
        "Envoyer un e-mail de test" if language == "fr" else "Send a test email"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # never twice at once
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: received(status, language), timeout=WAIT)
    assert button.isEnabled()
    snap(wizard, language, "07d-wizard-done-test-email")
    assert test_emails(pki, dovecot, FRANK, SUBJECTS[language]) == before + 1


def test_settings_sends_a_test_email_and_offers_to_replace_the_mailbox(
    shell: Shell,
    qtbot: QtBot,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    pki: ServerPKI,
    language: str,
) -> None:
    settings = shell.open_settings()
    tab = settings.mailbox_tab
    assert not tab.replace_button.isVisible()  # nothing to replace yet
    connected_wizard(shell, qtbot, dovecot, postfix).accept()
    qtbot.waitUntil(tab.card.isVisible, timeout=WAIT)
    before = test_emails(pki, dovecot, FRANK, SUBJECTS[language])
    button = settings.findChild(QPushButton, "account_send_test")
    status = settings.findChild(QLabel, "account_test_status")
    assert button is not None
    assert status is not None
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: received(status, language), timeout=WAIT)
    snap(settings, language, "08b-settings-test-email")
    assert test_emails(pki, dovecot, FRANK, SUBJECTS[language]) == before + 1
    # Replace: asks first, then opens the wizard at its start (the address).
    assert tab.replace_button.isVisible()
    assert tab.replace_button.text() == (
        "Remplacer par une autre boîte mail" if language == "fr" else "Replace with another mailbox"
    )
    qtbot.mouseClick(tab.replace_button, Qt.MouseButton.LeftButton)
    dialog = shell.main_window.findChild(QDialog, "replace_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    snap(dialog, language, "08c-replace-confirmation")
    dialog.accept()
    qtbot.waitUntil(lambda: shell.wizard is not None, timeout=WAIT)
    assert shell.wizard is not None
    assert current(shell.wizard) is PageId.EMAIL
