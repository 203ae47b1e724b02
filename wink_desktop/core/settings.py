"""Server settings and credentials: what a connection test needs."""

from __future__ import annotations

import re
from typing import NamedTuple, NoReturn

from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wink_desktop.core.models import Security
from wink_desktop.core.validation import normalize_host, normalize_port, normalize_username

_SECURITY_LABELS = {
    Security.SSL: QT_TRANSLATE_NOOP("Security", "SSL/TLS"),
    Security.STARTTLS: QT_TRANSLATE_NOOP("Security", "STARTTLS"),
    Security.PLAIN: QT_TRANSLATE_NOOP("Security", "None (unencrypted)"),
}

#: The usual port for each protocol and security (RFC 8314).
STANDARD_PORTS = {
    ("imap", Security.SSL): 993,
    ("imap", Security.STARTTLS): 143,
    ("imap", Security.PLAIN): 143,
    ("smtp", Security.SSL): 465,
    ("smtp", Security.STARTTLS): 587,
    ("smtp", Security.PLAIN): 587,
}


#: Longest template or expansion accepted: a host name is at most 253 octets and a user
#: name 254, so anything longer cannot be valid and is refused before it is built.
MAX_EXPANSION = 255
_PLACEHOLDER = re.compile(r"%EMAIL(?:ADDRESS|LOCALPART|DOMAIN)%")


def expand_placeholders(template: str, email: str, field: str = "username") -> str:
    """Fill ``%EMAILADDRESS%``, ``%EMAILLOCALPART%`` and ``%EMAILDOMAIN%`` from ``email``.

    These are the placeholders of Thunderbird's autoconfig format, used by our registry too.
    The template is expanded once (an address containing a placeholder is not expanded
    again) and its result is bounded, so a hostile template cannot build megabytes.

    Raises:
        InvalidInputError: the template or its expansion is longer than any valid value.
    """
    local, _, domain = email.rpartition("@")
    values = {"%EMAILADDRESS%": email, "%EMAILLOCALPART%": local, "%EMAILDOMAIN%": domain}
    too_long = InvalidInputError(
        field,
        QT_TRANSLATE_NOOP("Errors", "This value is too long (at most 255 characters)."),
    )
    if len(template) > MAX_EXPANSION:
        raise too_long
    # Size first (cheap), then build: the result is never larger than the bound.
    size = len(_PLACEHOLDER.sub("", template)) + sum(
        len(values[m.group()]) for m in _PLACEHOLDER.finditer(template)
    )
    if size > MAX_EXPANSION:
        raise too_long
    return _PLACEHOLDER.sub(lambda m: values[m.group()], template)


def security_label(security: Security, translate: Translate = untranslated) -> str:
    """How a security mode is named in the UI (SSL/TLS, STARTTLS, None)."""
    return translate("Security", _SECURITY_LABELS[security])


class ServerSettings(NamedTuple):
    """Where and how to reach one mail server (immutable, compared by value).

    A named tuple rather than a dataclass: ``discover`` loads this module on every run,
    and dataclasses (with inspect) would add ~5 ms to each start.

    Attributes:
        host: ASCII host name (punycode) or IP address.
        port: TCP port, 1–65535.
        security: ssl (implicit TLS), starttls, or plain.
        username: the login name; None means "the email address".
    """

    host: str
    port: int
    security: Security
    username: str | None = None

    @classmethod
    def parse(
        cls,
        host: str,
        port: int | str,
        security: Security | str,
        username: str | None = None,
        *,
        field_prefix: str = "",
    ) -> ServerSettings:
        """Validate raw input into settings (raises InvalidInputError)."""
        return cls(
            host=normalize_host(host, f"{field_prefix}host"),
            port=normalize_port(port, f"{field_prefix}port"),
            security=Security(security),
            username=normalize_username(username, f"{field_prefix}username"),
        )

    def login(self, email: str) -> str:
        """The user name to sign in with."""
        return self.username or email

    def address(self) -> str:
        """``host:port`` with IPv6 in brackets, for display."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


class Credentials:
    """A secret to sign in with: a password, or an OAuth 2.0 access token (immutable).

    The secret is never part of ``repr()``, so it cannot leak into logs or tracebacks.
    Not a tuple: it cannot be unpacked or iterated into a log line either.
    """

    __slots__ = ("is_token", "secret")
    secret: str
    is_token: bool

    def __init__(self, secret: str, is_token: bool = False) -> None:
        object.__setattr__(self, "secret", secret)
        object.__setattr__(self, "is_token", is_token)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        msg = f"Credentials are immutable ({name})"
        raise AttributeError(msg)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return (self.secret, self.is_token) == (other.secret, other.is_token)

    def __hash__(self) -> int:
        return hash((self.secret, self.is_token))

    def __repr__(self) -> str:
        return f"Credentials(is_token={self.is_token!r})"
