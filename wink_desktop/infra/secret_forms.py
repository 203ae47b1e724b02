"""Every form in which a probe sends a secret, so that a server echoing it is redacted.

A server may repeat our command in its answer ("NO LOGIN bob "secret" failed", or
"535 AUTH PLAIN AGJvYgBzZWNyZXQ= rejected"). Its text is shown to users and written to
logs, so each form we sent is masked: raw, IMAP-quoted, and base64 of every SASL payload.
A server may also echo part of a base64 blob: the characters that encode the secret alone
are masked too, at each of the three alignments base64 can put it at.
"""

from __future__ import annotations

import base64
import binascii
import re

#: Shorter forms would mask ordinary words in a server's text.
_MIN_FORM = 4
_MASK = "[redacted]"
#: A run of base64 that decodes to this many consecutive bytes of the secret gives it away
#: (a server may echo any part of what we sent, cut anywhere).
_PIECE = 6
_B64_RUN = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64_cores(secret: bytes) -> list[str]:
    """The base64 characters that depend on ``secret`` alone, at each alignment."""
    cores = []
    bits = 8 * len(secret)
    for pad in range(3):
        encoded = _b64(b"\0" * pad + secret).rstrip("=")
        start = -(-8 * pad // 6)  # the first character made only of the secret's bits
        end = (8 * pad + bits) // 6  # one past the last such character
        cores.append(encoded[start:end])
    return cores


def secret_forms(user: str, secret: str, *, is_token: bool) -> list[str]:
    """What to mask in server texts: each way ``secret`` was (or could be) sent.

    Args:
        user: the user name signed in with.
        secret: the password or access token.
        is_token: whether ``secret`` is an OAuth access token (XOAUTH2).
    """
    raw = secret.encode("utf-8")
    name = user.encode("utf-8")
    quoted = secret.replace("\\", "\\\\").replace('"', '\\"')
    payloads = [
        b"\0" + name + b"\0" + raw,  # SASL PLAIN
        raw,  # SASL LOGIN's password
        b"user=" + name + b"\x01auth=Bearer " + raw + b"\x01\x01",  # XOAUTH2
    ]
    forms = {secret, quoted, f'"{quoted}"'}
    forms.update(_b64(payload) for payload in payloads)
    forms.update(_b64_cores(raw))
    if is_token:
        forms.add("Bearer " + secret)
    return sorted((f for f in forms if len(f) >= _MIN_FORM), key=len, reverse=True)


def secret_pieces(secret: str) -> frozenset[bytes]:
    """Every run of ``_PIECE`` consecutive bytes of ``secret`` (all of it when shorter)."""
    raw = secret.encode("utf-8")
    size = min(_PIECE, len(raw))
    return frozenset(raw[i : i + size] for i in range(len(raw) - size + 1)) if raw else frozenset()


def _reveals(run: str, pieces: frozenset[bytes]) -> bool:
    size = len(next(iter(pieces)))
    for start in range(4):  # base64 may start at any of four offsets within the echo
        chunk = run[start:].rstrip("=")
        chunk = chunk[: len(chunk) - len(chunk) % 4]
        try:
            decoded = base64.b64decode(chunk, validate=True)
        except (binascii.Error, ValueError):
            continue
        if any(decoded[i : i + size] in pieces for i in range(len(decoded) - size + 1)):
            return True
    return False


def redact(text: str, forms: list[str], pieces: frozenset[bytes] = frozenset()) -> str:
    """``text`` with every form masked, and every base64 run that decodes to ``pieces``.

    Forms go longest first, so a form inside another goes too.
    """
    for form in forms:
        if form in text:
            text = text.replace(form, _MASK)
    if pieces:
        text = _B64_RUN.sub(lambda m: _MASK if _reveals(m.group(0), pieces) else m.group(0), text)
    return text
