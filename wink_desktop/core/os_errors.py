"""Operating-system errors in words a user can act on, in their language.

``str(OSError)`` is the C library's English (``[Errno 111] Connection refused``) whatever
the user's language: the probes and discovery sources note these texts instead, marked
for the catalogue (context ``OsError``), and whoever shows a note translates it.
"""

from __future__ import annotations

import errno
import socket

from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate

# The context these texts are translated in.
CONTEXT = "OsError"

_BY_ERRNO: dict[int, str] = {
    errno.ECONNREFUSED: QT_TRANSLATE_NOOP(
        "OsError", "connection refused: nothing answers on this port"
    ),
    errno.ECONNRESET: QT_TRANSLATE_NOOP("OsError", "connection reset by the server"),
    errno.ECONNABORTED: QT_TRANSLATE_NOOP("OsError", "connection aborted"),
    errno.EPIPE: QT_TRANSLATE_NOOP("OsError", "connection closed by the server"),
    errno.ETIMEDOUT: QT_TRANSLATE_NOOP("OsError", "no answer in time"),
    errno.EHOSTUNREACH: QT_TRANSLATE_NOOP("OsError", "server unreachable from this network"),
    errno.EHOSTDOWN: QT_TRANSLATE_NOOP("OsError", "server unreachable from this network"),
    errno.ENETUNREACH: QT_TRANSLATE_NOOP("OsError", "network unreachable"),
    errno.ENETDOWN: QT_TRANSLATE_NOOP("OsError", "network unreachable"),
    errno.EADDRNOTAVAIL: QT_TRANSLATE_NOOP("OsError", "address not available on this computer"),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "OsError", "connection blocked on this computer (firewall or permissions)"
    ),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "OsError", "connection blocked on this computer (firewall or permissions)"
    ),
}

_NO_SUCH_NAME = QT_TRANSLATE_NOOP("OsError", "this server name does not exist in DNS")
_DNS_FAILED = QT_TRANSLATE_NOOP("OsError", "DNS did not answer: try again in a moment")
_BY_RESOLVER_CODE: dict[int, str] = {
    code: text
    for name, text in (
        ("EAI_NONAME", _NO_SUCH_NAME),
        ("EAI_NODATA", _NO_SUCH_NAME),
        ("EAI_AGAIN", _DNS_FAILED),
        ("EAI_FAIL", _DNS_FAILED),
    )
    # The resolver's codes differ between systems, and some are missing on some.
    if (code := getattr(socket, name, None)) is not None
}
_OTHER = QT_TRANSLATE_NOOP("OsError", "system error")


def os_error_text(exc: OSError) -> str:
    """The English source text for ``exc``, to translate in context :data:`CONTEXT`.

    Unknown errors get a generic text with their number, never the system's English.
    """
    if isinstance(exc, socket.gaierror):
        known = _BY_RESOLVER_CODE.get(exc.errno) if exc.errno is not None else None
    else:
        known = _BY_ERRNO.get(exc.errno) if exc.errno is not None else None
    if known is not None:
        return known
    return f"{_OTHER} ({type(exc).__name__} {exc.errno})" if exc.errno else _OTHER


def translate_note(note: str, translate: Translate) -> str:
    """A step's or a source's note in the user's language.

    Notes that are one of this module's texts are translated; anything else (a server's
    own words) is shown as it is.
    """
    if note.startswith(f"{_OTHER} ("):
        return translate(CONTEXT, _OTHER) + note[len(_OTHER) :]
    return translate(CONTEXT, note) if note else note
