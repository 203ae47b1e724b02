"""Running service coroutines from Qt code on the qasync loop, and cancelling them."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

# asyncio and logging load on first use: this module is on the start-up path.


class TaskSet:
    """The background tasks of one window or view-model; cancelled together on close."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def start(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Schedule ``coroutine`` on the running (qasync) loop.

        Raises:
            RuntimeError: there is no event loop any more (the app is closing); the
                coroutine is closed first, so it is not reported as never awaited.
        """
        import asyncio  # noqa: PLC0415

        try:
            task = asyncio.ensure_future(coroutine)
        except RuntimeError:
            # Closed, not left pending: an un-awaited coroutine would warn at shutdown.
            coroutine.close()
            raise
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            import logging  # noqa: PLC0415

            logging.getLogger(__name__).error("background task failed", exc_info=task.exception())

    def cancel_all(self) -> None:
        """Cancel everything still running."""
        for task in list(self._tasks):
            task.cancel()

    @property
    def busy(self) -> bool:
        """Whether anything is still running."""
        return any(not task.done() for task in self._tasks)
