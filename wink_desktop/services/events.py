"""A minimal observer: models announce changes; views (Qt or not) listen.

The pattern of napari's ``components.Dims`` and its ``EmitterGroup``: the model knows
nothing of who listens, so it runs and is tested without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    """Callbacks called, in the order they connected, with each emitted value."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], object]] = []

    def connect(self, callback: Callable[[T], object]) -> None:
        """Call ``callback`` on every later emission."""
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], object]) -> None:
        """Stop calling ``callback`` (not connected: nothing happens)."""
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        """Tell every listener."""
        for callback in list(self._callbacks):
            callback(value)
