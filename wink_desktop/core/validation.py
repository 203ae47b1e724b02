"""Checking what the user typed, before any network traffic.

Every rejection is an :class:`InvalidInputError` with a translatable message naming the
field and what to fix.
"""

from __future__ import annotations

import ipaddress
import re

from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP

# Letters, digits and hyphens (after IDNA conversion), not starting or ending with a hyphen.
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_MAX_HOST_LENGTH = 253
_MIN_PORT, _MAX_PORT = 1, 65535


def normalize_host(raw: str, field: str = "host") -> str:
    """Return ``raw`` as an ASCII host name or IP address, or raise InvalidInputError.

    International names (``mail.exemple-été.fr``) become punycode (``xn--…``); IPv6
    addresses may be written with or without brackets.
    """
    text = raw.strip().rstrip(".")
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    if not text:
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "Enter the server's address (for example imap.example.com)."
            ),
        )
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        pass
    if any(ch.isspace() for ch in text):
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP("Errors", "A server address cannot contain spaces."),
        )
    import idna  # noqa: PLC0415 - its tables load on first use, not at start-up

    try:
        # IDNA 2008 with UTS 46 mapping, as browsers do (ß stays ß: xn--zca, not ss).
        ascii_host = idna.encode(text, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors",
                "This server address is not valid: use only letters, digits, dots and hyphens.",
            ),
        ) from exc
    labels = ascii_host.split(".")
    if len(ascii_host) > _MAX_HOST_LENGTH or not all(_LABEL.match(label) for label in labels):
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors",
                "This server address is not valid: use only letters, digits, dots and hyphens.",
            ),
        )
    if labels[-1].isdigit():
        # 1.2.3 or 999.1.1.1: looks like an IP address but is not one.
        raise InvalidInputError(field, QT_TRANSLATE_NOOP("Errors", "This IP address is not valid."))
    return ascii_host


def normalize_port(raw: int | str, field: str = "port") -> int:
    """Return the port as an int in 1–65535, or raise InvalidInputError."""
    try:
        port = int(str(raw).strip())
    except ValueError:
        port = 0
    if not _MIN_PORT <= port <= _MAX_PORT:
        raise InvalidInputError(
            field, QT_TRANSLATE_NOOP("Errors", "The port must be a number from 1 to 65535.")
        )
    return port


def normalize_email(raw: str, field: str = "email") -> str:
    """Return the address with its domain in punycode, or raise InvalidInputError.

    The local part is kept as typed (it may be case-sensitive and may be UTF-8).
    """
    text = raw.strip()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or any(ch.isspace() for ch in text) or "@" in local:
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "Enter a full email address, such as marie.dupont@example.com."
            ),
        )
    bad_domain = QT_TRANSLATE_NOOP(
        "Errors", "The part after @ is not a valid domain (for example example.com)."
    )
    try:
        ascii_domain = normalize_host(domain, field)
    except InvalidInputError as exc:
        raise InvalidInputError(field, bad_domain) from exc
    if "." not in ascii_domain:
        raise InvalidInputError(field, bad_domain)
    return f"{local}@{ascii_domain}"


def require_secret(raw: str, field: str = "password") -> str:
    """Reject an empty password or token (nothing else is judged: any character is fine)."""
    if raw == "":
        raise InvalidInputError(field, QT_TRANSLATE_NOOP("Errors", "Enter your password."))
    return raw
