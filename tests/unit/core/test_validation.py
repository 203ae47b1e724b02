"""Bad input is refused before any network traffic, with a message naming the fix."""

from __future__ import annotations

import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.settings import ServerSettings
from wink_desktop.core.validation import (
    normalize_email,
    normalize_host,
    normalize_port,
    normalize_username,
    require_secret,
)

LABEL = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=20)
HOSTS = (
    st.lists(LABEL, min_size=1, max_size=4)
    .map(".".join)
    .filter(lambda h: not h.split(".")[-1].isdigit())
)


@given(HOSTS)
def test_valid_host_names_are_kept(host: str) -> None:
    assert normalize_host(host) == host
    assert normalize_host(f"  {host.upper()}. ") == host


@given(HOSTS, st.sampled_from(" \t/\\@:,;!?*\"'<>()[]{}"), st.integers(min_value=0, max_value=5))
def test_illegal_characters_are_refused(host: str, bad: str, where: int) -> None:
    position = min(where, len(host))
    broken = host[:position] + bad + host[position:]
    if broken.strip(" \t.") == host or (broken.startswith("[") and broken.endswith("]")):
        return  # stripping spaces around, or an IPv6-style bracket pair, is fine
    with pytest.raises(InvalidInputError) as caught:
        normalize_host(broken, "imap_host")
    assert caught.value.field == "imap_host"
    assert caught.value.user_message()


@given(st.integers())
def test_ports_outside_the_range_are_refused(port: int) -> None:
    if 1 <= port <= 65535:
        assert normalize_port(port) == port
        assert normalize_port(f" {port} ") == port
    else:
        with pytest.raises(InvalidInputError, match="1 to 65535"):
            normalize_port(port)


@given(st.text(max_size=8).filter(lambda t: not t.strip().isdigit()))
@example("+1")
@example("1_0")
def test_non_numeric_ports_are_refused(text: str) -> None:
    with pytest.raises(InvalidInputError):
        normalize_port(text)


@given(st.text(alphabet="éèàçüößñ" + string.ascii_lowercase, min_size=1, max_size=15))
def test_international_domains_become_punycode(label: str) -> None:
    result = normalize_host(f"mail.{label}.fr")
    assert result.isascii()
    assert result.startswith("mail.")
    assert result.endswith(".fr")
    if not label.isascii():
        assert "xn--" in result
    assert normalize_host(result) == result  # already normalized: unchanged


def test_ip_addresses_are_accepted() -> None:
    assert normalize_host("127.0.0.1") == "127.0.0.1"
    assert normalize_host("[::1]") == "::1"
    with pytest.raises(InvalidInputError):
        normalize_host("999.1.1.1")


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "  ",
        "marie",
        "marie@",
        "@example.com",
        "a b@example.com",
        "marie@exa mple.com",
        "marie@@example.com",
    ],
)
def test_bad_email_addresses_are_refused(raw: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        normalize_email(raw)
    assert caught.value.field == "email"


def test_email_domain_is_normalized_but_not_the_local_part() -> None:
    assert normalize_email(" Marie.Dupont@Exemple-Été.FR ") == "Marie.Dupont@xn--exemple-t-i4ab.fr"


@given(st.text(min_size=1).filter(lambda s: not set("\r\n\0") & set(s)))
def test_any_non_empty_password_without_line_breaks_is_accepted(secret: str) -> None:
    assert require_secret(secret) == secret


def test_empty_password_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="password"):
        require_secret("")


@pytest.mark.parametrize(
    "name", ["bob\r\nINJ1 DELETE INBOX", "bob\nx", "bob\rx", "bo\0b", "bob\tsmith", "b\x7fob"]
)
def test_user_names_with_control_characters_are_refused(name: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        ServerSettings.parse("imap.example.com", 993, "ssl", name, field_prefix="imap_")
    assert caught.value.field == "imap_username"
    assert "line break" in caught.value.message


@pytest.mark.parametrize("name", ["bob smith", 'a"b', "back\\slash", "(x)", "{5}", "élodie"])
def test_unusual_but_printable_user_names_are_kept(name: str) -> None:
    assert normalize_username(f"  {name} ") == name


def test_empty_user_name_means_the_address() -> None:
    assert normalize_username("  ") is None
    assert ServerSettings.parse("imap.example.com", 993, "ssl", "").login("a@b.fr") == "a@b.fr"


def test_overlong_user_name_is_refused() -> None:
    with pytest.raises(InvalidInputError):
        normalize_username("x" * 255)


@pytest.mark.parametrize("secret", ["pass\r\nword", "pass\nword", "pass\0word", "\r"])
def test_passwords_with_line_breaks_or_nul_are_refused(secret: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        require_secret(secret)
    assert "line break" in caught.value.message


def test_passwords_may_hold_any_other_character() -> None:
    secret = 'p@ss "w0rd" \\ {5} (é) \t ü'
    assert require_secret(secret) == secret


def test_address_length_limits() -> None:
    assert normalize_email(f"{'a' * 64}@example.com")
    with pytest.raises(InvalidInputError, match="too long"):
        normalize_email(f"{'a' * 65}@example.com")
    long_domain = ".".join(["d" * 60] * 4) + ".com"  # 247 octets
    assert normalize_email(f"abcdef@{long_domain}")  # 254 in all
    with pytest.raises(InvalidInputError, match="too long"):
        normalize_email(f"abcdefg@{long_domain}")
