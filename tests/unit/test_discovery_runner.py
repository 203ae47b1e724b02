"""The priority-parallel runner: the best source wins, the slow ones cannot hold it up.

The sources here are small in-process stand-ins with controlled timing: what is under
test is the runner's ordering, cancelling and deadline, not any network code.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from wink_desktop.core.discovery import Discovered, Outcome, Source, SourceFailure
from wink_desktop.core.models import Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.services.discovery import discover

EMAIL = "marie@acme.test"


def answer(source: Source) -> Discovered:
    server = ServerSettings(f"{source.value}.acme.test", 993, Security.SSL)
    return Discovered(EMAIL, source, True, server, server)


@dataclass
class Scripted:
    source: Source
    result: Discovered | SourceFailure | None
    gate: asyncio.Event | None = None
    start_delay: float = 0.0
    calls: list[str] = field(default_factory=list)
    cancelled: bool = False

    async def lookup(self, email: str) -> Discovered | None:
        self.calls.append(email)
        try:
            if self.gate is not None:
                await self.gate.wait()
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        if isinstance(self.result, SourceFailure):
            raise self.result
        return self.result


def test_registry_hit_starts_nothing_else() -> None:
    network = Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG))
    result = asyncio.run(
        discover(EMAIL, [network, Scripted(Source.REGISTRY, answer(Source.REGISTRY))])
    )
    assert result.found is not None
    assert result.found.source is Source.REGISTRY
    assert network.calls == []
    assert [r.outcome for r in result.reports] == [Outcome.FOUND, Outcome.SKIPPED]


def test_a_lower_source_waits_for_a_higher_one_and_loses() -> None:
    async def scenario() -> tuple[object, Scripted]:
        gate = asyncio.Event()
        high = Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG), gate)
        low = Scripted(Source.SRV, answer(Source.SRV))
        task = asyncio.create_task(discover(EMAIL, [low, high]))
        await asyncio.sleep(0.05)  # let the low source answer first
        assert not task.done()  # it may not win while a better source is still out
        gate.set()
        return await task, low

    result, _ = asyncio.run(scenario())
    assert result.found is not None  # type: ignore[attr-defined]
    assert result.found.source is Source.AUTOCONFIG  # type: ignore[attr-defined]


def test_a_higher_source_with_nothing_lets_the_next_one_win_and_cancels_the_rest() -> None:
    async def scenario() -> tuple[object, Scripted]:
        never = Scripted(Source.GUESS, answer(Source.GUESS), asyncio.Event())
        sources = [
            Scripted(Source.AUTOCONFIG, None),
            Scripted(Source.ISPDB, SourceFailure(Outcome.FAILED, "HTTP 500")),
            Scripted(Source.SRV, answer(Source.SRV)),
            never,
        ]
        return await discover(EMAIL, sources), never

    result, never = asyncio.run(scenario())
    assert result.found is not None  # type: ignore[attr-defined]
    assert result.found.source is Source.SRV  # type: ignore[attr-defined]
    assert never.cancelled
    outcomes = {r.source: r.outcome for r in result.reports}  # type: ignore[attr-defined]
    assert outcomes == {
        Source.AUTOCONFIG: Outcome.NOTHING,
        Source.ISPDB: Outcome.FAILED,
        Source.SRV: Outcome.FOUND,
        Source.GUESS: Outcome.CANCELLED,
    }


def test_the_deadline_takes_the_best_answer_so_far() -> None:
    async def scenario() -> object:
        sources = [
            Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG), asyncio.Event()),
            Scripted(Source.MX, answer(Source.MX)),
        ]
        return await discover(EMAIL, sources, deadline=0.2)

    result = asyncio.run(scenario())
    assert result.found is not None  # type: ignore[attr-defined]
    assert result.found.source is Source.MX  # type: ignore[attr-defined]
    outcomes = {r.source: r.outcome for r in result.reports}  # type: ignore[attr-defined]
    assert outcomes[Source.AUTOCONFIG] is Outcome.TIMEOUT


def test_offline_everywhere_stops_at_once_and_says_so() -> None:
    async def scenario() -> tuple[object, Scripted]:
        late = Scripted(Source.GUESS, answer(Source.GUESS), start_delay=30)
        sources = [
            Scripted(Source.REGISTRY, None),
            Scripted(Source.AUTOCONFIG, SourceFailure(Outcome.OFFLINE)),
            Scripted(Source.SRV, SourceFailure(Outcome.OFFLINE)),
            late,
        ]
        return await asyncio.wait_for(discover(EMAIL, sources), 5), late

    result, late = asyncio.run(scenario())
    assert result.found is None  # type: ignore[attr-defined]
    assert result.offline  # type: ignore[attr-defined]
    assert late.calls == []
