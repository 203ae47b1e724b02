"""Auto-discovery against real local servers: web (autoconfig, ISPDB), DNS, IMAP/SMTP."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.plugin import ISPDB_URL
from tests.fixtures.postfix import PostfixServer
from tests.fixtures.web_server import Page, WebServer
from wink_desktop.core.discovery import Discovered, DiscoveryResult, Outcome, Source
from wink_desktop.core.models import Security
from wink_desktop.infra.discovery.guess_source import GuessSource
from wink_desktop.infra.probes import default_probes
from wink_desktop.services.discovery import discover, discover_blocking
from wink_desktop.wiring import discovery_sources as default_sources

pytestmark = [pytest.mark.servers, pytest.mark.usefixtures("trust_test_ca", "discovery_env")]


@pytest.fixture
def discovery_env(use_dns: DnsServer, web: WebServer, monkeypatch: pytest.MonkeyPatch) -> None:
    del use_dns, web
    monkeypatch.setenv("WINK_ISPDB_URL", ISPDB_URL)


def config(imap_host: str, smtp_host: str, *, imap_port: int = 993, smtp_port: int = 465) -> bytes:
    return (
        f'<clientConfig version="1.1"><emailProvider id="x"><domain>x</domain>'
        f'<incomingServer type="imap"><hostname>{imap_host}</hostname><port>{imap_port}</port>'
        f"<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
        f"<username>%EMAILADDRESS%</username></incomingServer>"
        f'<outgoingServer type="smtp"><hostname>{smtp_host}</hostname><port>{smtp_port}</port>'
        f"<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
        f"<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>"
    ).encode()


def run(email: str, *only: str, deadline: float = 8.0) -> DiscoveryResult:
    return discover_blocking(email, default_sources(list(only) or None), deadline=deadline)


def found(result: DiscoveryResult) -> Discovered:
    assert result.found is not None, result.reports
    return result.found


def test_a_known_provider_answers_without_any_network(
    dns_server: DnsServer, web: WebServer
) -> None:
    asked, requested = len(dns_server.asked), len(web.requests)
    result = run("marie@gmail.com")
    answer = found(result)
    assert (answer.source, answer.provider, answer.trusted) == (Source.REGISTRY, "google", True)
    assert answer.imap is not None
    assert answer.imap.host == "imap.gmail.com"
    assert len(dns_server.asked) == asked
    assert len(web.requests) == requested


def test_the_providers_own_autoconfig_over_https_is_trusted(web: WebServer) -> None:
    web.add(
        "https://autoconfig.acme.test/mail/config-v1.1.xml",
        Page(config("imap.acme.test", "smtp.acme.test")),
    )
    answer = found(run("marie@acme.test"))
    assert answer.source is Source.AUTOCONFIG
    assert answer.trusted
    assert answer.imap is not None
    assert answer.imap.host == "imap.acme.test"
    path = next(p for s, h, p in web.requests if h == "autoconfig.acme.test")
    assert "emailaddress=marie%40acme.test" in path or "emailaddress=marie@acme.test" in path


def test_well_known_location_is_tried_too(web: WebServer) -> None:
    web.add(
        "https://wellknown.test/.well-known/autoconfig/mail/config-v1.1.xml",
        Page(config("imap.wellknown.test", "smtp.wellknown.test")),
    )
    answer = found(run("marie@wellknown.test", "autoconfig"))
    assert answer.source is Source.AUTOCONFIG
    assert answer.trusted


def test_autoconfig_over_plain_http_is_untrusted(web: WebServer) -> None:
    web.add(
        "http://autoconfig.httponly.test/mail/config-v1.1.xml",
        Page(config("imap.httponly.test", "smtp.httponly.test")),
    )
    answer = found(run("marie@httponly.test", "autoconfig"))
    assert answer.source is Source.AUTOCONFIG
    assert not answer.trusted


def test_the_isp_database_gets_the_domain_never_the_address(web: WebServer) -> None:
    web.add(
        "https://ispdb.test/v1.1/ispdb-only.test",
        Page(config("imap.ispdb-only.test", "smtp.ispdb-only.test")),
    )
    answer = found(run("marie@ispdb-only.test"))
    assert (answer.source, answer.trusted) == (Source.ISPDB, True)
    sent = [p for s, h, p in web.requests if h == "ispdb.test"]
    assert sent
    assert all("marie" not in p for p in sent)


def test_srv_records_prefer_implicit_tls(dns_server: DnsServer) -> None:
    dns_server.add("srv.test", "A", "127.0.0.1")
    dns_server.add("_imaps._tcp.srv.test", "SRV", "10 0 993 imaps.srv.test.")
    dns_server.add("_imap._tcp.srv.test", "SRV", "0 0 143 imap.srv.test.")
    dns_server.add("_submissions._tcp.srv.test", "SRV", "0 0 0 .")  # explicitly not offered
    dns_server.add(
        "_submission._tcp.srv.test", "SRV", "5 1 587 smtp.srv.test.", "1 1 2587 smtp2.srv.test."
    )
    answer = found(run("marie@srv.test", "srv"))
    assert answer.source is Source.SRV
    assert not answer.trusted  # no DNSSEC here
    assert answer.imap is not None
    assert answer.smtp is not None
    assert (answer.imap.host, answer.imap.port, answer.imap.security) == (
        "imaps.srv.test",
        993,
        Security.SSL,
    )
    assert (answer.smtp.host, answer.smtp.port, answer.smtp.security) == (
        "smtp2.srv.test",
        2587,
        Security.STARTTLS,
    )


def test_a_company_domain_hosted_by_google_leads_to_google(dns_server: DnsServer) -> None:
    dns_server.add("workspace.test", "MX", "1 aspmx.l.google.com.", "5 alt1.aspmx.l.google.com.")
    answer = found(run("marie@workspace.test"))
    assert (answer.source, answer.provider) == (Source.MX, "google")
    assert not answer.trusted
    assert answer.imap is not None
    assert answer.imap.username == "marie@workspace.test"


def test_an_mx_elsewhere_asks_that_organisation(dns_server: DnsServer, web: WebServer) -> None:
    dns_server.add("hosted.test", "MX", "10 mx2.mailhost.test.", "5 mx1.mailhost.test.")
    web.add(
        "https://ispdb.test/v1.1/mailhost.test",
        Page(config("imap.mailhost.test", "smtp.mailhost.test")),
    )
    answer = found(run("marie@hosted.test"))
    assert answer.source is Source.MX
    assert answer.imap is not None
    assert answer.imap.host == "imap.mailhost.test"
    assert not answer.trusted


def test_a_slow_higher_priority_source_still_wins(web: WebServer) -> None:
    web.add(
        "https://autoconfig.slow.test/mail/config-v1.1.xml",
        Page(config("imap.slow.test", "smtp.slow.test"), delay=1.0),
    )
    web.add(
        "https://ispdb.test/v1.1/slow.test",
        Page(config("imap.isp.slow.test", "smtp.isp.slow.test")),
    )
    result = run("marie@slow.test")
    answer = found(result)
    assert answer.source is Source.AUTOCONFIG
    outcomes = {r.source: r.outcome for r in result.reports}
    assert outcomes[Source.ISPDB] is Outcome.FOUND


def test_a_hanging_source_cannot_hold_discovery_past_its_deadline(web: WebServer) -> None:
    web.add(
        "https://autoconfig.slow.test/mail/config-v1.1.xml",
        Page(config("imap.slow.test", "smtp.slow.test"), delay=4.0),
    )
    web.add(
        "https://ispdb.test/v1.1/slow.test",
        Page(config("imap.isp.slow.test", "smtp.isp.slow.test")),
    )
    result = run("marie@slow.test", deadline=1.5)
    answer = found(result)
    assert answer.source is Source.ISPDB  # the best answer available when time ran out
    assert {r.source: r.outcome for r in result.reports}[Source.AUTOCONFIG] is Outcome.TIMEOUT


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (Page(b"<clientConfig>" + b"x" * (300 * 1024)), "huge"),
        (
            Page(
                b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
                b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><clientConfig>&b;</clientConfig>'
            ),
            "entity bomb",
        ),
        (Page(b"", 302, {"Location": "https://evil.invalid/config.xml"}), "redirect away"),
        (Page(b"<clientConfig><oops"), "invalid XML"),
    ],
)
def test_hostile_answers_are_refused(web: WebServer, page: Page, why: str) -> None:
    del why
    web.add("https://autoconfig.hostile.test/mail/config-v1.1.xml", page)
    result = run("marie@hostile.test", "autoconfig")
    assert result.found is None
    assert not any(h == "evil.invalid" for _, h, _ in web.requests)


def test_guessing_finds_real_servers_with_valid_certificates(
    dns_server: DnsServer, dovecot: DovecotServer, postfix: PostfixServer
) -> None:
    for name in ("imap.guess.test", "smtp.guess.test", "mail.guess.test", "guess.test"):
        dns_server.add(name, "A", "127.0.0.1")
    ports = {
        ("imap", Security.SSL): dovecot.tls_port,
        ("imap", Security.STARTTLS): dovecot.starttls_port,
        ("smtp", Security.SSL): postfix.tls_port,
        ("smtp", Security.STARTTLS): postfix.starttls_port,
    }
    source = GuessSource(default_probes(), ports, start_delay=0)
    result = asyncio.run(discover("marie@guess.test", [source]))
    answer = found(result)
    assert answer.source is Source.GUESS
    assert answer.imap is not None
    assert answer.smtp is not None
    assert (answer.imap.host, answer.imap.port, answer.imap.security) == (
        "imap.guess.test",
        dovecot.tls_port,
        Security.SSL,
    )
    assert (answer.smtp.host, answer.smtp.security) == ("smtp.guess.test", Security.SSL)


def test_guessing_finds_nothing_where_nothing_listens(dns_server: DnsServer) -> None:
    dns_server.add("empty.test", "A", "127.0.0.1")
    dns_server.add("imap.empty.test", "A", "127.0.0.1")
    ports = dict.fromkeys([("imap", s) for s in Security] + [("smtp", s) for s in Security], 9)
    source = GuessSource(default_probes(), ports, start_delay=0)
    result = asyncio.run(discover("marie@empty.test", [source]))
    assert result.found is None


def test_cli_json_shape_and_exit_codes(web: WebServer, dns_server: DnsServer) -> None:
    web.add(
        "https://autoconfig.acme.test/mail/config-v1.1.xml",
        Page(config("imap.acme.test", "smtp.acme.test")),
    )
    env = {**os.environ}
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "wink_desktop",
            "discover",
            "marie@acme.test",
            "--json",
            "--explain",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    data = json.loads(ok.stdout)
    assert set(data) == {"email", "provider", "source", "trusted", "imap", "smtp", "auth", "hints"}
    assert data["imap"] == {
        "host": "imap.acme.test",
        "port": 993,
        "security": "ssl",
        "username": "marie@acme.test",
    }
    assert "autoconfig" in ok.stderr  # --explain goes to stderr with --json
    dns_server.add("nothing.test", "A", "127.0.0.1")
    nothing = subprocess.run(
        [sys.executable, "-m", "wink_desktop", "discover", "marie@nothing.test", "--source", "srv"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert nothing.returncode == 3
    assert "No settings found" in nothing.stdout


def test_offline_answers_at_once_with_the_reason() -> None:
    # A private network namespace has no network at all (not even loopback up).
    env = {k: v for k, v in os.environ.items() if k not in {"WINK_DNS_SERVER", "WINK_ISPDB_URL"}}
    unshare = ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-rn"]
    result = subprocess.run(
        [
            *unshare,
            sys.executable,
            "-m",
            "wink_desktop",
            "discover",
            "marie@acme-offline.fr",
            "--explain",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 3, result.stdout + result.stderr
    assert "offline" in result.stdout
    assert "guess      cancelled" in result.stdout  # the last resort did not even start
    known = subprocess.run(
        [*unshare, sys.executable, "-m", "wink_desktop", "discover", "marie@orange.fr", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert known.returncode == 0  # the bundled registry works offline
    assert json.loads(known.stdout)["provider"] == "orange"


def test_a_messy_real_world_file_served_over_https(web: WebServer) -> None:
    messy = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<clientConfig version="1.1">'
        b'<emailProvider id="acme.test"><domain>acme.test</domain>'
        b'<incomingServer type="pop3"><hostname>pop.acme.test</hostname><port>995</port>'
        b"<socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>"
        b'<incomingServer type="imap"><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port>'
        b"<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
        b"<authentication>client-IP-address</authentication><username>%EMAILLOCALPART%</username>"
        b'</incomingServer><incomingServer type="imap"><hostname>imap2.acme.test</hostname>'
        b"<port>143</port><socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username>"
        b'</incomingServer><outgoingServer type="smtp"><hostname>smtp.%EMAILDOMAIN%</hostname>'
        b"<port>587</port><socketType>STARTTLS</socketType><authentication>OAuth2</authentication>"
        b"<username>%EMAILADDRESS%</username></outgoingServer>"
        b'<documentation url="https://acme.test/help/mail"><descr lang="fr">Aide</descr>'
        b"</documentation></emailProvider></clientConfig>"
    )
    web.add("https://autoconfig.acme.test/mail/config-v1.1.xml", Page(messy))
    answer = found(run("jeanne@acme.test", "autoconfig"))
    assert answer.imap is not None
    assert answer.smtp is not None
    assert (answer.imap.host, answer.imap.username) == ("imap.acme.test", "jeanne")
    assert (answer.smtp.host, answer.smtp.security) == ("smtp.acme.test", Security.STARTTLS)
    assert answer.auth == ("password-cleartext", "client-IP-address", "OAuth2")
    assert answer.links == ("https://acme.test/help/mail",)
