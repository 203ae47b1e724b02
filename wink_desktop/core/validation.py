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
# Names IDNA leaves as they are (in lower case), see _plain_host.
_PLAIN = re.compile(r"[a-z0-9.-]+")
_MAX_HOST_LENGTH = 253
_MIN_PORT, _MAX_PORT = 1, 65535
# RFC 5321 §4.5.3.1: 64 octets for the local part, 254 for a whole address in a path.
_MAX_LOCAL_PART, _MAX_ADDRESS = 64, 254
# No honest login name is longer; anything longer is a mistake or hostile data.
_MAX_USERNAME = 254
# CR, LF and NUL end or split a protocol line (IMAP, SMTP): never allowed in what we send.
_LINE_BREAKERS = frozenset("\r\n\0")


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
    ascii_host = _plain_host(text) or _idna_host(text, field)
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


def _plain_host(text: str) -> str | None:
    """``text`` in lower case when IDNA would leave it as it is, else None.

    Letters, digits, hyphens and dots only, no label with hyphens in 3rd and 4th position
    (``xn--`` and the like): IDNA maps such a name to its lower case and checks nothing the
    label rules below do not check. It spares loading idna's tables on every start.
    """
    host = text.lower()
    if not _PLAIN.fullmatch(host) or any(label[2:4] == "--" for label in host.split(".")):
        return None
    return host


def _idna_host(text: str, field: str) -> str:
    import idna  # noqa: PLC0415 - its tables load on first use, not at start-up

    try:
        # IDNA 2008 with UTS 46 mapping, as browsers do (ß stays ß: xn--zca, not ss).
        return idna.encode(text, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors",
                "This server address is not valid: use only letters, digits, dots and hyphens.",
            ),
        ) from exc


def normalize_port(raw: int | str, field: str = "port") -> int:
    """Return the port as an int in 1–65535, or raise InvalidInputError."""
    text = str(raw).strip()
    # Plain ASCII digits only: int() would also take "+1", "1_0" or Arabic-Indic digits.
    port = int(text) if text.isascii() and text.isdigit() else 0
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
    address = f"{local}@{ascii_domain}"
    if len(local.encode("utf-8")) > _MAX_LOCAL_PART or len(address.encode("utf-8")) > _MAX_ADDRESS:
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors",
                "This address is too long: at most 64 characters before @ and 254 in all.",
            ),
        )
    return address


def normalize_username(raw: str | None, field: str = "username") -> str | None:
    """Return the login name (None when empty: the address is used), or raise.

    The same check applies to what the user typed and to what discovery found: a name with
    a control character (CR, LF, NUL, TAB…) would split or corrupt an IMAP or SMTP
    command, so it is refused rather than sent.
    """
    text = (raw or "").strip()
    if not text:
        return None
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text):  # noqa: PLR2004 - C0 and DEL
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The user name contains an invisible control character (such as a line "
                "break): type it again without it.",
            ),
        )
    if len(text.encode("utf-8")) > _MAX_USERNAME:
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP("Errors", "The user name is too long (at most 254 characters)."),
        )
    return text


def require_secret(raw: str, field: str = "password") -> str:
    """Reject an empty password or token, or one with a line break or NUL character.

    Any other character is fine. CR, LF and NUL would end or split the protocol command
    that carries the secret, so no server could accept them anyway.
    """
    if raw == "":
        raise InvalidInputError(field, QT_TRANSLATE_NOOP("Errors", "Enter your password."))
    if _LINE_BREAKERS.intersection(raw):
        raise InvalidInputError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The password contains a line break or an invisible character that no mail "
                "server accepts: type it again (copying it may have added one).",
            ),
        )
    return raw
