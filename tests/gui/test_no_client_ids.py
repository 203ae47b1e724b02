"""A build without Google's or Microsoft's client id, as a recruiter meets it.

"Continue with Google" leads to Gmail with an app password (servers filled in, the note
with its links above the password), and the route works to the end against the suite's
Dovecot and Postfix; "Continue with Microsoft" says why it cannot, and every button a
message names is on the page that shows it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.plugin import ALICE
from tests.fixtures.postfix import PostfixServer
from wink_desktop.core.models import AuthMethod
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = pytest.mark.usefixtures("qloop")

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
WAIT = 30_000
APP_PASSWORDS = "https://myaccount.google.com/apppasswords"
TWO_STEP = "https://myaccount.google.com/signinoptions/twosv"
# “Button” in English, « Bouton » in French (a no-break space inside the guillemets).
NAMED = re.compile(r"“([^”]+)”|«\s*([^»]+?)\s*»")


def _from_settings(shell: Shell, qtbot: QtBot, choice: str) -> ConnectWizard:
    """Click a sign-in button of Settings → Boîte mail; the wizard it opens, shown."""
    settings = shell.open_settings()
    qtbot.mouseClick(
        settings.mailbox_tab.choice_buttons[choice],  # type: ignore[index]
        Qt.MouseButton.LeftButton,
    )
    wizard = shell.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard


def snap(widget: QWidget, language: str, name: str) -> None:
    QApplication.processEvents()
    folder = ARTIFACTS / language
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def shown_texts(page: QWidget) -> list[str]:
    """Every text the page shows (labels, banners included)."""
    return [
        label.text() for label in page.findChildren(QLabel) if label.isVisible() and label.text()
    ]


def buttons_named_missing(wizard: ConnectWizard, page: QWidget) -> list[str]:
    """The buttons the page's texts name (between quotes) that are not on the page."""
    labels = {
        button.text().replace("&", "").strip()
        for owner in (page, wizard)
        for button in owner.findChildren(QAbstractButton)
        if button.isVisible()
    }
    named = {a or b for text in shown_texts(page) for a, b in NAMED.findall(text.replace("&", ""))}
    return sorted(name for name in named if name not in labels)


def current(wizard: ConnectWizard) -> PageId:
    return PageId(wizard.currentId())


@pytest.mark.servers
@pytest.mark.keyring
@pytest.mark.usefixtures("keyring_env", "trust_test_ca")
def test_google_without_id_offers_gmail_with_an_app_password(
    no_ids_shell: Shell,
    qtbot: QtBot,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    language: str,
) -> None:
    wizard = _from_settings(no_ids_shell, qtbot, "google")
    # Straight to the password form: no browser page that could only fail.
    assert current(wizard) is PageId.SERVERS
    page = wizard.page(PageId.SERVERS)
    imap, smtp = page.imap, page.smtp  # type: ignore[attr-defined]
    assert (imap.host.text(), imap.port.value(), imap.security.currentData()) == (
        "imap.gmail.com",
        993,
        "ssl",
    )
    assert (smtp.host.text(), smtp.port.value(), smtp.security.currentData()) == (
        "smtp.gmail.com",
        465,
        "ssl",
    )
    # Bundled servers: nothing to vouch for.
    assert not page.confirm_note.isVisible()  # type: ignore[attr-defined]
    sign_in = wizard.button(QWizard.WizardButton.NextButton).text()
    assert sign_in == ("Se connecter" if language == "fr" else "Sign in")
    hint = page.hint  # type: ignore[attr-defined]
    assert hint.isVisible()
    note = " ".join(label.text() for label in hint.findChildren(QLabel))
    assert APP_PASSWORDS in note
    assert TWO_STEP in note
    assert re.search("mot de passe d.application" if language == "fr" else "app password", note)
    # Above the password field.
    assert (
        hint.mapTo(page, hint.rect().topLeft()).y()
        < page.password.mapTo(  # type: ignore[attr-defined]
            page,
            page.password.rect().topLeft(),  # type: ignore[attr-defined]
        ).y()
    )
    assert buttons_named_missing(wizard, page) == []
    snap(wizard, language, "05b-wizard-gmail-app-password")
    # The same route to the end, on the suite's servers standing in for Gmail's.
    page.email.setText(ALICE.address)  # type: ignore[attr-defined]
    page.password.setText(ALICE.password)  # type: ignore[attr-defined]
    imap.host.setText("localhost")
    imap.port.setValue(dovecot.tls_port)
    smtp.host.setText("localhost")
    smtp.port.setValue(postfix.tls_port)
    wizard.next()
    qtbot.waitUntil(lambda: current(wizard) is PageId.DONE, timeout=WAIT)
    account = no_ids_shell.context().mailbox.current()
    assert account is not None
    assert (account.provider, account.method, account.email) == (
        "google",
        AuthMethod.PASSWORD,
        ALICE.address,
    )


