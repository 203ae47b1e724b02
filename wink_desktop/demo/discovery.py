"""Discovery without a network, scripted.

An address lookup answered from a table (what the wizard's email page asks), and a source
for the runner (the core's blocking ``DiscoverySource`` port).
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field

from wink_desktop.core.discovery import Discovered, Outcome, Source, SourceFailure, Stop


@dataclass
class ScriptedLookup:
    """Finds settings by the address's domain, like discovery would, without a network.

    Attributes:
        answers: what each domain's lookup finds (a missing domain finds nothing).
        gate: when set, every lookup waits for it (tests of cancelling and of typing on).
        asked: every address looked up, in order.
    """

    answers: dict[str, Discovered] = field(default_factory=dict)
    gate: asyncio.Event | None = None
    asked: list[str] = field(default_factory=list)

    async def __call__(self, email: str) -> Discovered | None:
        """The settings found for ``email``, or None."""
        self.asked.append(email)
        if self.gate is not None:
            await self.gate.wait()
        found = self.answers.get(email.rpartition("@")[2].lower())
        return found._replace(email=email) if found is not None else None


@dataclass
class ScriptedSource:
    """A discovery source (the core's blocking port) that answers as scripted.

    Attributes:
        source: which source it plays (its priority).
        result: what it answers: settings, nothing (None), or a failure to raise.
        gate: when given, the lookup waits for it (stopping the search also opens it).
        start_delay: seconds the runner waits before starting it.
        calls: every address looked up. stops: the Stop each lookup was given.
        started, answered: set when a lookup begins and when it answers.
    """

    source: Source
    result: Discovered | SourceFailure | None
    gate: threading.Event | None = None
    start_delay: float = 0.0
    calls: list[str] = field(default_factory=list)
    stops: list[Stop] = field(default_factory=list)
    started: threading.Event = field(default_factory=threading.Event)
    answered: threading.Event = field(default_factory=threading.Event)

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """Record the call, wait for the gate if any, then answer as scripted."""
        self.calls.append(email)
        self.stops.append(stop)
        self.started.set()
        if self.gate is not None:
            stop.on_cancel(self.gate.set)  # a stopped source ends at once
            self.gate.wait()
            if stop.cancelled:
                raise SourceFailure(Outcome.CANCELLED)
        self.answered.set()
        if isinstance(self.result, SourceFailure):
            raise self.result
        return self.result

    @property
    def stopped(self) -> bool:
        """Whether the last lookup was told to stop."""
        return bool(self.stops) and self.stops[-1].cancelled
