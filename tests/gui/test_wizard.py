"""The wizard and the windows against the real servers, as a recruiter uses them.

Each page is saved as a screenshot (``artifacts/screenshots/<lang>/``) for support staff
and for us to look at.
"""

from __future__ import annotations

import dataclasses
import json
import smtplib
import socket
import ssl
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from imapclient import IMAPClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.fixtures.browser import SimulatedBrowser
from tests.fixtures.dovecot import BAD_CERT_ADDRESSES, DovecotServer, MailUser, changeable_user
from tests.fixtures.hostile import HostileServer
from tests.fixtures.oauth_server import OAuthServer
from tests.fixtures.pki import ServerPKI
from tests.fixtures.plugin import ALICE
from tests.fixtures.postfix import PostfixServer
from tests.fixtures.switch import SwitchableServer
from tests.gui.shells import make_shell, shown_shell
from wink_desktop.core.account import MailAccount, password_key
from wink_desktop.core.checks import Protocol
from wink_desktop.core.discovery import Discovered, Source, Stop
from wink_desktop.core.models import ConnectionState, Role, Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.infra.secrets import KeyringSecretStore
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = [
    pytest.mark.servers,
    pytest.mark.keyring,
    pytest.mark.usefixtures("keyring_env", "trust_test_ca", "qloop"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
WAIT = 30_000


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("WINK_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def shell(qtbot: QtBot, config_dir: Path, oauth_toml: Path, language: str) -> Iterator[Shell]:
    del oauth_toml, language
    with shown_shell(qtbot, config_dir) as app_shell:
        yield app_shell


def snap(widget: QWidget, language: str, name: str) -> None:
    """Save a screenshot of ``widget`` for support and for review."""
    QApplication.processEvents()
    folder = ARTIFACTS / language
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def current(wizard: ConnectWizard) -> PageId:
    return PageId(wizard.currentId())


def fill_servers(
    wizard: ConnectWizard,
    imap: tuple[str, int, str],
    smtp: tuple[str, int, str],
    password: str,
    email: str = ALICE.address,
) -> None:
    page = wizard.page(PageId.SERVERS)
    page.email.setText(email)  # type: ignore[attr-defined]
    page.password.setText(password)  # type: ignore[attr-defined]
    for fields, (host, port, security) in ((page.imap, imap), (page.smtp, smtp)):  # type: ignore[attr-defined]
        fields.host.setText(host)
        fields.port.setValue(port)
        fields.security.setCurrentIndex(fields.security.findData(security))


def server_form(
    shell: Shell,
    qtbot: QtBot,
    imap: tuple[str, int, str],
    smtp: tuple[str, int, str],
    password: str,
    email: str = ALICE.address,
) -> ConnectWizard:
    """The wizard, "IMAP" chosen among all providers, its server form filled in."""
    wizard = shell.open_wizard("other")
    qtbot.mouseClick(wizard.findChild(QWidget, "provider_imap"), Qt.MouseButton.LeftButton)
    fill_servers(wizard, imap, smtp, password, email)
    return wizard


def smtp_login(postfix: PostfixServer, pki: ServerPKI, user: MailUser) -> None:
    context = ssl.create_default_context(cafile=str(pki.ca))
    with smtplib.SMTP_SSL(
        "localhost", postfix.tls_port, context=context, local_hostname="localhost"
    ) as client:
        # One AUTH PLAIN (smtplib's login() would try every mechanism in turn).
        client.ehlo()
        client.user, client.password = user.address, user.password
        client.auth("PLAIN", client.auth_plain)


def imap_login(dovecot: DovecotServer, pki: ServerPKI, user: MailUser) -> None:
    context = ssl.create_default_context(cafile=str(pki.ca))
    with IMAPClient("localhost", dovecot.tls_port, ssl_context=context, timeout=10) as client:
        client.login(user.address, user.password)


def deliver(postfix: PostfixServer, dovecot: DovecotServer, pki: ServerPKI, subject: str) -> None:
    """Send a message to alice through Postfix and wait until Dovecot has it (bounded)."""
    context = ssl.create_default_context(cafile=str(pki.ca))
    message = (
        f"From: Camille Martin <{ALICE.address}>\r\nTo: {ALICE.address}\r\n"
        f"Subject: {subject}\r\n\r\nBonjour\r\n"
    )
    with smtplib.SMTP_SSL(
        "localhost", postfix.tls_port, context=context, local_hostname="localhost"
    ) as client:
        client.login(ALICE.address, ALICE.password)
        client.sendmail(ALICE.address, [ALICE.address], message.encode())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with IMAPClient("localhost", port=dovecot.tls_port, ssl=True, ssl_context=context) as imap:
            imap.login(ALICE.address, ALICE.password)
            imap.select_folder("INBOX", readonly=True)
            if imap.search(["SUBJECT", subject]):
                return
        time.sleep(0.1)
    raise AssertionError("the message never arrived")


def test_imap_path_end_to_end_then_disconnect_leaves_nothing(
    shell: Shell,
    qtbot: QtBot,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    config_dir: Path,
    language: str,
    pki: ServerPKI,
) -> None:
    subject = f"Entretien {uuid.uuid4().hex[:6]}"
    deliver(postfix, dovecot, pki, subject)
    snap(shell.main_window, language, "01-main-window")
    settings = shell.open_settings()
    snap(settings, language, "02-settings-not-connected")
    qtbot.mouseClick(settings.mailbox_tab.choice_buttons["other"], Qt.MouseButton.LeftButton)  # type: ignore[index]
    wizard = shell.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert current(wizard) is PageId.PROVIDER
    snap(wizard, language, "03-wizard-all-providers")
    imap_tile = wizard.findChild(QWidget, "provider_imap")
    assert imap_tile is not None
    qtbot.mouseClick(imap_tile, Qt.MouseButton.LeftButton)
    assert current(wizard) is PageId.SERVERS
    fill_servers(
        wizard,
        ("localhost", dovecot.tls_port, "ssl"),
        ("localhost", postfix.starttls_port, "starttls"),
        ALICE.password,
    )
    snap(wizard, language, "05-wizard-server-settings")
    wizard.next()
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    snap(wizard, language, "07-wizard-done")
    done_text = wizard.page(PageId.DONE).summary.text()  # type: ignore[attr-defined]
    assert ALICE.address in done_text
    assert wizard.page(PageId.DONE).title() == (
        "Et hop, le tour est joué\u00a0!" if language == "fr" else "All set!"
    )
    wizard.accept()
    # Settings and the main window now show the connected mailbox.
    tab = settings.mailbox_tab
    assert tab.card.isVisible()
    assert tab.card.address.text() == ALICE.address
    page = shell.main_window.mailbox_page
    assert page.connected_box.isVisible()
    messages = page.messages

    def listed() -> bool:
        items = (messages.topLevelItem(i) for i in range(messages.topLevelItemCount()))  # type: ignore[attr-defined]
        return any(item.text(1) == subject for item in items)

    qtbot.waitUntil(listed, timeout=WAIT)
    assert messages.topLevelItemCount() <= 20  # type: ignore[attr-defined]
    assert messages.topLevelItem(0).text(0) == "Camille Martin"  # type: ignore[attr-defined] # newest first
    snap(settings, language, "08-settings-connected")
    snap(shell.main_window, language, "09-main-window-connected")
    assert KeyringSecretStore().get(password_key(ALICE.address)) == ALICE.password
    saved = json.loads((config_dir / "account.json").read_text())
    assert ALICE.password not in json.dumps(saved)
    # Disconnect, confirmed: no secret, no record.
    qtbot.mouseClick(tab.disconnect_button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(QDialog, "disconnect_dialog")
    assert dialog is not None
    snap(dialog, language, "10-disconnect-confirmation")
    dialog.accept()
    qtbot.waitUntil(lambda: shell.account is None and not tab.card.isVisible(), timeout=WAIT)
    assert KeyringSecretStore().get(password_key(ALICE.address)) is None
    assert not (config_dir / "account.json").exists()
    assert tab.choices.isVisible()


def test_wrong_password_then_retry(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer, language: str
) -> None:
    wizard = server_form(
        shell,
        qtbot,
        ("localhost", dovecot.tls_port, "ssl"),
        ("localhost", postfix.tls_port, "ssl"),
        "wrong-password",
    )
    wizard.next()
    page = wizard.page(PageId.TEST)
    qtbot.waitUntil(page.retry.isVisible, timeout=WAIT)  # type: ignore[attr-defined]
    snap(wizard, language, "06a-test-wrong-password")
    assert not page.isComplete()
    text = page.banner.text()  # type: ignore[attr-defined]
    assert ("mot de passe" if language == "fr" else "password") in text
    assert not wizard.button(ConnectWizard.WizardButton.NextButton).isEnabled()


def test_bad_certificate_then_trust_exactly_it(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer, language: str
) -> None:
    wizard = server_form(
        shell,
        qtbot,
        (BAD_CERT_ADDRESSES["self_signed"], dovecot.tls_port, "ssl"),
        ("localhost", postfix.tls_port, "ssl"),
        ALICE.password,
    )
    wizard.next()
    page = wizard.page(PageId.TEST)
    qtbot.waitUntil(page.trust.isVisible, timeout=WAIT)  # type: ignore[attr-defined]
    snap(wizard, language, "06b-test-certificate-problem")
    qtbot.mouseClick(page.trust, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = page.findChild(QDialog, "certificate_dialog")
    assert dialog is not None
    snap(dialog, language, "06c-certificate-dialog")
    assert dialog.back_button.isDefault()  # type: ignore[attr-defined]
    fingerprint = dialog.findChild(QWidget, "certificate_fingerprint")
    assert fingerprint is not None
    dialog.trust_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    account = shell.context().mailbox.current()
    assert account is not None
    # The dialog shows it in lines of space-separated pairs; the record keeps AB:CD:….
    shown = fingerprint.text().replace("\n", " ").replace(" ", ":")  # type: ignore[attr-defined]
    assert account.trusted_fingerprints == (shown,)


def test_google_path_in_the_browser(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser, language: str
) -> None:
    settings = shell.open_settings()
    qtbot.mouseClick(settings.mailbox_tab.choice_buttons["google"], Qt.MouseButton.LeftButton)  # type: ignore[index]
    wizard = shell.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    assert browser.opened
    snap(wizard, language, "07b-wizard-done-google")
    account = shell.context().mailbox.current()
    assert account is not None
    assert account.provider == "google"
    assert account.state is ConnectionState.CONNECTED


def test_disconnect_with_the_provider_down_and_the_token_dead_still_forgets_everything(
    shell: Shell,
    qtbot: QtBot,
    browser: SimulatedBrowser,
    oauth_server: OAuthServer,
    oauth_toml: Path,
    config_dir: Path,
    language: str,
) -> None:
    del browser
    wizard = shell.open_wizard("google")
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    wizard.accept()
    account = shell.context().mailbox.current()
    assert account is not None
    entry = account.secret_key
    assert KeyringSecretStore().get(entry)
    oauth_server.revoke_all(ALICE.address)  # the token is already dead...
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    # ...and the provider cannot be reached (a fresh start reads the new settings).
    oauth_toml.write_text(
        oauth_toml.read_text().replace(oauth_server.base, f"https://127.0.0.1:{port}")
    )
    shell._context = None
    settings = shell.open_settings()
    tab = settings.mailbox_tab
    qtbot.mouseClick(tab.disconnect_button, Qt.MouseButton.LeftButton)
    dialog = settings.findChild(QDialog, "disconnect_dialog")
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: shell.account is None and tab.choices.isVisible(), timeout=WAIT)
    assert KeyringSecretStore().get(entry) is None
    assert not (config_dir / "account.json").exists()
    told = tab.banner.text()
    assert (
        "n’a pas pu être prévenu" in told if language == "fr" else "could not be notified" in told
    ), told
    snap(settings, language, "11b-disconnected-provider-down")


def test_oauth_denied_is_explained_with_a_retry(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser, oauth_server: OAuthServer, language: str
) -> None:
    del browser
    oauth_server.mode = "deny"
    wizard = shell.open_wizard("microsoft")
    page = wizard.page(PageId.BROWSER)
    qtbot.waitUntil(page.retry.isVisible, timeout=WAIT)  # type: ignore[attr-defined]
    snap(wizard, language, "04b-browser-denied")
    assert page.banner.text()  # type: ignore[attr-defined]
    assert not page.isComplete()


def test_waiting_for_the_browser_can_be_cancelled(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser, language: str
) -> None:
    browser.behaviour = "closed"
    wizard = shell.open_wizard(None)
    qtbot.mouseClick(
        wizard.page(PageId.PROVIDER).oauth_buttons["google"], Qt.MouseButton.LeftButton
    ) if current(wizard) is PageId.PROVIDER else None  # type: ignore[attr-defined]
    if current(wizard) is PageId.EMAIL:
        wizard.next()
        qtbot.mouseClick(
            wizard.page(PageId.PROVIDER).oauth_buttons["google"], Qt.MouseButton.LeftButton
        )  # type: ignore[attr-defined]
    page = wizard.page(PageId.BROWSER)
    qtbot.waitUntil(page.copy_link.isEnabled, timeout=WAIT)  # type: ignore[attr-defined]
    snap(wizard, language, "04-browser-waiting")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert current(wizard) is PageId.PROVIDER


def test_email_first_page(shell: Shell, qtbot: QtBot, language: str) -> None:
    wizard = shell.open_wizard(None)
    assert current(wizard) is PageId.EMAIL
    page = wizard.page(PageId.EMAIL)
    page.email.setText("marie@gmail.com")  # type: ignore[attr-defined]
    # Google's address: its button instead of a password, the list one click away.
    qtbot.waitUntil(page.oauth_buttons["google"].isVisible, timeout=WAIT)  # type: ignore[attr-defined]
    # Named like its button ("Continue with Google"): a Workspace domain is no "Gmail".
    assert page.feedback.text().startswith("Google ")  # type: ignore[attr-defined]
    assert not page.password.isVisible()  # type: ignore[attr-defined]
    snap(wizard, language, "00-wizard-email-first")
    qtbot.mouseClick(page.other_provider, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert current(wizard) is PageId.PROVIDER
    snap(wizard, language, "03b-wizard-provider-recommended")


def test_collaborator_is_told_kindly(qtbot: QtBot, config_dir: Path, language: str) -> None:
    shell = make_shell(config_dir, Role.COLLABORATOR)
    qtbot.addWidget(shell.main_window)
    shell.show()
    page = shell.main_window.mailbox_page
    assert not page.connect_button.isVisible()
    assert page.reserved.isVisible()
    settings = shell.open_settings()
    assert not settings.mailbox_tab.choices.isVisible()
    assert settings.mailbox_tab.reserved.isVisible()
    snap(shell.main_window, language, "11-collaborator")


def test_keyboard_only_imap_path(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer, language: str
) -> None:
    del language
    wizard = shell.open_wizard(None)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=WAIT)

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def tab_to(name: str) -> QWidget:
        for _ in range(60):
            if focused().objectName() == name:
                return focused()
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        raise AssertionError(f"{name} cannot be reached with Tab")

    def type_into(name: str, text: str) -> None:
        widget = tab_to(name)
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(widget, text)

    type_into("email_input", ALICE.address)
    # Return: looked up at once (an unknown domain here), then the password.
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused().objectName() == "email_password", timeout=WAIT)
    qtbot.keyClicks(focused(), ALICE.password)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert current(wizard) is PageId.SERVERS
    # The form keeps the password typed with the address; the first empty field has focus.
    qtbot.waitUntil(lambda: focused().objectName() == "imap_host", timeout=WAIT)
    type_into("imap_host", "localhost")
    type_into("imap_port", str(dovecot.tls_port))
    type_into("smtp_host", "localhost")
    type_into("smtp_port", str(postfix.tls_port))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Finish
    qtbot.waitUntil(lambda: shell.wizard is None, timeout=WAIT)
    assert shell.account is not None


def test_microsoft_path_in_the_browser(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser, language: str
) -> None:
    wizard = shell.open_wizard("microsoft")
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    assert browser.opened
    account = shell.context().mailbox.current()
    assert account is not None
    assert (account.provider, account.email) == ("microsoft", ALICE.address)
    snap(wizard, language, "07c-wizard-done-microsoft")


def test_a_silent_server_can_be_cancelled_by_going_back(
    shell: Shell, qtbot: QtBot, hostile: dict[str, HostileServer], language: str
) -> None:
    silent = hostile["silent"]
    wizard = server_form(
        shell,
        qtbot,
        ("127.0.0.1", silent.port, "starttls"),
        ("127.0.0.1", silent.port, "starttls"),
        "secret",
    )
    wizard.next()
    page = wizard.page(PageId.TEST)
    imap_steps = page.lists[Protocol.IMAP]  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: imap_steps.count() >= 2, timeout=WAIT
    )  # connected, waiting for a greeting
    snap(wizard, language, "06d-test-waiting-silent-server")
    wizard.back()
    assert current(wizard) is PageId.SERVERS
    qtbot.waitUntil(lambda: silent.open_connections() == 0, timeout=WAIT)


def test_expired_sign_in_then_reconnect_from_the_banner_keeps_the_record(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser, oauth_server: OAuthServer, language: str
) -> None:
    oauth_server.access_lifetime = 120  # every check refreshes the token
    try:
        wizard = shell.open_wizard("google")
        qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
        wizard.accept()
        first = shell.context().mailbox.current()
        assert first is not None
        oauth_server.revoke_all(ALICE.address)  # e.g. removed from the Google account page
        shell._monitor = None  # a fresh start: no access token in memory
        shell.start_health_checks()
        banner = shell.main_window.mailbox_page.banner
        qtbot.waitUntil(banner.action.isVisible, timeout=WAIT)
        assert shell.account is not None
        assert shell.account.state is ConnectionState.NEEDS_RECONNECTION
        assert len(shell.notifications) == 1
        # The card is greyed out (its state stays readable), here and in Settings.
        card = shell.main_window.mailbox_page.card
        settings_card = shell.open_settings().mailbox_tab.card
        for shown in (card, settings_card):
            assert not shown.address.isEnabled()  # type: ignore[union-attr]
            assert shown.state.isEnabled()  # type: ignore[union-attr]
        assert shell.open_settings().mailbox_tab.banner.action.isVisible()
        snap(shell.open_settings(), language, "13b-settings-needs-reconnection")
        snap(shell.main_window, language, "13-needs-reconnection")
        qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
        again = shell.wizard
        assert again is not None
        assert current(again) is PageId.BROWSER  # straight to the browser, login_hint kept
        qtbot.waitUntil(lambda: current(again) is PageId.DONE, timeout=WAIT)
        again.accept()
        assert "login_hint=alice%40example.test" in browser.opened[-1]
        after = shell.context().mailbox.current()
        assert after is not None
        assert after.state is ConnectionState.CONNECTED
        assert after.connected_since == first.connected_since
        qtbot.waitUntil(lambda: not banner.action.isVisible(), timeout=WAIT)
        assert card.address.isEnabled()  # type: ignore[union-attr]
        assert settings_card.address.isEnabled()
        shell.start_health_checks()  # still fine: no second notification
        qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=WAIT)
        assert len(shell.notifications) == 1
    finally:
        oauth_server.access_lifetime = 3600


MARKER = MailUser("marker@example.test", "nobody-knows")


def refusals(
    dovecot: DovecotServer, postfix: PostfixServer, pki: ServerPKI, user: MailUser
) -> tuple[int, int]:
    """``user``'s refused sign-ins (IMAP, SMTP), once the servers' logs have caught up.

    The servers write their logs asynchronously: a marker failure is made, and the counts
    are read once it shows (everything before it is written by then).
    """

    def refused(who: MailUser) -> tuple[int, int]:
        return dovecot.refused_imap_logins(who.address), postfix.refused_logins(who.address)

    expected = tuple(n + 1 for n in refused(MARKER))
    with pytest.raises(smtplib.SMTPAuthenticationError):
        smtp_login(postfix, pki, MARKER)
    with pytest.raises(IMAPClient.Error):
        imap_login(dovecot, pki, MARKER)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and refused(MARKER) != expected:
        time.sleep(0.05)
    assert refused(MARKER) == expected
    return refused(user)


DORA = MailUser("dora@example.test", "Dora-Pass-1")


@pytest.fixture
def dora(dovecot: DovecotServer) -> Iterator[MailUser]:
    """A user whose password the test changes (restored afterwards)."""
    yield from changeable_user(dovecot, DORA)


def connect_by_password(
    shell: Shell,
    qtbot: QtBot,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    user: MailUser,
    imap_port: int | None = None,
) -> MailAccount:
    """Connect ``user`` through the wizard's server form; wait until the app settles."""
    wizard = server_form(
        shell,
        qtbot,
        ("localhost", imap_port or dovecot.tls_port, "ssl"),
        ("localhost", postfix.tls_port, "ssl"),
        user.password,
        user.address,
    )
    wizard.next()
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    wizard.accept()
    account = shell.context().mailbox.current()
    assert account is not None
    qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=WAIT)  # the messages are read
    return account


