"""The test email: what is sent, and the port that sends it and watches the inbox for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from wink_desktop.core.probing import ProbeRequest, ProbeRun, StepCallback

#: How long the inbox is watched for the test email before saying it never arrived.
DELIVERY_WAIT = 60.0


@dataclass(frozen=True)
class TestMessage:
    """One short email from the mailbox to itself.

    Attributes:
        token: 32 lowercase hexadecimal digits, unique to this message; it is in the
            Message-ID, so the inbox can be searched for it without quoting anything.
        subject: the subject line (in the user's language).
        body: the plain-text body (in the user's language).
    """

    __test__ = False  # not a pytest test class, whatever its name

    token: str
    subject: str
    body: str

    def __post_init__(self) -> None:
        if len(self.token) != 32 or any(ch not in "0123456789abcdef" for ch in self.token):  # noqa: PLR2004
            msg = "a test message token is 32 lowercase hexadecimal digits"
            raise ValueError(msg)


class DeliveryProbe(Protocol):
    """Sends the test email over SMTP and watches INBOX over IMAP (runs block: use workers).

    Both runs sign in like the connection test (password or XOAUTH2 token), with the same
    deadlines, limits and problem codes, and report their steps the same way.
    """

    def prepare_send(
        self, request: ProbeRequest, message: TestMessage, on_step: StepCallback
    ) -> ProbeRun:
        """A run that sends ``message`` from ``request.email`` to ``request.email`` only."""
        ...

    def prepare_watch(
        self, request: ProbeRequest, token: str, wait: float, on_step: StepCallback
    ) -> ProbeRun:
        """A run that signs in, opens INBOX and polls it for ``token`` for ``wait`` seconds.

        A message that has not arrived by then is a ``not_delivered`` problem.
        """
        ...
