"""Discovered values pass the same validation as typed ones; a bad record is skipped."""

from __future__ import annotations

import pytest

from wink_desktop.core.checks import Protocol
from wink_desktop.core.discovery import Discovered, Outcome, Source
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.models import Security
from wink_desktop.core.settings import STANDARD_PORTS, ServerSettings, expand_placeholders
from wink_desktop.demo.discovery import ScriptedSource as Scripted
from wink_desktop.infra.discovery.autoconfig_xml import parse_autoconfig
from wink_desktop.infra.discovery.guess_source import candidates
from wink_desktop.providers.registry import CATALOGUE
from wink_desktop.services.discovery import discover_blocking

EMAIL = "marie@acme.test"


def doc(*servers: tuple[str, str, str]) -> bytes:
    body = "".join(
        f'<incomingServer type="imap"><hostname>{host}</hostname><port>{port}</port>'
        f"<socketType>SSL</socketType><username>{user}</username></incomingServer>"
        for host, port, user in servers
    )
    return (
        f'<clientConfig version="1.1"><emailProvider id="x">{body}'
        f'<outgoingServer type="smtp"><hostname>smtp.acme.test</hostname><port>465</port>'
        f"<socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>"
    ).encode()


@pytest.mark.parametrize(
    "bad",
    [
        ("imap.acme.test", "993", "bob&#13;&#10;INJ1 DELETE INBOX"),
        ("imap.acme.test", "993", "bob&#10;x"),
        ("imap.acme.test", "993", "bob&#9;x"),
        ("imap.acme.test", "993", "bob&#0;x".replace("&#0;", "\x7f")),
        ("imap.acme.test", "0", "%EMAILADDRESS%"),
        ("imap.acme.test", "+993", "%EMAILADDRESS%"),
        ("a" * 300 + ".acme.test", "993", "%EMAILADDRESS%"),
        ("%EMAILADDRESS%" * 1000, "993", "%EMAILADDRESS%"),
        ("imap.acme.test", "993", "%EMAILADDRESS%" * 1000),
    ],
)
def test_a_bad_autoconfig_server_is_skipped_for_the_next_one(bad: tuple[str, str, str]) -> None:
    answer = parse_autoconfig(doc(bad, ("imap2.acme.test", "993", "%EMAILLOCALPART%")), EMAIL)
    assert answer is not None
    assert answer.imap == ServerSettings("imap2.acme.test", 993, Security.SSL, "marie")
    alone = parse_autoconfig(doc(bad), EMAIL)
    assert alone is not None
    assert alone.imap is None  # never returned, whatever else the document offers


def test_placeholders_are_expanded_once_and_bounded() -> None:
    # An address containing a placeholder is not expanded a second time.
    assert expand_placeholders("%EMAILLOCALPART%", "%EMAILDOMAIN%@acme.test") == "%EMAILDOMAIN%"
    assert expand_placeholders("imap.%EMAILDOMAIN%", EMAIL) == "imap.acme.test"
    with pytest.raises(InvalidInputError):
        expand_placeholders("%EMAILADDRESS%" * 18, "m" * 60 + "@acme.test")  # 252 -> 1,260
    with pytest.raises(InvalidInputError):
        expand_placeholders("x" * 100_000, EMAIL)


def test_the_registry_refuses_an_address_that_makes_invalid_settings() -> None:
    assert CATALOGUE.for_email("ma\x01rie@orange.fr") is None
    found = CATALOGUE.for_email("marie@orange.fr")
    assert found is not None
    assert found.imap is not None


def test_guess_candidates_are_valid_host_names_only() -> None:
    domain = ".".join(["a" * 61] * 4)[:246] + ".test"  # 251 octets: "imap." overflows
    names = [c.host for c in candidates(Protocol.IMAP, domain, STANDARD_PORTS)]
    assert names == [domain, domain]


def test_the_runner_refuses_an_invalid_answer_from_any_source() -> None:
    bad = ServerSettings("imap.acme.test", 0, Security.SSL, "bob\r\nINJ1 DELETE INBOX")
    source = Scripted(Source.AUTOCONFIG, Discovered(EMAIL, Source.AUTOCONFIG, True, bad, None))
    good = ServerSettings("imap.isp.test", 993, Security.SSL)
    ispdb = Scripted(Source.ISPDB, Discovered(EMAIL, Source.ISPDB, True, good, None))
    result = discover_blocking(EMAIL, [source, ispdb])
    assert result.found is not None
    assert result.found.imap == good
    outcomes = {r.source: r.outcome for r in result.reports}
    assert outcomes[Source.AUTOCONFIG] is Outcome.FAILED
