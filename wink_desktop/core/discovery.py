"""What auto-discovery finds: types shared by the sources, the runner, the UI and the CLI."""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from typing import NamedTuple, Protocol

from wink_desktop.core.settings import ServerSettings


class Source(enum.StrEnum):
    """Where an answer came from.

    Their priority is not here: it is the order of the wiring's list of sources, which the
    runner keeps (a source listed earlier wins over any later one).
    """

    REGISTRY = "registry"
    AUTOCONFIG = "autoconfig"
    ISPDB = "ispdb"
    SRV = "srv"
    MX = "mx"
    GUESS = "guess"


class Discovered(NamedTuple):
    """Settings found for an address (immutable; ``_replace`` makes a changed copy).

    Named tuples rather than dataclasses here: ``discover`` loads this module on every
    run, and dataclasses (with inspect) would add ~5 ms to each start.

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


class SourceReport(NamedTuple):
    """What one source did, for ``--explain`` and diagnostics."""

    source: Source
    outcome: Outcome
    elapsed_ms: int
    note: str = ""


class DiscoveryResult(NamedTuple):
    """The winning answer (if any), and what every source did."""

    email: str
    found: Discovered | None
    reports: list[SourceReport]
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


class Stop:
    """When blocking work must end: an absolute deadline, and a cancellation from any thread.

    Discovery runs on daemon threads: a source gets a ``Stop``, passes ``remaining()`` to
    its sockets and stops starting new attempts once ``stopped``. Children are cancelled
    with their parent, so the runner can stop one source, or everything at once.
    """

    def __init__(self, deadline: float, parent: Stop | None = None) -> None:
        """A stop at ``deadline`` (``time.monotonic()`` clock), never later than ``parent``'s."""
        self.deadline: float = deadline if parent is None else min(deadline, parent.deadline)
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []
        if parent is not None:
            parent.on_cancel(self.cancel)

    @classmethod
    def after(cls, seconds: float, parent: Stop | None = None) -> Stop:
        """A stop ``seconds`` from now."""
        return cls(time.monotonic() + seconds, parent)

    def child(self) -> Stop:
        """A stop with the same deadline that can be cancelled alone."""
        return Stop(self.deadline, self)

    def remaining(self) -> float:
        """Seconds left before the deadline (0 when it has passed or when cancelled)."""
        if self._event.is_set():
            return 0.0
        return max(0.0, self.deadline - time.monotonic())

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel()`` was called (here or on a parent)."""
        return self._event.is_set()

    @property
    def stopped(self) -> bool:
        """Whether the work must end now: cancelled or out of time."""
        return self.remaining() <= 0

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds`` (never past the deadline); True when stopped meanwhile."""
        self._event.wait(max(0.0, min(seconds, self.deadline - time.monotonic())))
        return self.stopped

    def cancel(self) -> None:
        """Stop now; listeners (children, sockets to close) are told once."""
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener()

    def on_cancel(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` when cancelled (at once when already cancelled)."""
        with self._lock:
            if not self._event.is_set():
                self._listeners.append(listener)
                return
        listener()


class DiscoverySource(Protocol):
    """One way of finding settings (the registry, autoconfig, DNS SRV, ...).

    Lookups block: the runner calls each source on a daemon thread of its own.
    """

    source: Source
    #: Seconds to wait before starting (the last resort starts late, to stay quiet when
    #: a better source answers quickly).
    start_delay: float

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """Find settings for ``email``; None when this source knows nothing.

        Args:
            email: the address (domain in punycode).
            stop: when to give up; network calls get at most ``stop.remaining()`` seconds
                and no new attempt starts once ``stop.stopped``.

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
