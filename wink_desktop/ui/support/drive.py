"""How each screen is brought to the state a picture shows: the one page-specific module.

The scenes (:mod:`~wink_desktop.ui.support.scenes`) name what to show; the functions here
open the windows on the demo fakes and click through them, mostly through the flow, the
object names of ``docs/ui-objects.md`` and the pages' public fields. When a wizard page
changes, this file is the one to adapt.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QProgressBar, QWidget

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import Problem, ProblemCode, Protocol, ServerReport
from wink_desktop.core.checks import Step as ProbeStep
from wink_desktop.core.models import ConnectionState, Role
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.demo.oauth import ScriptedBrowser
from wink_desktop.demo.stores import MemoryAccountStore
from wink_desktop.services.connect_flow import Step
from wink_desktop.services.delivery import DeliveryResult
from wink_desktop.services.records import AccountRecord, ProfileRecord
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.support import world
from wink_desktop.ui.support.world import Script
from wink_desktop.ui.wizard import ConnectWizard

W = TypeVar("W", bound=QWidget)

#: How many steps each scripted server shows when it passes.
IMAP_STEPS, SMTP_STEPS = 5, 6
#: The incoming server's steps done while it waits for the greeting (resolve, connect, TLS).
IMAP_WAITING = 3
#: Where the busy bar's moving chunk is drawn (percent), frozen for the pictures.
BUSY_FRAME = 40
#: The longest any screen may take to reach its state (the fakes answer at once).
SCENE_LIMIT = 10.0


class SceneError(RuntimeError):
    """A screen did not reach the state its picture shows."""


class Stage:
    """Where one scene is set up: the catalogue, and what to undo once it is drawn.

    Args:
        catalogue: the providers and browser sign-ins (from the composition root).
    """

    def __init__(self, catalogue: ProviderCatalogue) -> None:
        self.catalogue = catalogue
        self._undo: list[Callable[[], object]] = []

    def later(self, action: Callable[[], object]) -> None:
        """Run ``action`` when the scene is over (last registered, first run)."""
        self._undo.append(action)

    async def until(self, ready: Callable[[], bool], what: str) -> None:
        """Let the event loop run until ``ready()`` (a bounded wait, not a timing)."""
        deadline = time.monotonic() + SCENE_LIMIT
        while not ready():
            if time.monotonic() > deadline:
                raise SceneError(what)
            await asyncio.sleep(0.005)
        await self.settle()

    async def settle(self) -> None:
        """Let pending layouts, polish and queued calls run before the picture.

        By awaiting, never with ``processEvents()``: that would run the loop's other tasks
        inside this one, which asyncio refuses.
        """
        for _ in range(3):
            await asyncio.sleep(0.01)

    def close(self) -> None:
        """Undo the scene: close its windows, open its gates."""
        while self._undo:
            self._undo.pop()()


def child(parent: QWidget, kind: type[W], name: str) -> W:
    """The child called ``name`` (its object name); a missing one is a SceneError."""
    found = parent.findChild(kind, name)
    if found is None:
        raise SceneError(name)
    return found


# -- the main window and Settings ------------------------------------------------------------


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


async def settings(stage: Stage, state: ConnectionState | None, role: Role = Role.ADMIN) -> QWidget:
    """Settings → Mailbox."""
    app_shell = shell(stage, world.account(state) if state else None, role)
    window = app_shell.open_settings()
    await stage.settle()
    return window


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


# -- the wizard ---------------------------------------------------------------------------------


def wizard(
    stage: Stage,
    script: Script | None = None,
    start: str | None = None,
    reconnect: MailAccount | None = None,
) -> ConnectWizard:
    """The wizard on the demo fakes, opened at ``start`` (or reconnecting)."""
    script = script or Script()
    if script.save_gate is not None:
        # After the wizard closed: the worker storing the password ends, to no one.
        stage.later(script.save_gate.set)
    window = ConnectWizard(world.context(stage.catalogue, script), None, start, reconnect)
    stage.later(window.deleteLater)
    stage.later(lambda: window.done(0))  # cancels the test: a gated probe then ends
    window.show()
    return window


async def wizard_page(stage: Stage, start: str | None = None) -> QWidget:
    """The wizard as it opens (at the address, or at ``start``)."""
    window = wizard(stage, None, start)
    await stage.settle()
    return window


def at(window: ConnectWizard, step: Step) -> Callable[[], bool]:
    """Whether the wizard shows ``step``."""
    return lambda: window.currentId() == int(step)


def click(window: QWidget, name: str) -> None:
    """Click the button called ``name``."""
    child(window, QAbstractButton, name).click()


async def address(stage: Stage, email: str, script: Script | None = None) -> ConnectWizard:
    """The address page, ``email`` typed, once the lookup said what it found."""
    window = wizard(stage, script)
    page = window.page(Step.EMAIL)
    page.email.setText(email)  # type: ignore[attr-defined]
    looking = translate("EmailPage", "Looking for your provider's settings…")
    feedback = page.feedback  # type: ignore[attr-defined]
    await stage.until(lambda: feedback.text() not in {"", looking}, "lookup")
    return window


async def recommended(stage: Stage) -> QWidget:
    """The provider page after a Google Workspace address: "Continue with Google" first."""
    window = await address(stage, world.WORKSPACE_EMAIL)
    window.next()
    await stage.until(at(window, Step.PROVIDER), "provider page")
    return window


async def chosen(
    stage: Stage, choice: str, email: str = "", script: Script | None = None
) -> ConnectWizard:
    """The provider ``choice`` picked among all providers (after ``email``, if given)."""
    if email:
        window = wizard(stage, script)
        window.page(Step.EMAIL).email.setText(email)  # type: ignore[attr-defined]
        # The flow's lookup at once, rather than after the page's typing pause: this
        # picture is not of the address page.
        await window.flow.look_up(email)
        window.next()
    else:
        window = wizard(stage, script, "other")
    await stage.until(at(window, Step.PROVIDER), "provider page")
    click(window, f"provider_{choice}")
    await stage.until(at(window, Step.SERVERS), "server form")
    return window


def fill(window: ConnectWizard, email: str, password: str = world.DEMO_PASSWORD) -> None:
    """Type the address and the password on the server form."""
    page = window.page(Step.SERVERS)
    page.email.setText(email)  # type: ignore[attr-defined]
    page.password.setText(password)  # type: ignore[attr-defined]


async def field_errors(stage: Stage) -> QWidget:
    """The server form with a host name that cannot be one."""
    window = await chosen(stage, "imap")
    fill(window, world.EMAIL)
    page = window.page(Step.SERVERS)
    page.imap.host.setText("imap atelier-talents")  # type: ignore[attr-defined]
    page.smtp.host.setText(f"smtp.{world.DOMAIN}")  # type: ignore[attr-defined]
    page.completeChanged.emit()  # as typing would
    error = page.error  # type: ignore[attr-defined]
    await stage.until(lambda: bool(error.text()), "field error")
    return window


async def run_test(stage: Stage, script: Script, imap_host: str = "") -> ConnectWizard:
    """The test page for the agency's OVHcloud mailbox (or its own ``imap_host``), started."""
    window = await chosen(stage, "ovh", world.EMAIL, script)
    fill(window, world.EMAIL)
    if imap_host:
        window.page(Step.SERVERS).imap.host.setText(imap_host)  # type: ignore[attr-defined]
    window.next()
    await stage.until(at(window, Step.TEST), "test page")
    return window


