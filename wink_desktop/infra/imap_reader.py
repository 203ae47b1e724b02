"""Reading the latest INBOX headers with imapclient (read-only, ENVELOPE only)."""

from __future__ import annotations

import contextlib
import email.header
import socket
import ssl
import time
from typing import Any

from wink_desktop.core.messages import LATEST_COUNT, MessageHeader
from wink_desktop.core.models import Security
from wink_desktop.core.probing import CheckOptions
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.infra import tls

_TIMEOUT = 20.0


class ImapInboxReader:
    """:class:`~wink_desktop.core.messages.InboxReader` with imapclient."""

    def latest(
        self,
        email: str,
        server: ServerSettings,
        credentials: Credentials,
        options: CheckOptions,
        count: int = LATEST_COUNT,
    ) -> list[MessageHeader]:
        """The newest ``count`` messages of INBOX, newest first (headers only)."""
        context = tls.verifying_context()
        client = _bounded_client(server, _context(server, options))
        client._imap.debug = 0
        try:
            if server.security is Security.STARTTLS:
                client.starttls(_context(server, options) or context)
            _check_pin(client, options)
            user = server.login(email)
            if credentials.is_token:
                client.oauth2_login(user, credentials.secret)
            elif credentials.secret.isascii() and user.isascii():
                client.login(user, credentials.secret)
            else:
                client.plain_login(user, credentials.secret)
            client.use_uid = False
            total = int(client.select_folder("INBOX", readonly=True).get(b"EXISTS", 0))
            if total == 0:
                return []
            first = max(1, total - count + 1)
            fetched = client.fetch(list(range(first, total + 1)), ["ENVELOPE"])
            headers = [_header(data.get(b"ENVELOPE")) for _, data in sorted(fetched.items())]
            return list(reversed(headers))
        finally:
            with contextlib.suppress(Exception):
                client.logout()
            # logout leaves the socket open when its own exchange fails (a broken server).
            with contextlib.suppress(Exception):
                client.shutdown()


def _bounded_client(server: ServerSettings, context: ssl.SSLContext | None) -> Any:
    """An IMAPClient over :class:`BoundedIMAP4`, which quotes LOGIN's arguments.

    What the server sends is bounded, and each command has ``_TIMEOUT`` seconds in all (not
    per read: a server may drip-feed its answer).
    """
    from imapclient import IMAPClient  # noqa: PLC0415 - loads on first use

    from wink_desktop.infra.imap_wire import BoundedIMAP4  # noqa: PLC0415

    class _Client(IMAPClient):  # type: ignore[misc] # imapclient ships no types
        def _create_IMAP4(self) -> BoundedIMAP4:  # noqa: N802 - imapclient's hook
            sock = socket.create_connection((self.host, self.port), timeout=_TIMEOUT)
            if context is not None and self.ssl:
                sock = context.wrap_socket(sock, server_hostname=self.host)
            return BoundedIMAP4(
                self.host, self.port, time.monotonic, sock=sock, command_timeout=_TIMEOUT
            )

    return _Client(
        server.host,
        port=server.port,
        ssl=server.security is Security.SSL,
        ssl_context=context,
        timeout=_TIMEOUT,
    )


def _context(server: ServerSettings, options: CheckOptions) -> ssl.SSLContext | None:
    if server.security is Security.PLAIN:
        return None
    if options.trusted_fingerprints:
        # The same rule as the probes: a pinned certificate is checked right after.
        return tls.inspecting_context()
    return tls.verifying_context()


def _check_pin(client: Any, options: CheckOptions) -> None:
    if not options.trusted_fingerprints:
        return
    sock = client.socket()
    if isinstance(sock, ssl.SSLSocket):
        der = sock.getpeercert(binary_form=True) or b""
        if tls.fingerprint(der) not in options.trusted_fingerprints:
            msg = "certificate does not match the trusted fingerprint"
            raise ssl.SSLError(msg)


def _decode(value: Any) -> str:
    if value is None:
        return ""
    raw = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    try:
        parts = email.header.decode_header(raw)
    except (ValueError, LookupError):
        return raw
    return "".join(
        part.decode(charset or "utf-8", "replace") if isinstance(part, bytes) else part
        for part, charset in parts
    )


def _header(envelope: Any) -> MessageHeader:
    if envelope is None:
        return MessageHeader("", "", "")
    sender = ""
    if envelope.from_:
        address = envelope.from_[0]
        sender = _decode(address.name) or (
            f"{_decode(address.mailbox)}@{_decode(address.host)}" if address.mailbox else ""
        )
    date = envelope.date.isoformat() if envelope.date else ""
    return MessageHeader(sender, _decode(envelope.subject), date)
