"""Every French string follows the house typography and vocabulary; English too.

The rules, and the one choice of space (U+00A0 everywhere), are written down in
:mod:`tests.unit.typography`. The catalogue is read as committed; the command line is run
under ``--lang fr`` and what it prints is scanned, since it also glues words together.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.unit.typography import (
    NBSP,
    english_words,
    entries,
    french_spacing,
    french_typography,
    french_vocabulary,
)

# argparse's own message ids: ours to translate, not to reword.
_NOT_OURS = {"argparse"}


def test_french_translations_follow_the_typography() -> None:
    problems = [
        f"{e.context}: {problem}"
        for e in entries()
        if e.translation
        for problem in french_typography(e.translation)
    ]
    assert problems == []


def test_french_translations_use_the_house_words() -> None:
    problems = [
        f"{e.context}: {problem}"
        for e in entries()
        if e.translation
        for problem in french_vocabulary(e.translation)
    ]
    assert problems == []


def test_no_entry_is_left_unfinished() -> None:
    assert [e for e in entries() if e.unfinished or not e.translation] == []


def test_english_sources_use_the_house_words() -> None:
    problems = [
        f"{e.context}: {problem}"
        for e in entries()
        if e.context not in _NOT_OURS
        for problem in english_words(e.source)
    ]
    assert problems == []


def test_one_label_for_doing_a_step_again() -> None:
    """ "Try again" is the label of doing the same step again, on every page that has one."""
    labels = {(e.context, e.source) for e in entries()}
    assert ("BrowserPage", "Try again") in labels
    assert ("TestPage", "Try again") in labels
    french = {e.translation for e in entries() if e.source == "Try again"}
    assert french == {"Réessayer"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IMAP: Le serveur", 1),
        ("IMAP : Le serveur", 1),
        (f"IMAP{NBSP}: Le serveur", 0),
        ("Remplacer la boîte mail connectée ?", 1),
        (f"Remplacer la boîte mail connectée{NBSP}?", 0),
        ("choisissez « Autoriser »", 2),
        (f"choisissez «{NBSP}Autoriser{NBSP}»", 0),
        (f"choisissez «{NBSP}{NBSP}Autoriser{NBSP}»", 1),
        ("Reçu en {seconds} s.", 1),
        (f"au plus 15{NBSP}s", 0),
        (f"Le serveur {{host}}:{{port}} à 12:30, voir https://exemple.fr/a?b=c{NBSP}!", 0),
        (f"[2001:db8::1]:993 et {{step}}{NBSP}: réussi", 0),
        (f"Étape{NBSP}:\u202f{{seconds}}", 1),
        (f"Effacer l'adresse{NBSP}; ou pas", 1),
        (f'Choisissez "Autoriser"{NBSP}!', 1),
        (f"Patientez...{NBSP}!", 1),
    ],
)
def test_the_typography_check_catches_what_it_should(text: str, expected: int) -> None:
    assert len(french_typography(text)) == expected, french_typography(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Votre adresse email", 2),
        ("Votre adresse mail", 2),
        ("Votre adresse électronique", 1),
        ("un courriel de test", 1),
        ("vos mails", 1),
        ("vos emails et vos e-mails", 1),
        ("la boite mail", 2),
        ("la boîte aux lettres", 1),
        ("un mot de passe pour app", 1),
        ("un mot de passe spécifique à l’application", 1),
        ("Votre adresse e-mail, vos e-mails, votre boîte mail, {email}", 0),
        ("un mot de passe d’application («\u00a0mot de passe pour app\u00a0» chez Apple)", 0),
        ("Zoho Mail et Mail.ru", 0),
    ],
)
def test_the_vocabulary_check_catches_what_it_should(text: str, expected: int) -> None:
    assert len(french_vocabulary(text)) == expected, french_vocabulary(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Connecting a mailbox is reserved to administrators", 1),
        ("State: {state}", 1),
        ("Retry", 1),
        ("Send a test e-mail", 1),
        ('Choose "Allow"', 2),
        ("Status: {state}; reserved for admins; Try again; the state of things", 0),
    ],
)
def test_the_english_check_catches_what_it_should(text: str, expected: int) -> None:
    assert len(english_words(text)) == expected, english_words(text)


# ------------------------------------------------------------------ the command line


def _french_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", "--lang", "fr", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def refusing_server() -> Iterator[str]:
    """A loopback ``host:port`` bound but not listening: every connection is refused."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    yield f"127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


def _check_args(imap: str, smtp: str, email: str = "alice@example.test") -> list[str]:
    return [
        "check",
        "--email",
        email,
        "--imap",
        imap,
        "--imap-security",
        "ssl",
        "--smtp",
        smtp,
        "--smtp-security",
        "ssl",
        "--password-stdin",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("discover", "--help"),
        ("check", "--help"),
        ("status", "--help"),
        ("paths",),
        ("status",),
        ("discover", "marie@orange.fr", "--source", "registry", "--explain"),
    ],
    ids=" ".join,
)
def test_the_french_command_line_prints_french_typography(args: tuple[str, ...]) -> None:
    result = _french_cli(*args)
    printed = result.stdout + result.stderr
    assert printed.strip()
    assert french_spacing(printed) == []


def test_check_in_french_puts_a_no_break_space_before_each_colon(refusing_server: str) -> None:
    result = _french_cli(*_check_args(refusing_server, refusing_server), stdin="secret\n")
    assert result.returncode == 1
    assert f"IMAP{NBSP}: " in result.stdout
    assert "IMAP: " not in result.stdout
    assert french_spacing(result.stdout + result.stderr) == []


@pytest.mark.parametrize(
    "args",
    [
        _check_args("127.0.0.1:9", "127.0.0.1:9", email="alice.example.test"),
        _check_args("bad host:993", "127.0.0.1:9"),
        ["check", "--email", "a@b.fr"],
        ["discover", "pas-une-adresse"],
        ["frobnicate"],
    ],
    ids=["email", "host", "missing", "discover", "unknown"],
)
def test_french_errors_on_the_command_line_follow_the_typography(args: list[str]) -> None:
    result = _french_cli(*args, stdin="secret\n")
    assert result.returncode in {2, 3}
    assert result.stderr.strip()
    assert french_spacing(result.stderr) == []