async def running_check(stage: Stage) -> QWidget:
    """Outgoing done, incoming waiting for the server's greeting."""
    window = await run_test(stage, Script(gate=threading.Event()))
    imap = child(window, QWidget, "test_steps_imap")
    smtp = child(window, QWidget, "test_steps_smtp")
    await stage.until(
        lambda: imap.count() == IMAP_WAITING and smtp.count() == SMTP_STEPS,  # type: ignore[attr-defined]
        "steps so far",
    )
    return await still(stage, window)


async def passed_check(stage: Stage) -> QWidget:
    """Both servers passed (the password is being stored)."""
    window = await run_test(stage, Script(save_gate=threading.Event()))
    imap = child(window, QWidget, "test_steps_imap")
    smtp = child(window, QWidget, "test_steps_smtp")
    await stage.until(
        lambda: imap.count() == IMAP_STEPS and smtp.count() == SMTP_STEPS,  # type: ignore[attr-defined]
        "all steps",
    )
    return await still(stage, window)


async def still(stage: Stage, window: ConnectWizard) -> ConnectWizard:
    """The test page's busy bar and clock stopped on one frame, the same at every run.

    An indeterminate bar is drawn where its animation happens to be, and the clock counts
    real seconds: the picture shows them as they are a moment after a step started.
    """
    busy = child(window, QProgressBar, "test_busy")
    busy.setRange(0, 100)
    busy.setValue(BUSY_FRAME)
    elapsed = child(window, QLabel, "test_elapsed")
    for timer in window.page(Step.TEST).findChildren(QTimer):
        timer.stop()
    elapsed.setText(translate("TestPage", "Current step: {seconds} s").format(seconds=0))
    await stage.settle()
    return window


