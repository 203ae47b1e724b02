"""The wizard's new pages with the keyboard and a screen reader: no server needed.

Controls are found as a user finds them, by role and by the name a screen reader says
(never by object name): see :mod:`tests.gui.ui_objects` for the names support uses.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_wizard_offline import context
from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.models import Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.discovery import ScriptedSource
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.stores import MemorySecretStore
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = pytest.mark.usefixtures("qloop")

WAIT = 10_000
NAME = QAccessible.Text.Name
Role = QAccessible.Role


def _wizard(qtbot: QtBot, choice: str | None, *sources: ScriptedSource) -> ConnectWizard:
    ctx = context(
        MemorySecretStore(), ScriptedBrowser(), ScriptedOAuthClient(demo_config("google"))
    )
    ctx.discovery_sources = lambda: list(sources)
    wizard = ConnectWizard(ctx, None, choice)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=WAIT)
    return wizard


def _spoken(widget: QWidget) -> tuple[QAccessible.Role, str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.role(), interface.text(NAME)


def _find(root: QWidget, role: QAccessible.Role, name: str) -> QWidget:
    """The one visible control of ``role`` a screen reader calls ``name``."""
    found = [w for w in root.findChildren(QWidget) if w.isVisible() and _spoken(w) == (role, name)]
    assert len(found) == 1, f"no single visible {role} named {name!r}"
    return found[0]


def _named(root: QWidget, name: str) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and _spoken(w)[1] == name]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


ICLOUD_ANSWER = Discovered(
    "marie@icloud.com",
    Source.REGISTRY,
    True,
    ServerSettings("imap.mail.me.com", 993, Security.SSL),
    ServerSettings("smtp.mail.me.com", 587, Security.STARTTLS),
    "icloud",
)


def _words() -> dict[str, str]:
    """The names a screen reader says, in the installed language (the words lane owns them)."""
    return {
        "email": translate("EmailPage", "Email address"),
        "password": translate("EmailPage", "Password"),
        "show": translate("EmailPage", "Show the password"),
        "other": translate("EmailPage", "Choose another provider"),
        "imap": translate("ProviderPage", "Other (IMAP)"),
    }


def test_the_address_page_names_its_controls_and_shows_the_password_once_known(
    qtbot: QtBot, language: str
) -> None:
    del language
    words = _words()
    wizard = _wizard(qtbot, None, ScriptedSource(Source.REGISTRY, ICLOUD_ANSWER))
    page = wizard.page(PageId.EMAIL)
    address = _find(page, Role.EditableText, words["email"])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is address, timeout=WAIT)
    assert not _named(page, words["password"])  # not before the provider is known
    qtbot.keyClicks(address, "marie@icloud.com")
    qtbot.waitUntil(lambda: bool(_named(page, words["password"])), timeout=WAIT)
    password = _find(page, Role.EditableText, words["password"])
    _find(page, Role.CheckBox, words["show"])
    _find(page, Role.Button, words["other"])
    # Tab goes from the address to the password (the clear button is no Tab stop).
    address.setFocus()
    qtbot.keyClick(address, Qt.Key.Key_Tab)
    assert _focused() is password
    wizard.done(0)


def test_choose_another_provider_opens_the_list_and_back_returns(
    qtbot: QtBot, language: str
) -> None:
    del language
    words = _words()
    wizard = _wizard(qtbot, None, ScriptedSource(Source.REGISTRY, ICLOUD_ANSWER))
    page = wizard.page(PageId.EMAIL)
    qtbot.keyClicks(_find(page, Role.EditableText, words["email"]), "marie@icloud.com")
    other = _find(page, Role.Button, words["other"])
    qtbot.waitUntil(lambda: wizard.state.provider is not None, timeout=WAIT)
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Space)
    assert PageId(wizard.currentId()) is PageId.PROVIDER
    wizard.back()
    assert PageId(wizard.currentId()) is PageId.EMAIL
    assert wizard.flow.next_step(PageId.EMAIL) is PageId.TEST  # its own route again
    wizard.done(0)


def test_the_provider_grid_is_one_tab_stop_walked_with_the_arrow_keys(
    qtbot: QtBot, language: str
) -> None:
    del language
    words = _words()
    wizard = _wizard(qtbot, "other")
    page = wizard.page(PageId.PROVIDER)
    tiles = [
        w for w in page.findChildren(QToolButton) if w.isVisible() and w.property("class") == "tile"
    ]
    assert len(tiles) > 10
    # Tab reaches the grid in a few steps (not one per tile) and leaves it in one.
    page.view_all.setFocus()  # type: ignore[attr-defined] # the control before the grid
    tabs = 0
    while _focused() not in tiles:
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        tabs += 1
        assert tabs <= 6, "the grid cannot be reached with Tab"
    entered = _focused()
    qtbot.keyClick(entered, Qt.Key.Key_Tab)
    assert _focused() not in tiles
    qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)
    assert _focused() is entered
    # The arrows walk the grid; "Other (IMAP)" is the last tile.
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)
    assert _focused() is tiles[1]
    qtbot.keyClick(_focused(), Qt.Key.Key_Left)
    assert _focused() is tiles[0]
    qtbot.keyClick(_focused(), Qt.Key.Key_Left)  # at the edge: stays in the grid
    assert _focused() is tiles[0]
    presses = 0
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
        for _ in range(len(tiles)):
            before = _focused()
            qtbot.keyClick(before, key)
            presses += 1
            if _focused() is before:
                break
    imap = _find(page, Role.Button, words["imap"])
    assert _focused() is imap, _spoken(_focused())
    assert presses <= 12
    qtbot.keyClick(imap, Qt.Key.Key_Return)  # Return chooses the tile, not the wizard's Next
    assert PageId(wizard.currentId()) is PageId.SERVERS
    wizard.done(0)


def test_return_on_a_google_address_goes_to_its_button_then_to_the_browser(
    qtbot: QtBot, language: str
) -> None:
    del language
    wizard = _wizard(qtbot, None)
    page = wizard.page(PageId.EMAIL)
    address = _find(page, Role.EditableText, _words()["email"])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is address, timeout=WAIT)
    qtbot.keyClicks(address, "paul@gmail.com")
    qtbot.keyClick(address, Qt.Key.Key_Return)  # looked up at once, no waiting for a pause
    button = translate("Providers", "Continue with Google")
    qtbot.waitUntil(lambda: _spoken(_focused()) == (Role.Button, button), timeout=WAIT)
    assert not _named(page, _words()["password"])
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert PageId(wizard.currentId()) is PageId.BROWSER
    wizard.done(0)


def test_a_google_address_has_one_button_for_its_one_action(qtbot: QtBot, language: str) -> None:
    del language
    wizard = _wizard(qtbot, None)
    page = wizard.page(PageId.EMAIL)
    next_button = wizard.button(ConnectWizard.WizardButton.NextButton)
    address = _find(page, Role.EditableText, _words()["email"])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is address, timeout=WAIT)
    assert next_button.isVisible()  # no address yet: Next opens the list of providers
    qtbot.keyClicks(address, "paul@gmail.com")
    continue_with = translate("Providers", "Continue with Google")
    qtbot.waitUntil(lambda: bool(_named(page, continue_with)), timeout=WAIT)
    # "Continue with Google" is the page's action: no "Next" beside it doing the same.
    assert not next_button.isVisible()
    actions = [
        w
        for w in wizard.findChildren(QPushButton)
        if w.isVisible() and w.isEnabled() and w.text() not in {continue_with, _words()["other"]}
    ]
    assert [_spoken(w)[1] for w in actions] == [
        wizard.buttonText(ConnectWizard.WizardButton.CancelButton).replace("&", "")
    ]
    # Another address: the password, and Next is back.
    address.setFocus()
    qtbot.keyClick(address, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(address, "lea@agence.test")
    qtbot.waitUntil(lambda: bool(_named(page, _words()["password"])), timeout=WAIT)
    assert next_button.isVisible()
    # Back to Google's: Return in the address is "Continue with Google", straight on.
    qtbot.keyClick(address, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(address, "paul@gmail.com")
    qtbot.waitUntil(lambda: bool(_named(page, continue_with)), timeout=WAIT)
    assert not next_button.isVisible()
    qtbot.keyClick(address, Qt.Key.Key_Return)
    assert PageId(wizard.currentId()) is PageId.BROWSER
    assert next_button.isVisible()  # the wizard's own buttons are whole again
    wizard.done(0)
