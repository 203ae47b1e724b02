"""Under ``--lang fr`` the command line speaks French: argparse's words and system errors too."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from wink_desktop.core.os_errors import os_error_text, translate_note
from wink_desktop.ui.i18n import catalogue_translate

NBSP = "\u00a0"


def _cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", "--lang", "fr", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def refusing_port() -> Iterator[int]:
    """A loopback port bound but not listening: every connection to it is refused."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    yield sock.getsockname()[1]
    sock.close()


def test_help_has_no_english_left() -> None:
    result = _cli("--help")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith(f"utilisation{NBSP}: wink-desktop")
    assert f"options{NBSP}:" in out
    assert "afficher ce message d’aide et quitter" in out
    for english in ("usage:", "options:", "show this help", "COMMAND "):
        assert english not in out


def test_a_command_help_is_french_too() -> None:
    out = _cli("check", "--help").stdout
    assert out.startswith(f"utilisation{NBSP}: wink-desktop check")
    assert "SECONDES" in out
    assert "show this help" not in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("frobnicate",), "choix invalide"),
        (("check",), "les arguments suivants sont obligatoires"),
        (("discover", "a@b.fr", "--bogus"), "arguments non reconnus"),
        (("check", "--timeout", "x"), "valeur float invalide"),
    ],
)
def test_argument_errors_are_french(args: tuple[str, ...], expected: str) -> None:
    result = _cli(*args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert result.stderr.startswith(f"utilisation{NBSP}:")
    assert "Traceback" not in result.stderr


def test_check_explains_a_refused_connection_in_french(refusing_port: int) -> None:
    server = f"127.0.0.1:{refusing_port}"
    result = _cli(
        "check",
        "--email",
        "alice@example.test",
        "--imap",
        server,
        "--imap-security",
        "ssl",
        "--smtp",
        server,
        "--smtp-security",
        "ssl",
        "--password-stdin",
        stdin="secret\n",
    )
    assert result.returncode == 1
    assert "connexion refusée" in result.stdout
    assert "Connection refused" not in result.stdout
    assert "Errno" not in result.stdout


def test_discover_explain_says_what_the_system_said_in_french(refusing_port: int) -> None:
    env = {**os.environ, "WINK_ISPDB_URL": f"http://127.0.0.1:{refusing_port}/v1.1/"}
    result = _cli("discover", "marie@nowhere.invalid", "--source", "ispdb", "--explain", env=env)
    assert "connexion refusée" in result.stdout
    assert "Connection refused" not in result.stdout
    assert "Errno" not in result.stdout


def test_every_system_error_text_is_translated() -> None:
    french = catalogue_translate("fr")
    import errno  # noqa: PLC0415

    for code in (errno.ECONNREFUSED, errno.ECONNRESET, errno.EHOSTUNREACH, errno.ENETUNREACH):
        text = os_error_text(OSError(code, os.strerror(code)))
        assert translate_note(text, french) != text
    unknown = os_error_text(OSError(errno.ENOSPC, "No space left on device"))
    assert "No space" not in unknown
    assert translate_note(unknown, french).startswith("erreur système")
    dns = os_error_text(socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    assert translate_note(dns, french) != dns
