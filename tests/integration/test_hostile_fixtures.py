"""The misbehaving servers misbehave the way the connection tests need."""

from __future__ import annotations

import socket

import pytest

from tests.fixtures.hostile import HostileServer


def test_silent_server_never_greets(hostile: dict[str, HostileServer]) -> None:
    with socket.create_connection(("127.0.0.1", hostile["silent"].port), timeout=5) as sock:
        sock.settimeout(0.5)
        with pytest.raises(TimeoutError):
            sock.recv(1)


def test_garbage_server_speaks_no_mail_protocol(hostile: dict[str, HostileServer]) -> None:
    with socket.create_connection(("127.0.0.1", hostile["garbage"].port), timeout=5) as sock:
        data = sock.recv(4096)
    assert data
    assert not data.startswith((b"* OK", b"220"))


def test_closer_hangs_up_at_once(hostile: dict[str, HostileServer]) -> None:
    with socket.create_connection(("127.0.0.1", hostile["closer"].port), timeout=5) as sock:
        assert sock.recv(1) == b""
