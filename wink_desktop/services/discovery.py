"""Auto-discovery: every source at once, the highest-priority answer wins.

Modelled on Thunderbird for Android's priority-parallel runner: a source's answer is
accepted as soon as every higher-priority source has finished without one; the sources
still running are then told to stop. The whole search is bounded (8 s by default).

Every source is blocking network code on a daemon thread of its own: no event loop is
needed (``wink-desktop discover`` starts without asyncio), and a source stuck in a read
never keeps the process alive once the answer is known. The GUI awaits ``discover``.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Sequence

from wink_desktop.core.discovery import (
    Discovered,
    DiscoveryResult,
    DiscoverySource,
    Outcome,
    Source,
    SourceFailure,
    SourceReport,
    Stop,
)
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.settings import ServerSettings

#: The whole discovery answers within this many seconds, whatever happens.
DISCOVERY_DEADLINE = 8.0


class _Inbox:
    """Finished runs, handed to the runner's thread (a queue without loading ``queue``)."""

    def __init__(self) -> None:
        self._items: deque[_Run | None] = deque()
        self._ready = threading.Condition()

    def put(self, item: _Run | None) -> None:
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def get(self, timeout: float) -> _Run | None:
        """The next finished run; None when cancelled. Raises TimeoutError."""
        with self._ready:
            if not self._ready.wait_for(lambda: self._items, timeout):
                raise TimeoutError
            return self._items.popleft()


class _Run:
    """One source on its thread. Only the runner's thread sets ``report``."""

    def __init__(self, source: DiscoverySource, stop: Stop, started: float) -> None:
        self.source = source
        self.stop = stop
        self.started = started
        self.ended: float | None = None
        self.result: Discovered | None = None
        self.error: BaseException | None = None
        self.report: SourceReport | None = None

    def work(self, email: str, done: _Inbox) -> None:
        try:
            if self.source.start_delay > 0 and self.stop.wait(self.source.start_delay):
                self.error = SourceFailure(Outcome.CANCELLED)
            else:
                self.result = checked(self.source.lookup(email, self.stop))
        except BaseException as exc:  # noqa: BLE001 - becomes this source's report
            self.error = exc
        self.ended = time.monotonic()
        done.put(self)


async def discover(
    email: str,
    sources: Sequence[DiscoverySource],
    *,
    deadline: float = DISCOVERY_DEADLINE,
) -> DiscoveryResult:
    """``discover_blocking`` for an event loop: cancelling the task stops every source.

    Args:
        email: the address.
        sources: the sources to use, highest priority first (the order of the wiring's
            list of sources).
        deadline: seconds before the remaining sources are given up.

    Returns:
        The winning answer, if any, and a report of every source.
    """
    import asyncio  # noqa: PLC0415 - the CLI's discovery path never loads asyncio

    from wink_desktop.services.threads import run_blocking  # noqa: PLC0415

    stop = Stop.after(deadline)
    try:
        return await run_blocking(
            lambda: discover_blocking(email, sources, deadline=deadline, stop=stop)
        )
    except asyncio.CancelledError:
        stop.cancel()
        raise


def discover_blocking(
    email: str,
    sources: Sequence[DiscoverySource],
    *,
    deadline: float = DISCOVERY_DEADLINE,
    stop: Stop | None = None,
) -> DiscoveryResult:
    """Find IMAP and SMTP settings for ``email`` (its domain already in punycode).

    Args:
        email: the address.
        sources: the sources to use, highest priority first (the order of the wiring's
            list of sources).
        deadline: seconds before the remaining sources are given up.
        stop: cancelling it stops the search (the result then says who was cancelled).

    Returns:
        The winning answer, if any, and a report of every source.
    """
    started = time.monotonic()
    whole = Stop(started + deadline, stop)
    ordered = list(sources)
    shortcut = _registry_first(email, ordered, started, whole)
    if shortcut is not None:
        return shortcut
    done = _Inbox()
    whole.on_cancel(lambda: done.put(None))  # wakes the race at once
    runs = [_Run(source, whole.child(), time.monotonic()) for source in ordered]
    for run in runs:
        threading.Thread(
            target=run.work, args=(email, done), name="wink-discovery", daemon=True
        ).start()
    try:
        winner = _race(runs, done, whole)
    finally:
        for run in runs:
            run.stop.cancel()
    timed_out = time.monotonic() - started >= deadline
    for run in runs:
        if run.report is None:
            outcome = Outcome.TIMEOUT if timed_out else Outcome.CANCELLED
            run.report = SourceReport(run.source.source, outcome, _elapsed(run))
    if winner is None:
        # Out of time: the best answer that did arrive.
        winner = next((f for run in runs if (f := _found(run)) is not None), None)
    return DiscoveryResult(
        email=email,
        found=winner,
        reports=[run.report for run in runs if run.report is not None],
        elapsed_ms=int((time.monotonic() - started) * 1000),
    )


