"""The real servers behave like the providers our users connect to."""

from __future__ import annotations

import imaplib
import smtplib
import socket
import ssl
import time
import uuid

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.fixtures.dovecot import BAD_CERT_ADDRESSES, DovecotServer
from tests.fixtures.pki import ServerPKI
from tests.fixtures.plugin import ALICE, BOB
from tests.fixtures.postfix import PostfixServer

pytestmark = pytest.mark.servers


@pytest.fixture
def trusting(pki: ServerPKI) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(pki.ca))


def test_imap_login_over_implicit_tls(dovecot: DovecotServer, trusting: ssl.SSLContext) -> None:
    with IMAPClient("localhost", port=dovecot.tls_port, ssl=True, ssl_context=trusting) as client:
        client.login(ALICE.address, ALICE.password)
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] >= 0


def test_imap_login_after_starttls(dovecot: DovecotServer, trusting: ssl.SSLContext) -> None:
    with IMAPClient("localhost", port=dovecot.starttls_port, ssl=False) as client:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(trusting)
        # LOGIN is ASCII-only in imaplib; AUTHENTICATE PLAIN carries UTF-8 passwords.
        client.plain_login(BOB.address, BOB.password)


def test_imap_wrong_password_is_refused(dovecot: DovecotServer, trusting: ssl.SSLContext) -> None:
    with (
        IMAPClient("localhost", port=dovecot.tls_port, ssl=True, ssl_context=trusting) as client,
        pytest.raises(LoginError),
    ):
        client.login(ALICE.address, "not-the-password")


def test_imap_untrusted_ca_is_rejected(dovecot: DovecotServer) -> None:
    # Without the test CA, the system trust store does not know the server.
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(
            "localhost", port=dovecot.tls_port, ssl=True, ssl_context=ssl.create_default_context()
        )


@pytest.mark.parametrize(
    ("problem", "reason"),
    [
        ("wrong_host", "mismatch"),
        ("self_signed", "self-signed certificate"),
        ("expired", "expired"),
        ("unknown_ca", "self-signed certificate in certificate chain"),
    ],
)
def test_each_bad_certificate_fails_verification(
    dovecot: DovecotServer, trusting: ssl.SSLContext, problem: str, reason: str
) -> None:
    address = BAD_CERT_ADDRESSES[problem]
    with pytest.raises(ssl.SSLCertVerificationError) as caught:
        imaplib.IMAP4_SSL(address, dovecot.tls_port, ssl_context=trusting, timeout=10)
    assert reason in caught.value.verify_message


def test_plaintext_login_is_refused_from_another_address(dovecot: DovecotServer) -> None:
    # Dovecot trusts 127.0.0.1 -> 127.0.0.1; from 127.0.0.2 the channel is not secure.
    sock = socket.create_connection(
        ("127.0.0.1", dovecot.starttls_port), timeout=10, source_address=("127.0.0.2", 0)
    )
    with sock:
        greeting = sock.recv(4096)
        assert b"LOGINDISABLED" in greeting
        sock.sendall(f'a1 LOGIN "{ALICE.address}" "{ALICE.password}"\r\n'.encode())
        answer = sock.recv(4096)
    # Dovecot scolds with an untagged BAD first, then refuses the command itself.
    assert b"a1 NO [PRIVACYREQUIRED]" in answer


@pytest.mark.parametrize("implicit_tls", [True, False], ids=["submissions", "submission"])
def test_smtp_auth_on_both_listeners(
    postfix: PostfixServer, trusting: ssl.SSLContext, implicit_tls: bool
) -> None:
    if implicit_tls:
        client: smtplib.SMTP = smtplib.SMTP_SSL("localhost", postfix.tls_port, context=trusting)
    else:
        client = smtplib.SMTP("localhost", postfix.starttls_port)
        client.ehlo()
        assert not client.has_extn("auth"), "AUTH must only be offered after STARTTLS"
        client.starttls(context=trusting)
    with client:
        code, _ = client.login(ALICE.address, ALICE.password)
    assert code == 235


def test_smtp_wrong_password_is_refused(postfix: PostfixServer, trusting: ssl.SSLContext) -> None:
    with (
        smtplib.SMTP_SSL("localhost", postfix.tls_port, context=trusting) as client,
        pytest.raises(smtplib.SMTPAuthenticationError),
    ):
        client.login(ALICE.address, "not-the-password")


def test_mail_sent_through_smtp_is_accepted_and_delivered(
    postfix: PostfixServer, dovecot: DovecotServer, trusting: ssl.SSLContext
) -> None:
    subject = f"Entretien {uuid.uuid4().hex[:8]}"
    message = (
        f"From: {ALICE.address}\r\nTo: {ALICE.address}\r\nSubject: {subject}\r\n\r\nBonjour\r\n"
    )
    with smtplib.SMTP_SSL("localhost", postfix.tls_port, context=trusting) as client:
        client.login(ALICE.address, ALICE.password)
        refused = client.sendmail(ALICE.address, [ALICE.address], message.encode())
    assert refused == {}
    # Delivery over LMTP is asynchronous: poll the mailbox, bounded.
    deadline = time.monotonic() + 30
    found: list[int] = []
    while not found and time.monotonic() < deadline:
        with IMAPClient("localhost", port=dovecot.tls_port, ssl=True, ssl_context=trusting) as imap:
            imap.login(ALICE.address, ALICE.password)
            imap.select_folder("INBOX", readonly=True)
            found = imap.search(["SUBJECT", subject])
        if not found:
            time.sleep(0.1)
    assert found, "the message never reached the IMAP inbox"
