"""Errors the core knows about; each one carries something a user can act on."""

from __future__ import annotations

import enum

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

_CTX = "Errors"


class ErrorCode(enum.StrEnum):
    """The stable code of each :class:`WinkError` (shown by ``--json``, kept as last error).

    The failures of a server check have their own taxonomy,
    :class:`~wink_desktop.core.checks.ProblemCode`; both are enums, never bare strings.
    """

    INTERNAL = "internal"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    INVALID_INPUT = "invalid_input"
    ACCOUNT_FILE_CORRUPT = "account_file_corrupt"
    OAUTH_ERROR = "oauth_error"
    OAUTH_NOT_CONFIGURED = "oauth_not_configured"
    OAUTH_DENIED = "oauth_denied"
    OAUTH_ADMIN_CONSENT_REQUIRED = "oauth_admin_consent_required"
    OAUTH_STATE_MISMATCH = "oauth_state_mismatch"
    OAUTH_TIMEOUT = "oauth_timeout"
    TOKEN_EXPIRED = "token_expired"  # noqa: S105 - a code, not a secret
    OFFLINE = "offline"
    SERVERS_UNCONFIRMED = "servers_unconfirmed"


class WinkError(Exception):
    """Base class: a failure with a stable code, a message and a next step.

    The message and the hint are English source texts, translated when shown.
    """

    code: ErrorCode = ErrorCode.INTERNAL
    message = QT_TRANSLATE_NOOP("Errors", "Something went wrong inside Wink Desktop.")
    hint = QT_TRANSLATE_NOOP("Errors", "Try again; if it keeps happening, contact Wink support.")

    def user_message(self, translate: Translate = untranslated) -> str:
        """The message in the user's language."""
        return translate(_CTX, self.message)

    def user_hint(self, translate: Translate = untranslated) -> str:
        """The next step in the user's language."""
        return translate(_CTX, self.hint)


class KeyringUnavailableError(WinkError):
    """No secure place to keep passwords and tokens on this computer."""

    code = ErrorCode.KEYRING_UNAVAILABLE
    message = QT_TRANSLATE_NOOP(
        "Errors", "Wink Desktop found no secure password storage (keyring) on this computer."
    )
    hint = QT_TRANSLATE_NOOP(
        "Errors",
        "Unlock or install your system keyring (GNOME Keyring, KWallet, macOS Keychain or "
        "Windows Credential Manager), then try again. Nothing was saved.",
    )


class InvalidInputError(WinkError):
    """Something the user typed cannot work; caught before any network traffic.

    Attributes:
        field: which input is wrong (``email``, ``imap_host``, ``smtp_port``, ...).
    """

    code = ErrorCode.INVALID_INPUT
    hint = QT_TRANSLATE_NOOP("Errors", "Correct the highlighted field and try again.")

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
