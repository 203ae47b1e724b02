"""Proving the mailbox can send: a short email to itself, watched for in its inbox."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from wink_desktop.core.checks import Problem, Protocol, ServerReport, StepResult
from wink_desktop.core.delivery import DELIVERY_WAIT, DeliveryProbe, TestMessage
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wink_desktop.core.probing import ProbeRequest, ProbeRun
from wink_desktop.services.mailbox import Mailbox

_CTX = "TestMessage"
_SUBJECT = QT_TRANSLATE_NOOP("TestMessage", "Wink Desktop: test email")
_BODY = QT_TRANSLATE_NOOP(
    "TestMessage",
    "This email was sent by Wink Desktop from your mailbox to itself, to check that it can "
    "send and receive. You can delete it.",
)


@dataclass(frozen=True)
class DeliveryResult:
    """What sending the test email found.

    Attributes:
        smtp: the sending's report (sign-in, then the message handed over).
        imap: the inbox watch's report; None when sending failed (nothing to wait for).
        seconds: from the start of sending to the message found in INBOX, when it was.
    """

    smtp: ServerReport
    imap: ServerReport | None
    seconds: float | None

    @property
    def ok(self) -> bool:
        """Whether the message was sent and arrived."""
        return self.seconds is not None

    @property
    def problem(self) -> Problem | None:
        """The first problem met (refused, never delivered, …)."""
        if self.smtp.problem is not None:
            return self.smtp.problem
        return self.imap.problem if self.imap is not None else None


class DeliveryCheck:
    """Sends the test email of the saved mailbox; one at a time.

    Args:
        mailbox: gives the saved account and its secret.
        probe: sends over SMTP and watches over IMAP.
        wait: how long to watch INBOX, in seconds.
    """

    def __init__(
        self, mailbox: Mailbox, probe: DeliveryProbe, *, wait: float = DELIVERY_WAIT
    ) -> None:
        self._mailbox = mailbox
        self._probe = probe
        self.wait = wait
        self._running = False

    @property
    def running(self) -> bool:
        """Whether a test email is on its way (a second one is refused meanwhile)."""
        return self._running

    async def send(
        self,
        translate: Translate = untranslated,
        on_step: Callable[[StepResult], None] | None = None,
    ) -> DeliveryResult:
        """Send one short email from the mailbox to itself and wait for it in INBOX.

        Nothing is sent to anybody else. Cancelling stops both servers' work at once.

        Raises:
            RuntimeError: a test email is already on its way.
            LookupError: no mailbox is connected.
            WinkError: the secret cannot be read, or the connection needs the user.
        """
        if self._running:
            msg = "a test email is already on its way"
            raise RuntimeError(msg)
        self._running = True
        try:
            return await self._send(translate, on_step)
        finally:
            self._running = False

    async def _send(
        self, translate: Translate, on_step: Callable[[StepResult], None] | None
    ) -> DeliveryResult:
        account, credentials, options = await self._mailbox.sign_in_details()
        loop = asyncio.get_running_loop()

        def from_worker(result: StepResult) -> None:
            if on_step is not None:
                loop.call_soon_threadsafe(on_step, result)

        message = TestMessage(
            secrets.token_hex(16), translate(_CTX, _SUBJECT), translate(_CTX, _BODY)
        )

        def request(protocol: Protocol) -> ProbeRequest:
            server = account.imap if protocol is Protocol.IMAP else account.smtp
            return ProbeRequest(protocol, account.email, server, credentials, options)

        started = time.monotonic()
        sent = await _run(self._probe.prepare_send(request(Protocol.SMTP), message, from_worker))
        if not sent.ok:
            return DeliveryResult(sent, None, None)
        watch = self._probe.prepare_watch(
            request(Protocol.IMAP), message.token, self.wait, from_worker
        )
        watched = await _run(watch)
        await asyncio.sleep(0)  # steps queued by the workers come before the result
        seconds = time.monotonic() - started if watched.ok else None
        return DeliveryResult(sent, watched, seconds)


async def _run(run: ProbeRun) -> ServerReport:
    try:
        return await asyncio.to_thread(run.wait)
    except asyncio.CancelledError:
        run.cancel()
        raise
