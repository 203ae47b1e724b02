"""Background work for Qt code: coroutines on the qasync loop, services built in a worker."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from wink_desktop.ui.context import AppContext

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


class ContextLoader:
    """Builds the :class:`AppContext` once, in a worker thread.

    Building reads files, loads the keyring library and the OAuth configuration: the GUI
    thread only awaits it.

    Args:
        make: builds the context (None: a shell without services).
        failed: tells the user the services could not be built (see :meth:`ready_or_none`).
    """

    def __init__(
        self, make: Callable[[], AppContext] | None, failed: Callable[[], None] = lambda: None
    ) -> None:
        self._make = make
        self._failed = failed
        self.built: AppContext | None = None
        self._building: asyncio.Future[AppContext] | None = None

    @property
    def available(self) -> bool:
        """Whether there are services to build."""
        return self._make is not None

    def now(self) -> AppContext:
        """The context, built on this thread if no worker has built it yet.

        Raises:
            RuntimeError: there are no services.
        """
        if self.built is None:
            if self._make is None:
                msg = "this shell has no services"
                raise RuntimeError(msg)
            self.built = self._make()
        return self.built

    async def ready(self) -> AppContext:
        """The context, built in a worker thread on first use (one build for all callers).

        Raises:
            RuntimeError: there are no services.
            Exception: what building raised (a broken ``oauth.toml``); the next call retries.
        """
        if self.built is not None:
            return self.built
        if self._make is None:
            msg = "this shell has no services"
            raise RuntimeError(msg)
        import asyncio  # noqa: PLC0415 - not on the start-up path

        if self._building is None:
            self._building = asyncio.ensure_future(asyncio.to_thread(self._make))
        try:
            context = await asyncio.shield(self._building)
        except BaseException:
            self._building = None
            raise
        self.built = self.built or context
        return self.built

    def when_ready(
        self, action: Callable[[], object], start: Callable[[Coroutine[Any, Any, None]], object]
    ) -> None:
        """Run ``action`` now if the context is built (or there is none), else once built.

        ``start`` schedules the wait (a window's :class:`TaskSet`).
        """
        if self.built is not None or self._make is None:
            action()
            return

        async def later() -> None:
            if await self.ready_or_none() is not None:
                action()

        start(later())

    async def ready_or_none(self) -> AppContext | None:
        """The context, or None after logging why it could not be built and calling ``failed``.

        Every error is caught: this runs in Qt slots' tasks (a broken ``oauth.toml`` raises
        ``OAuthConfigError``), where an exception would only reach the log.
        """
        try:
            return await self.ready()
        except Exception as exc:  # noqa: BLE001 - whatever it is, the user is told
            import logging  # noqa: PLC0415

            logging.getLogger(__name__).warning(
                "setting up the services failed: %s", type(exc).__name__
            )
            self._failed()
            return None
