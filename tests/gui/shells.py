"""Shells for GUI tests: the real windows and services, on a config folder of the test's."""

from __future__ import annotations

import contextlib
import webbrowser
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from wink_desktop import wiring
from wink_desktop.app import context_of
from wink_desktop.core.models import Role
from wink_desktop.core.ports import SecretStore
from wink_desktop.services.records import AccountRecord, ProfileRecord
from wink_desktop.ui.context import AppContext
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.shell import Shell

#: The oauth.toml shipped with the app (real client ids; tests never reach the providers).
BUNDLED_OAUTH = Path(__file__).resolve().parents[2] / "resources" / "oauth.toml"


def make_shell(
    config: Path,
    role: Role | None = None,
    *,
    preload: bool = True,
    secrets: SecretStore | None = None,
    building: Callable[[], None] | None = None,
) -> Shell:
    """The app's shell, its account and profile in ``config``, discovery from the registry.

    Args:
        config: the configuration folder.
        role: instead of the profile's.
        preload: read the account and the profile and build the services here, before the
            test drives the windows (as the app's start-up does in workers); False leaves
            it all to :meth:`Shell.start`.
        secrets: instead of the system keyring.
        building: called when the services are built (on the building thread).
    """
    accounts = AccountRecord(wiring.account_store(config))
    profile = ProfileRecord(wiring.profile_source(config, role.value if role else None))
    if preload:
        profile.load_now()
        accounts.load_now()

    def context() -> AppContext:
        if building is not None:
            building()
        parts = wiring.parts(
            translate,
            accounts=accounts,
            profile=profile,
            secrets=secrets,
            sources=lambda: wiring.discovery_sources(["registry"]),
        )
        return context_of(parts, webbrowser.open)

    shell = Shell(accounts, profile, context, catalogue=wiring.catalogue)
    if preload:
        shell.context()
    return shell


@contextlib.contextmanager
def shown_shell(qtbot: QtBot, config: Path) -> Iterator[Shell]:
    """The app on ``config``, its main window shown; its wizard closed afterwards."""
    app_shell = make_shell(config)
    qtbot.addWidget(app_shell.main_window)
    app_shell.show()
    yield app_shell
    if app_shell.wizard is not None:
        app_shell.wizard.done(0)  # the shell lets go of it and deletes it
    QApplication.processEvents()
