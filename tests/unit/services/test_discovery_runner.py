"""The priority-parallel runner: the best source wins, the slow ones cannot hold it up.

The sources here are small in-process stand-ins with controlled timing: what is under
test is the runner's ordering, cancelling and deadline, not any network code.
"""

from __future__ import annotations

import asyncio
import threading

from wink_desktop.core.discovery import Discovered, Outcome, Source, SourceFailure, Stop
from wink_desktop.core.models import Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.discovery import ScriptedSource as Scripted
from wink_desktop.services.discovery import discover, discover_blocking

EMAIL = "marie@acme.test"


def answer(source: Source) -> Discovered:
    server = ServerSettings(f"{source.value}.acme.test", 993, Security.SSL)
    return Discovered(EMAIL, source, True, server, server)


def test_registry_hit_starts_nothing_else() -> None:
    network = Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG))
    result = discover_blocking(EMAIL, [Scripted(Source.REGISTRY, answer(Source.REGISTRY)), network])
    assert result.found is not None
    assert result.found.source is Source.REGISTRY
    assert network.calls == []
    assert [r.outcome for r in result.reports] == [Outcome.FOUND, Outcome.SKIPPED]


def test_a_lower_source_waits_for_a_higher_one_and_loses() -> None:
    gate = threading.Event()
    high = Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG), gate)
    low = Scripted(Source.SRV, answer(Source.SRV))
    results: list[object] = []
    runner = threading.Thread(target=lambda: results.append(discover_blocking(EMAIL, [high, low])))
    runner.start()
    assert low.answered.wait(5)  # the low source has answered...
    assert results == []  # ...but may not win while a better source is still out
    gate.set()
    runner.join(5)
    result = results[0]
    assert result.found is not None  # type: ignore[attr-defined]
    assert result.found.source is Source.AUTOCONFIG  # type: ignore[attr-defined]


def test_the_order_of_the_list_is_the_priority() -> None:
    # Both answer at once: the one listed first wins, whichever kind of source it is.
    first = Scripted(Source.SRV, answer(Source.SRV))
    second = Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG))
    result = discover_blocking(EMAIL, [first, second])
    assert result.found is not None
    assert result.found.source is Source.SRV
    swapped = discover_blocking(EMAIL, [second, first])
    assert swapped.found is not None
    assert swapped.found.source is Source.AUTOCONFIG


def test_a_higher_source_with_nothing_lets_the_next_one_win_and_stops_the_rest() -> None:
    never = Scripted(Source.GUESS, answer(Source.GUESS), threading.Event())
    sources = [
        Scripted(Source.AUTOCONFIG, None),
        Scripted(Source.ISPDB, SourceFailure(Outcome.FAILED, "HTTP 500")),
        Scripted(Source.SRV, answer(Source.SRV)),
        never,
    ]
    result = discover_blocking(EMAIL, sources)
    assert result.found is not None
    assert result.found.source is Source.SRV
    assert never.stopped
    outcomes = {r.source: r.outcome for r in result.reports}
    assert outcomes == {
        Source.AUTOCONFIG: Outcome.NOTHING,
        Source.ISPDB: Outcome.FAILED,
        Source.SRV: Outcome.FOUND,
        Source.GUESS: Outcome.CANCELLED,
    }


def test_the_deadline_takes_the_best_answer_so_far() -> None:
    slow = Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG), threading.Event())
    result = discover_blocking(EMAIL, [slow, Scripted(Source.MX, answer(Source.MX))], deadline=0.2)
    assert result.found is not None
    assert result.found.source is Source.MX
    outcomes = {r.source: r.outcome for r in result.reports}
    assert outcomes[Source.AUTOCONFIG] is Outcome.TIMEOUT
    assert slow.stopped


def test_offline_everywhere_stops_at_once_and_says_so() -> None:
    late = Scripted(Source.GUESS, answer(Source.GUESS), start_delay=30)
    sources = [
        Scripted(Source.REGISTRY, None),
        Scripted(Source.AUTOCONFIG, SourceFailure(Outcome.OFFLINE)),
        Scripted(Source.SRV, SourceFailure(Outcome.OFFLINE)),
        late,
    ]
    result = discover_blocking(EMAIL, sources)
    assert result.found is None
    assert result.offline
    assert late.calls == []


def test_stopping_the_search_ends_it_and_every_source() -> None:
    waiting = Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG), threading.Event())
    stop = Stop.after(60)
    results: list[object] = []
    runner = threading.Thread(
        target=lambda: results.append(discover_blocking(EMAIL, [waiting], stop=stop))
    )
    runner.start()
    assert waiting.started.wait(5)
    stop.cancel()
    runner.join(5)
    assert results, "the search did not end when stopped"
    assert waiting.stopped
    assert [r.outcome for r in results[0].reports] == [Outcome.CANCELLED]  # type: ignore[attr-defined]


def test_cancelling_the_awaiting_task_stops_every_source() -> None:
    waiting = Scripted(Source.AUTOCONFIG, answer(Source.AUTOCONFIG), threading.Event())

    async def scenario() -> None:
        task = asyncio.create_task(discover(EMAIL, [waiting]))
        assert await asyncio.to_thread(waiting.started.wait, 5)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    asyncio.run(scenario())
    assert waiting.stopped


def test_the_awaitable_form_gives_the_same_answer() -> None:
    sources = [Scripted(Source.ISPDB, None), Scripted(Source.SRV, answer(Source.SRV))]
    result = asyncio.run(discover(EMAIL, sources))
    assert result.found is not None
    assert result.found.source is Source.SRV
