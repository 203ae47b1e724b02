"""The test email: sent with the SMTP probe's connection, awaited with the IMAP probe's.

Both runs are the connection test's probes with one more step, so the sign-in, deadlines,
byte limits, certificate pins, secret masking and problem codes are exactly theirs.
"""

from __future__ import annotations

import dataclasses
import email.policy
import email.utils
import smtplib
import threading
import time
from email.message import EmailMessage

from imapclient.exceptions import IMAPClientError

from wink_desktop.core.checks import Problem, ProblemCode, Step
from wink_desktop.core.delivery import TestMessage
from wink_desktop.core.probing import ProbeRequest, StepCallback
from wink_desktop.infra.imap_probe import ImapProbeRun, _ProbeClient
from wink_desktop.infra.probe_base import Cancelled, ProbeFailure
from wink_desktop.infra.smtp_probe import SmtpProbeRun

_OK = 250
_START_DATA = 354
_TEMPORARY = range(400, 500)
#: Polling the inbox: quickly at first (local delivery takes well under a second), then
#: every few seconds, so a minute's wait costs a few dozen small commands.
_FIRST_POLL = 0.25
_MAX_POLL = 3.0
#: Room for the last search after the wait is over (its own answer is bounded too).
_LAST_SEARCH = 20.0
_FORBIDDEN_IN_ADDRESS = frozenset("\r\n\0<> ")


class SmtpDelivery:
    """:class:`~wink_desktop.core.delivery.DeliveryProbe` with the real probes' connections."""

    def prepare_send(
        self, request: ProbeRequest, message: TestMessage, on_step: StepCallback
    ) -> SendRun:
        """A run sending ``message`` from the mailbox to itself."""
        return SendRun(request, on_step, message)

    def prepare_watch(
        self, request: ProbeRequest, token: str, wait: float, on_step: StepCallback
    ) -> WatchRun:
        """A run watching INBOX for ``token`` during ``wait`` seconds."""
        return WatchRun(request, on_step, token, wait)


def build_message(sender: str, message: TestMessage) -> bytes:
    """The email, CRLF line ends, with the token in its Message-ID."""
    mail = EmailMessage(policy=email.policy.SMTP)
    mail["From"] = sender
    mail["To"] = sender
    mail["Subject"] = message.subject
    mail["Date"] = email.utils.formatdate(localtime=True)
    domain = sender.rpartition("@")[2] or "wink-desktop.invalid"
    mail["Message-ID"] = f"<wink-test-{message.token}@{domain}>"
    mail["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to it
    mail.set_content(message.body)
    return mail.as_bytes()


class SendRun(SmtpProbeRun):
    """The SMTP check, then MAIL FROM, RCPT TO (the mailbox itself, nobody else) and DATA."""

    def __init__(self, request: ProbeRequest, on_step: StepCallback, message: TestMessage) -> None:
        super().__init__(request, on_step)
        self._message = message

    def _signed_in(self, smtp: smtplib.SMTP) -> None:
        address = self.request.email
        with self._step(Step.SEND) as note:
            if _FORBIDDEN_IN_ADDRESS.intersection(address) or "@" not in address:
                # Never let an address start a new SMTP command (it was validated already).
                raise ProbeFailure(Problem(ProblemCode.MESSAGE_REFUSED))
            options: list[str] = []
            if not address.isascii():
                if not smtp.has_extn("smtputf8"):
                    raise ProbeFailure(
                        self._problem(ProblemCode.SERVER_CAPABILITY_MISSING, variant="smtputf8")
                    )
                options.append("SMTPUTF8")
            data = build_message(address, self._message)
            self._expect(*smtp.mail(address, options), _OK)
            self._expect(*smtp.rcpt(address), _OK, 251)
            self._expect(*smtp.docmd("DATA"), _START_DATA)
            # Dot-stuffing and the final dot, as smtplib's own data() does.
            smtp.send(smtplib.quotedata(data.decode("utf-8")).encode("utf-8") + b"\r\n.\r\n")
            code, said = smtp.getreply()
            self._expect(code, said, _OK)
            note.detail = said.decode("utf-8", "replace")

    def _expect(self, code: int, said: bytes, *accepted: int) -> None:
        if code in accepted:
            return
        words = f"{code} {said.decode('utf-8', 'replace')}"
        if code in _TEMPORARY:
            raise ProbeFailure(Problem(ProblemCode.SERVER_ERROR, server_said=words))
        if code < 400:  # noqa: PLR2004 - a success where a verdict was due: broken server
            raise ProbeFailure(dataclasses.replace(self._protocol_error(), server_said=words))
        raise ProbeFailure(Problem(ProblemCode.MESSAGE_REFUSED, server_said=words))


class WatchRun(ImapProbeRun):
    """The IMAP check, then INBOX searched for the token until it arrives or time is up."""

    def __init__(
        self, request: ProbeRequest, on_step: StepCallback, token: str, wait: float
    ) -> None:
        super().__init__(request, on_step)
        TestMessage(token, "", "")  # refuses anything but 32 hex digits
        self._token = token
        self._wait = wait
        self._stopped = threading.Event()

    def cancel(self) -> None:
        """Stop at once, between two searches too."""
        self._stopped.set()
        super().cancel()

    def _with_inbox(self, client: _ProbeClient) -> None:
        with self._step(Step.DELIVERY, self._wait + _LAST_SEARCH) as note:
            ends = time.monotonic() + self._wait
            pause = _FIRST_POLL
            while True:
                # NOOP first: a server may only show new messages to a session at a command.
                client.noop()
                if client.search(["HEADER", "Message-ID", self._token]):
                    note.detail = "INBOX"
                    return
                left = ends - time.monotonic()
                if left <= 0:
                    raise ProbeFailure(
                        self._problem(ProblemCode.NOT_DELIVERED, seconds=f"{self._wait:g}")
                    )
                if self._stopped.wait(min(pause, left)):
                    raise Cancelled
                pause = min(pause * 2, _MAX_POLL)

    def _classify_protocol_error(self, exc: BaseException, step: Step) -> Problem:
        if isinstance(exc, IMAPClientError) and step is Step.DELIVERY:
            return Problem(ProblemCode.SERVER_ERROR, server_said=self.redact(str(exc))[:200])
        return super()._classify_protocol_error(exc, step)
