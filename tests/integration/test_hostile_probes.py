"""The probes against scripted hostile servers: injection, floods, drip-feeds, reflections.

Each server is a real TCP server on loopback (tests/fixtures/scripts.py) that behaves like
an ordinary IMAP or SMTP server up to the point under test.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Callable

import pytest
from imapclient.exceptions import LoginError

from tests.fixtures.hostile import ScriptedServer
from tests.fixtures.pki import ServerPKI
from tests.fixtures.scripts import IMAP_GREETING, Peer, imap_session, smtp_session
from wink_desktop.core.checks import ProblemCode, Protocol, ServerReport, Step
from wink_desktop.core.models import Security
from wink_desktop.core.probing import CheckOptions, ProbeRequest
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.infra.imap_probe import ImapProbe
from wink_desktop.infra.imap_reader import ImapInboxReader
from wink_desktop.infra.smtp_probe import SmtpProbe
from wink_desktop.infra.wire import LimitExceededError

PLAIN, STARTTLS = Security.PLAIN, Security.STARTTLS
EMAIL = "bob@example.test"
PASSWORD = "S3cret-pa55word"
#: Plenty for the honest part of each conversation; the misbehaviour is cut long before.
LIMIT = 5.0
#: What a probe may hold in memory, whatever a server sends (the floods reach hundreds of
#: megabytes without bounds).
MEMORY_CAP = 32 * 1024 * 1024

Script = Callable[[Peer], None]


def probe(
    protocol: Protocol,
    port: int,
    *,
    username: str | None = None,
    secret: str = PASSWORD,
    security: Security = PLAIN,
    token: bool = False,
) -> ServerReport:
    """One probe run against 127.0.0.1:``port`` (plain text explicitly allowed)."""
    server = ServerSettings("127.0.0.1", port, security, username)
    request = ProbeRequest(
        protocol,
        EMAIL,
        server,
        Credentials(secret, is_token=token),
        CheckOptions(connect_timeout=LIMIT, step_timeout=LIMIT, allow_plaintext=True),
    )
    prober = ImapProbe() if protocol is Protocol.IMAP else SmtpProbe()
    return prober.prepare(request, lambda _step: None).wait()


def serve(script: Script) -> ScriptedServer:
    return ScriptedServer(lambda conn, _index: script(Peer(conn)))


def code(report: ServerReport) -> ProblemCode | None:
    return report.problem.code if report.problem else None


def shown(report: ServerReport) -> str:
    """Every server text the user may see: step details and the problem's server words."""
    said = report.problem.server_said if report.problem else ""
    return "\n".join([said, *(s.detail for s in report.steps)])


# -- item 1: the user name goes out as an IMAP quoted string ------------------------------


def test_imap_login_quotes_the_user_name_and_the_password() -> None:
    logins: list[bytes] = []

    def refuse(peer: Peer, tag: bytes, line: bytes) -> None:
        logins.append(line)
        peer.send(tag + b" NO [AUTHENTICATIONFAILED] no\r\n")

    with serve(lambda peer: imap_session(peer, refuse)) as server:
        report = probe(Protocol.IMAP, server.port, username='bo b"\\(x){5}', secret='p"w\\d')
    assert code(report) is ProblemCode.AUTH_FAILED
    assert len(logins) == 1
    assert logins[0].split(b" ", 1)[1] == b'LOGIN "bo b\\"\\\\(x){5}" "p\\"w\\\\d"'


def test_a_line_break_in_the_user_name_never_reaches_the_server() -> None:
    seen: list[bytes] = []

    def refuse(peer: Peer, tag: bytes, line: bytes) -> None:
        peer.send(tag + b" NO [AUTHENTICATIONFAILED] no\r\n")

    def script(peer: Peer) -> None:
        imap_session(peer, refuse)
        seen.extend(peer.received)

    with serve(script) as server:
        report = probe(Protocol.IMAP, server.port, username="bob\r\nINJ1 DELETE INBOX")
        server.wait_until_all_closed(30)
    assert not report.ok
    assert not any(b"INJ1" in line for line in seen), seen


