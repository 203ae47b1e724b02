"""Source 5: the domain's mail exchanger (MX).

If the lowest-preference MX belongs to a provider we know (Google Workspace, Microsoft 365,
OVH, ...), that provider answers: a company domain hosted by Google leads to "Continue with
Google". Otherwise the MX host's own organisation is asked (its autoconfig, then the ISP
database). Without DNSSEC the answer is untrusted: the user confirms before a password is
sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wink_desktop.core.discovery import (
    Discovered,
    Outcome,
    ProviderDirectory,
    Source,
    SourceFailure,
    Stop,
)
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.validation import normalize_host
from wink_desktop.infra.addresses import DNS_TIMEOUT
from wink_desktop.infra.discovery.autoconfig_source import IspdbSource, fetch_answer
from wink_desktop.infra.discovery.common import bounded, domain_of
from wink_desktop.infra.dns import query
from wink_desktop.infra.http_fetch import site_of


def _best_exchange(records: list[Any]) -> str | None:
    """The lowest-preference exchange with a valid host name (others are skipped).

    The name ends up in a URL and a lookup, so it is checked like a typed host name; a
    null MX (".", RFC 7505) or a hostile name is skipped.
    """
    for record in sorted(records, key=lambda r: int(r.preference)):
        name = record.exchange.to_text().rstrip(".")
        if not name:
            continue
        try:
            return normalize_host(name, "mx").lower()
        except InvalidInputError:
            continue
    return None


class MxSource:
    """Follows the domain's MX to a provider or an organisation we can ask."""

    source = Source.MX
    start_delay = 0.0

    def __init__(self, directory: ProviderDirectory, ispdb: IspdbSource | None = None) -> None:
        self._directory = directory
        self._ispdb = ispdb or IspdbSource()

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """What the MX tells about ``email``'s domain."""
        domain = domain_of(email)
        answer = bounded(lambda timeout: query(domain, "MX", timeout), stop, DNS_TIMEOUT)
        mx_host = _best_exchange(answer.records)
        if mx_host is None:
            return None
        known = self._directory.for_mx(mx_host, email)
        if known is not None:
            return known._replace(source=self.source, trusted=answer.authenticated)
        site = site_of(mx_host)
        if site == domain:
            return None  # the domain runs its own mail: autoconfig already asked it
        attempts: list[Callable[[], Discovered | None]] = [
            lambda: fetch_answer(
                [f"https://autoconfig.{site}/mail/config-v1.1.xml"], email, self.source, stop
            ),
            lambda: self._ispdb.lookup_domain(email, site, stop),
        ]
        for attempt in attempts:
            if stop.stopped:
                break
            try:
                found = attempt()
            except SourceFailure as failure:
                if failure.outcome is Outcome.OFFLINE:
                    raise
                continue
            if found is not None:
                return found._replace(
                    source=self.source, trusted=found.trusted and answer.authenticated
                )
        return None
