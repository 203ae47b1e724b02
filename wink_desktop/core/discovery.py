"""What auto-discovery finds: types shared by the sources, the runner, the UI and the CLI."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol

from wink_desktop.core.settings import ServerSettings


class Source(enum.StrEnum):
    """Where an answer came from, highest priority first."""

    REGISTRY = "registry"
    AUTOCONFIG = "autoconfig"
    ISPDB = "ispdb"
    SRV = "srv"
    MX = "mx"
    GUESS = "guess"

    @property
    def priority(self) -> int:
        """0 is the most trusted and wins over every other source."""
        return list(Source).index(self)


@dataclass(frozen=True)
class Discovered:
    """Settings found for an address.

    Attributes:
        email: the address looked up (domain in punycode).
        source: which source answered.
        trusted: False when the answer came over an unauthenticated channel (http, DNS
            without DNSSEC): the user confirms before a password is sent there.
        imap: incoming server, or None when the provider offers no IMAP (POP3 only).
        smtp: outgoing server, or None when not found.
        provider: the provider's id when it is one we know.
        auth: authentication methods, in autoconfig's words (``password-cleartext``,
            ``OAuth2``, …).
        hints: provider hints to show before sign-in (English source texts).
        links: help pages (documentation) about these settings.
    """

    email: str
    source: Source
    trusted: bool
    imap: ServerSettings | None
    smtp: ServerSettings | None
    provider: str | None = None
    auth: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()
    links: tuple[str, ...] = ()


class Outcome(enum.StrEnum):
    """How one source ended."""

    FOUND = "found"
    NOTHING = "nothing"
    FAILED = "failed"
    TIMEOUT = "timeout"
    OFFLINE = "offline"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class SourceReport:
    """What one source did, for ``--explain`` and diagnostics."""

    source: Source
    outcome: Outcome
    elapsed_ms: int
    note: str = ""


@dataclass
class DiscoveryResult:
    """The winning answer (if any), and what every source did."""

    email: str
    found: Discovered | None
    reports: list[SourceReport] = field(default_factory=list)
    elapsed_ms: int = 0

    @property
    def offline(self) -> bool:
        """True when nothing was found because the network is unreachable."""
        network = [r for r in self.reports if r.source is not Source.REGISTRY]
        answered = {Outcome.FOUND, Outcome.NOTHING, Outcome.FAILED}
        return (
            self.found is None
            and any(r.outcome is Outcome.OFFLINE for r in network)
            and not any(r.outcome in answered for r in network)
        )


class SourceFailure(Exception):  # noqa: N818 - carries an outcome, not an error to show
    """A source could not answer (network down, timeout, bad data): not "nothing found"."""

    def __init__(self, outcome: Outcome, note: str = "") -> None:
        super().__init__(note or outcome.value)
        self.outcome = outcome
        self.note = note


class DiscoverySource(Protocol):
    """One way of finding settings (the registry, autoconfig, DNS SRV, ...)."""

    source: Source
    #: Seconds to wait before starting (the last resort starts late, to stay quiet when
    #: a better source answers quickly).
    start_delay: float

    async def lookup(self, email: str) -> Discovered | None:
        """Find settings for ``email``; None when this source knows nothing.

        Raises:
            SourceFailure: the source could not answer (offline, timeout, bad data).
        """
        ...


class ProviderDirectory(Protocol):
    """The providers we know (the bundled registry), as discovery sees them."""

    def for_email(self, email: str) -> Discovered | None:
        """Settings for an address at a known provider's own domain (gmail.com, ...)."""
        ...

    def for_mx(self, mx_host: str, email: str) -> Discovered | None:
        """Settings when a domain's mail goes to a known provider (Google Workspace, ...)."""
        ...
