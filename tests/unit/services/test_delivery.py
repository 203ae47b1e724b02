"""The test email's use case, with scripted runs (no server): order, refusals, one at a time."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import Problem, ProblemCode, Protocol, ServerReport, Step, StepResult
from wink_desktop.core.delivery import TestMessage
from wink_desktop.core.models import AuthMethod, ConnectionState, Security
from wink_desktop.core.oauth import TokenExpiredError
from wink_desktop.core.probing import ProbeRequest, StepCallback
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.stores import MemoryAccountStore, MemorySecretStore
from wink_desktop.services.delivery import DeliveryCheck
from wink_desktop.services.mailbox import Mailbox

ACCOUNT = MailAccount(
    email="marie@example.com",
    method=AuthMethod.PASSWORD,
    imap=ServerSettings("imap.example.com", 993, Security.SSL),
    smtp=ServerSettings("smtp.example.com", 465, Security.SSL),
)


class _Run:
    def __init__(self, report: ServerReport, gate: threading.Event | None = None) -> None:
        self._report, self._gate = report, gate

    def wait(self) -> ServerReport:
        if self._gate is not None:
            assert self._gate.wait(10)
        return self._report

    def cancel(self) -> None:
        if self._gate is not None:
            self._gate.set()


class _Probe:
    def __init__(self, *, refused: bool = False) -> None:
        self.refused = refused
        self.gate = threading.Event()
        self.gate.set()
        self.sent: list[tuple[str, TestMessage]] = []
        self.watched: list[tuple[str, float]] = []
        self.on_send: Callable[[], None] = lambda: None

    def prepare_send(
        self, request: ProbeRequest, message: TestMessage, on_step: StepCallback
    ) -> _Run:
        del on_step
        self.sent.append((request.email, message))
        self.on_send()
        report = ServerReport(Protocol.SMTP, [StepResult(Protocol.SMTP, Step.SEND, True, 1)])
        if self.refused:
            report.problem = Problem(ProblemCode.MESSAGE_REFUSED, server_said="554 no")
        return _Run(report, self.gate)

    def prepare_watch(
        self, request: ProbeRequest, token: str, wait: float, on_step: StepCallback
    ) -> _Run:
        del request, on_step
        self.watched.append((token, wait))
        return _Run(
            ServerReport(Protocol.IMAP, [StepResult(Protocol.IMAP, Step.DELIVERY, True, 1)])
        )


def mailbox(state: ConnectionState = ConnectionState.CONNECTED) -> Mailbox:
    secrets = MemorySecretStore()
    secrets.put(ACCOUNT.secret_key, "pw")
    return Mailbox(MemoryAccountStore(ACCOUNT.with_state(state)), secrets, {})


def test_sends_to_itself_then_watches_for_the_same_token_within_the_wait() -> None:
    probe = _Probe()
    result = asyncio.run(DeliveryCheck(mailbox(), probe, wait=7).send())
    assert result.ok
    assert result.seconds is not None
    [(address, message)] = probe.sent
    assert address == ACCOUNT.email
    assert probe.watched == [(message.token, 7)]


def test_a_refused_message_is_not_waited_for() -> None:
    probe = _Probe(refused=True)
    result = asyncio.run(DeliveryCheck(mailbox(), probe).send())
    assert not result.ok
    assert result.problem is not None
    assert result.problem.code is ProblemCode.MESSAGE_REFUSED
    assert probe.watched == []


def test_never_two_at_once() -> None:
    probe = _Probe()
    probe.gate.clear()
    check = DeliveryCheck(mailbox(), probe)

    async def twice() -> None:
        sending = asyncio.Event()
        probe.on_send = sending.set  # prepared on the loop's thread
        first = asyncio.ensure_future(check.send())
        await asyncio.wait_for(sending.wait(), 10)
        assert check.running
        with pytest.raises(RuntimeError):
            await check.send()
        probe.gate.set()
        assert (await first).ok
        assert not check.running

    asyncio.run(twice())
    assert len(probe.sent) == 1


def test_no_sign_in_while_the_connection_needs_reconnecting() -> None:
    probe = _Probe()
    with pytest.raises(TokenExpiredError):
        asyncio.run(DeliveryCheck(mailbox(ConnectionState.NEEDS_RECONNECTION), probe).send())
    assert probe.sent == []


@pytest.mark.parametrize("token", ["", "G" * 32, "a" * 31, "a\r\nb" + "a" * 28])
def test_a_token_is_32_hex_digits_so_it_never_needs_quoting(token: str) -> None:
    with pytest.raises(ValueError, match="hexadecimal"):
        TestMessage(token, "s", "b")
