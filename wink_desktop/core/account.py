"""The connected mailbox, as remembered between runs (never with its secret)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from wink_desktop.core.errors import ErrorCode, WinkError
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.models import AuthMethod, ConnectionState, Role, Security
from wink_desktop.core.settings import ServerSettings


def now_iso() -> str:
    """The current time, UTC, ISO 8601 (seconds)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class MailAccount:
    """The mailbox connected to Wink.

    Attributes:
        email: the address.
        method: password or OAuth 2.0.
        imap, smtp: the servers.
        provider: the provider's id when known (its logo, its hints).
        connected_since: when it was first connected (kept across reconnections).
        last_check: the last successful check.
        state: where the connection stands.
        last_error: the last failure's code, if any.
        trusted_fingerprints: certificates the user chose to trust for these servers.
        allow_plaintext: the user accepted an unencrypted connection.
    """

    email: str
    method: AuthMethod
    imap: ServerSettings
    smtp: ServerSettings
    provider: str | None = None
    connected_since: str = field(default_factory=now_iso)
    last_check: str | None = None
    state: ConnectionState = ConnectionState.CONNECTED
    last_error: str | None = None
    trusted_fingerprints: tuple[str, ...] = ()
    allow_plaintext: bool = False

    @property
    def secret_key(self) -> str:
        """The keyring entry holding this account's password or OAuth secret."""
        if self.method is AuthMethod.OAUTH2:
            from wink_desktop.core.oauth import secret_key  # noqa: PLC0415 - start-up path

            return secret_key(self.provider or "", self.email)
        return password_key(self.email)

    def with_state(self, state: ConnectionState, error: str | None = None) -> MailAccount:
        """The same account in another state (a success also records the check time)."""
        if state is ConnectionState.CONNECTED:
            return replace(self, state=state, last_error=None, last_check=now_iso())
        return replace(self, state=state, last_error=error)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (no secret in it, ever)."""
        return {
            "version": 1,
            "email": self.email,
            "method": self.method.value,
            "provider": self.provider,
            "imap": _server_json(self.imap),
            "smtp": _server_json(self.smtp),
            "connected_since": self.connected_since,
            "last_check": self.last_check,
            "state": self.state.value,
            "last_error": self.last_error,
            "trusted_fingerprints": list(self.trusted_fingerprints),
            "allow_plaintext": self.allow_plaintext,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MailAccount:
        """Read back :meth:`to_json`.

        Raises:
            KeyError, ValueError, TypeError, AttributeError: malformed data.
            InvalidInputError: server settings that would be refused if typed.
        """
        return cls(
            email=_text(data["email"]),
            method=AuthMethod(data["method"]),
            provider=_optional_text(data.get("provider")),
            imap=_server(data["imap"]),
            smtp=_server(data["smtp"]),
            connected_since=_text(data["connected_since"]),
            last_check=_optional_text(data.get("last_check")),
            state=ConnectionState(data.get("state", "connected")),
            last_error=_optional_text(data.get("last_error")),
            trusted_fingerprints=_texts(data.get("trusted_fingerprints", [])),
            allow_plaintext=data.get("allow_plaintext", False) is True,
        )


def _text(value: Any) -> str:
    # A hand-edited file may hold numbers, lists or objects where text belongs.
    if not isinstance(value, str):
        msg = f"expected text, got {type(value).__name__}"
        raise TypeError(msg)
    return value


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        msg = f"expected a list, got {type(value).__name__}"
        raise TypeError(msg)
    return tuple(_text(item) for item in value)


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def password_key(email: str) -> str:
    """The keyring entry holding a mailbox password."""
    return f"password:{email.lower()}"


def _server_json(server: ServerSettings) -> dict[str, Any]:
    return {
        "host": server.host,
        "port": server.port,
        "security": server.security.value,
        "username": server.username,
    }


def _server(data: dict[str, Any]) -> ServerSettings:
    # A saved file is checked exactly like typed input: it may have been edited by hand.
    port = data["port"]
    if isinstance(port, bool) or not isinstance(port, int | str):
        msg = "the port is not a number"
        raise TypeError(msg)
    return ServerSettings.parse(
        _text(data["host"]),
        str(port),
        Security(data["security"]),
        _optional_text(data.get("username")),
    )


class AccountFileCorruptError(WinkError):
    """The saved account could not be read; the file was set aside."""

    code = ErrorCode.ACCOUNT_FILE_CORRUPT
    message = QT_TRANSLATE_NOOP(
        "Errors", "The saved mailbox settings could not be read and were set aside."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "Connect your mailbox again.")

    def __init__(self, set_aside: str) -> None:
        super().__init__(set_aside)
        self.set_aside = set_aside


class AccountStore(Protocol):
    """Where the account record is kept (a JSON file, in the app)."""

    def load(self) -> MailAccount | None:
        """The saved account, or None.

        Raises:
            AccountFileCorruptError: unreadable file (already set aside).
        """
        ...

    def save(self, account: MailAccount) -> None:
        """Replace the saved account, atomically."""
        ...

    def delete(self) -> None:
        """Forget the account (no file left)."""
        ...


@dataclass(frozen=True)
class UserProfile:
    """The Wink user at this computer."""

    name: str
    role: Role


class ProfileSource(Protocol):
    """Who the Wink user is (the Wink server is the authority; this is guidance)."""

    def current(self) -> UserProfile:
        """The current user's profile."""
        ...
