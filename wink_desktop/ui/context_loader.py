"""Building the windows' services off the GUI thread, once.

On the start-up path: nothing heavy is imported here (the services load in the worker).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from wink_desktop.ui.context import AppContext


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