def test_microsoft_without_id_says_why_and_names_only_buttons_that_exist(
    no_ids_shell: Shell, qtbot: QtBot, language: str
) -> None:
    wizard = no_ids_shell.open_wizard(None)
    wizard.next()  # past the optional address
    assert current(wizard) is PageId.PROVIDER
    page = wizard.page(PageId.PROVIDER)
    button = wizard.findChild(QWidget, "continue_microsoft")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # It stays here, says why, and Next stays off.
    assert current(wizard) is PageId.PROVIDER
    hint = page.hint  # type: ignore[attr-defined]
    assert hint.isVisible()
    note = " ".join(label.text() for label in hint.findChildren(QLabel))
    assert re.match(
        "Microsoft n.accepte les applications de messagerie que par sa propre page"
        if language == "fr"
        else "Microsoft lets mail apps in only through its own sign-in page",
        note,
    )
    assert ("service informatique" if language == "fr" else "IT department") in note
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert buttons_named_missing(wizard, page) == []
    snap(wizard, language, "04b-wizard-microsoft-not-in-this-build")
    # Another provider still goes on.
    tile = wizard.findChild(QWidget, "provider_icloud")
    assert tile is not None
    page.view_all.setChecked(True)  # type: ignore[attr-defined]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert current(wizard) is PageId.SERVERS


def test_a_microsoft_address_typed_first_says_why_and_asks_no_password(
    no_ids_shell: Shell, qtbot: QtBot, language: str
) -> None:
    wizard = no_ids_shell.open_wizard(None)
    page = wizard.page(PageId.EMAIL)
    page.email.setText("manon.laurent@outlook.com")  # type: ignore[attr-defined]
    hint = page.hint  # type: ignore[attr-defined]
    qtbot.waitUntil(hint.isVisible, timeout=WAIT)
    note = " ".join(label.text() for label in hint.findChildren(QLabel))
    assert re.match(
        "Microsoft n.accepte les applications de messagerie que par sa propre page"
        if language == "fr"
        else "Microsoft lets mail apps in only through its own sign-in page",
        note,
    )
    # No password field Microsoft would refuse, and no button the page does not have.
    assert not page.password.isVisible()  # type: ignore[attr-defined]
    assert buttons_named_missing(wizard, page) == []
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.other_provider.isVisible()  # type: ignore[attr-defined]


def test_outlook_from_settings_opens_the_providers_with_the_reason(
    no_ids_shell: Shell, qtbot: QtBot, language: str
) -> None:
    del language
    wizard = _from_settings(no_ids_shell, qtbot, "microsoft")
    assert current(wizard) is PageId.PROVIDER
    page = wizard.page(PageId.PROVIDER)
    assert page.hint.isVisible()  # type: ignore[attr-defined]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert buttons_named_missing(wizard, page) == []


def test_the_button_check_catches_a_message_naming_a_missing_button(
    no_ids_shell: Shell, qtbot: QtBot, language: str
) -> None:
    # The check itself: the old message's “Another service” is on no wizard page.
    del language
    wizard = no_ids_shell.open_wizard(None)
    wizard.next()
    page = wizard.page(PageId.PROVIDER)
    page.hint.show_message("Connect with “Another service” instead.", "warning")  # type: ignore[attr-defined]
    qtbot.waitUntil(page.hint.isVisible)  # type: ignore[attr-defined]
    assert buttons_named_missing(wizard, page) == ["Another service"]
