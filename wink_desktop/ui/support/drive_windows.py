"""The main window, Settings, "About" and the confirmations, brought to a picture's state.

The wizard's pages are :mod:`~wink_desktop.ui.support.drive`'s business; this module opens
the windows around it, on the demo fakes, through their object names and public methods.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from wink_desktop.core.account import MailAccount
from wink_desktop.core.models import ConnectionState, Role
from wink_desktop.demo.stores import MemoryAccountStore
from wink_desktop.services.records import AccountRecord, ProfileRecord
from wink_desktop.ui.context import AppContext
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.settings_window import SettingsWindow
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.support import world
from wink_desktop.ui.support.stage import Stage, child
from wink_desktop.ui.support.world import Script


def shell(stage: Stage, account: MailAccount | None = None, role: Role = Role.ADMIN) -> Shell:
    """The main window over a saved ``account`` (in memory) for a user with ``role``."""
    accounts = AccountRecord(MemoryAccountStore(account))
    accounts.load_now()
    profile = ProfileRecord(world.profile(role))
    profile.load_now()
    # No services: nothing checks the account (its dates stay as written) or reads mail.
    app_shell = Shell(accounts, profile, None, catalogue=lambda: stage.catalogue)
    app_shell.show()
    window = app_shell.main_window
    stage.later(window.deleteLater)
    stage.later(window.close)
    return app_shell


async def main_window(
    stage: Stage,
    state: ConnectionState | None,
    role: Role = Role.ADMIN,
    *,
    messages: bool = False,
) -> QWidget:
    """The main window: not connected (``state`` None) or connected in ``state``."""
    app_shell = shell(stage, world.account(state) if state else None, role)
    if messages:
        app_shell.main_window.mailbox_page.show_messages(list(world.MESSAGES))
    await stage.settle()
    return app_shell.main_window


def _settings(stage: Stage, state: ConnectionState | None, role: Role) -> SettingsWindow:
    app_shell = shell(stage, world.account(state) if state else None, role)
    window = app_shell.open_settings()
    context = world.context(stage.catalogue, Script())

    async def services() -> AppContext:
        return context

    # The demo services rather than none: "About" then names this build's sign-ins.
    window.bind(services, app_shell.tasks)
    # As the app enables it once the saved choice is read (off by default).
    window.start_with_session.setEnabled(True)
    return window


async def settings(
    stage: Stage,
    state: ConnectionState | None,
    role: Role = Role.ADMIN,
    *,
    start_with_session: bool = False,
) -> QWidget:
    """Settings → Mailbox (with "Start Wink when I log in" ticked, if asked)."""
    window = _settings(stage, state, role)
    window.start_with_session.setChecked(start_with_session)
    await stage.settle()
    return window


async def about(stage: Stage) -> QWidget:
    """The “About Wink Desktop” dialog, for a build with both browser sign-ins."""
    window = _settings(stage, ConnectionState.CONNECTED, Role.ADMIN)
    dialog = window.open_about()
    sign_in = child(dialog, QLabel, "about_sign_in")
    checking = translate("AboutDialog", "Sign-in: checking…")
    await stage.until(lambda: dialog.isVisible() and sign_in.text() != checking, "about")
    return dialog


async def confirmation(stage: Stage, name: str) -> QWidget:
    """The disconnect (``disconnect_dialog``) or replace (``replace_dialog``) question."""
    app_shell = shell(stage, world.account())
    if name == "disconnect_dialog":
        app_shell.open_settings()
        app_shell.confirm_disconnect()
    else:
        app_shell.start_connect(None)
    dialog = child(app_shell.main_window, QDialog, name)
    await stage.until(dialog.isVisible, name)
    return dialog
