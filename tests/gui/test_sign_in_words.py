""" "Wink never sees your password" is said only of the browser sign-ins the build has.

A build made without Google's client id signs in to Gmail with an app password, which Wink
does see: the provider page and Settings must then say something else that is true.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.shells import make_shell
from tests.gui.test_wizard import snap
from tests.gui.test_wizard_offline import context
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.stores import MemorySecretStore
from wink_desktop.providers.registry import CATALOGUE
from wink_desktop.ui.settings_window import SettingsWindow
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = pytest.mark.usefixtures("qloop")

NEVER = {"fr": "ne voit jamais", "en": "never sees"}
BRANDS = {"google": "Google", "microsoft": "Microsoft"}


def _texts(qtbot: QtBot, configured: tuple[str, ...]) -> tuple[str, str]:
    """The provider page's subtitle and Settings' intro, with ids for ``configured`` only."""
    clients = {
        provider: ScriptedOAuthClient(demo_config(provider, configured=provider in configured))
        for provider in BRANDS
    }
    ctx = context(MemorySecretStore(), ScriptedBrowser(), clients["google"])
    ctx = dataclasses.replace(ctx, oauth_clients=clients)
    wizard = ConnectWizard(ctx, None, "other")
    qtbot.addWidget(wizard)
    settings = SettingsWindow(CATALOGUE)
    qtbot.addWidget(settings)
    settings.show_sign_ins(ctx)
    return wizard.page(PageId.PROVIDER).subTitle(), settings.mailbox_tab.intro.text()


@pytest.mark.parametrize("configured", [(), ("google",), ("microsoft",), ("google", "microsoft")])
def test_never_sees_your_password_only_of_the_sign_ins_this_build_has(
    qtbot: QtBot, language: str, configured: tuple[str, ...]
) -> None:
    for text in _texts(qtbot, configured):
        assert (NEVER[language] in text) == bool(configured), text
        for provider, brand in BRANDS.items():
            assert (brand in text) == (provider in configured), text


def test_a_build_without_ids_claims_nothing_of_a_sign_in_it_lacks(
    no_ids_shell: Shell, qtbot: QtBot, language: str
) -> None:
    settings = no_ids_shell.open_settings()
    intro = settings.mailbox_tab.intro
    qtbot.waitUntil(intro.isVisible)
    assert NEVER[language] not in intro.text()
    snap(settings, language, "09c-settings-without-client-ids")
    wizard = no_ids_shell.open_wizard("other")
    qtbot.waitExposed(wizard)
    assert PageId(wizard.currentId()) is PageId.PROVIDER
    subtitle = wizard.page(PageId.PROVIDER).subTitle()
    assert NEVER[language] not in subtitle
    assert "Google" not in subtitle
    snap(wizard, language, "04c-wizard-providers-without-client-ids")


@pytest.mark.servers
def test_a_build_with_both_ids_says_so_in_settings(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, oauth_toml: Path, language: str
) -> None:
    del oauth_toml  # Google and Microsoft configured (the suite's authorisation server)
    monkeypatch.setenv("WINK_CONFIG_DIR", str(tmp_path / "config"))
    shell = make_shell(tmp_path / "config")
    qtbot.addWidget(shell.main_window)
    shell.show()
    text = shell.open_settings().mailbox_tab.intro.text()
    assert NEVER[language] in text
    assert "Google" in text
    assert "Microsoft" in text
