"""A small, careful HTTP(S) GET for discovery.

Bounded in time and size, certificates verified against the system trust store, names
resolved like every other connection (``$WINK_DNS_SERVER`` in tests), at most three
redirects and only within the same site, never from https down to http, and never from
the Internet to a loopback, private or link-local address.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from wink_desktop import __version__
from wink_desktop.infra.addresses import resolve_addresses

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


class Fetched(NamedTuple):
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

    The deadline is absolute: a server that drip-feeds its answer has its connection cut
    when time is up, and a cut answer is a timeout, never a short document.

    Raises:
        FetchError: not 200, too large, a redirect we refuse.
        TimeoutError, OSError, ssl.SSLError: network and TLS failures.
    """
    deadline = time.monotonic() + timeout
    first_site = site_of(urlsplit(url).hostname or "")
    # A redirect may not lead from the Internet into this computer or its network (the
    # router's admin page, a local service): only where the first request already went.
    allow_internal = True
    for hop in range(MAX_REDIRECTS + 1):
        status, location, body, internal = _get_once(url, deadline, max_bytes, allow_internal)
        if hop == 0:
            allow_internal = internal
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


def _is_internal(address: str) -> bool:
    """Whether ``address`` is loopback, private, link-local or otherwise not on the Internet."""
    ip = ipaddress.ip_address(address.split("%", maxsplit=1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    return not ip.is_global


class _Watchdog:
    """Cuts the connection at the deadline, whatever call is blocked on it.

    A socket timeout bounds each read, not the request: without this, a server sending one
    byte per second keeps a "5 s" request (and its thread) alive for ever.
    """

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock = sock
        self.fired = threading.Event()
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._cut)
        self._timer.daemon = True
        self._timer.start()

    def _cut(self) -> None:
        self.fired.set()
        with contextlib.suppress(OSError):
            # The plain socket's shutdown, also on a TLS socket: it wakes a blocked read
            # without touching the TLS state another thread is using.
            socket.socket.shutdown(self.sock, socket.SHUT_RDWR)

    def stop(self) -> None:
        self._timer.cancel()


def _get_once(
    url: str, deadline: float, max_bytes: int, allow_internal: bool
) -> tuple[int, str, bytes, bool]:
    parts = urlsplit(url)
    host = parts.hostname or ""
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    sock, internal = _connect(host, port, deadline, allow_internal)
    watchdog = _Watchdog(sock, deadline)
    connection = http.client.HTTPConnection(host, port, timeout=_remaining(deadline))
    response: http.client.HTTPResponse | None = None
    try:
        if secure:
            from wink_desktop.infra import tls  # noqa: PLC0415 - only for https

            sock = tls.verifying_context().wrap_socket(sock, server_hostname=host)
            watchdog.sock = sock
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
        answer = (response.status, response.getheader("Location") or "")
        body = _body(response, deadline, max_bytes)
    except (OSError, http.client.HTTPException) as exc:
        if watchdog.fired.is_set():
            raise TimeoutError(url) from exc
        if isinstance(exc, http.client.HTTPException):
            msg = f"not a valid HTTP answer: {type(exc).__name__}"
            raise FetchError(msg) from exc
        raise
    finally:
        watchdog.stop()
        if response is not None:
            response.close()
        connection.close()
        sock.close()
    if watchdog.fired.is_set():
        raise TimeoutError(url)  # cut by the deadline: what arrived is not the document
    return answer[0], answer[1], body, internal


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


def _connect(
    host: str, port: int, deadline: float, allow_internal: bool
) -> tuple[socket.socket, bool]:
    """A connected socket, and whether its address is internal (loopback, private...)."""
    last: OSError | None = None
    for family, sockaddr in resolve_addresses(host, port, min(3.0, _remaining(deadline))):
        internal = _is_internal(sockaddr[0])
        if internal and not allow_internal:
            last = FetchError(f"redirect to a local or private address refused ({host})")
            continue
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(_remaining(deadline))
        try:
            sock.connect(sockaddr)
        except OSError as exc:
            sock.close()
            last = exc
            continue
        return sock, internal
    raise last or OSError(f"no address for {host}")