def _registry_first(
    email: str, ordered: list[DiscoverySource], started: float, stop: Stop
) -> DiscoveryResult | None:
    """Ask the bundled registry alone first.

    It needs no network: when it knows the domain, nothing else starts, so the user's
    domain is not sent anywhere for nothing.
    """
    if not ordered or ordered[0].source is not Source.REGISTRY:
        return None
    try:
        first = checked(ordered[0].lookup(email, stop))
    except SourceFailure:
        first = None
    if first is None:
        return None
    elapsed = int((time.monotonic() - started) * 1000)
    reports = [SourceReport(Source.REGISTRY, Outcome.FOUND, elapsed, _where(first))]
    reports += [SourceReport(s.source, Outcome.SKIPPED, 0) for s in ordered[1:]]
    return DiscoveryResult(email, first, reports, elapsed)


def _race(runs: list[_Run], done: _Inbox, whole: Stop) -> Discovered | None:
    """Wait until the answer is decided, the network is found down, or time is up."""
    waiting = len(runs)
    while waiting:
        left = whole.remaining()
        if left <= 0:
            return None
        try:
            run = done.get(left)
        except TimeoutError:
            return None
        if run is None:  # the whole search was cancelled
            return None
        waiting -= 1
        run.report = _report(run)
        winner, decided = _decide(runs)
        if decided or _offline(runs):
            return winner
    return None


def checked(found: Discovered | None) -> Discovered | None:
    """``found`` if its servers pass the validation typed values pass, else a failure.

    Every source validates its own records (and skips the bad ones); this is the last
    gate, so that no source can hand the wizard or the CLI a value a user could not type.

    Raises:
        SourceFailure: a server in the answer is not valid.
    """
    if found is None:
        return None
    for prefix, server in (("imap_", found.imap), ("smtp_", found.smtp)):
        if server is None:
            continue
        try:
            again = ServerSettings.parse(
                server.host,
                str(server.port),
                server.security,
                server.username,
                field_prefix=prefix,
            )
        except InvalidInputError as exc:
            raise SourceFailure(Outcome.FAILED, f"invalid {exc.field}") from exc
        if again != server:
            raise SourceFailure(Outcome.FAILED, f"invalid {prefix}settings")
    return found


def _decide(runs: list[_Run]) -> tuple[Discovered | None, bool]:
    """The best answer if it is final: every higher-priority source has finished."""
    for run in runs:
        if run.report is None:
            return None, False
        found = _found(run)
        if found is not None:
            return found, True
    return None, True


def _offline(runs: list[_Run]) -> bool:
    """Whether every network source that started at once found the network down.

    Then there is no point starting the delayed ones: they would fail the same way, later.
    """
    immediate = [
        r for r in runs if r.source.source is not Source.REGISTRY and not r.source.start_delay
    ]
    return bool(immediate) and all(
        r.report is not None and r.report.outcome is Outcome.OFFLINE for r in immediate
    )


def _found(run: _Run) -> Discovered | None:
    if run.report is None or run.error is not None:
        return None
    return run.result


def _elapsed(run: _Run) -> int:
    return int(((run.ended or time.monotonic()) - run.started) * 1000)


def _report(run: _Run) -> SourceReport:
    name: Source = run.source.source
    error = run.error
    if isinstance(error, SourceFailure):
        return SourceReport(name, error.outcome, _elapsed(run), error.note)
    if error is not None:
        return SourceReport(name, Outcome.FAILED, _elapsed(run), type(error).__name__)
    if run.result is None:
        return SourceReport(name, Outcome.NOTHING, _elapsed(run))
    return SourceReport(name, Outcome.FOUND, _elapsed(run), _where(run.result))


def _where(found: Discovered) -> str:
    return ", ".join(s.address() for s in (found.imap, found.smtp) if s is not None)
