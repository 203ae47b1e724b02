"""Defects the support kit's pictures showed, each as a recruiter would see it.

The identity-mismatch page cut "Sign in as …" off, the confirmations were drawn in a
narrow column that wrapped their question, a Google Workspace address was said to be
"Gmail"'s, and "About" spread its lines over twice the height they need. The screens
are opened on the support kit's demo fakes (no network).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from wink_desktop.core.models import ConnectionState
from wink_desktop.demo.oauth import ScriptedBrowser
from wink_desktop.ui.dialogs import PlaintextDialog
from wink_desktop.ui.support import drive_windows, world
from wink_desktop.ui.support.stage import Stage
from wink_desktop.ui.support.world import Script
from wink_desktop.ui.wizard import ConnectWizard, PageId
from wink_desktop.wiring import catalogue

pytestmark = pytest.mark.usefixtures("qloop")

WAIT = 10_000


@pytest.fixture
def stage() -> Iterator[Stage]:
    scene = Stage(catalogue())
    yield scene
    scene.close()
    QApplication.processEvents()


def one_line(label: QLabel) -> bool:
    """Whether the wrapped label is as tall as its text unwrapped."""
    return label.heightForWidth(label.width()) == label.heightForWidth(10_000)


def test_signing_in_with_another_account_shows_the_whole_sign_in_as_button(
    stage: Stage, qtbot: QtBot, language: str
) -> None:
    del language
    saved = world.account(ConnectionState.NEEDS_RECONNECTION, oauth="google")
    other = ScriptedBrowser(account=world.OTHER_WORKSPACE_EMAIL)
    wizard = ConnectWizard(world.context(stage.catalogue, Script(browser=other)), None, None, saved)
    stage.later(wizard.deleteLater)
    stage.later(lambda: wizard.done(0))
    wizard.show()
    page = wizard.page(PageId.BROWSER)
    use_other = page.findChild(QPushButton, "use_signed_in_account")
    assert use_other is not None
    qtbot.waitUntil(use_other.isVisible, timeout=WAIT)
    QApplication.processEvents()
    retry = page.findChild(QPushButton, "browser_retry")
    assert retry is not None
    assert retry.isVisible()
    assert world.WORKSPACE_EMAIL in retry.text()
    # Qt draws a button narrower than its text with the text cut at both ends.
    assert retry.width() >= retry.sizeHint().width(), (retry.width(), retry.sizeHint())


@pytest.mark.parametrize("name", ["disconnect_dialog", "replace_dialog"])
def test_a_confirmation_asks_its_question_on_one_line(
    stage: Stage, qtbot: QtBot, language: str, name: str
) -> None:
    del language
    app_shell = drive_windows.shell(stage, world.account())
    if name == "disconnect_dialog":
        app_shell.open_settings()
        app_shell.confirm_disconnect()
    else:
        app_shell.start_connect(None)
    dialog = app_shell.main_window.findChild(QDialog, name)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    QApplication.processEvents()
    heading = dialog.findChildren(QLabel)[0]
    assert heading.text() == dialog.windowTitle()
    assert one_line(heading), (heading.text(), heading.size())


def test_a_google_workspace_address_is_said_to_be_googles(
    stage: Stage, qtbot: QtBot, language: str
) -> None:
    del language
    wizard = ConnectWizard(world.context(stage.catalogue, Script()), None, None, None)
    stage.later(wizard.deleteLater)
    stage.later(lambda: wizard.done(0))
    wizard.show()
    page = wizard.page(PageId.EMAIL)
    page.email.setText(world.WORKSPACE_EMAIL)  # type: ignore[attr-defined]
    button = page.oauth_buttons["google"]  # type: ignore[attr-defined]
    qtbot.waitUntil(button.isVisible, timeout=WAIT)
    feedback = page.feedback.text()  # type: ignore[attr-defined]
    assert feedback.startswith("Google ")
    assert "Gmail" not in feedback


def test_about_shows_its_lines_one_after_the_other(
    stage: Stage, qtbot: QtBot, language: str
) -> None:
    del language
    app_shell = drive_windows.shell(stage, world.account())
    dialog = app_shell.open_settings().open_about()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    dialog.show_sign_in(["Google", "Microsoft"], [])  # type: ignore[attr-defined]
    QApplication.processEvents()
    layout = dialog.layout()
    # Consecutive lines, not spread over a window twice as tall as they need.
    needed = layout.totalHeightForWidth(dialog.width())
    assert dialog.height() <= needed, (dialog.height(), needed)


def test_the_unencrypted_connection_question_is_on_one_line(qtbot: QtBot, language: str) -> None:
    del language
    dialog = PlaintextDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    QApplication.processEvents()
    heading = dialog.findChildren(QLabel)[0]
    assert one_line(heading), (heading.text(), heading.size())