def test_changed_password_then_reconnect_keeps_everything_else(
    shell: Shell,
    qtbot: QtBot,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    dora: MailUser,
    pki: ServerPKI,
    language: str,
) -> None:
    first = connect_by_password(shell, qtbot, dovecot, postfix, dora)
    dovecot.set_password(dora.address, "Changed-On-The-Web-2")  # (its polls count too)
    before = refusals(dovecot, postfix, pki, dora)
    shell._monitor = None  # a fresh start
    shell.start_health_checks()
    banner = shell.main_window.mailbox_page.banner
    qtbot.waitUntil(banner.action.isVisible, timeout=WAIT)
    assert shell.account is not None
    assert shell.account.state is ConnectionState.NEEDS_RECONNECTION
    expected = "mot de passe" if language == "fr" else "password"
    assert expected in banner.text()
    # Nothing else signs in with the refused password: not the message list, not Settings,
    # not the next start or timer.
    shell.refresh()
    shell.open_settings()
    shell.start_health_checks()
    qtbot.waitUntil(lambda: not shell.tasks.busy, timeout=WAIT)
    status = shell.main_window.mailbox_page.messages_status.text()
    assert ("Reconnectez-vous" if language == "fr" else "Reconnect") in status
    snap(shell.main_window, language, "13c-password-refused")
    assert refusals(dovecot, postfix, pki, dora) == (
        before[0] + 1,
        before[1] + 1,
    )  # one attempt per server, no more
    # One click: the server form, everything kept, only the new password to type.
    qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
    again = shell.wizard
    assert again is not None
    assert current(again) is PageId.SERVERS
    page = again.page(PageId.SERVERS)
    assert page.imap.host.text() == "localhost"  # type: ignore[attr-defined]
    assert page.imap.port.value() == dovecot.tls_port  # type: ignore[attr-defined]
    assert page.smtp.port.value() == postfix.tls_port  # type: ignore[attr-defined]
    assert page.email.text() == dora.address  # type: ignore[attr-defined]
    assert page.password.text() == ""  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: again.focusWidget() is page.password, timeout=WAIT)  # type: ignore[attr-defined]
    assert dora.address in page.subTitle()  # "type the current password of …"
    assert not page.imap.detected.isVisible()  # type: ignore[attr-defined] # kept, not "found"
    snap(again, language, "14-reconnect-password")
    page.password.setText("Changed-On-The-Web-2")  # type: ignore[attr-defined]
    again.next()
    qtbot.waitUntil(lambda: current(again) is PageId.DONE, timeout=WAIT)
    again.accept()
    after = shell.context().mailbox.current()
    assert after is not None
    assert after.state is ConnectionState.CONNECTED
    assert after.connected_since == first.connected_since
    assert KeyringSecretStore().get(password_key(dora.address)) == "Changed-On-The-Web-2"
    qtbot.waitUntil(lambda: not banner.action.isVisible(), timeout=WAIT)