# -- items 4 and 6: a probe never spins and never reads without bounds --------------------


def _bye_on_second_starttls(pki: ServerPKI) -> Callable[[object, int], None]:
    def script(conn: object, index: int) -> None:
        peer = Peer(conn)  # type: ignore[arg-type]

        def starttls(peer: Peer, tag: bytes, line: bytes) -> None:
            if index == 0:  # the check itself: a certificate nobody trusts
                peer.send(tag + b" OK begin TLS\r\n")
                peer.secure(pki.unknown_ca)
            else:  # fetching the certificate to show it: the server gives up
                peer.send(b"* BYE going away\r\n")
                peer.conn.close()

        imap_session(peer, _silent, on_starttls=starttls)

    return script


def _run_guarded(work: Callable[[], ServerReport]) -> ServerReport:
    """Run ``work`` in a thread; a probe that spins for ever fails the test instead."""
    result: list[ServerReport] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except Exception as exc:  # noqa: BLE001 - handed to the test's thread
            failure.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    if failure:
        raise failure[0]
    assert result, "the probe never finished"
    return result[0]


def test_starttls_certificate_fetch_ends_when_the_server_says_bye(pki: ServerPKI) -> None:
    with ScriptedServer(_bye_on_second_starttls(pki)) as server:
        report = _run_guarded(lambda: probe(Protocol.IMAP, server.port, security=STARTTLS))
    assert code(report) is ProblemCode.TLS_CERTIFICATE
    assert report.steps[-1].step is Step.STARTTLS


def _silent(*_: object) -> None:
    pass


def _flood_reply(repeated: bytes) -> Callable[[Peer, bytes, bytes], None]:
    def flood(peer: Peer, *_: object) -> None:
        peer.flood(b"", repeated)

    return flood


def _after_greeting(first: bytes, repeated: bytes) -> Script:
    def script(peer: Peer) -> None:
        peer.line()  # the client's first command (CAPABILITY, EHLO)
        peer.flood(first, repeated)

    return script


FLOODS = {
    "smtp greeting continuation": (
        Protocol.SMTP,
        lambda peer: peer.flood(b"", b"220-flood\r\n"),
    ),
    "smtp ehlo continuation": (
        Protocol.SMTP,
        lambda peer: (peer.send(b"220 hi\r\n"), _after_greeting(b"", b"250-flood\r\n")(peer)),
    ),
    "smtp auth continuation": (
        Protocol.SMTP,
        lambda peer: smtp_session(peer, _flood_reply(b"535-no\r\n")),
    ),
    "smtp endless line": (Protocol.SMTP, lambda peer: peer.flood(b"220 ", b"x")),
    "imap huge literal": (
        Protocol.IMAP,
        lambda peer: peer.flood(b"* OK {999999999}\r\n", b"y"),
    ),
    "imap untagged flood": (
        Protocol.IMAP,
        lambda peer: imap_session(peer, _flood_reply(b"* 1 EXISTS\r\n")),
    ),
    "imap endless line": (Protocol.IMAP, lambda peer: peer.flood(IMAP_GREETING, b"z")),
}


@pytest.mark.parametrize("name", list(FLOODS))
def test_a_flood_is_a_protocol_error_with_bounded_memory(name: str) -> None:
    protocol, script = FLOODS[name]
    with serve(script) as server:
        tracemalloc.start()
        try:
            report = probe(protocol, server.port)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert code(report) is ProblemCode.PROTOCOL_ERROR, report
    assert peak < MEMORY_CAP


# -- item 7: a reply cut by the deadline is a timeout, never a success ---------------------


def test_a_drip_fed_smtp_auth_success_is_a_timeout() -> None:
    def slow_yes(peer: Peer, tag: bytes, line: bytes) -> None:
        peer.drip(b"235 2.7.0 Authentication successful, eventually\r\n")

    with serve(lambda peer: smtp_session(peer, slow_yes)) as server:
        report = probe(Protocol.SMTP, server.port)
    assert not report.ok
    assert code(report) is ProblemCode.TIMEOUT
    assert report.steps[-1].step is Step.SIGN_IN


