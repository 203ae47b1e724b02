"""Discovery against hostile local servers: bad records, drip-feeding, refusals, redirects."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import dns.rcode
import pytest

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.plugin import ISPDB_URL
from tests.fixtures.web_server import WEB_ADDRESS, Page, WebServer
from tests.integration.test_discovery import config, found, run
from wink_desktop.core.discovery import Outcome, Source, SourceFailure, Stop
from wink_desktop.core.models import Security
from wink_desktop.infra import dns as wink_dns
from wink_desktop.infra import http_fetch
from wink_desktop.infra.discovery.srv_source import SrvSource

pytestmark = [pytest.mark.servers, pytest.mark.usefixtures("trust_test_ca", "discovery_env")]


@pytest.fixture
def discovery_env(use_dns: DnsServer, web: WebServer, monkeypatch: pytest.MonkeyPatch) -> None:
    del use_dns, web
    monkeypatch.setenv("WINK_ISPDB_URL", ISPDB_URL)


def discover_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # The timeout is a safety net for a process that never ends, not a timing assertion.
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", "discover", *args],
        capture_output=True,
        text=True,
        env=env or {**os.environ},
        timeout=40,
        check=False,
    )


@pytest.mark.parametrize("user", ["bob&#13;&#10;INJ1 DELETE INBOX", "bob&#9;x"])
def test_an_ispdb_user_name_with_control_characters_is_not_an_answer(
    web: WebServer, user: str
) -> None:
    body = config("imap.crlf.test", "smtp.crlf.test").replace(
        b"<username>%EMAILADDRESS%</username></incomingServer>",
        f"<username>{user}</username></incomingServer>".encode(),
    )
    body = body.replace(
        b"<username>%EMAILADDRESS%</username>", f"<username>{user}</username>".encode()
    )
    web.add("https://ispdb.test/v1.1/crlf.test", Page(body))
    result = discover_cli("marie@crlf.test", "--source", "ispdb", "--json")
    assert result.returncode == 3, result.stdout
    assert "INJ1" not in result.stdout


def test_an_srv_record_with_port_zero_is_skipped_for_the_next_one(dns_server: DnsServer) -> None:
    dns_server.add(
        "_imaps._tcp.srvzero.test",
        "SRV",
        "0 0 0 imap0.srvzero.test.",
        "1 0 0 .",
        "5 0 993 imap.srvzero.test.",
    )
    dns_server.add("_submissions._tcp.srvzero.test", "SRV", "0 0 465 smtp.srvzero.test.")
    answer = found(run("marie@srvzero.test", "srv"))
    assert answer.imap is not None
    assert (answer.imap.host, answer.imap.port, answer.imap.security) == (
        "imap.srvzero.test",
        993,
        Security.SSL,
    )


def test_srv_refused_fast_leaves_no_query_behind(dns_server: DnsServer) -> None:
    dns_server.rcodes["_imaps._tcp.refused.test"] = dns.rcode.REFUSED
    for label in ("_imap._tcp", "_submissions._tcp", "_submission._tcp"):
        dns_server.rcodes[f"{label}.refused.test"] = dns.rcode.REFUSED
        dns_server.delays[f"{label}.refused.test"] = 0.3
    before = set(threading.enumerate())
    with pytest.raises(SourceFailure) as failure:
        SrvSource().lookup("marie@refused.test", Stop.after(8))
    assert failure.value.outcome is Outcome.FAILED
    # Every query's failure was collected before the answer: none is left running.
    left = [t for t in threading.enumerate() if t not in before and t.name == "wink-discovery"]
    for thread in left:
        thread.join(1)  # a thread that has handed its result over is ending
    assert not any(t.is_alive() for t in left)


class DripServer:
    """HTTP on loopback that sends its answer one byte at a time, for ever."""

    def __init__(self, sent_at_once: bytes, dripped: bytes) -> None:
        self.sent_at_once = sent_at_once
        self.dripped = dripped
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            conn.recv(4096)
            conn.sendall(self.sent_at_once)
            for byte in self.dripped + b"x" * 1_000_000:
                if self.stop.wait(0.2):
                    return
                conn.sendall(bytes([byte]))

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture(params=["headers", "body"])
def drip(request: pytest.FixtureRequest, dns_server: DnsServer) -> Iterator[DripServer]:
    if request.param == "headers":
        server = DripServer(b"", b"HTTP/1.1 200 OK\r\nX-Slow: ")
    else:  # headers at once (no length: the body ends at end of file), then a drip
        server = DripServer(b"HTTP/1.0 200 OK\r\n\r\n<clientConfig>", b"")
    dns_server.add("drip.test", "A", "127.0.0.1")
    yield server
    server.close()


def test_discover_ends_when_the_ispdb_drip_feeds(drip: DripServer) -> None:
    env = {**os.environ, "WINK_ISPDB_URL": f"http://drip.test:{drip.port}/v1.1/"}
    result = discover_cli("marie@dripping.test", "--source", "ispdb", "--explain", env=env)
    assert result.returncode == 3, result.stdout + result.stderr  # the process has ended
    assert "ispdb      timeout" in result.stdout
    assert "Traceback" not in result.stderr


def test_an_ispdb_url_with_an_ip_literal_is_not_sent_to_dns(
    web: WebServer, dns_server: DnsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    web.add(
        f"http://{WEB_ADDRESS}/v1.1/iplit.test", Page(config("imap.iplit.test", "smtp.iplit.test"))
    )
    monkeypatch.setenv("WINK_ISPDB_URL", f"http://{WEB_ADDRESS}/v1.1/")
    asked = len(dns_server.asked)
    answer = found(run("marie@iplit.test", "ispdb"))
    assert answer.source is Source.ISPDB
    assert not answer.trusted  # plain http
    assert all(name != WEB_ADDRESS for name, _ in dns_server.asked[asked:])


def test_a_dns_server_that_is_not_there_fails_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("WINK_DNS_SERVER", f"127.0.0.1:{port}")  # nothing listens there now
    with pytest.raises(OSError, match="no server answered") as failure:
        wink_dns.query("nobody.test", "SRV", timeout=30.0)
    # "Connection refused" (ICMP port unreachable), not a timeout after waiting for nothing.
    assert not isinstance(failure.value, TimeoutError)
    assert isinstance(failure.value.__cause__, ConnectionRefusedError)


def test_the_ad_bit_is_believed_only_from_a_resolver_on_this_computer(
    dns_server: DnsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dns_server.add("signed.test", "MX", "10 mx.signed.test.")
    dns_server.authenticated.add("signed.test")
    assert wink_dns.query("signed.test", "MX").authenticated  # our loopback resolver
    # The same answer from a resolver elsewhere on the network (RFC 6840 §5.7).
    monkeypatch.setattr(wink_dns, "_is_loopback", lambda _address: False)
    assert not wink_dns.query("signed.test", "MX").authenticated


def test_a_redirect_from_the_internet_to_a_local_address_is_refused(
    web: WebServer, dns_server: DnsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    inside = socket.create_server(("127.0.0.1", 0))
    inside.settimeout(0.1)
    port = inside.getsockname()[1]
    dns_server.add("router.hostile.test", "A", "127.0.0.1")
    web.add(
        "https://autoconfig.hostile.test/mail/config-v1.1.xml",
        Page(b"", 302, {"Location": f"https://router.hostile.test:{port}/admin"}),
    )
    # The web server stands for a public host; everything else keeps its real scope.
    real = http_fetch._is_internal
    monkeypatch.setattr(http_fetch, "_is_internal", lambda a: a != WEB_ADDRESS and real(a))
    try:
        result = run("marie@hostile.test", "autoconfig")
        assert result.found is None
        with pytest.raises(TimeoutError):
            inside.accept()  # never connected to
    finally:
        inside.close()
