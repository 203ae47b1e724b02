"""Where to connect: the addresses of a host name, and what "no network" looks like.

Kept apart from :mod:`wink_desktop.infra.dns` (DNS queries for SRV and MX records): a
connection by name needs only the system resolver, so ``discover --source ispdb`` and the
probes do not load the DNS client unless ``$WINK_DNS_SERVER`` points them at one.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket

#: Sends every DNS query to this server (``HOST:PORT``) instead of the system's.
DNS_SERVER_ENV = "WINK_DNS_SERVER"
#: Limit for one DNS query, in seconds.
DNS_TIMEOUT = 3.0

Address = tuple[socket.AddressFamily, tuple[str, int]]

_NETWORK_DOWN = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}


class NameNotFoundError(OSError):
    """The name does not exist (NXDOMAIN), or has no address."""


class NetworkDownError(OSError):
    """No network to ask: the computer is offline."""


def is_network_down(exc: BaseException) -> bool:
    """Whether ``exc`` (or its cause) means there is no network at all."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 10:  # noqa: PLR2004
        if isinstance(current, NetworkDownError):
            return True
        if isinstance(current, socket.gaierror) and current.errno == socket.EAI_AGAIN:
            return True
        if isinstance(current, OSError) and current.errno in _NETWORK_DOWN:
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


def resolve_addresses(host: str, port: int, timeout: float = DNS_TIMEOUT) -> list[Address]:
    """Addresses to connect to (``$WINK_DNS_SERVER`` or the system resolver).

    Raises:
        NameNotFoundError: the name does not exist.
        NetworkDownError, TimeoutError, OSError: as :func:`query`.
    """
    try:
        # An IP literal is its own address: nothing to ask a DNS server about.
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET  # noqa: PLR2004
        return [(family, (str(ip), port))]
    if host == "localhost" or host.endswith(".localhost"):
        # RFC 6761: localhost is always the loopback address, whatever DNS says.
        return [(socket.AF_INET, ("127.0.0.1", port))]
    if not os.environ.get(DNS_SERVER_ENV):
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        found: list[Address] = []
        for family, _, _, _, sockaddr in infos:
            entry = (family, (str(sockaddr[0]), int(sockaddr[1])))
            if entry not in found:
                found.append(entry)
        return found
    from wink_desktop.infra.dns import query  # noqa: PLC0415 - only with $WINK_DNS_SERVER

    addresses: list[Address] = []
    for rdtype, family in (("A", socket.AF_INET), ("AAAA", socket.AF_INET6)):
        addresses.extend(
            (family, (str(record.address), port)) for record in query(host, rdtype, timeout).records
        )
    if not addresses:
        raise NameNotFoundError(host)
    return addresses
