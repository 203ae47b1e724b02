"""The command line: version, help, and clear errors for bad arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from wink_desktop import __version__
from wink_desktop.cli import EXIT_USAGE, main


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
    assert result.stdout.strip() == f"Wink Desktop {__version__}"


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
    assert "ouvre l'application" in result.stdout


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
    assert paths == {"config": f"{home}/config", "data": f"{home}/data", "logs": f"{home}/logs"}
