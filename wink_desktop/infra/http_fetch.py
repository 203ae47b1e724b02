"""A small, careful HTTP(S) GET for discovery.

Bounded in time and size, certificates verified against the system trust store, names
resolved like every other connection (``$WINK_DNS_SERVER`` in tests), at most three
redirects and only within the same site, never from https down to http.
"""

from __future__ import annotations

import http.client
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from wink_desktop import __version__
from wink_desktop.infra import tls
from wink_desktop.infra.dns import resolve_addresses

#: Limit for one request (connect, TLS, headers and body), in seconds.
HTTP_TIMEOUT = 5.0
#: Largest document accepted; autoconfig files are a few kilobytes.
MAX_BYTES = 256 * 1024
MAX_REDIRECTS = 3
_REDIRECTS = {301, 302, 303, 307, 308}
_OK = 200


class FetchError(OSError):
    """The document could not be fetched (status, size, redirect policy, ...)."""


class NotFoundError(FetchError):
    """The server says there is no such document (404 or 410)."""


@dataclass(frozen=True)
class Fetched:
    """A fetched document and the URL it finally came from."""

    url: str
    body: bytes


def site_of(host: str) -> str:
    """The registrable part of a host name, roughly.

    ``autoconfig.mail.example.co.uk`` gives ``example.co.uk``: enough to keep redirects
    within one organisation, and to look up the organisation behind an MX host.
    """
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and (labels[-2] in _SECOND_LEVEL or len(labels[-2]) <= 2):  # noqa: PLR2004
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "gouv", "asso", "nom"}


def fetch(url: str, timeout: float = HTTP_TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET ``url`` and return its body (status 200 only).

    Raises:
        FetchError: not 200, too large, a redirect we refuse.
        TimeoutError, OSError, ssl.SSLError: network and TLS failures.
    """
    deadline = time.monotonic() + timeout
    first_site = site_of(urlsplit(url).hostname or "")
    for _ in range(MAX_REDIRECTS + 1):
        status, location, body = _get_once(url, deadline, max_bytes)
        if status == _OK:
            return Fetched(url, body)
        if status in {404, 410}:
            raise NotFoundError(url)
        if status not in _REDIRECTS or not location:
            msg = f"HTTP {status}"
            raise FetchError(msg)
        target = urljoin(url, location)
        parts, old = urlsplit(target), urlsplit(url)
        downgrade = old.scheme == "https" and parts.scheme != "https"
        if parts.scheme not in {"http", "https"} or downgrade:
            msg = "redirect to an insecure or unknown scheme refused"
            raise FetchError(msg)
        if site_of(parts.hostname or "") != first_site:
            msg = f"redirect to another site refused ({parts.hostname})"
            raise FetchError(msg)
        url = target
    msg = "too many redirects"
    raise FetchError(msg)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left


def _get_once(url: str, deadline: float, max_bytes: int) -> tuple[int, str, bytes]:
    parts = urlsplit(url)
    host = parts.hostname or ""
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    sock = _connect(host, port, deadline)
    connection = http.client.HTTPConnection(host, port, timeout=_remaining(deadline))
    response: http.client.HTTPResponse | None = None
    try:
        if secure:
            sock = tls.verifying_context().wrap_socket(sock, server_hostname=host)
        sock.settimeout(_remaining(deadline))
        connection.sock = sock
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        connection.request(
            "GET",
            path,
            headers={
                "User-Agent": f"WinkDesktop/{__version__}",
                "Accept": "application/xml, text/xml;q=0.9, */*;q=0.1",
                "Connection": "close",
            },
        )
        # http.client lets go of its socket after the headers of a "Connection: close"
        # response (the body is read through the response): no socket call after this.
        response = connection.getresponse()
        return (
            response.status,
            response.getheader("Location") or "",
            _body(response, deadline, max_bytes),
        )
    finally:
        if response is not None:
            response.close()
        connection.close()
        sock.close()


def _body(response: http.client.HTTPResponse, deadline: float, max_bytes: int) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        msg = "document too large"
        raise FetchError(msg)
    body = b""
    while len(body) <= max_bytes:
        _remaining(deadline)
        chunk = response.read(16384)
        if not chunk:
            return body
        body += chunk
    msg = "document too large"
    raise FetchError(msg)


def _connect(host: str, port: int, deadline: float) -> socket.socket:
    last: OSError | None = None
    for family, sockaddr in resolve_addresses(host, port, min(3.0, _remaining(deadline))):
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(_remaining(deadline))
        try:
            sock.connect(sockaddr)
        except OSError as exc:
            sock.close()
            last = exc
            continue
        return sock
    raise last or OSError(f"no address for {host}")
