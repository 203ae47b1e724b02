"""Errors the core knows about; each one carries something a user can act on."""

from __future__ import annotations

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

_CTX = "Errors"


class WinkError(Exception):
    """Base class: a failure with a stable code, a message and a next step.

    The message and the hint are English source texts, translated when shown.
    """

    code = "internal"
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

    code = "keyring_unavailable"
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

    code = "invalid_input"
    hint = QT_TRANSLATE_NOOP("Errors", "Correct the highlighted field and try again.")

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
