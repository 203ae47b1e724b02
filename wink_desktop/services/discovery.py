"""Auto-discovery: every source at once, the highest-priority answer wins.

Modelled on Thunderbird for Android's priority-parallel runner: a source's answer is
accepted as soon as every higher-priority source has finished without one; the sources
still running are then cancelled. The whole search is bounded (8 s by default).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

from wink_desktop.core.discovery import (
    Discovered,
    DiscoveryResult,
    DiscoverySource,
    Outcome,
    Source,
    SourceFailure,
    SourceReport,
)
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.settings import ServerSettings

#: The whole discovery answers within this many seconds, whatever happens.
DISCOVERY_DEADLINE = 8.0


@dataclass
class _Run:
    source: DiscoverySource
    task: asyncio.Task[Discovered | None]
    started: float
    report: SourceReport | None = None


async def discover(
    email: str,
    sources: Sequence[DiscoverySource],
    *,
    deadline: float = DISCOVERY_DEADLINE,
) -> DiscoveryResult:
    """Find IMAP and SMTP settings for ``email`` (its domain already in punycode).

    Args:
        email: the address.
        sources: the sources to use, in any order (their ``source`` gives the priority).
        deadline: seconds before the remaining sources are given up.

    Returns:
        The winning answer, if any, and a report of every source.
    """
    started = time.monotonic()
    ordered = sorted(sources, key=lambda s: s.source.priority)
    shortcut = await _registry_first(email, ordered, started)
    if shortcut is not None:
        return shortcut
    runs = [
        _Run(source, asyncio.create_task(_delayed(source, email)), time.monotonic())
        for source in ordered
    ]
    try:
        winner = await _race(runs, started + deadline)
    finally:
        for run in runs:
            if not run.task.done():
                run.task.cancel()
        await asyncio.gather(*(run.task for run in runs), return_exceptions=True)
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


async def _registry_first(
    email: str, ordered: list[DiscoverySource], started: float
) -> DiscoveryResult | None:
    """Ask the bundled registry alone first.

    It needs no network: when it knows the domain, nothing else starts, so the user's
    domain is not sent anywhere for nothing.
    """
    if not ordered or ordered[0].source is not Source.REGISTRY:
        return None
    try:
        first = checked(await ordered[0].lookup(email))
    except SourceFailure:
        first = None
    if first is None:
        return None
    elapsed = int((time.monotonic() - started) * 1000)
    reports = [SourceReport(Source.REGISTRY, Outcome.FOUND, elapsed, _where(first))]
    reports += [SourceReport(s.source, Outcome.SKIPPED, 0) for s in ordered[1:]]
    return DiscoveryResult(email, first, reports, elapsed)


async def _race(runs: list[_Run], end: float) -> Discovered | None:
    """Wait until the answer is decided, the network is found down, or time is up."""
    pending = {run.task for run in runs}
    while pending:
        done, pending = await asyncio.wait(
            pending, timeout=max(0.0, end - time.monotonic()), return_when=asyncio.FIRST_COMPLETED
        )
        if not done:
            return None
        for run in runs:
            if run.task in done and run.report is None:
                run.report = _report(run)
        winner, decided = _decide(runs)
        if decided or _offline(runs):
            return winner
    return None


async def _delayed(source: DiscoverySource, email: str) -> Discovered | None:
    if source.start_delay > 0:
        await asyncio.sleep(source.start_delay)
    return checked(await source.lookup(email))


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
        if not run.task.done():
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
    if not run.task.done() or run.task.cancelled() or run.task.exception() is not None:
        return None
    return run.task.result()


def _elapsed(run: _Run) -> int:
    return int((time.monotonic() - run.started) * 1000)


def _report(run: _Run) -> SourceReport:
    name: Source = run.source.source
    if run.task.cancelled():
        return SourceReport(name, Outcome.CANCELLED, _elapsed(run))
    error = run.task.exception()
    if isinstance(error, SourceFailure):
        return SourceReport(name, error.outcome, _elapsed(run), error.note)
    if error is not None:
        return SourceReport(name, Outcome.FAILED, _elapsed(run), type(error).__name__)
    found = run.task.result()
    if found is None:
        return SourceReport(name, Outcome.NOTHING, _elapsed(run))
    return SourceReport(name, Outcome.FOUND, _elapsed(run), _where(found))


def _where(found: Discovered) -> str:
    return ", ".join(s.address() for s in (found.imap, found.smtp) if s is not None)
