"""Autoconfig documents as they are found in the wild, odd shapes included."""

from __future__ import annotations

import pytest

from wink_desktop.core.models import Security
from wink_desktop.infra.discovery.autoconfig_xml import AutoconfigError, parse_autoconfig

EMAIL = "marie.dupont@acme.test"


def doc(*servers: str, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0"?><clientConfig version="1.1"><emailProvider id="acme.test">'
        "<domain>acme.test</domain><domain>ACME.example</domain>"
        + "".join(servers)
        + extra
        + "</emailProvider></clientConfig>"
    ).encode()


def server(
    kind: str, tag: str, host: str, port: str, socket: str, *auth: str, user: str = "%EMAILADDRESS%"
) -> str:
    return (
        f'<{tag} type="{kind}"><hostname>{host}</hostname><port>{port}</port>'
        f"<socketType>{socket}</socketType>"
        + "".join(f"<authentication>{a}</authentication>" for a in auth)
        + f"<username>{user}</username></{tag}>"
    )


def imap(*args: str, **kw: str) -> str:
    return server("imap", "incomingServer", *args, **kw)


def smtp(*args: str, **kw: str) -> str:
    return server("smtp", "outgoingServer", *args, **kw)


def test_first_imap_server_in_document_order_wins_and_pop3_is_ignored() -> None:
    answer = parse_autoconfig(
        doc(
            server("pop3", "incomingServer", "pop.acme.test", "995", "SSL"),
            imap("imap.%EMAILDOMAIN%", "993", "SSL", "password-cleartext", user="%EMAILLOCALPART%"),
            imap("imap2.acme.test", "143", "STARTTLS"),
            smtp("smtp.acme.test", "587", "STARTTLS", "password-cleartext"),
        ),
        EMAIL,
    )
    assert answer is not None
    assert answer.imap is not None
    assert (answer.imap.host, answer.imap.port, answer.imap.security) == (
        "imap.acme.test",
        993,
        Security.SSL,
    )
    assert answer.imap.username == "marie.dupont"
    assert answer.smtp is not None
    assert answer.smtp.security is Security.STARTTLS
    assert answer.smtp.username == EMAIL
    assert answer.domains == ("acme.test", "acme.example")


def test_unknown_values_do_not_crash_and_are_skipped() -> None:
    answer = parse_autoconfig(
        doc(
            imap("imap.acme.test", "993", "QUANTUM-TLS"),  # unknown socket type: skipped
            imap("imap.acme.test", "not-a-port", "SSL"),  # bad port: skipped
            imap("bad host!", "993", "SSL"),  # bad host: skipped
            imap("imap3.acme.test", "993", "ssl", "magic-beans", "OAuth2"),  # lower case is fine
            smtp("smtp.acme.test", "465", "SSL", "password-encrypted"),
            extra='<documentation url="https://acme.test/help"><descr>x</descr></documentation>'
            '<documentation url="javascript:alert(1)"/>',
        ),
        EMAIL,
    )
    assert answer is not None
    assert answer.imap is not None
    assert answer.imap.host == "imap3.acme.test"
    assert answer.auth == ("magic-beans", "OAuth2", "password-encrypted")
    assert answer.links == ("https://acme.test/help",)


def test_a_provider_with_only_pop3_has_no_imap_answer() -> None:
    answer = parse_autoconfig(
        doc(
            server("pop3", "incomingServer", "pop.acme.test", "995", "SSL"),
            smtp("smtp.acme.test", "465", "SSL"),
        ),
        EMAIL,
    )
    assert answer is not None
    assert answer.imap is None
    assert answer.smtp is not None


def test_exchange_only_means_nothing_for_us() -> None:
    answer = parse_autoconfig(
        doc(server("exchange", "incomingServer", "ews.acme.test", "443", "SSL")), EMAIL
    )
    assert answer is None


@pytest.mark.parametrize(
    "document",
    [
        b"<clientConfig><emailProvider>",  # truncated
        b"not xml at all",
        b"<html><body>Welcome</body></html>",  # a web page, not autoconfig
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;">]>'
            b"<clientConfig><emailProvider><domain>&lol2;</domain></emailProvider></clientConfig>"
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<clientConfig><emailProvider><domain>&xxe;</domain></emailProvider></clientConfig>"
        ),
        b'<!DOCTYPE clientConfig SYSTEM "http://127.0.0.1:9/config.dtd"><clientConfig/>',
        b"<clientConfig><emailProvider><domain>&xxe;</domain></emailProvider></clientConfig>",
        b"",
    ],
)
def test_invalid_or_hostile_documents_are_refused(document: bytes) -> None:
    with pytest.raises(AutoconfigError):
        parse_autoconfig(document, EMAIL)
