"""Bad input is refused before any network traffic, with a message naming the fix."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.validation import (
    normalize_email,
    normalize_host,
    normalize_port,
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


@given(st.text(min_size=1))
def test_any_non_empty_password_is_accepted(secret: str) -> None:
    assert require_secret(secret) == secret


def test_empty_password_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="password"):
        require_secret("")
