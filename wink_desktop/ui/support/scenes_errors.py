"""The pictures of the article's "What each error means and what to do" section."""

from __future__ import annotations

from functools import partial

from wink_desktop.core.checks import Problem, ProblemCode, Step
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import ConnectionState
from wink_desktop.ui.support import drive, drive_windows, world
from wink_desktop.ui.support.drive import problem
from wink_desktop.ui.support.stage import Build, Scene
from wink_desktop.ui.support.world import Script


def _tested(code: ProblemCode, at: Step, help_url: str | None = None, **args: str) -> Build:
    return partial(drive.failed_check, problem=problem(code, help_url, **args), fail_at=at)


_CERTIFICATE = Problem(
    ProblemCode.TLS_CERTIFICATE,
    (("host", world.OWN_SERVER), ("port", "993")),
    certificate=world.CERTIFICATE,
)
_PLAINTEXT = problem(ProblemCode.PLAINTEXT_REFUSED, variant="client")
_STATE = ConnectionState

ERROR_SCENES: tuple[Scene, ...] = (
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
        partial(
            drive.failed_check,
            problem=Problem(
                ProblemCode.APP_PASSWORD_REQUIRED,
                (
                    ("host", world.ICLOUD_IMAP.host),
                    ("port", str(world.ICLOUD_IMAP.port)),
                    ("provider", "iCloud"),
                ),
                help_url="https://support.apple.com/102654",
            ),
            fail_at=Step.SIGN_IN,
            email=world.ICLOUD_EMAIL,
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
        partial(drive_windows.main_window, state=_STATE.OFFLINE),
    ),
    Scene(
        "main-server-error",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The server has a problem: Wink tries again by itself."),
        partial(drive_windows.main_window, state=_STATE.SERVER_ERROR),
    ),
    Scene(
        "main-keyring-unavailable",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The password storage is locked: unlock it, then test again."),
        partial(drive_windows.main_window, state=_STATE.KEYRING_UNAVAILABLE),
    ),
    Scene(
        "settings-keyring-unavailable",
        "errors",
        QT_TRANSLATE_NOOP("Screens", "The same, in Settings."),
        partial(drive_windows.settings, state=_STATE.KEYRING_UNAVAILABLE),
    ),
    Scene(
        "test-copy-diagnostics",
        "errors",
        QT_TRANSLATE_NOOP(
            "Screens",
            "“Copy the diagnostics” after a failure: paste the report into your message to "
            "Wink's support (no password in it).",
        ),
        drive.diagnostics_copied,
    ),
)
