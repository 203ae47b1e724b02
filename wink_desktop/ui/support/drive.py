"""How each wizard screen is brought to the state a picture shows: the one page-specific module.

The scenes (:mod:`~wink_desktop.ui.support.scenes`) name what to show; the functions here
open the wizard on the demo fakes and click through it, mostly through the flow, the
object names of ``docs/ui-objects.md`` and the pages' public fields. When a wizard page
changes, this file is the one to adapt (the windows around it are in
:mod:`~wink_desktop.ui.support.drive_windows`).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QProgressBar, QWidget

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import Problem, ProblemCode, Protocol, ServerReport
from wink_desktop.core.checks import Step as ProbeStep
from wink_desktop.core.models import ConnectionState
from wink_desktop.demo.oauth import ScriptedBrowser
from wink_desktop.services.connect_flow import Step
from wink_desktop.services.delivery import DeliveryResult
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.support import world
from wink_desktop.ui.support.stage import SceneError, Stage, child
from wink_desktop.ui.support.world import Script
from wink_desktop.ui.wizard import ConnectWizard

__all__ = ["SceneError", "Stage"]

#: How many steps each scripted server shows when it passes.
IMAP_STEPS, SMTP_STEPS = 5, 6
#: The incoming server's steps done while it waits for the greeting (resolve, connect, TLS).
IMAP_WAITING = 3
#: Where the busy bar's moving chunk is drawn (percent), frozen for the pictures.
BUSY_FRAME = 40


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


async def address(
    stage: Stage, email: str, script: Script | None = None, *, password: str = ""
) -> ConnectWizard:
    """The address page, ``email`` typed, once the lookup said what it found.

    With ``password``, it is typed too (in the field the page shows once the provider is
    known; a Google or Microsoft address shows its "Continue with…" button instead).
    """
    window = wizard(stage, script)
    page = window.page(Step.EMAIL)
    page.email.setText(email)  # type: ignore[attr-defined]
    looking = translate("EmailPage", "Looking for your provider's settings…")
    feedback = page.feedback  # type: ignore[attr-defined]
    await stage.until(lambda: feedback.text() not in {"", looking}, "lookup")
    if password:
        field = page.password  # type: ignore[attr-defined]
        if not field.isVisible():
            raise SceneError("password field")
        field.setText(password)
        await stage.settle()
    return window


async def signed_in_with_password(
    stage: Stage, email: str, step: Step, script: Script | None = None
) -> ConnectWizard:
    """The address and the password typed, then "Sign in" (or Next): the page it leads to."""
    window = await address(stage, email, script, password=world.DEMO_PASSWORD)
    window.next()
    await stage.until(at(window, step), f"page {step.name}")
    return window


async def chosen(
    stage: Stage, choice: str, email: str = "", script: Script | None = None
) -> ConnectWizard:
    """The provider ``choice`` picked among all providers (after ``email``, if given).

    With an address, the list is "Choose another provider" on the address page; without,
    it is where "Another service" in Settings opens the wizard.
    """
    if email:
        window = wizard(stage, script)
        page = window.page(Step.EMAIL)
        page.email.setText(email)  # type: ignore[attr-defined]
        # The flow's lookup at once, rather than after the page's typing pause: this
        # picture is not of the address page.
        await window.flow.look_up(email)
        page.password.setText(world.DEMO_PASSWORD)  # type: ignore[attr-defined]
        click(window, "email_other_provider")
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


async def run_test(
    stage: Stage, script: Script, imap_host: str = "", email: str = world.EMAIL
) -> ConnectWizard:
    """The test of the agency's OVHcloud mailbox (or ``email``'s), started from the address.

    A trusted answer goes from "Sign in" straight to the test. With ``imap_host`` (the
    agency's own server), the incoming server is typed on the form first.
    """
    if not imap_host:
        return await signed_in_with_password(stage, email, Step.TEST, script)
    window = await chosen(stage, "ovh", world.EMAIL, script)
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


async def failed_with(stage: Stage, script: Script, email: str = world.EMAIL) -> ConnectWizard:
    """The test page once a server (or the keyring) failed."""
    certificate = script.imap_problem and script.imap_problem.certificate
    window = await run_test(stage, script, certificate.subject if certificate else "", email)
    banner = child(window, QWidget, "test_problem")
    await stage.until(banner.isVisible, "test failure")
    return window


async def failed_check(
    stage: Stage,
    problem: Problem,
    fail_at: ProbeStep,
    *,
    smtp_too: bool = False,
    email: str = world.EMAIL,
) -> QWidget:
    """The incoming server (and the outgoing one too) fails with ``problem`` at ``fail_at``."""
    script = Script(imap_problem=problem, fail_at=fail_at, smtp_too=smtp_too)
    return await failed_with(stage, script, email)


async def diagnostics_copied(stage: Stage) -> QWidget:
    """After a failed test: "Copy the diagnostics" clicked, the report on the clipboard."""
    script = Script(imap_problem=problem(ProblemCode.AUTH_FAILED), fail_at=ProbeStep.SIGN_IN)
    window = await failed_with(stage, script)
    click(window, "test_copy_diagnostics")
    button = child(window, QAbstractButton, "test_copy_diagnostics")
    status = child(window, QLabel, "test_diagnostics_status")
    preparing = translate("CopyDiagnostics", "Preparing the diagnostics…")
    await stage.until(
        lambda: button.isEnabled() and status.text() not in {"", preparing}, "diagnostics"
    )
    return window


async def without_client_ids(stage: Stage, email: str) -> QWidget:
    """A build without the browser sign-ins' ids: what the address page offers instead."""
    script = Script(client_ids=False)
    window = await address(stage, email, script)
    password = window.page(Step.EMAIL).password  # type: ignore[attr-defined]
    if password.isVisible():
        password.setText(world.DEMO_PASSWORD)
        await stage.settle()
    return window


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
