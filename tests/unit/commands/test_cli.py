"""The command line: version, help, and clear errors for bad arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from wink_desktop import __version__
from wink_desktop.cli import EXIT_USAGE, _named_command, build_parser, main


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_version_is_printed() -> None:
    result = _cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith(f"Wink Desktop {__version__} — sign-in")


def test_help_lists_the_subcommands() -> None:
    result = _cli("--help")
    assert result.returncode == 0
    for command in ("gui", "paths"):
        assert command in result.stdout
    assert "Exit codes" in result.stdout


def test_help_speaks_french_when_asked() -> None:
    result = _cli("--lang", "fr", "--help")
    assert result.returncode == 0
    assert "Codes de sortie" in result.stdout
    assert "ouvre l’application" in result.stdout


def test_unknown_command_is_a_usage_error_without_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "invalid choice" in err
    assert "Traceback" not in err


def test_paths_reports_the_overridden_home(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["paths", "--json"]) == 0
    paths = json.loads(capsys.readouterr().out)
    home = os.environ["WINK_DESKTOP_HOME"]
    assert paths == {
        "config": f"{home}/config",
        "data": f"{home}/data",
        "logs": f"{home}/logs",
        "log_file": f"{home}/logs/wink-desktop.log",
    }


@pytest.mark.parametrize(
    "argv",
    [
        ["discover", "marie@orange.fr", "--source", "ispdb", "--json"],
        ["--lang", "fr", "discover", "marie@orange.fr"],
        ["--lang=en", "--role", "admin", "status", "--json"],
        [
            "check",
            "--email",
            "a@b.fr",
            "--imap",
            "h:993",
            "--imap-security",
            "ssl",
            "--smtp",
            "h:465",
            "--smtp-security",
            "ssl",
            "--password-stdin",
            "--timeout",
            "3",
        ],
        ["disconnect", "--yes"],
        ["paths"],
        ["--verbose", "report", "--json"],
        ["report", "--no-network", "--verbose"],
    ],
)
def test_a_named_command_is_read_the_same_by_its_own_parser(argv: list[str]) -> None:
    # Only the named command's parser is built at start-up: it must read what the full
    # parser reads.
    narrow = build_parser(only=_named_command(argv)).parse_args(argv)
    assert _named_command(argv) is not None
    assert vars(narrow) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [["--help", "discover"], ["-h"], ["dicsover"], ["--version"]])
def test_without_a_known_command_first_the_full_parser_answers(argv: list[str]) -> None:
    assert _named_command(argv) is None


@pytest.mark.parametrize(
    "argv", [[], ["--lang", "fr"], ["--hidden", "--verbose"], ["--role=admin", "--minimized"]]
)
def test_the_app_reads_its_options_without_declaring_any_command(argv: list[str]) -> None:
    # Starting the app declares no command (their modules stay unloaded): same reading.
    assert _named_command(argv) == ""
    assert vars(build_parser(only="").parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_a_command_help_still_shows_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["discover", "--help"])
    assert ended.value.code == 0
    assert "--explain" in capsys.readouterr().out