def test_server_down_is_no_alarm_and_recovers_when_the_network_is_back(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer, language: str
) -> None:
    switch = SwitchableServer(("127.0.0.1", dovecot.tls_port))
    switch.start()
    try:
        connect_by_password(shell, qtbot, dovecot, postfix, ALICE, imap_port=switch.port)
        switch.up = False
        shell._monitor = None
        shell.start_health_checks()
        qtbot.waitUntil(
            lambda: (
                shell.account is not None and shell.account.state is ConnectionState.SERVER_ERROR
            ),
            timeout=WAIT,
        )
        page = shell.main_window.mailbox_page
        assert not page.banner.action.isVisible()  # nothing for the user to do
        assert shell.notifications == []  # and no alarm
        assert page.card.address.isEnabled()  # type: ignore[union-attr]
        retries = "nouvel essai" if language == "fr" else "try again by itself"
        assert retries in page.card.state.text()  # type: ignore[union-attr]
        snap(shell.main_window, language, "15-server-unreachable")
        switch.up = True
        shell.network_back()  # what Qt's network information reports when online again
        qtbot.waitUntil(
            lambda: shell.account is not None and shell.account.state is ConnectionState.CONNECTED,
            timeout=WAIT,
        )
        assert shell.notifications == []
    finally:
        switch.stop()


