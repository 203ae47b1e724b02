"""Plain data types shared by every layer."""

from __future__ import annotations

import enum

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

_CTX = "ConnectionState"


class ConnectionState(enum.StrEnum):
    """Where the mailbox connection stands, as the user sees it."""

    NOT_CONNECTED = "not_connected"
    CHECKING = "checking"
    CONNECTED = "connected"
    NEEDS_RECONNECTION = "needs_reconnection"
    OFFLINE = "offline"
    SERVER_ERROR = "server_error"
    KEYRING_UNAVAILABLE = "keyring_unavailable"

    def label(self, translate: Translate = untranslated) -> str:
        """A short label in the user's language."""
        return translate(_CTX, _STATE_LABELS[self])

    @property
    def needs_user_action(self) -> bool:
        """True when only the user can fix it (nothing to wait for)."""
        return self in {ConnectionState.NEEDS_RECONNECTION, ConnectionState.KEYRING_UNAVAILABLE}


_STATE_LABELS = {
    ConnectionState.NOT_CONNECTED: QT_TRANSLATE_NOOP("ConnectionState", "Not connected"),
    ConnectionState.CHECKING: QT_TRANSLATE_NOOP("ConnectionState", "Checking…"),
    ConnectionState.CONNECTED: QT_TRANSLATE_NOOP("ConnectionState", "Connected"),
    ConnectionState.NEEDS_RECONNECTION: QT_TRANSLATE_NOOP("ConnectionState", "Needs reconnection"),
    ConnectionState.OFFLINE: QT_TRANSLATE_NOOP(
        "ConnectionState", "Offline (Wink will try again by itself)"
    ),
    ConnectionState.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "ConnectionState", "Server not answering (Wink will try again by itself)"
    ),
    ConnectionState.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "ConnectionState", "Password storage unavailable"
    ),
}


class Security(enum.StrEnum):
    """How a connection to a mail server is protected."""

    SSL = "ssl"
    """TLS from the first byte (implicit TLS, RFC 8314's preference)."""
    STARTTLS = "starttls"
    """Plain connection upgraded with STARTTLS before signing in."""
    PLAIN = "plain"
    """No encryption: only when the user explicitly chose it."""


class AuthMethod(enum.StrEnum):
    """How the app signs in to the mailbox."""

    PASSWORD = "password"  # noqa: S105 - the name of a method, not a secret
    OAUTH2 = "oauth2"


class Role(enum.StrEnum):
    """The Wink user's role; only administrators may connect a mailbox."""

    SUPER_ADMIN = "super_admin"
    ADMIN = "admin"
    COLLABORATOR = "collaborator"

    @property
    def may_connect_mailbox(self) -> bool:
        """Whether this role may connect a mailbox to Wink."""
        return self is not Role.COLLABORATOR
