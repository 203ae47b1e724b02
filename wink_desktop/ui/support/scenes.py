"""Every picture of the support kit, once: its file name, the article's section, its caption.

The order of :data:`SCENES` numbers the files (``01-main-not-connected.png``…) and orders
the guide. Captions and section titles are English source texts (context ``Screens``),
translated like every other string.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtWidgets import QWidget

from wink_desktop.core.checks import Problem, ProblemCode, Step
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import ConnectionState, Role
from wink_desktop.ui.support import drive, world
from wink_desktop.ui.support.drive import Stage, problem
from wink_desktop.ui.support.world import Script

CONTEXT = "Screens"

#: The help article's sections, in its order: (id, title).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("mailbox_tab", QT_TRANSLATE_NOOP("Screens", "From the “Mailbox” page")),
    ("settings", QT_TRANSLATE_NOOP("Screens", "From Settings")),
    ("google", QT_TRANSLATE_NOOP("Screens", "Google (Gmail, Google Workspace)")),
    ("microsoft", QT_TRANSLATE_NOOP("Screens", "Microsoft (Outlook, Microsoft 365)")),
    (
        "other",
        QT_TRANSLATE_NOOP("Screens", "Other services: iCloud, AOL, Yahoo, French providers, IMAP"),
    ),
    ("errors", QT_TRANSLATE_NOOP("Screens", "What each error means and what to do")),
    ("reconnect", QT_TRANSLATE_NOOP("Screens", "Reconnecting")),
    ("disconnect", QT_TRANSLATE_NOOP("Screens", "Disconnecting or replacing the mailbox")),
    ("who", QT_TRANSLATE_NOOP("Screens", "Who may connect a mailbox")),
)

Build = Callable[[Stage], Awaitable[QWidget]]


@dataclass(frozen=True)
class Scene:
    """One picture.

    Attributes:
        name: the file's name, without its number and extension.
        section: the id of the article's section it illustrates.
        caption: what it shows (English source text, context ``Screens``).
        build: opens the screen in that state and returns the widget to draw.
    """

    name: str
    section: str
    caption: str
    build: Build


def _tested(code: ProblemCode, at: Step, help_url: str | None = None, **args: str) -> Build:
    return partial(drive.failed_check, problem=problem(code, help_url, **args), fail_at=at)


_CERTIFICATE = Problem(
    ProblemCode.TLS_CERTIFICATE,
    (("host", world.OWN_SERVER), ("port", "993")),
    certificate=world.CERTIFICATE,
)
_PLAINTEXT = problem(ProblemCode.PLAINTEXT_REFUSED, variant="client")
_STATE = ConnectionState

SCENES: tuple[Scene, ...] = (
    Scene(
        "main-not-connected",
        "mailbox_tab",
        QT_TRANSLATE_NOOP("Screens", "No mailbox connected yet: “Connect your mailbox”."),
        partial(drive.main_window, state=None),
    ),
    Scene(
        "wizard-address",
        "mailbox_tab",
        QT_TRANSLATE_NOOP(
            "Screens", "The wizard starts with your address (you may skip this step)."
        ),
        drive.wizard_page,
    ),
    Scene(
        "main-connected",
        "mailbox_tab",
        QT_TRANSLATE_NOOP("Screens", "Connected: the mailbox's card and its latest messages."),
        partial(drive.main_window, state=_STATE.CONNECTED, messages=True),
    ),
    Scene(
        "main-checking",
        "mailbox_tab",
        QT_TRANSLATE_NOOP("Screens", "The connection is being checked."),
        partial(drive.main_window, state=_STATE.CHECKING),
    ),
    Scene(
        "settings-not-connected",
        "settings",
        QT_TRANSLATE_NOOP("Screens", "Settings → Mailbox: Google, Microsoft, or another service."),
        partial(drive.settings, state=None),
    ),
    Scene(
        "settings-connected",
        "settings",
        QT_TRANSLATE_NOOP(
            "Screens", "Settings once connected: Test, Send a test email, Replace, Disconnect."
        ),
        partial(drive.settings, state=_STATE.CONNECTED),
    ),
    Scene(
        "wizard-address-workspace",
        "google",
        QT_TRANSLATE_NOOP(
            "Screens", "A company address on Google Workspace is recognised as Google."
        ),
        lambda stage: drive.address(stage, world.WORKSPACE_EMAIL),
    ),
    Scene(
        "wizard-provider-recommended",
        "google",
        QT_TRANSLATE_NOOP("Screens", "The wizard recommends “Continue with Google”."),
        drive.recommended,
    ),
    Scene(
        "wizard-browser-waiting",
        "google",
        QT_TRANSLATE_NOOP(
            "Screens",
            "Sign in in your browser; “Copy link” if the page did not open.",
        ),
        drive.browser_waiting,
    ),
    Scene(
        "wizard-browser-denied",
        "google",
        QT_TRANSLATE_NOOP("Screens", "Access was refused in the browser: try again."),
        drive.browser_denied,
    ),
    Scene(
        "wizard-done-google",
        "google",
        QT_TRANSLATE_NOOP("Screens", "Connected with Google."),
        drive.done_browser,
    ),
    Scene(
        "wizard-admin-approval",
        "microsoft",
        QT_TRANSLATE_NOOP(
            "Screens",
            "Microsoft 365: your organisation's administrator must approve Wink first "
            "(copy the approval link for them).",
        ),
        drive.admin_approval,
    ),
    Scene(
        "wizard-provider-grid",
        "other",
        QT_TRANSLATE_NOOP("Screens", "Every provider Wink knows, and “Other (IMAP)”."),
        partial(drive.wizard_page, start="other"),
    ),
    Scene(
        "wizard-provider-hint",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens", "A provider's advice, with its help page (here iCloud's app password)."
        ),
        partial(drive.chosen, choice="icloud"),
    ),
    Scene(
        "wizard-address-found",
        "other",
        QT_TRANSLATE_NOOP("Screens", "The provider is found from the address."),
        lambda stage: drive.address(stage, world.EMAIL),
    ),
    Scene(
        "wizard-servers-detected",
        "other",
        QT_TRANSLATE_NOOP("Screens", "The server settings found are filled in and marked as such."),
        partial(drive.chosen, choice="ovh", email=world.EMAIL),
    ),
    Scene(
        "wizard-address-not-found",
        "other",
        QT_TRANSLATE_NOOP("Screens", "Nothing found: you will enter the settings yourself."),
        lambda stage: drive.address(stage, world.UNKNOWN_EMAIL),
    ),
    Scene(
        "wizard-servers-empty",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens", "“Other (IMAP)”: the settings from your provider's help pages."
        ),
        partial(drive.chosen, choice="imap"),
    ),
    Scene(
        "wizard-servers-untrusted",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens",
            "Settings from an unverified source: check them, then tick the box.",
        ),
        partial(drive.chosen, choice="imap", email=world.UNTRUSTED_EMAIL),
    ),
    Scene(
        "wizard-test-running",
        "other",
        QT_TRANSLATE_NOOP("Screens", "Both servers are tested at once, step by step."),
        drive.running_check,
    ),
    Scene(
        "wizard-test-passed",
        "other",
        QT_TRANSLATE_NOOP("Screens", "Both servers answered: the password is being saved."),
        drive.passed_check,
    ),
    Scene(
        "wizard-done",
        "other",
        QT_TRANSLATE_NOOP("Screens", "Done: what was connected."),
        drive.done,
    ),
    Scene(
        "wizard-test-email-received",
        "other",
        QT_TRANSLATE_NOOP("Screens", "The test email came back: sending and receiving work."),
        partial(drive.done, received=True),
    ),
    Scene(
        "wizard-servers-field-errors",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "A typing mistake is shown next to the form."),
        drive.field_errors,
    ),
    Scene(
        "error-auth-failed",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The password was refused."),
        _tested(ProblemCode.AUTH_FAILED, Step.SIGN_IN),
    ),
    Scene(
        "error-app-password",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The provider wants an app password."),
        _tested(
            ProblemCode.APP_PASSWORD_REQUIRED,
            Step.SIGN_IN,
            "https://support.apple.com/102654",
            provider="iCloud",
        ),
    ),
    Scene(
        "error-server-not-found",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The server name does not exist."),
        _tested(ProblemCode.DNS_NOT_FOUND, Step.RESOLVE),
    ),
    Scene(
        "error-connection-refused",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The server refused the connection on that port."),
        _tested(ProblemCode.CONNECTION_REFUSED, Step.CONNECT),
    ),
    Scene(
        "error-timeout",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The server did not answer in time."),
        _tested(ProblemCode.TIMEOUT, Step.GREETING, step=Step.GREETING.value),
    ),
    Scene(
        "error-certificate",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The server's certificate could not be verified."),
        partial(drive.failed_check, problem=_CERTIFICATE, fail_at=Step.TLS),
    ),
    Scene(
        "certificate-dialog",
        "errors",
        QT_TRANSLATE_NOOP(
            "Screens", "The certificate's details; trusting it is your explicit choice."
        ),
        partial(
            drive.dialog_from_test,
            problem=_CERTIFICATE,
            fail_at=Step.TLS,
            button="test_view_certificate",
        ),
    ),
    Scene(
        "error-wrong-security",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The port and the security setting do not match."),
        _tested(ProblemCode.TLS_WRONG_SECURITY, Step.TLS, expected="ssl", configured="starttls"),
    ),
    Scene(
        "error-plaintext-refused",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The server offers no encryption."),
        partial(drive.failed_check, problem=_PLAINTEXT, fail_at=Step.SIGN_IN),
    ),
    Scene(
        "plaintext-dialog",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "An unencrypted connection only with your consent."),
        partial(
            drive.dialog_from_test,
            problem=_PLAINTEXT,
            fail_at=Step.SIGN_IN,
            button="test_allow_plaintext",
        ),
    ),
    Scene(
        "error-starttls-missing",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The server lacks something Wink needs."),
        _tested(
            ProblemCode.SERVER_CAPABILITY_MISSING, Step.TLS, variant="starttls", ssl_port="993"
        ),
    ),
    Scene(
        "error-offline",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "This computer is offline."),
        partial(
            drive.failed_check,
            problem=problem(ProblemCode.OFFLINE),
            fail_at=Step.RESOLVE,
            smtp_too=True,
        ),
    ),
    Scene(
        "error-keyring-unavailable",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "No secure password storage on this computer."),
        partial(drive.failed_with, script=Script(keyring=False)),
    ),
    Scene(
        "main-offline",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "Offline: Wink tries again by itself."),
        partial(drive.main_window, state=_STATE.OFFLINE),
    ),
    Scene(
        "main-server-error",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The server has a problem: Wink tries again by itself."),
        partial(drive.main_window, state=_STATE.SERVER_ERROR),
    ),
    Scene(
        "main-keyring-unavailable",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The password storage is locked: unlock it, then test again."),
        partial(drive.main_window, state=_STATE.KEYRING_UNAVAILABLE),
    ),
    Scene(
        "settings-keyring-unavailable",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The same, in Settings."),
        partial(drive.settings, state=_STATE.KEYRING_UNAVAILABLE),
    ),
    Scene(
        "main-needs-reconnection",
        "reconnect",
        QT_TRANSLATE_NOOP("Screens", "The password changed or the sign-in expired: “Reconnect”."),
        partial(drive.main_window, state=_STATE.NEEDS_RECONNECTION),
    ),
    Scene(
        "settings-needs-reconnection",
        "reconnect",
        QT_TRANSLATE_NOOP("Screens", "The same, in Settings."),
        partial(drive.settings, state=_STATE.NEEDS_RECONNECTION),
    ),
    Scene(
        "wizard-reconnect-password",
        "reconnect",
        QT_TRANSLATE_NOOP("Screens", "Reconnecting: only the new password to type."),
        drive.reconnect_password,
    ),
    Scene(
        "wizard-identity-mismatch",
        "reconnect",
        QT_TRANSLATE_NOOP(
            "Screens", "Signed in with another account than the one being reconnected."
        ),
        drive.identity_mismatch,
    ),
    Scene(
        "disconnect-confirmation",
        "disconnect",
        QT_TRANSLATE_NOOP("Screens", "Disconnecting asks first."),
        partial(drive.confirmation, name="disconnect_dialog"),
    ),
    Scene(
        "replace-confirmation",
        "disconnect",
        QT_TRANSLATE_NOOP("Screens", "Connecting another mailbox replaces this one: asked first."),
        partial(drive.confirmation, name="replace_dialog"),
    ),
    Scene(
        "main-collaborator",
        "who",
        QT_TRANSLATE_NOOP(
            "Screens", "Collaborators cannot connect a mailbox; they send with Wink's address."
        ),
        partial(drive.main_window, state=None, role=Role.COLLABORATOR),
    ),
    Scene(
        "settings-collaborator",
        "who",
        QT_TRANSLATE_NOOP("Screens", "The same, in Settings."),
        partial(drive.settings, state=None, role=Role.COLLABORATOR),
    ),
)


def file_name(index: int, scene: Scene) -> str:
    """``NN-name.png`` for the scene at ``index`` (0-based) of :data:`SCENES`."""
    return f"{index + 1:02d}-{scene.name}.png"