# -- issue 10: the confirmation of untrusted servers, field errors, banners, cancel, secrets --


@dataclasses.dataclass
class UntrustedSource:
    """A discovery source answering over an unauthenticated channel (like the ISPDB on http)."""

    imap: ServerSettings
    smtp: ServerSettings
    source: Source = Source.ISPDB
    start_delay: float = 0.0

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        del stop
        return Discovered(email, self.source, False, self.imap, self.smtp)


@pytest.fixture
def counted(
    dovecot: DovecotServer, postfix: PostfixServer
) -> Iterator[dict[str, SwitchableServer]]:
    """Forwarders to Dovecot and Postfix that count every connection made to them."""
    servers = {
        "imap": SwitchableServer(("127.0.0.1", dovecot.tls_port)),
        "smtp": SwitchableServer(("127.0.0.1", postfix.tls_port)),
    }
    for server in servers.values():
        server.start()
    yield servers
    for server in servers.values():
        server.stop()


def test_untrusted_servers_get_no_password_until_the_user_confirms_them(
    shell: Shell, qtbot: QtBot, counted: dict[str, SwitchableServer], language: str
) -> None:
    imap, smtp = counted["imap"], counted["smtp"]
    source = UntrustedSource(
        ServerSettings("localhost", imap.port, Security.SSL),
        ServerSettings("localhost", smtp.port, Security.SSL),
    )
    shell.context().discovery_sources = lambda: [source]
    wizard = shell.open_wizard(None)
    email_page = wizard.page(PageId.EMAIL)
    email_page.email.setText(ALICE.address)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.state.discovered is not None, timeout=WAIT)
    email_page.password.setText(ALICE.password)  # type: ignore[attr-defined]
    qtbot.keyClick(email_page.password, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    # Untrusted: the server form, never straight to the test.
    assert current(wizard) is PageId.SERVERS
    assert (imap.accepted, smtp.accepted) == (0, 0)
    page = wizard.page(PageId.SERVERS)
    assert page.imap.port.value() == imap.port  # type: ignore[attr-defined] # pre-filled
    # One button both confirms and signs in; its label and the note above say so.
    next_button = wizard.button(ConnectWizard.WizardButton.NextButton)
    confirm = {
        "fr": "Confirmer ces serveurs et se connecter",
        "en": "Confirm these servers and sign in",
    }
    assert next_button.text() == confirm[language]
    assert next_button.isEnabled()
    note = page.confirm_note  # type: ignore[attr-defined]
    assert note.isVisible()
    assert confirm[language] in note.text()
    assert "localhost" in note.text()
    boxes = [box for box in page.findChildren(QCheckBox) if box.isVisible()]
    assert boxes == [page.show_password]  # type: ignore[attr-defined] # no tick box to find
    snap(wizard, language, "05b-wizard-untrusted-servers")
    # Return in a field confirms nothing: it goes to the button that says what it does.
    for field in (page.password, page.imap.host, page.smtp.host, page.imap.port):  # type: ignore[attr-defined]
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert current(wizard) is PageId.SERVERS
        assert QApplication.focusWidget() is next_button
    assert not wizard.state.servers_confirmed
    # Even the test itself refuses, whoever starts it: no connection, so no password sent.
    test_page = wizard.page(PageId.TEST)
    wizard.state.imap, wizard.state.smtp = source.imap, source.smtp
    wizard.state.password = ALICE.password
    test_page._start()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not wizard.tasks.busy, timeout=WAIT)
    assert not test_page.banner.isHidden()  # type: ignore[attr-defined] # it says why
    assert (imap.accepted, smtp.accepted) == (0, 0)
    # Return on the focused button is the explicit confirmation: now, and only now, both
    # servers are signed in to.
    qtbot.keyClick(next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    assert imap.accepted >= 1
    assert smtp.accepted >= 1


def test_a_server_the_user_types_needs_no_confirmation(
    shell: Shell, qtbot: QtBot, counted: dict[str, SwitchableServer], language: str
) -> None:
    imap, smtp = counted["imap"], counted["smtp"]
    source = UntrustedSource(
        ServerSettings("mail.untrusted.test", imap.port, Security.SSL),
        ServerSettings("mail.untrusted.test", smtp.port, Security.SSL),
    )
    shell.context().discovery_sources = lambda: [source]
    wizard = shell.open_wizard(None)
    email_page = wizard.page(PageId.EMAIL)
    email_page.email.setText(ALICE.address)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.state.discovered is not None, timeout=WAIT)
    email_page.password.setText(ALICE.password)  # type: ignore[attr-defined]
    wizard.next()
    page = wizard.page(PageId.SERVERS)
    next_button = wizard.button(ConnectWizard.WizardButton.NextButton)
    words = {
        "fr": ("Confirmer ces serveurs et se connecter", "Se connecter"),
        "en": ("Confirm these servers and sign in", "Sign in"),
    }
    host = page.imap.host  # type: ignore[attr-defined]
    host.selectAll()
    qtbot.keyClicks(host, "localhost")
    # The SMTP server is still the untrusted source's: still to confirm.
    assert next_button.text() == words[language][0]
    page.smtp.host.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(page.smtp.host, "localhost")  # type: ignore[attr-defined]
    # Both typed by the user: their own choice, "Sign in", and Return in a field signs in.
    assert next_button.text() == words[language][1]
    assert not page.confirm_note.isVisible()  # type: ignore[attr-defined]
    assert (imap.accepted, smtp.accepted) == (0, 0)
    qtbot.keyClick(page.smtp.host, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    assert imap.accepted >= 1
    assert smtp.accepted >= 1


@pytest.mark.parametrize(
    ("username", "password", "field"),
    [
        ("bob\r\nINJ1 DELETE INBOX", ALICE.password, "servers_username"),
        ("bob\nINJ1 DELETE INBOX", ALICE.password, "servers_username"),
        ("bob\x00", ALICE.password, "servers_username"),
        ("bob\tsmith", ALICE.password, "servers_username"),
        ("", "pass\r\nword", "servers_password"),
        ("", "pass\x00word", "servers_password"),
    ],
)
def test_server_form_refuses_control_characters_as_a_field_error(
    shell: Shell,
    qtbot: QtBot,
    hostile: dict[str, HostileServer],
    username: str,
    password: str,
    field: str,
    language: str,
) -> None:
    silent = hostile["silent"]
    wizard = server_form(
        shell,
        qtbot,
        ("127.0.0.1", silent.port, "ssl"),
        ("127.0.0.1", silent.port, "ssl"),
        password,
    )
    page = wizard.page(PageId.SERVERS)
    page.username.setText(username)  # type: ignore[attr-defined]
    assert not page.isComplete()
    assert not wizard.button(ConnectWizard.WizardButton.NextButton).isEnabled()
    shown = page.error.text()  # type: ignore[attr-defined]
    words = {"fr": ("nom d’utilisateur", "mot de passe"), "en": ("user name", "password")}
    assert words[language][0 if "username" in field else 1] in shown.lower(), shown
    wrong = page.findChild(QWidget, field)
    assert wrong is not None
    if username.startswith("bob\r\n"):
        snap(wizard, language, "05c-wizard-user-name-refused")
    assert wrong.property("invalid") is True
    assert wrong.isVisibleTo(wizard)  # the advanced box opens to show a wrong user name
    wizard.next()
    assert current(wizard) is PageId.SERVERS
    assert silent.open_connections() == 0


def test_tester_finding_the_sign_in_revoked_offers_reconnect_at_once(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser, oauth_server: OAuthServer, language: str
) -> None:
    oauth_server.access_lifetime = 120  # every check refreshes the token
    try:
        wizard = shell.open_wizard("google")
        qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
        wizard.accept()
        oauth_server.revoke_all(ALICE.address)
        shell._monitor = None
        settings = shell.open_settings()
        tab = settings.mailbox_tab
        qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                shell.account is not None
                and shell.account.state is ConnectionState.NEEDS_RECONNECTION
                and not shell.tasks.busy
            ),
            timeout=WAIT,
        )
        banners = (tab.banner, shell.main_window.mailbox_page.banner)
        for banner in banners:  # both, at once: Settings was not reopened
            assert banner.action.isVisible()
            assert banner.action.text() == ("Reconnecter" if language == "fr" else "Reconnect")
        snap(settings, language, "13d-settings-test-found-revoked")
        browser.behaviour = "closed"
        qtbot.mouseClick(tab.banner.action, Qt.MouseButton.LeftButton)
        again = shell.wizard
        assert again is not None
        assert current(again) is PageId.BROWSER
    finally:
        oauth_server.access_lifetime = 3600


