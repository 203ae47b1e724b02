"""Name resolution rules that hold without any DNS traffic."""

from __future__ import annotations

import socket

import pytest

from wink_desktop.infra.addresses import resolve_addresses


@pytest.mark.parametrize("name", ["localhost", "imap.localhost"])
def test_localhost_is_always_loopback_even_with_a_dns_server(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A DNS server that cannot answer: it is never asked.
    monkeypatch.setenv("WINK_DNS_SERVER", "127.0.0.1:9")
    assert resolve_addresses(name, 993) == [(socket.AF_INET, ("127.0.0.1", 993))]
