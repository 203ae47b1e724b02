"""The effort targets of the wizard, counted on the real windows against the real servers.

Every route starts from the empty main window and is driven like a user does it: mouse
clicks on the buttons and key clicks into the fields (:class:`tests.gui.effort.Effort`
counts both). A route fails as soon as it takes more clicks or typed fields than its
target. Client ids are configured (the suite's local authorisation server acts for Google
and Microsoft), and the servers are the suite's Dovecot and Postfix.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.fixtures.browser import SimulatedBrowser
from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.plugin import ALICE
from tests.fixtures.postfix import PostfixServer
from tests.gui.effort import Effort, EffortLog
from tests.gui.shells import shown_shell
from tests.gui.test_wizard import WAIT, current, snap
from wink_desktop.core.discovery import Discovered, Source, Stop
from wink_desktop.core.models import AuthMethod, ConnectionState, Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = [
    pytest.mark.servers,
    pytest.mark.keyring,
    pytest.mark.usefixtures("keyring_env", "trust_test_ca", "qloop"),
]

FINISH = QWizard.WizardButton.FinishButton
NEXT = QWizard.WizardButton.NextButton


@dataclasses.dataclass
class Answer:
    """A discovery source that answers every address with the same settings."""

    source: Source
    trusted: bool
    provider: str | None = None
    imap: ServerSettings | None = None
    smtp: ServerSettings | None = None
    start_delay: float = 0.0

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        del stop
        return Discovered(email, self.source, self.trusted, self.imap, self.smtp, self.provider)


@pytest.fixture
def shell(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, oauth_toml: Path, language: str
) -> Iterator[Shell]:
    del oauth_toml, language
    monkeypatch.setenv("WINK_CONFIG_DIR", str(tmp_path / "config"))
    with shown_shell(qtbot, tmp_path / "config") as app_shell:
        yield app_shell


def servers(dovecot: DovecotServer, postfix: PostfixServer) -> dict[str, ServerSettings]:
    return {
        "imap": ServerSettings("localhost", dovecot.tls_port, Security.SSL, ALICE.address),
        "smtp": ServerSettings("localhost", postfix.tls_port, Security.SSL, ALICE.address),
    }


def click(qtbot: QtBot, widget: QWidget | None) -> None:
    assert widget is not None
    assert widget.isVisible(), widget.objectName()
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.waitUntil(widget.isVisible, timeout=WAIT)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def open_from_main_window(shell: Shell, qtbot: QtBot) -> ConnectWizard:
    """ "Connect your mailbox": the first click of every route but the gear's."""
    click(qtbot, shell.main_window.mailbox_page.connect_button)
    wizard = shell.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def finish(shell: Shell, qtbot: QtBot, wizard: ConnectWizard) -> None:
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    click(qtbot, wizard.button(FINISH))
    qtbot.waitUntil(lambda: shell.wizard is None, timeout=WAIT)
    account = shell.context().mailbox.current()
    assert account is not None
    assert account.state is ConnectionState.CONNECTED


def within(log: EffortLog, clicks: int, typed: int) -> None:
    """The route's target: at most ``clicks`` clicks and ``typed`` typed fields."""
    assert len(log.clicks) <= clicks, f"{len(log.clicks)} clicks: {log.clicks}"
    assert log.typed_fields <= typed, f"{log.typed_fields} fields typed: {log.typed}"


def test_known_provider_takes_two_fields_and_three_clicks(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer, language: str
) -> None:
    found = servers(dovecot, postfix)
    # What the ISP database over https answers for a provider we know (iCloud: its hint).
    answer = Answer(Source.ISPDB, True, "icloud", found["imap"], found["smtp"])
    shell.context().discovery_sources = lambda: [answer]
    with Effort() as log:
        wizard = open_from_main_window(shell, qtbot)
        page = wizard.page(PageId.EMAIL)
        type_text(qtbot, page.email, ALICE.address)  # type: ignore[attr-defined]
        # The password appears on the same page, the provider's hint above it.
        qtbot.waitUntil(page.password.isVisible, timeout=WAIT)  # type: ignore[attr-defined]
        assert page.hint.isVisible()  # type: ignore[attr-defined]
        assert "app" in page.hint.text().lower()  # type: ignore[attr-defined]
        assert "iCloud" in page.feedback.text()  # type: ignore[attr-defined]
        type_text(qtbot, page.password, ALICE.password)  # type: ignore[attr-defined]
        sign_in = wizard.button(NEXT)
        assert sign_in.text() == ("Se connecter" if language == "fr" else "Sign in")
        snap(wizard, language, "00b-wizard-address-and-password")
        click(qtbot, sign_in)  # the live test, then the done page by itself
        assert current(wizard) is PageId.TEST
        finish(shell, qtbot, wizard)
    within(log, clicks=3, typed=2)
    account = shell.context().mailbox.current()
    assert account is not None
    assert (account.provider, account.method) == ("icloud", AuthMethod.PASSWORD)


