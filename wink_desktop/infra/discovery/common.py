"""Helpers shared by the discovery sources."""

from __future__ import annotations

import asyncio
import concurrent.futures
import ssl
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from wink_desktop.core.discovery import Outcome, SourceFailure
from wink_desktop.infra.dns import is_network_down

T = TypeVar("T")

# Discovery runs a dozen blocking lookups at once (four autoconfig URLs, four SRV queries,
# twelve guesses...): asyncio's default pool (CPU count + 4 threads) would queue them.
_POOL = concurrent.futures.ThreadPoolExecutor(max_workers=32, thread_name_prefix="wink-discovery")


async def run_blocking(fn: Callable[[], T]) -> T:
    """Run ``fn`` in discovery's own thread pool."""
    return await asyncio.get_running_loop().run_in_executor(_POOL, fn)


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
