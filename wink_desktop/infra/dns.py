"""DNS for discovery and the probes: the system resolver, or ``$WINK_DNS_SERVER``."""

from __future__ import annotations

import errno
import os
import socket
from dataclasses import dataclass
from typing import Any

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


def make_resolver(timeout: float = DNS_TIMEOUT) -> Any:
    """A dnspython resolver: ``$WINK_DNS_SERVER`` if set, else the system's configuration."""
    import dns.resolver  # noqa: PLC0415 - dnspython loads only when discovery runs

    server = os.environ.get(DNS_SERVER_ENV)
    if server:
        host, _, port = server.rpartition(":")
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = [host.strip("[]")]
        resolver.port = int(port)
    else:
        resolver = dns.resolver.Resolver()
    resolver.lifetime = timeout
    resolver.timeout = timeout
    return resolver


@dataclass(frozen=True)
class Answer:
    """Records of one query, and whether DNSSEC vouched for them (the AD flag)."""

    records: list[Any]
    authenticated: bool


def query(name: str, rdtype: str, timeout: float = DNS_TIMEOUT) -> Answer:
    """Query ``name``; an empty answer when it does not exist.

    Raises:
        NetworkDownError: no network.
        TimeoutError: no answer in time.
        OSError: other failures.
    """
    import dns.exception  # noqa: PLC0415
    import dns.flags  # noqa: PLC0415
    import dns.resolver  # noqa: PLC0415

    resolver = make_resolver(timeout)
    resolver.use_edns(0, dns.flags.DO, 1232)
    try:
        answer = resolver.resolve(name, rdtype, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return Answer([], authenticated=False)
    except dns.exception.Timeout as exc:
        msg = f"DNS {rdtype} {name}"
        raise TimeoutError(msg) from exc
    except dns.resolver.NoNameservers as exc:
        if any(is_network_down(item) for item in _failures(exc)):
            raise NetworkDownError(errno.ENETUNREACH, "network unreachable") from exc
        msg = f"DNS {rdtype} {name}: no server answered"
        raise OSError(msg) from exc
    except OSError as exc:
        if is_network_down(exc):
            raise NetworkDownError(errno.ENETUNREACH, "network unreachable") from exc
        raise
    response = answer.response
    authenticated = bool(response.flags & dns.flags.AD)
    return Answer(list(answer.rrset or []), authenticated)


def _failures(exc: Any) -> list[BaseException]:
    """The exceptions behind dnspython's NoNameservers (one per server tried)."""
    entries = getattr(exc, "kwargs", {}).get("errors", [])
    return [item for entry in entries for item in entry if isinstance(item, BaseException)]


def resolve_addresses(host: str, port: int, timeout: float = DNS_TIMEOUT) -> list[Address]:
    """Addresses to connect to (``$WINK_DNS_SERVER`` or the system resolver).

    Raises:
        NameNotFoundError: the name does not exist.
        NetworkDownError, TimeoutError, OSError: as :func:`query`.
    """
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
    addresses: list[Address] = []
    for rdtype, family in (("A", socket.AF_INET), ("AAAA", socket.AF_INET6)):
        addresses.extend(
            (family, (str(record.address), port)) for record in query(host, rdtype, timeout).records
        )
    if not addresses:
        raise NameNotFoundError(host)
    return addresses
