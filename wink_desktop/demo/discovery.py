"""An address lookup answered from a table (what the wizard's email page asks)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from wink_desktop.core.discovery import Discovered


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
