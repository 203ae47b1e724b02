"""The wizard on the demo fakes: no mail server, no keyring, no browser.

What the real-server suite cannot show cheaply: which thread touches the keyring, files
and sockets while the user clicks through the wizard, and what the wizard shows when the
sign-in fails in a way nobody planned for.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.gui_thread import GuardedSecrets, GuiThreadWatch
from wink_desktop.core.account import UserProfile
from wink_desktop.core.checks import Protocol
from wink_desktop.core.errors import WinkError
from wink_desktop.core.models import Role
from wink_desktop.core.oauth import AuthorizationRequest, TokenGrant
from wink_desktop.core.ports import SecretStore
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.probes import ScriptedProbe
from wink_desktop.demo.stores import MemoryAccountStore, MemorySecretStore
from wink_desktop.providers.registry import CATALOGUE
from wink_desktop.services.mailbox import Mailbox
from wink_desktop.ui.context import AppContext
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = pytest.mark.usefixtures("qloop")

WAIT = 10_000
PASSWORD = "Marie-App-Pass-1"


class _Profile:
    def current(self) -> UserProfile:
        return UserProfile("Marie", Role.ADMIN)


class _NoInbox:
    def latest(self, *args: Any, **kwargs: Any) -> list[Any]:
        del args, kwargs
        msg = "the wizard reads no inbox"
        raise AssertionError(msg)


class BrokenExchange(ScriptedOAuthClient):
    """A client that fails in a way no one planned (a bad configuration, a library bug)."""

    def exchange(self, request: AuthorizationRequest, params: dict[str, str]) -> TokenGrant:
        del request, params
        msg = "token_uri is not a URL"
        raise ValueError(msg)


def context(
    secrets: SecretStore, browser: ScriptedBrowser, client: ScriptedOAuthClient
) -> AppContext:
    probes = {p: ScriptedProbe(p, password=PASSWORD) for p in Protocol}
    clients = {"google": client}
    return AppContext(
        mailbox=Mailbox(MemoryAccountStore(), secrets, probes, clients),
        profile=_Profile(),
        discovery_sources=list,
        oauth_clients=clients,
        receiver=browser.receiver,
        open_browser=browser.open,
        inbox=_NoInbox(),
        catalogue=CATALOGUE,
    )


def test_the_wizard_touches_no_keyring_file_or_socket_on_the_gui_thread(qtbot: QtBot) -> None:
    watch = GuiThreadWatch(None)  # in-memory stores: no file at all is the wizard's business
    store = MemorySecretStore()
    browser = ScriptedBrowser()
    with watch.recording():
        wizard = ConnectWizard(
            context(
                GuardedSecrets(store, watch),
                browser,
                ScriptedOAuthClient(demo_config("google")),
            ),
            None,
            "other",
        )
        qtbot.addWidget(wizard)
        wizard.show()
        icloud = wizard.findChild(QWidget, "provider_icloud")
        qtbot.mouseClick(icloud, Qt.MouseButton.LeftButton)
        page = wizard.page(PageId.SERVERS)
        page.email.setText("marie@icloud.com")  # type: ignore[attr-defined]
        page.password.setText(PASSWORD)  # type: ignore[attr-defined]
        wizard.next()
        qtbot.waitUntil(lambda: PageId(wizard.currentId()) is PageId.DONE, timeout=WAIT)
    assert store.secrets == {"password:marie@icloud.com": PASSWORD}
    assert watch.calls == []
    wizard.done(0)


def test_a_sign_in_failure_nobody_planned_for_is_shown_not_left_waiting(qtbot: QtBot) -> None:
    browser = ScriptedBrowser(account="paul@gmail.com")
    client = BrokenExchange(demo_config("google"))
    wizard = ConnectWizard(context(MemorySecretStore(), browser, client), None, "google")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.page(PageId.BROWSER)
    qtbot.waitUntil(lambda: not page.banner.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]
    assert WinkError.message in page.banner.text()  # type: ignore[attr-defined]
    assert page.retry.isVisible()  # type: ignore[attr-defined]
    assert page.status.text() == ""  # type: ignore[attr-defined] # no longer "Waiting…"
    assert "token_uri" not in page.banner.text()  # type: ignore[attr-defined]
    wizard.done(0)
