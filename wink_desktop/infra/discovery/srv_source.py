"""Source 4: DNS SRV records (RFC 6186, with RFC 8314's implicit-TLS services).

``_imaps._tcp`` and ``_submissions._tcp`` (implicit TLS) are preferred over ``_imap._tcp``
and ``_submission._tcp`` (STARTTLS). A target of "." means the service is not offered;
such a record, a port 0 or an invalid host is skipped for the next record.
Without DNSSEC the answer is untrusted.
"""

from __future__ import annotations

from typing import Any

from wink_desktop.core.discovery import Discovered, Source, SourceFailure, Stop
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.models import Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.infra.addresses import DNS_TIMEOUT
from wink_desktop.infra.discovery.common import all_of, bounded, domain_of
from wink_desktop.infra.dns import query

_SERVICES = {
    "imap": (("_imaps._tcp", Security.SSL), ("_imap._tcp", Security.STARTTLS)),
    "smtp": (("_submissions._tcp", Security.SSL), ("_submission._tcp", Security.STARTTLS)),
}


def best_target(records: list[Any], security: Security, email: str) -> ServerSettings | None:
    """The preferred usable target (lowest priority, then highest weight), validated.

    A record that cannot be used (target ".", port 0, an invalid host name) is skipped and
    the next one in preference order is tried, exactly as a typed value would be refused.
    """
    usable = sorted(records, key=lambda r: (int(r.priority), -int(r.weight)))
    for record in usable:
        target = record.target.to_text().rstrip(".")
        if not target:
            continue  # "." : not offered at this record
        try:
            return ServerSettings.parse(target, str(int(record.port)), security, email)
        except InvalidInputError:
            continue
    return None


class SrvSource:
    """Looks for the four mail SRV services of the address's domain."""

    source = Source.SRV
    start_delay = 0.0

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """SRV answers for ``email``'s domain (the four queries at once)."""
        domain = domain_of(email)
        wanted = [
            (protocol, label, security)
            for protocol, services in _SERVICES.items()
            for label, security in services
        ]
        # Every answer is collected: one query failing fast (a REFUSED answer) must not
        # leave the other three running with nobody to collect their failures.
        answers = all_of(
            [
                lambda own, name=f"{label}.{domain}": bounded(  # type: ignore[misc]
                    lambda timeout: query(name, "SRV", timeout), own, DNS_TIMEOUT
                )
                for _, label, _ in wanted
            ],
            stop,
        )
        found: dict[str, ServerSettings] = {}
        failures: list[SourceFailure] = []
        authenticated = True
        for (protocol, _, security), answer in zip(wanted, answers, strict=True):
            if isinstance(answer, SourceFailure):
                failures.append(answer)
                continue
            if protocol in found:
                continue
            server = best_target(answer.records, security, email)
            if server is None:
                continue
            authenticated = authenticated and answer.authenticated
            found[protocol] = server
        if not found:
            if failures and len(failures) == len(wanted):
                raise failures[0]
            return None
        return Discovered(
            email=email,
            source=self.source,
            trusted=authenticated,
            imap=found.get("imap"),
            smtp=found.get("smtp"),
            auth=("password-cleartext",),
        )