def test_a_drip_fed_imap_login_success_is_a_timeout() -> None:
    def slow_yes(peer: Peer, tag: bytes, line: bytes) -> None:
        peer.drip(tag + b" OK LOGIN completed after a long while\r\n")

    with serve(lambda peer: imap_session(peer, slow_yes)) as server:
        report = probe(Protocol.IMAP, server.port)
    assert not report.ok
    assert code(report) is ProblemCode.TIMEOUT
    assert report.steps[-1].step is Step.SIGN_IN


# -- item 8: a server that echoes our command does not get the secret shown -----------------


def _decodes_to_secret(text: str, secret: str) -> bool:
    """Whether 8 bytes of ``secret`` can be read back from ``text``, as such or from base64."""
    pieces = {secret.encode()[i : i + 8] for i in range(len(secret.encode()) - 7)}
    if secret in text:
        return True
    for run in re.findall(r"[A-Za-z0-9+/]{4,}", text):
        for start in range(4):
            chunk = run[start:]
            chunk = chunk[: len(chunk) - len(chunk) % 4]
            try:
                decoded = base64.b64decode(chunk)
            except binascii.Error:
                continue
            if any(piece in decoded for piece in pieces):
                return True
    return False


def _imap_reflector(peer: Peer, tag: bytes, line: bytes) -> None:
    if b"AUTHENTICATE" in line:
        peer.send(b"+ \r\n")
        answer = peer.line()
        peer.send(tag + b" NO you said " + line + b" then " + answer + b"\r\n")
    else:
        peer.send(tag + b" NO [AUTHENTICATIONFAILED] you said " + line + b"\r\n")


@pytest.mark.parametrize("secret", [PASSWORD, 'a"quoted\\pass', "pässwörd-ünicode"])
def test_an_imap_server_echoing_the_login_does_not_show_the_password(secret: str) -> None:
    with serve(lambda peer: imap_session(peer, _imap_reflector)) as server:
        report = probe(Protocol.IMAP, server.port, secret=secret)
    assert code(report) is ProblemCode.AUTH_FAILED
    assert "you said" in shown(report)
    assert not _decodes_to_secret(shown(report), secret), shown(report)
    quoted = secret.replace("\\", "\\\\").replace('"', '\\"')
    assert quoted not in shown(report)


@pytest.mark.parametrize(
    ("mechanisms", "cut"),
    [
        (b"PLAIN", slice(None)),
        (b"PLAIN", slice(7, -5)),
        (b"PLAIN", slice(9, None)),
        (b"LOGIN", slice(None)),
        (b"XOAUTH2", slice(None)),
        (b"XOAUTH2", slice(13, -2)),
    ],
)
def test_an_smtp_server_echoing_auth_does_not_show_the_secret(
    mechanisms: bytes, cut: slice
) -> None:
    def reflect(peer: Peer, tag: bytes, line: bytes) -> None:
        if line.upper().startswith(b"AUTH LOGIN"):
            peer.send(b"334 UGFzc3dvcmQ6\r\n")
            line = peer.line()
        peer.send(b"535 5.7.8 you said " + line.split(b" ")[-1][cut] + b"\r\n")

    ehlo = b"250-scripted\r\n250 AUTH " + mechanisms + b"\r\n"
    with serve(lambda peer: smtp_session(peer, reflect, ehlo=ehlo)) as server:
        report = probe(Protocol.SMTP, server.port, token=mechanisms == b"XOAUTH2")
    assert code(report) is ProblemCode.AUTH_FAILED
    assert "you said" in shown(report)
    assert not _decodes_to_secret(shown(report), PASSWORD), shown(report)


# -- item 9: an answer that is not a reply is the server's fault, not the password's --------


@pytest.mark.parametrize("answer", [b"hello there\r\n", b"+35 no\r\n", b"2\r\n", b"250 OK\r\n"])
def test_a_garbage_answer_to_smtp_auth_is_a_protocol_error(answer: bytes) -> None:
    def garbage(peer: Peer, tag: bytes, line: bytes) -> None:
        peer.send(answer)

    with serve(lambda peer: smtp_session(peer, garbage)) as server:
        report = probe(Protocol.SMTP, server.port)
    assert code(report) is ProblemCode.PROTOCOL_ERROR, report


