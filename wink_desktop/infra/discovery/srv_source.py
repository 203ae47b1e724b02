"""Source 4: DNS SRV records (RFC 6186, with RFC 8314's implicit-TLS services).

``_imaps._tcp`` and ``_submissions._tcp`` (implicit TLS) are preferred over ``_imap._tcp``
and ``_submission._tcp`` (STARTTLS). A target of "." means the service is not offered.
Without DNSSEC the answer is untrusted.
"""

from __future__ import annotations

import asyncio
from typing import Any

from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.models import Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.core.validation import normalize_host
from wink_desktop.infra.discovery.common import domain_of, in_thread
from wink_desktop.infra.dns import DNS_TIMEOUT, query

_SERVICES = {
    "imap": (("_imaps._tcp", Security.SSL), ("_imap._tcp", Security.STARTTLS)),
    "smtp": (("_submissions._tcp", Security.SSL), ("_submission._tcp", Security.STARTTLS)),
}


def best_target(records: list[Any]) -> tuple[str, int] | None:
    """The preferred target (lowest priority, then highest weight); None if "." or none."""
    usable = sorted(records, key=lambda r: (int(r.priority), -int(r.weight)))
    for record in usable:
        target = record.target.to_text().rstrip(".")
        if not target:
            return None  # "." : explicitly not offered
        try:
            return normalize_host(target), int(record.port)
        except InvalidInputError:
            continue
    return None


class SrvSource:
    """Looks for the four mail SRV services of the address's domain."""

    source = Source.SRV
    start_delay = 0.0

    async def lookup(self, email: str) -> Discovered | None:
        """SRV answers for ``email``'s domain (the four queries at once)."""
        domain = domain_of(email)
        wanted = [
            (protocol, label, security)
            for protocol, services in _SERVICES.items()
            for label, security in services
        ]
        answers = await asyncio.gather(
            *(
                in_thread(lambda label=label: query(f"{label}.{domain}", "SRV"), DNS_TIMEOUT + 0.5)  # type: ignore[misc]
                for _, label, _ in wanted
            )
        )
        found: dict[str, ServerSettings] = {}
        authenticated = True
        for (protocol, _, security), answer in zip(wanted, answers, strict=True):
            target = best_target(answer.records)
            if protocol in found or target is None:
                continue
            authenticated = authenticated and answer.authenticated
            found[protocol] = ServerSettings(target[0], target[1], security, email)
        if not found:
            return None
        return Discovered(
            email=email,
            source=self.source,
            trusted=authenticated,
            imap=found.get("imap"),
            smtp=found.get("smtp"),
            auth=("password-cleartext",),
        )
