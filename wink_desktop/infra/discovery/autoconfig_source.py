"""Sources 2 and 3: the provider's own autoconfig file, and the ISP database.

Both serve Thunderbird's ``config-v1.1.xml`` format. An answer fetched over https is
trusted; over plain http it is marked untrusted (anyone on the path could have changed it).
"""

from __future__ import annotations

import os
from urllib.parse import quote

from wink_desktop.core.discovery import Discovered, Outcome, Source, SourceFailure, Stop
from wink_desktop.infra.discovery.autoconfig_xml import AutoconfigError, parse_autoconfig
from wink_desktop.infra.discovery.common import bounded, domain_of, first_in_order
from wink_desktop.infra.http_fetch import HTTP_TIMEOUT, Fetched, NotFoundError, fetch

#: Base URL of the ISP database; the domain is appended.
ISPDB_ENV = "WINK_ISPDB_URL"
DEFAULT_ISPDB = "https://autoconfig.thunderbird.net/v1.1/"


def autoconfig_urls(email: str, domain: str) -> list[str]:
    """The provider's own locations, https first (then http, untrusted)."""
    address = quote(email, safe="@")
    paths = [
        f"autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}",
        f"{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
    ]
    return [f"https://{p}" for p in paths] + [f"http://{p}" for p in paths]


def fetch_answer(urls: list[str], email: str, source: Source, stop: Stop) -> Discovered | None:
    """Fetch every URL at once; the first in list order with a usable document answers."""

    def one(url: str, own: Stop) -> Discovered | None:
        document = bounded(lambda timeout: _fetch_or_none(url, timeout), own, HTTP_TIMEOUT)
        if document is None:
            return None
        try:
            answer = parse_autoconfig(document.body, email)
        except AutoconfigError as exc:
            raise SourceFailure(Outcome.FAILED, f"{url}: {exc}") from exc
        if answer is None:
            return None
        return Discovered(
            email=email,
            source=source,
            trusted=document.url.startswith("https://"),
            imap=answer.imap,
            smtp=answer.smtp,
            auth=answer.auth,
            links=answer.links,
        )

    return first_in_order(
        [lambda own, url=url: one(url, own) for url in urls],  # type: ignore[misc]
        stop,
    )


def _fetch_or_none(url: str, timeout: float) -> Fetched | None:
    try:
        return fetch(url, timeout)
    except NotFoundError:
        return None


class AutoconfigSource:
    """``https://autoconfig.{domain}/…`` and ``https://{domain}/.well-known/…``."""

    source = Source.AUTOCONFIG
    start_delay = 0.0

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """Ask the domain itself."""
        domain = domain_of(email)
        return fetch_answer(autoconfig_urls(email, domain), email, self.source, stop)


class IspdbSource:
    """The ISP database (Thunderbird's by default).

    Only the domain is sent, never the address.
    """

    source = Source.ISPDB
    start_delay = 0.0

    def __init__(self, base_url: str | None = None) -> None:
        self._base = base_url or os.environ.get(ISPDB_ENV) or DEFAULT_ISPDB

    def url_for(self, domain: str) -> str:
        """The database URL for ``domain``."""
        return self._base.rstrip("/") + "/" + quote(domain)

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """Ask the database about the address's domain."""
        return self.lookup_domain(email, domain_of(email), stop)

    def lookup_domain(self, email: str, domain: str, stop: Stop) -> Discovered | None:
        """Ask about another domain (the MX host's) on behalf of ``email``."""
        return fetch_answer([self.url_for(domain)], email, self.source, stop)


def as_source(found: Discovered | None, source: Source, *, trusted: bool) -> Discovered | None:
    """The same answer, credited to ``source`` with the given trust."""
    if found is None:
        return None
    return found._replace(source=source, trusted=found.trusted and trusted)
