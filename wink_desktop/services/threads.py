"""Blocking work awaited from the event loop, on daemon threads."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def run_blocking(fn: Callable[[], T]) -> T:
    """Run ``fn`` in a daemon thread of its own; its result comes back to the event loop.

    Not an executor: ``asyncio.run()`` and the interpreter join executor threads at exit,
    so one worker stuck in a blocking read (a server drip-feeding its answer) would keep
    the process alive after its answer is known. A daemon thread is dropped at exit; the
    work in it must be bounded anyway (deadlines, sockets closed by a watchdog).
    Cancelling the awaiting task does not stop ``fn``: tell it to stop another way.
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

    threading.Thread(target=work, name="wink-blocking", daemon=True).start()
    return await future
