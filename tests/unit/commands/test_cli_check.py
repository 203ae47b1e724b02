"""``wink-desktop check`` refuses bad input up front, with exit code 2 and no traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wink_desktop.commands.check import split_host_port
from wink_desktop.core.models import Security

GOOD = [
    "--email",
    "alice@example.test",
    "--imap",
    "127.0.0.1:9",
    "--imap-security",
    "ssl",
    "--smtp",
    "127.0.0.1:9",
    "--smtp-security",
    "ssl",
    "--password-stdin",
]


def _check(args: list[str], stdin: str = "secret\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", "check", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _replace(flag: str, value: str) -> list[str]:
    args = list(GOOD)
    args[args.index(flag) + 1] = value
    return args


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (_replace("--imap", "bad host:993"), "x\n", "cannot contain spaces"),
        (_replace("--imap", "imap.example.com:70000"), "x\n", "1 to 65535"),
        (_replace("--smtp", "smtp.example.com:port"), "x\n", "1 to 65535"),
        (_replace("--email", "alice.example.test"), "x\n", "full email address"),
        (GOOD, "\n", "Enter your password"),
        ([*GOOD, "--trust-fingerprint", "abc"], "x\n", "64 hexadecimal"),
        ([*GOOD, "--timeout", "0"], "x\n", "between 0 and 600"),
        (_replace("--imap", "[::1"), "x\n", "between brackets"),
        (_replace("--smtp", "[::1]587"), "x\n", "between brackets"),
        ([*GOOD, "--username", "bob\r\nINJ1 DELETE INBOX"], "x\n", "control character"),
        ([*GOOD, "--username", "bob\nINJ1 DELETE INBOX"], "x\n", "control character"),
        (GOOD, "pass\rword\n", "line break"),
        (GOOD, "pass\0word\n", "line break"),
    ],
)
def test_bad_input_exits_2_before_any_connection(
    args: list[str], stdin: str, expected: str
) -> None:
    result = _check(args, stdin)
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_secrets_are_never_accepted_as_arguments() -> None:
    result = _check([*GOOD[:-1], "--password", "secret"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_bad_input_is_explained_in_french() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "wink_desktop",
            "--lang",
            "fr",
            "check",
            *_replace("--imap", "imap.example.com:0"),
        ],
        input="x\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Le port doit être un nombre de 1 à 65535." in result.stderr


@pytest.mark.parametrize(
    ("text", "protocol", "security", "expected"),
    [
        ("imap.example.com:993", "imap", Security.SSL, ("imap.example.com", "993")),
        ("imap.example.com", "imap", Security.STARTTLS, ("imap.example.com", "143")),
        ("smtp.example.com", "smtp", Security.SSL, ("smtp.example.com", "465")),
        ("[::1]:587", "smtp", Security.STARTTLS, ("::1", "587")),
        ("[::1]", "smtp", Security.STARTTLS, ("::1", "587")),
    ],
)
def test_host_and_port(
    text: str, protocol: str, security: Security, expected: tuple[str, str]
) -> None:
    assert split_host_port(text, protocol, security) == expected