def cancel_browser(shell: Shell, qtbot: QtBot) -> ConnectWizard:
    """Wait for the browser page's link, press "Cancel"; the wizard that was shown."""
    wizard = shell.wizard
    assert wizard is not None
    assert current(wizard) is PageId.BROWSER
    page = wizard.page(PageId.BROWSER)
    qtbot.waitUntil(page.copy_link.isEnabled, timeout=WAIT)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    return wizard


def test_cancelling_the_browser_opened_from_settings_goes_back_to_settings(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser
) -> None:
    browser.behaviour = "closed"  # the user never comes back from the browser
    settings = shell.open_settings()
    google = settings.mailbox_tab.choice_buttons["google"]  # type: ignore[index]
    qtbot.mouseClick(google, Qt.MouseButton.LeftButton)
    cancelled = cancel_browser(shell, qtbot)
    assert not cancelled.isVisible()
    assert shell.wizard is None
    # Back where the choice was made, with the same button to try again.
    assert settings.isVisible()
    assert google.isVisible()
    assert google.isEnabled()
    qtbot.mouseClick(google, Qt.MouseButton.LeftButton)
    again = shell.wizard
    assert again is not None
    assert again.isVisible()
    assert current(again) is PageId.BROWSER
    qtbot.waitUntil(again.page(PageId.BROWSER).copy_link.isEnabled, timeout=WAIT)  # type: ignore[attr-defined]


