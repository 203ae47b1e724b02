"""The test email: sent through the real Postfix, delivered by LMTP, found by IMAP."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

from tests.fixtures.dovecot import DovecotServer, MailUser, changeable_user
from tests.fixtures.hostile import ScriptedServer
from tests.fixtures.pki import ServerPKI
from tests.fixtures.postfix import PostfixServer
from tests.fixtures.scripts import Peer
from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import ProblemCode, Step, StepResult
from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.stores import MemoryAccountStore, MemorySecretStore
from wink_desktop.infra.account_store import JsonAccountStore
from wink_desktop.infra.delivery import SmtpDelivery
from wink_desktop.infra.probes import default_probes
from wink_desktop.services.delivery import DeliveryCheck, DeliveryResult
from wink_desktop.services.mailbox import Mailbox

pytestmark = [pytest.mark.servers, pytest.mark.usefixtures("trust_test_ca")]

# Users of their own: other tests expect the shared users' inboxes as they left them.
ERIN = MailUser("erin@example.test", "Erin-Pass-1")
ELOISE = MailUser("eloise@example.test", "Eloise-Pass-2")


@pytest.fixture
def erin(dovecot: DovecotServer) -> Iterator[MailUser]:
    yield from changeable_user(dovecot, ERIN)


@pytest.fixture
def eloise(dovecot: DovecotServer) -> Iterator[MailUser]:
    yield from changeable_user(dovecot, ELOISE)


def connected_mailbox(user: MailUser, imap: ServerSettings, smtp: ServerSettings) -> Mailbox:
    mailbox = Mailbox(MemoryAccountStore(), MemorySecretStore(), default_probes())
    connected = asyncio.run(mailbox.connect_with_password(user.address, imap, smtp, user.password))
    assert connected.account is not None, connected.report
    return mailbox


def inbox_subjects(pki: ServerPKI, dovecot: DovecotServer, user: MailUser) -> list[str]:
    context = ssl.create_default_context(cafile=str(pki.ca))
    with IMAPClient("localhost", port=dovecot.tls_port, ssl=True, ssl_context=context) as client:
        client.plain_login(user.address, user.password)
        client.select_folder("INBOX", readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["ENVELOPE"])
        return [data[b"ENVELOPE"].subject.decode() for data in fetched.values()]


@pytest.mark.parametrize(
    ("name", "smtp_security"), [("erin", Security.SSL), ("eloise", Security.STARTTLS)]
)
def test_the_test_email_goes_through_postfix_and_arrives_in_the_inbox(
    pki: ServerPKI,
    dovecot: DovecotServer,
    postfix: PostfixServer,
    request: pytest.FixtureRequest,
    name: str,
    smtp_security: Security,
) -> None:
    user: MailUser = request.getfixturevalue(name)
    smtp_port = postfix.tls_port if smtp_security is Security.SSL else postfix.starttls_port
    mailbox = connected_mailbox(
        user,
        ServerSettings("localhost", dovecot.tls_port, Security.SSL),
        ServerSettings("localhost", smtp_port, smtp_security),
    )
    steps: list[StepResult] = []

    async def send() -> DeliveryResult:
        return await DeliveryCheck(mailbox, SmtpDelivery(), wait=30).send(on_step=steps.append)

    result = asyncio.run(send())

    assert result.ok, result.problem
    assert result.seconds is not None
    assert 0 < result.seconds < 30
    done = [(s.protocol.value, s.step) for s in steps if s.ok]
    assert ("smtp", Step.SEND) in done
    assert ("imap", Step.DELIVERY) in done
    assert "Wink Desktop: test email" in inbox_subjects(pki, dovecot, user)


def blackhole(refuse_at: bytes | None, heard: list[bytes] | None = None) -> ScriptedServer:
    """An SMTP server that accepts any sign-in and any message, and delivers nothing.

    With ``refuse_at`` (``MAIL``, ``RCPT``, ``DATA``) it refuses that command with a 554.
    Every line it receives is appended to ``heard``.
    """

    def script(conn: socket.socket, _index: int) -> None:
        peer = Peer(conn, received=heard if heard is not None else [])
        peer.send(b"220 blackhole ESMTP\r\n")
        while line := peer.line():
            verb = line.split(b" ", 1)[0].split(b":", 1)[0].upper()
            if verb == refuse_at:
                peer.send(b"554 5.7.1 Sending from this mailbox is suspended\r\n")
            elif verb == b"EHLO":
                peer.send(b"250-blackhole\r\n250 AUTH PLAIN\r\n")
            elif verb == b"AUTH":
                peer.send(b"235 2.7.0 ok\r\n")
            elif verb == b"DATA":
                peer.send(b"354 go ahead\r\n")
                while (body := peer.line()) not in {b".", b""}:
                    del body
                peer.send(b"250 2.0.0 queued (and lost)\r\n")
            elif verb == b"QUIT":
                peer.send(b"221 bye\r\n")
                return
            else:
                peer.send(b"250 ok\r\n")

    return ScriptedServer(script)


def blackhole_mailbox(tmp_path: Path, dovecot: DovecotServer, server: ScriptedServer) -> Mailbox:
    """ERIN's real IMAP server, with ``server`` as its SMTP server (plaintext, consented)."""
    store = JsonAccountStore(tmp_path)
    secrets = MemorySecretStore()
    account = MailAccount(
        email=ERIN.address,
        method=AuthMethod.PASSWORD,
        imap=ServerSettings("localhost", dovecot.tls_port, Security.SSL),
        smtp=ServerSettings("127.0.0.1", server.port, Security.PLAIN),
        allow_plaintext=True,
    )
    store.save(account)
    secrets.put(account.secret_key, ERIN.password)
    return Mailbox(store, secrets, default_probes())


def test_accepted_but_never_delivered_is_a_clear_error_within_the_wait(
    tmp_path: Path, dovecot: DovecotServer, erin: MailUser
) -> None:
    del erin
    heard: list[bytes] = []
    with blackhole(None, heard) as server:
        mailbox = blackhole_mailbox(tmp_path, dovecot, server)
        check = DeliveryCheck(mailbox, SmtpDelivery(), wait=1.0)
        result = asyncio.run(check.send())

    # One message, from the mailbox to itself and to nobody else.
    envelope = [line.upper() for line in heard if line.upper().startswith((b"MAIL", b"RCPT"))]
    assert envelope == [
        f"MAIL FROM:<{ERIN.address}>".upper().encode(),
        f"RCPT TO:<{ERIN.address}>".upper().encode(),
    ]
    assert sum(line.lower().startswith(b"message-id: <wink-test-") for line in heard) == 1

    assert not result.ok
    assert result.smtp.ok
    assert result.problem is not None
    assert result.problem.code is ProblemCode.NOT_DELIVERED
    assert dict(result.problem.args)["seconds"] == "1"


@pytest.mark.parametrize("verb", [b"MAIL", b"RCPT", b"DATA"])
def test_a_refused_message_says_so_with_the_servers_words_and_waits_for_nothing(
    tmp_path: Path, dovecot: DovecotServer, erin: MailUser, verb: bytes
) -> None:
    del erin
    with blackhole(verb) as server:
        mailbox = blackhole_mailbox(tmp_path, dovecot, server)
        result = asyncio.run(DeliveryCheck(mailbox, SmtpDelivery(), wait=30).send())

    assert result.problem is not None
    assert result.problem.code is ProblemCode.MESSAGE_REFUSED
    assert "suspended" in result.problem.server_said
    assert result.imap is None  # nothing was watched for
