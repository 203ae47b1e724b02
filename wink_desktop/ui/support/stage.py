"""Where one scene is set up and torn down: bounded waits, and what to undo afterwards."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from wink_desktop.core.providers import ProviderCatalogue

W = TypeVar("W", bound=QWidget)

#: The longest any screen may take to reach its state (the fakes answer at once).
SCENE_LIMIT = 10.0


class SceneError(RuntimeError):
    """A screen did not reach the state its picture shows."""


class Stage:
    """Where one scene is set up: the catalogue, and what to undo once it is drawn.

    Args:
        catalogue: the providers and browser sign-ins (from the composition root).
    """

    def __init__(self, catalogue: ProviderCatalogue) -> None:
        self.catalogue = catalogue
        self._undo: list[Callable[[], object]] = []

    def later(self, action: Callable[[], object]) -> None:
        """Run ``action`` when the scene is over (last registered, first run)."""
        self._undo.append(action)

    async def until(self, ready: Callable[[], bool], what: str) -> None:
        """Let the event loop run until ``ready()`` (a bounded wait, not a timing)."""
        deadline = time.monotonic() + SCENE_LIMIT
        while not ready():
            if time.monotonic() > deadline:
                raise SceneError(what)
            await asyncio.sleep(0.005)
        await self.settle()

    async def settle(self) -> None:
        """Let pending layouts, polish and queued calls run before the picture.

        By awaiting, never with ``processEvents()``: that would run the loop's other tasks
        inside this one, which asyncio refuses.
        """
        for _ in range(3):
            await asyncio.sleep(0.01)

    def close(self) -> None:
        """Undo the scene: close its windows, open its gates."""
        while self._undo:
            self._undo.pop()()


def child(parent: QWidget, kind: type[W], name: str) -> W:
    """The child called ``name`` (its object name); a missing one is a SceneError."""
    found = parent.findChild(kind, name)
    if found is None:
        raise SceneError(name)
    return found


Build = Callable[[Stage], Awaitable[QWidget]]


@dataclass(frozen=True)
class Scene:
    """One picture.

    Attributes:
        name: the file's name, without its number and extension.
        section: the id of the article's section it illustrates.
        caption: what it shows (English source text, context ``Screens``).
        build: opens the screen in that state and returns the widget to draw.
    """

    name: str
    section: str
    caption: str
    build: Build