def test_cancelling_the_browser_opened_by_reconnect_goes_back_to_the_banner(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser, oauth_server: OAuthServer
) -> None:
    oauth_server.access_lifetime = 120
    try:
        wizard = shell.open_wizard("microsoft")
        qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
        wizard.accept()
        oauth_server.revoke_all(ALICE.address)
        shell._monitor = None
        shell.start_health_checks()
        banner = shell.main_window.mailbox_page.banner
        qtbot.waitUntil(banner.action.isVisible, timeout=WAIT)
        browser.behaviour = "closed"
        qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
        cancelled = cancel_browser(shell, qtbot)
        assert not cancelled.isVisible()
        assert shell.wizard is None
        assert banner.action.isVisible()  # the way to try again
        qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
        again = shell.wizard
        assert again is not None
        assert current(again) is PageId.BROWSER
    finally:
        oauth_server.access_lifetime = 3600


@pytest.mark.parametrize("outcome", ["connected", "failed_then_cancel", "window_closed"])
def test_closing_the_wizard_drops_every_reference_to_the_password(
    shell: Shell,
    qtbot: QtBot,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    outcome: str,
) -> None:
    typed = "wrong-password-4a1c" if outcome != "connected" else ALICE.password
    wizard = server_form(
        shell,
        qtbot,
        ("localhost", dovecot.tls_port, "ssl"),
        ("localhost", postfix.tls_port, "ssl"),
        typed,
    )
    state = wizard.state
    field = wizard.page(PageId.SERVERS).password  # type: ignore[attr-defined]
    wizard.next()
    test_page = wizard.page(PageId.TEST)
    if outcome == "connected":
        qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
        wizard.accept()
    else:
        qtbot.waitUntil(test_page.retry.isVisible, timeout=WAIT)  # type: ignore[attr-defined]
        if outcome == "window_closed":
            wizard.close()
        else:
            wizard.button(ConnectWizard.WizardButton.CancelButton).click()
    assert shell.wizard is None  # the shell keeps nothing of it
    assert state.password == ""
    assert field.text() == ""
    assert not field.isUndoAvailable()  # not even in the field's undo history
    kept = [getattr(state, f.name) for f in dataclasses.fields(state)]
    assert typed not in repr(kept)
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard), timeout=WAIT)  # deleted