async def failed_with(stage: Stage, script: Script) -> ConnectWizard:
    """The test page once a server (or the keyring) failed."""
    certificate = script.imap_problem and script.imap_problem.certificate
    window = await run_test(stage, script, certificate.subject if certificate else "")
    banner = child(window, QWidget, "test_problem")
    await stage.until(banner.isVisible, "test failure")
    return window


async def failed_check(
    stage: Stage, problem: Problem, fail_at: ProbeStep, *, smtp_too: bool = False
) -> QWidget:
    """The incoming server (and the outgoing one too) fails with ``problem`` at ``fail_at``."""
    script = Script(imap_problem=problem, fail_at=fail_at, smtp_too=smtp_too)
    return await failed_with(stage, script)


async def dialog_from_test(
    stage: Stage, problem: Problem, fail_at: ProbeStep, button: str
) -> QWidget:
    """The dialog a button of the failed test opens (certificate, unencrypted)."""
    window = await failed_with(stage, Script(imap_problem=problem, fail_at=fail_at))
    click(window, button)
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    if not dialogs:
        raise SceneError(button)
    await stage.settle()
    return dialogs[0]


async def browser(
    stage: Stage,
    provider: str,
    browser_script: ScriptedBrowser,
    ready: str,
    reconnect: MailAccount | None = None,
) -> QWidget:
    """The browser sign-in page once the child called ``ready`` shows."""
    window = wizard(stage, Script(browser=browser_script), provider, reconnect)
    target = child(window, QWidget, ready)
    await stage.until(lambda: target.isVisible() and target.isEnabled(), f"browser page ({ready})")
    return window


async def browser_waiting(stage: Stage) -> QWidget:
    """Waiting for the user in the browser (the link ready to copy)."""
    return await browser(stage, "google", ScriptedBrowser(gate=asyncio.Event()), "copy_link")


async def browser_denied(stage: Stage) -> QWidget:
    """The user refused access in the browser."""
    return await browser(stage, "google", ScriptedBrowser(error="access_denied"), "browser_problem")


async def admin_approval(stage: Stage) -> QWidget:
    """Microsoft 365: the organisation's administrator must approve Wink first."""
    refused = ScriptedBrowser(error="invalid_request", description="AADSTS65001: admin consent")
    return await browser(stage, "microsoft", refused, "browser_problem")


async def identity_mismatch(stage: Stage) -> QWidget:
    """Reconnecting one account, signed in with another."""
    saved = world.account(ConnectionState.NEEDS_RECONNECTION, oauth="google")
    other = ScriptedBrowser(account=world.OTHER_WORKSPACE_EMAIL)
    return await browser(stage, "", other, "use_signed_in_account", saved)


async def reconnect_password(stage: Stage) -> QWidget:
    """Reconnecting a password account: only the password to type."""
    window = wizard(stage, reconnect=world.account(ConnectionState.NEEDS_RECONNECTION))
    await stage.until(at(window, Step.SERVERS), "server form")
    return window


async def done(stage: Stage, *, received: bool = False) -> QWidget:
    """Connected; with ``received``, the test email came back."""
    window = await run_test(stage, Script())
    await stage.until(at(window, Step.DONE), "done page")
    if received:
        panel = window.page(Step.DONE).delivery  # type: ignore[attr-defined]
        arrived = DeliveryResult(ServerReport(Protocol.SMTP), ServerReport(Protocol.IMAP), 3.4)
        panel._show(arrived)  # a fixed duration: the same picture every run
        await stage.settle()
    return window


async def done_browser(stage: Stage) -> QWidget:
    """Connected with Google (the browser sign-in went through)."""
    signed = ScriptedBrowser(account=world.WORKSPACE_EMAIL)
    window = wizard(stage, Script(browser=signed), "google")
    await stage.until(at(window, Step.DONE), "done page")
    return window


def problem(code: ProblemCode, help_url: str | None = None, **args: str) -> Problem:
    """A problem of the incoming server, with the values its message names."""
    values = {"host": world.OVH_IMAP.host, "port": str(world.OVH_IMAP.port), **args}
    return Problem(code, tuple(values.items()), help_url=help_url)
