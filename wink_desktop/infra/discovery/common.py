"""Helpers shared by the discovery sources: bounded calls and parallel attempts on threads.

Discovery needs no event loop: every source is blocking network code, each on a daemon
thread of its own (a thread stuck in a read never keeps the process alive at exit), each
call bounded by the source's ``Stop``.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from wink_desktop.core.discovery import Outcome, SourceFailure, Stop
from wink_desktop.infra.addresses import is_network_down

T = TypeVar("T")


def bounded(fn: Callable[[float], T], stop: Stop, limit: float) -> T:
    """Call blocking network code with a timeout; failures become outcomes.

    Args:
        fn: the call; it gets its timeout in seconds (absolute for the whole call).
        stop: the source's stop: the timeout never goes past its deadline.
        limit: the call's own limit in seconds.

    Raises:
        SourceFailure: cancelled, out of time, offline, or any other network failure.
    """
    if stop.cancelled:
        raise SourceFailure(Outcome.CANCELLED)
    timeout = min(limit, stop.remaining())
    if timeout <= 0:
        raise SourceFailure(Outcome.TIMEOUT)
    try:
        return fn(timeout)
    except TimeoutError as exc:
        raise SourceFailure(Outcome.TIMEOUT) from exc
    except ssl.SSLError as exc:
        raise SourceFailure(Outcome.FAILED, f"TLS: {exc.reason or exc}") from exc
    except OSError as exc:
        if is_network_down(exc):
            raise SourceFailure(Outcome.OFFLINE) from exc
        from wink_desktop.core.os_errors import os_error_text  # noqa: PLC0415 - failures only

        raise SourceFailure(Outcome.FAILED, os_error_text(exc)) from exc


def domain_of(email: str) -> str:
    """The part after @ (already normalized to punycode by the caller)."""
    return email.rpartition("@")[2].lower()


class _Attempts(Generic[T]):
    """Attempts running on daemon threads, each with its own stop, results kept in order."""

    def __init__(
        self, attempts: Sequence[Callable[[Stop], T | None]], stop: Stop, stagger: float
    ) -> None:
        self._stop = stop
        self.stops = [stop.child() for _ in attempts]
        self._outcomes: list[tuple[T | None, BaseException | None] | None] = [None] * len(attempts)
        self._changed = threading.Condition()
        stop.on_cancel(self._wake)
        for index, attempt in enumerate(attempts):
            threading.Thread(
                target=self._run,
                args=(index, attempt, index * stagger),
                name="wink-discovery",
                daemon=True,
            ).start()

    def _wake(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def _run(self, index: int, attempt: Callable[[Stop], T | None], delay: float) -> None:
        own = self.stops[index]
        outcome: tuple[T | None, BaseException | None]
        try:
            if delay and own.wait(delay):
                outcome = (None, SourceFailure(Outcome.CANCELLED))
            else:
                outcome = (attempt(own), None)
        except BaseException as exc:  # noqa: BLE001 - handed over to the waiting thread
            outcome = (None, exc)
        with self._changed:
            self._outcomes[index] = outcome
            self._changed.notify_all()

    def result(self, index: int) -> tuple[T | None, BaseException | None]:
        """Wait for attempt ``index``; a stop of the whole ends the wait as a failure."""
        with self._changed:
            while (outcome := self._outcomes[index]) is None:
                if self._stop.cancelled:
                    raise SourceFailure(Outcome.CANCELLED)
                left = self._stop.remaining()
                if left <= 0:
                    raise SourceFailure(Outcome.TIMEOUT)
                self._changed.wait(left)
        return outcome

    def stop_all(self) -> None:
        """Tell every attempt still running to stop (they end on their own, bounded)."""
        for stop in self.stops:
            stop.cancel()


def first_in_order(
    attempts: Sequence[Callable[[Stop], T | None]], stop: Stop, stagger: float = 0.0
) -> T | None:
    """Start every attempt at once (or staggered); return the first result in list order.

    An attempt wins once every earlier one has given nothing; the others are told to stop.
    A failure counts as nothing, unless every attempt failed: then the first failure is
    raised (so "offline" or "timeout" is reported rather than "nothing").
    """
    if len(attempts) == 1 and not stop.stopped:
        return attempts[0](stop)  # no thread of its own for a single attempt
    running = _Attempts(attempts, stop, stagger)
    errors: list[SourceFailure] = []
    try:
        for index in range(len(attempts)):
            result, error = running.result(index)
            if isinstance(error, SourceFailure):
                errors.append(error)
                continue
            if error is not None:
                raise error
            if result is not None:
                return result
        if errors and len(errors) == len(attempts):
            raise errors[0]
        return None
    finally:
        running.stop_all()


def all_of(attempts: Sequence[Callable[[Stop], T]], stop: Stop) -> list[T | SourceFailure]:
    """Run every attempt at once and collect each result or failure, in order.

    Every failure is collected (none is left unreported); a bug in an attempt is raised.
    """
    running = _Attempts(attempts, stop, 0.0)
    results: list[T | SourceFailure] = []
    try:
        for index in range(len(attempts)):
            try:
                result, error = running.result(index)
            except SourceFailure as failure:  # the whole was stopped
                results.append(failure)
                continue
            if isinstance(error, SourceFailure):
                results.append(error)
            elif error is not None:
                raise error
            else:
                results.append(result)  # type: ignore[arg-type]
    finally:
        running.stop_all()
    return results
