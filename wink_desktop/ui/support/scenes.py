"""Every picture of the support kit, once: its file name, the article's section, its caption.

The order of :data:`SCENES` numbers the files (``01-main-not-connected.png``…) and orders
the guide. Captions and section titles are English source texts (context ``Screens``),
translated like every other string. The errors' pictures are in
:mod:`~wink_desktop.ui.support.scenes_errors`.
"""

from __future__ import annotations

from functools import partial

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import ConnectionState, Role
from wink_desktop.services.connect_flow import Step
from wink_desktop.ui.support import drive, drive_windows, world
from wink_desktop.ui.support.scenes_errors import ERROR_SCENES
from wink_desktop.ui.support.stage import Scene

__all__ = ["CONTEXT", "SCENES", "SECTIONS", "Scene", "file_name"]

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

_STATE = ConnectionState

_BEFORE_ERRORS: tuple[Scene, ...] = (
    Scene(
        "main-not-connected",
        "mailbox_tab",
        QT_TRANSLATE_NOOP("Screens", "No mailbox connected yet: “Connect your mailbox”."),
        partial(drive_windows.main_window, state=None),
    ),
    Scene(
        "wizard-address",
        "mailbox_tab",
        QT_TRANSLATE_NOOP(
            "Screens",
            "The wizard starts with your address; “Choose another provider” lists them all.",
        ),
        drive.wizard_page,
    ),
    Scene(
        "main-connected",
        "mailbox_tab",
        QT_TRANSLATE_NOOP("Screens", "Connected: the mailbox's card and its latest messages."),
        partial(drive_windows.main_window, state=_STATE.CONNECTED, messages=True),
    ),
    Scene(
        "main-checking",
        "mailbox_tab",
        QT_TRANSLATE_NOOP("Screens", "The connection is being checked."),
        partial(drive_windows.main_window, state=_STATE.CHECKING),
    ),
    Scene(
        "settings-not-connected",
        "settings",
        QT_TRANSLATE_NOOP("Screens", "Settings → Mailbox: Google, Microsoft, or another service."),
        partial(drive_windows.settings, state=None),
    ),
    Scene(
        "settings-connected",
        "settings",
        QT_TRANSLATE_NOOP(
            "Screens", "Settings once connected: Test, Send a test email, Replace, Disconnect."
        ),
        partial(drive_windows.settings, state=_STATE.CONNECTED),
    ),
    Scene(
        "settings-start-with-session",
        "settings",
        QT_TRANSLATE_NOOP(
            "Screens",
            "“Start Wink when I log in”: Wink then waits in the system tray.",
        ),
        partial(drive_windows.settings, state=_STATE.CONNECTED, start_with_session=True),
    ),
    Scene(
        "about-dialog",
        "settings",
        QT_TRANSLATE_NOOP(
            "Screens",
            "“About Wink Desktop”: the version, and the sign-ins this copy offers.",
        ),
        drive_windows.about,
    ),
    Scene(
        "wizard-address-workspace",
        "google",
        QT_TRANSLATE_NOOP(
            "Screens",
            "A Gmail or Google Workspace address: “Continue with Google”, no password to type.",
        ),
        lambda stage: drive.address(stage, world.WORKSPACE_EMAIL),
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
        "wizard-gmail-app-password",
        "google",
        QT_TRANSLATE_NOOP(
            "Screens",
            "A copy of Wink without Google sign-in: Gmail with an app password instead.",
        ),
        partial(drive.without_client_ids, email=world.WORKSPACE_EMAIL),
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
        "wizard-microsoft-unavailable",
        "microsoft",
        QT_TRANSLATE_NOOP(
            "Screens",
            "A copy of Wink without Microsoft sign-in says so: Microsoft accepts no password.",
        ),
        partial(drive.without_client_ids, email=world.MICROSOFT_EMAIL),
    ),
    Scene(
        "wizard-address-found",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens",
            "The provider is found from the address: type your password, then “Sign in”.",
        ),
        lambda stage: drive.address(stage, world.EMAIL, password=world.DEMO_PASSWORD),
    ),
    Scene(
        "wizard-address-hint",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens",
            "A provider's advice above the password, with its help page (here iCloud's "
            "app password).",
        ),
        lambda stage: drive.address(stage, world.ICLOUD_EMAIL, password=world.DEMO_PASSWORD),
    ),
    Scene(
        "wizard-provider-grid",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens",
            "“Choose another provider” (or “Sign in with another service” in Settings): every "
            "provider Wink knows, and “Other (IMAP)”.",
        ),
        partial(drive.wizard_page, start="other"),
    ),
    Scene(
        "wizard-provider-hint",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens", "A provider chosen in the list: its advice above the form (here iCloud)."
        ),
        partial(drive.chosen, choice="icloud"),
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
        lambda stage: drive.address(stage, world.UNKNOWN_EMAIL, password=world.DEMO_PASSWORD),
    ),
    Scene(
        "wizard-servers-empty",
        "other",
        QT_TRANSLATE_NOOP("Screens", "The settings to type, from your provider's help pages."),
        partial(drive.signed_in_with_password, email=world.UNKNOWN_EMAIL, step=Step.SERVERS),
    ),
    Scene(
        "wizard-servers-guessed",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens",
            "Servers guessed from the domain's name: check them, then “Sign in”.",
        ),
        partial(drive.signed_in_with_password, email=world.GUESSED_EMAIL, step=Step.SERVERS),
    ),
    Scene(
        "wizard-servers-untrusted",
        "other",
        QT_TRANSLATE_NOOP(
            "Screens",
            "Settings from an unverified source: check them, then tick the box.",
        ),
        partial(drive.signed_in_with_password, email=world.UNTRUSTED_EMAIL, step=Step.SERVERS),
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
)

_AFTER_ERRORS: tuple[Scene, ...] = (
    Scene(
        "main-needs-reconnection",
        "reconnect",
        QT_TRANSLATE_NOOP("Screens", "The password changed or the sign-in expired: “Reconnect”."),
        partial(drive_windows.main_window, state=_STATE.NEEDS_RECONNECTION),
    ),
    Scene(
        "settings-needs-reconnection",
        "reconnect",
        QT_TRANSLATE_NOOP("Screens", "The same, in Settings."),
        partial(drive_windows.settings, state=_STATE.NEEDS_RECONNECTION),
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
        partial(drive_windows.confirmation, name="disconnect_dialog"),
    ),
    Scene(
        "replace-confirmation",
        "disconnect",
        QT_TRANSLATE_NOOP("Screens", "Connecting another mailbox replaces this one: asked first."),
        partial(drive_windows.confirmation, name="replace_dialog"),
    ),
    Scene(
        "main-collaborator",
        "who",
        QT_TRANSLATE_NOOP(
            "Screens", "Collaborators cannot connect a mailbox; they send with Wink's address."
        ),
        partial(drive_windows.main_window, state=None, role=Role.COLLABORATOR),
    ),
    Scene(
        "settings-collaborator",
        "who",
        QT_TRANSLATE_NOOP("Screens", "The same, in Settings."),
        partial(drive_windows.settings, state=None, role=Role.COLLABORATOR),
    ),
)

SCENES: tuple[Scene, ...] = (*_BEFORE_ERRORS, *ERROR_SCENES, *_AFTER_ERRORS)


def file_name(index: int, scene: Scene) -> str:
    """``NN-name.png`` for the scene at ``index`` (0-based) of :data:`SCENES`."""
    return f"{index + 1:02d}-{scene.name}.png"