@pytest.mark.parametrize("status", [b"WHATEVER", b"BAD"])
@pytest.mark.parametrize("secret", [PASSWORD, "pässwörd"])
def test_a_garbage_answer_to_imap_login_is_a_protocol_error(status: bytes, secret: str) -> None:
    def garbage(peer: Peer, tag: bytes, line: bytes) -> None:
        if b"AUTHENTICATE" in line:
            peer.send(b"+ \r\n")
            peer.line()
        peer.send(tag + b" " + status + b" what?\r\n")

    with serve(lambda peer: imap_session(peer, garbage)) as server:
        report = probe(Protocol.IMAP, server.port, secret=secret)
    assert code(report) is ProblemCode.PROTOCOL_ERROR, report


# -- the same through ``wink-desktop check`` ------------------------------------------------


def _cli(imap: str, imap_security: str, smtp: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"SSL_CERT_FILE", "SSL_CERT_DIR"}}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "wink_desktop",
            "check",
            "--email",
            EMAIL,
            "--json",
            "--imap",
            imap,
            "--imap-security",
            imap_security,
            "--smtp",
            smtp,
            "--smtp-security",
            "plain",
            "--allow-plaintext",
            "--timeout",
            str(LIMIT),
            "--password-stdin",
            *extra,
        ],
        input=PASSWORD + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # a check that spins for ever fails here
        check=False,
    )


def test_check_ends_when_the_certificate_fetch_meets_a_bye(pki: ServerPKI) -> None:
    with (
        ScriptedServer(_bye_on_second_starttls(pki)) as imap,
        serve(lambda peer: smtp_session(peer, _smtp_reflector)) as smtp,
    ):
        result = _cli(f"127.0.0.1:{imap.port}", "starttls", f"127.0.0.1:{smtp.port}")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["imap"]["error"]["code"] == "tls_certificate"


def test_check_never_prints_an_echoed_password() -> None:
    with (
        serve(lambda peer: imap_session(peer, _imap_reflector)) as imap,
        serve(lambda peer: smtp_session(peer, _smtp_reflector)) as smtp,
    ):
        result = _cli(f"127.0.0.1:{imap.port}", "plain", f"127.0.0.1:{smtp.port}")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["imap"]["error"]["code"] == report["smtp"]["error"]["code"] == "auth_failed"
    assert "you said" in result.stdout
    assert not _decodes_to_secret(result.stdout + result.stderr, PASSWORD), result.stdout


def _smtp_reflector(peer: Peer, tag: bytes, line: bytes) -> None:
    peer.send(b"535 5.7.8 you said " + line + b"\r\n")


# -- the inbox reader signs in too ---------------------------------------------------------


def _read_inbox(port: int, username: str | None = None) -> object:
    server = ServerSettings("127.0.0.1", port, PLAIN, username)
    options = CheckOptions(allow_plaintext=True)
    return ImapInboxReader().latest(EMAIL, server, Credentials(PASSWORD), options)


def test_the_inbox_reader_quotes_the_user_name() -> None:
    logins: list[bytes] = []

    def refuse(peer: Peer, tag: bytes, line: bytes) -> None:
        logins.append(line)
        peer.send(tag + b" NO [AUTHENTICATIONFAILED] no\r\n")

    with serve(lambda peer: imap_session(peer, refuse)) as server, pytest.raises(LoginError):
        _read_inbox(server.port, 'bo b"\\x')
    assert [line.split(b" ", 1)[1] for line in logins] == [
        b'LOGIN "bo b\\"\\\\x" "' + PASSWORD.encode() + b'"'
    ]


def test_the_inbox_reader_bounds_a_flood() -> None:
    with serve(lambda peer: imap_session(peer, _flood_reply(b"* 1 EXISTS\r\n"))) as server:
        tracemalloc.start()
        try:
            with pytest.raises(LimitExceededError):
                _run_guarded(lambda: _read_inbox(server.port))  # type: ignore[arg-type,return-value]
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < MEMORY_CAP
