"""Keeping an eye on the connection: periodic checks that never lock an account out.

* A check runs at start-up, every 15 minutes (configurable), on demand, and when the
  network comes back; never two at once.
* After the server refused the stored password (or the sign-in expired), automatic checks
  stop until the user acts: providers lock accounts after repeated failures.
* Network and server trouble is retried with an exponential back-off (1 minute, doubling,
  at most the normal interval).
"""

from __future__ import annotations

import asyncio
import enum
import os
from collections.abc import Callable
from dataclasses import dataclass

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import CheckReport, StepResult
from wink_desktop.core.models import ConnectionState
from wink_desktop.services.mailbox import Mailbox

#: Minutes between two automatic checks (``$WINK_HEALTH_INTERVAL`` overrides, in seconds).
DEFAULT_INTERVAL = 15 * 60.0
INTERVAL_ENV = "WINK_HEALTH_INTERVAL"
FIRST_RETRY = 60.0


class Reason(enum.StrEnum):
    """Why a check runs."""

    STARTUP = "startup"
    TIMER = "timer"
    MANUAL = "manual"
    ONLINE = "online"

    @property
    def automatic(self) -> bool:
        """Whether the user did not ask for it."""
        return self is not Reason.MANUAL


@dataclass(frozen=True)
class HealthResult:
    """The outcome of one :meth:`HealthMonitor.check`.

    Attributes:
        account: the account after the check (None: no mailbox connected).
        report: the check's report; None when no check ran (skipped, or no credentials).
        skipped: True when an automatic check was not made (lockout protection).
    """

    account: MailAccount | None
    report: CheckReport | None = None
    skipped: bool = False


class HealthMonitor:
    """Runs checks of the saved mailbox by the rules above; the UI drives the timer."""

    def __init__(self, mailbox: Mailbox, interval: float | None = None) -> None:
        self._mailbox = mailbox
        configured = os.environ.get(INTERVAL_ENV)
        self.interval = interval or (float(configured) if configured else DEFAULT_INTERVAL)
        self._running: asyncio.Task[HealthResult] | None = None
        self._failures = 0

    def next_delay(self, account: MailAccount | None) -> float | None:
        """Seconds until the next automatic check.

        None: no automatic check (nothing to check, or the user must act first).
        """
        if account is None or account.state.needs_user_action:
            return None
        if account.state in {ConnectionState.OFFLINE, ConnectionState.SERVER_ERROR}:
            backoff: float = FIRST_RETRY * 2.0 ** max(0, self._failures - 1)
            return min(self.interval, backoff)
        return self.interval

    async def check(
        self, reason: Reason, on_step: Callable[[StepResult], None] | None = None
    ) -> HealthResult:
        """Check now (or join the check already running)."""
        if self._running is not None and not self._running.done():
            return await asyncio.shield(self._running)
        self._running = asyncio.ensure_future(self._check(reason, on_step))
        return await asyncio.shield(self._running)

    async def _check(
        self, reason: Reason, on_step: Callable[[StepResult], None] | None
    ) -> HealthResult:
        # The lock-out rule is applied by the mailbox under its sign-in turn, so no other
        # sign-in (the inbox reader at start-up) slips between reading the state and acting.
        outcome = await self._mailbox.check_saved(on_step, automatic=reason.automatic)
        if outcome.account is None:
            return HealthResult(None)
        if outcome.skipped:
            return HealthResult(outcome.account, outcome.report, skipped=True)
        updated = outcome.account
        if updated.state in {ConnectionState.OFFLINE, ConnectionState.SERVER_ERROR}:
            self._failures += 1
        else:
            self._failures = 0
        return HealthResult(updated, outcome.report)
