"""Helpers shared by the discovery sources."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from wink_desktop.core.discovery import Outcome, SourceFailure
from wink_desktop.infra.dns import is_network_down

T = TypeVar("T")


async def run_blocking(fn: Callable[[], T]) -> T:
    """Run ``fn`` in a daemon thread of its own; its result comes back to the event loop.

    Not an executor: ``asyncio.run()`` and the interpreter join executor threads at exit,
    so one worker stuck in a blocking read (a server drip-feeding its answer) would keep
    the process alive after discovery has answered. A daemon thread is dropped at exit;
    every blocking call in it is bounded anyway (deadlines, sockets closed by a watchdog).
    A dozen lookups run at once (four autoconfig URLs, four SRV queries, guesses...), so
    each gets its thread rather than queueing behind a small pool.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:
        if future.done():
            return  # cancelled meanwhile: nobody waits for it
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def work() -> None:
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - handed over to the awaiting task
            error: BaseException | None = exc
            result = None
        else:
            error = None
        with contextlib.suppress(RuntimeError):  # the loop is already closed
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=work, name="wink-discovery", daemon=True).start()
    return await future


async def in_thread(fn: Callable[[], T], limit: float) -> T:
    """Run blocking network code in a worker thread, bounded; failures become outcomes."""
    try:
        return await asyncio.wait_for(run_blocking(fn), limit)
    except TimeoutError as exc:
        raise SourceFailure(Outcome.TIMEOUT) from exc
    except ssl.SSLError as exc:
        raise SourceFailure(Outcome.FAILED, f"TLS: {exc.reason or exc}") from exc
    except OSError as exc:
        if is_network_down(exc):
            raise SourceFailure(Outcome.OFFLINE) from exc
        raise SourceFailure(Outcome.FAILED, str(exc) or type(exc).__name__) from exc


def domain_of(email: str) -> str:
    """The part after @ (already normalized to punycode by the caller)."""
    return email.rpartition("@")[2].lower()


async def first_in_order(
    attempts: Sequence[Callable[[], Awaitable[T | None]]],
    stagger: float = 0.0,
) -> T | None:
    """Start every attempt at once (or staggered); return the first result in list order.

    An attempt wins once every earlier one has given nothing; the others are cancelled.
    A failure counts as nothing, unless every attempt failed: then the first failure is
    raised (so "offline" or "timeout" is reported rather than "nothing").
    """

    async def start(index: int, attempt: Callable[[], Awaitable[T | None]]) -> T | None:
        if stagger and index:
            await asyncio.sleep(index * stagger)
        return await attempt()

    tasks = [asyncio.create_task(start(i, a)) for i, a in enumerate(attempts)]
    errors: list[BaseException] = []
    try:
        for task in tasks:
            try:
                result = await task
            except SourceFailure as exc:
                errors.append(exc)
                continue
            if result is not None:
                return result
        if errors and len(errors) == len(tasks):
            raise errors[0]
        return None
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
