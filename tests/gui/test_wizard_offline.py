"""The wizard on the demo fakes: no mail server, no keyring, no browser.

What the real-server suite cannot show cheaply: which thread touches the keyring, files
and sockets while the user clicks through the wizard, and what the wizard shows when the
sign-in fails in a way nobody planned for.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from wink_desktop.core.account import UserProfile
from wink_desktop.core.checks import Protocol
from wink_desktop.core.errors import WinkError
from wink_desktop.core.models import Role
from wink_desktop.core.oauth import AuthorizationRequest, TokenGrant
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


class ThreadedSecrets(MemorySecretStore):
    """Remembers whether each keyring call ran on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.on_gui_thread: list[str] = []

    def _check(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_gui_thread.append(sys._getframe(1).f_code.co_name)
        super()._check()


class BrokenExchange(ScriptedOAuthClient):
    """A client that fails in a way no one planned (a bad configuration, a library bug)."""

    def exchange(self, request: AuthorizationRequest, params: dict[str, str]) -> TokenGrant:
        del request, params
        msg = "token_uri is not a URL"
        raise ValueError(msg)


def context(
    secrets: MemorySecretStore, browser: ScriptedBrowser, client: ScriptedOAuthClient
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


@pytest.fixture
def gui_thread_io() -> Iterator[list[tuple[str, str]]]:
    """File and socket calls made on the GUI thread while the test runs (audit hooks)."""
    seen: list[tuple[str, str]] = []
    active = [True]

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if not active[0] or threading.current_thread() is not threading.main_thread():
            return
        if event == "open":
            path = str(args[0])
            if not path.endswith((".py", ".pyc", ".so")):  # imports are not the wizard's
                seen.append((event, path))
        elif event.startswith("socket.") and event != "socket.__new__":
            seen.append((event, repr(args[1:2])))

    sys.addaudithook(hook)  # hooks cannot be removed: this one goes quiet after the test
    yield seen
    active[0] = False


def test_the_wizard_touches_no_keyring_file_or_socket_on_the_gui_thread(
    qtbot: QtBot, gui_thread_io: list[tuple[str, str]]
) -> None:
    secrets = ThreadedSecrets()
    browser = ScriptedBrowser()
    wizard = ConnectWizard(
        context(secrets, browser, ScriptedOAuthClient(demo_config("google"))), None, "other"
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.findChild(QWidget, "provider_icloud"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    page.email.setText("marie@icloud.com")  # type: ignore[attr-defined]
    page.password.setText(PASSWORD)  # type: ignore[attr-defined]
    wizard.next()
    qtbot.waitUntil(lambda: PageId(wizard.currentId()) is PageId.DONE, timeout=WAIT)
    assert secrets.secrets == {"password:marie@icloud.com": PASSWORD}
    assert secrets.on_gui_thread == []
    assert gui_thread_io == []
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
