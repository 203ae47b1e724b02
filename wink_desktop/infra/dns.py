"""DNS queries for discovery (SRV, MX): the system's servers, or ``$WINK_DNS_SERVER``.

Addresses to connect to (A/AAAA through the system resolver) are in
:mod:`wink_desktop.infra.addresses`.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
import time
from typing import Any, NamedTuple

from wink_desktop.infra.addresses import (
    DNS_SERVER_ENV,
    DNS_TIMEOUT,
    NetworkDownError,
    is_network_down,
)


def nameservers() -> list[tuple[str, int]]:
    """Where queries go: ``$WINK_DNS_SERVER``, else the system's configured servers."""
    server = os.environ.get(DNS_SERVER_ENV)
    if server:
        host, _, port = server.rpartition(":")
        return [(host.strip("[]"), int(port))]
    import dns.resolver  # noqa: PLC0415 - dnspython loads only when discovery runs

    system = dns.resolver.Resolver()
    return [(str(address), int(system.port)) for address in system.nameservers]


class Answer(NamedTuple):
    """Records of one query, and whether DNSSEC vouched for them (the AD flag)."""

    records: list[Any]
    authenticated: bool


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%", maxsplit=1)[0]).is_loopback
    except ValueError:
        return False


def query(name: str, rdtype: str, timeout: float = DNS_TIMEOUT) -> Answer:
    """Query ``name``; an empty answer when it does not exist.

    Each server is asked over a connected UDP socket (TCP when the answer is truncated),
    so a server that is not there ("port unreachable") fails at once instead of after the
    whole timeout. The AD flag is believed only from a resolver on this computer (RFC 6840
    §5.7): from anywhere else, anyone on the path could have set it.

    Raises:
        NetworkDownError: no network.
        TimeoutError: no answer in time.
        OSError: other failures (every server refused or failed).
    """
    import dns.exception  # noqa: PLC0415
    import dns.flags  # noqa: PLC0415
    import dns.message  # noqa: PLC0415
    import dns.name  # noqa: PLC0415
    import dns.rcode  # noqa: PLC0415
    import dns.rdataclass  # noqa: PLC0415
    import dns.rdatatype  # noqa: PLC0415
    import dns.resolver  # noqa: PLC0415

    deadline = time.monotonic() + timeout
    qname = dns.name.from_text(name)
    kind = dns.rdatatype.from_text(rdtype)
    message = dns.message.make_query(qname, kind, want_dnssec=True, payload=1232)
    message.flags |= dns.flags.AD  # RFC 6840 §5.7: ask for the AD bit explicitly
    last: BaseException | None = None
    for address, port in nameservers():
        left = deadline - time.monotonic()
        if left <= 0:
            break
        try:
            response = _ask(message, address, port, left)
        except dns.exception.Timeout as exc:
            last = TimeoutError(f"DNS {rdtype} {name}")
            last.__cause__ = exc
            continue
        except (OSError, dns.exception.DNSException) as exc:
            if is_network_down(exc):
                raise NetworkDownError(errno.ENETUNREACH, "network unreachable") from exc
            last = exc
            continue
        code = response.rcode()
        if code == dns.rcode.NXDOMAIN:
            return Answer([], authenticated=False)
        if code != dns.rcode.NOERROR:
            last = OSError(f"DNS {rdtype} {name}: {dns.rcode.to_text(code)}")
            continue
        try:
            answer = dns.resolver.Answer(qname, kind, dns.rdataclass.IN, response, address, port)
            records = list(answer.rrset or [])
        except dns.resolver.NoAnswer:
            records = []
        authenticated = bool(response.flags & dns.flags.AD) and _is_loopback(address)
        return Answer(records, authenticated)
    if isinstance(last, TimeoutError) or last is None:
        raise last or TimeoutError(f"DNS {rdtype} {name}")
    msg = f"DNS {rdtype} {name}: no server answered ({last})"
    raise OSError(msg) from last


def _ask(message: Any, address: str, port: int, timeout: float) -> Any:
    """One server, over a connected UDP socket (so ICMP errors are reported), TCP if cut."""
    import dns.query  # noqa: PLC0415

    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as udp:
        udp.setblocking(False)
        udp.connect((address, port))
        response, _tcp = dns.query.udp_with_fallback(
            message, address, timeout=timeout, port=port, udp_sock=udp
        )
    return response