@pytest.mark.parametrize("provider", ["google", "microsoft"])
def test_google_or_microsoft_address_takes_one_field_and_three_clicks(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser, provider: str, language: str
) -> None:
    # A company domain whose MX is Google's or Microsoft's.
    answer = Answer(Source.MX, True, provider)
    shell.context().discovery_sources = lambda: [answer]
    with Effort() as log:
        wizard = open_from_main_window(shell, qtbot)
        page = wizard.page(PageId.EMAIL)
        type_text(qtbot, page.email, ALICE.address)  # type: ignore[attr-defined]
        button = page.oauth_buttons[provider]  # type: ignore[attr-defined]
        qtbot.waitUntil(button.isVisible, timeout=WAIT)
        assert not page.password.isVisible()  # type: ignore[attr-defined] # no password here
        assert not wizard.button(NEXT).isVisible()  # one button for one action
        if provider == "google":
            snap(wizard, language, "00c-wizard-address-google")
        click(qtbot, button)
        finish(shell, qtbot, wizard)
    within(log, clicks=3, typed=1)
    assert browser.opened
    account = shell.context().mailbox.current()
    assert account is not None
    assert (account.provider, account.method) == (provider, AuthMethod.OAUTH2)


def test_google_from_the_gear_takes_no_field_and_three_clicks(
    shell: Shell, qtbot: QtBot, browser: SimulatedBrowser
) -> None:
    del browser
    with Effort() as log:
        click(qtbot, shell.main_window.settings_button)
        settings = shell.open_settings()
        click(qtbot, settings.mailbox_tab.choice_buttons["google"])  # type: ignore[index]
        wizard = shell.wizard
        assert wizard is not None
        finish(shell, qtbot, wizard)
    within(log, clicks=3, typed=0)


def test_unknown_domain_fills_the_form_and_asks_one_confirmation(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer, language: str
) -> None:
    found = servers(dovecot, postfix)
    # Guessed hosts, found over a channel nobody authenticated: the user vouches once.
    answer = Answer(Source.GUESS, False, None, found["imap"], found["smtp"])
    shell.context().discovery_sources = lambda: [answer]
    with Effort() as log:
        wizard = open_from_main_window(shell, qtbot)
        page = wizard.page(PageId.EMAIL)
        type_text(qtbot, page.email, ALICE.address)  # type: ignore[attr-defined]
        type_text(qtbot, page.password, ALICE.password)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: wizard.button(NEXT).isEnabled(), timeout=WAIT)
        click(qtbot, wizard.button(NEXT))
        assert current(wizard) is PageId.SERVERS
        form = wizard.page(PageId.SERVERS)
        # Filled with the guesses and the password typed first: nothing left to type.
        assert form.imap.host.text() == "localhost"  # type: ignore[attr-defined]
        assert form.smtp.port.value() == postfix.tls_port  # type: ignore[attr-defined]
        assert form.password.text() == ALICE.password  # type: ignore[attr-defined]
        # One button confirms the servers shown and signs in: its label says both.
        confirm = wizard.button(NEXT)
        assert confirm.text() == (
            "Confirmer ces serveurs et se connecter"
            if language == "fr"
            else "Confirm these servers and sign in"
        )
        assert form.confirm_note.isVisible()  # type: ignore[attr-defined]
        assert (wizard.state.imap, wizard.state.password) == (None, ALICE.password)
        before = len(log.clicks)
        snap(wizard, language, "05d-wizard-guessed-servers")
        label = confirm.text()
        click(qtbot, confirm)
        assert log.clicks[before:] == [label]  # exactly one confirmation
        assert wizard.state.servers_confirmed
        finish(shell, qtbot, wizard)
    # The known provider's three clicks and exactly one more: the confirmation.
    within(log, clicks=4, typed=2)


def test_the_whole_route_with_the_keyboard_alone(
    shell: Shell, qtbot: QtBot, dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    found = servers(dovecot, postfix)
    answer = Answer(Source.ISPDB, True, "icloud", found["imap"], found["smtp"])
    shell.context().discovery_sources = lambda: [answer]

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    with Effort() as log:
        window = shell.main_window
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
        connect = window.mailbox_page.connect_button
        connect.setFocus()
        qtbot.keyClick(connect, Qt.Key.Key_Space)
        wizard = shell.wizard
        assert wizard is not None
        wizard.activateWindow()
        page = wizard.page(PageId.EMAIL)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.email, timeout=WAIT)  # type: ignore[attr-defined]
        qtbot.keyClicks(focused(), ALICE.address)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # looked up: on to the password
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.password, timeout=WAIT)  # type: ignore[attr-defined]
        qtbot.keyClicks(focused(), ALICE.password)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # "Sign in"
        qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # "Finish"
        qtbot.waitUntil(lambda: shell.wizard is None, timeout=WAIT)
    assert log.clicks == []
    assert log.typed_fields == 2
    assert shell.account is not None
