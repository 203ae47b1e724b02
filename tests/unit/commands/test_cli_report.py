"""``wink-desktop report``: everything support needs, no secret, on any machine."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.procs import remove_tree, world_readable_tempdir
from wink_desktop.cli import build_parser
from wink_desktop.core.account import MailAccount
from wink_desktop.core.models import AuthMethod, ConnectionState, Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.infra.account_store import JsonAccountStore
from wink_desktop.infra.diagnostics_journal import JsonJournal
from wink_desktop.infra.logs import LOG_NAME

ROOT = Path(__file__).resolve().parents[3]
EMAIL = "camille.martin@example.test"
PLANTED_PASSWORD = "Planted-Report-Pw-91x"
PLANTED_TOKEN = "ya29.PlantedAccessToken-0123456789abcdef"
JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW1pbGxlIn0.c2lnbmF0dXJlLXBsYW50ZWQ"


def _run(
    home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env or {**os.environ, "WINK_DESKTOP_HOME": str(home)},
    )


def _plant(home: Path) -> None:
    """A connected mailbox that broke, its history, and log lines full of secrets."""
    imap = ServerSettings("127.0.0.1", 1, Security.SSL)
    account = MailAccount(EMAIL, AuthMethod.PASSWORD, imap, imap)
    JsonAccountStore(home / "config").save(
        account.with_state(ConnectionState.NEEDS_RECONNECTION, "auth_failed")
    )
    journal = JsonJournal(home / "data")
    journal.record_state("connected", None)
    journal.record_state("needs_reconnection", "auth_failed")
    (home / "logs").mkdir(parents=True)
    (home / "logs" / LOG_NAME).write_text(
        f"2026-01-01 INFO x: LOGIN {EMAIL} password={PLANTED_PASSWORD}\n"
        f"2026-01-01 DEBUG y: Authorization: Bearer {PLANTED_TOKEN}\n"
        f"2026-01-01 DEBUG z: id_token {JWT} for camille.martin\n",
        encoding="utf-8",
    )


def _assert_clean(text: str) -> None:
    for secret in (PLANTED_PASSWORD, PLANTED_TOKEN, JWT, "camille.martin"):
        assert secret.lower() not in text.lower(), secret


def test_the_report_says_everything_and_masks_what_it_must(tmp_path: Path) -> None:
    _plant(tmp_path)
    text = _run(tmp_path, "report", "--no-network")
    assert text.returncode == 0, text.stderr
    _assert_clean(text.stdout + text.stderr)
    for expected in (
        "c•••n@example.test",
        "needs_reconnection  auth_failed",
        "Last log lines",
        str(tmp_path / "logs" / LOG_NAME),
        "Skipped (--no-network)",
    ):
        assert expected in text.stdout
    as_json = _run(tmp_path, "report", "--json", "--no-network")
    assert as_json.returncode == 0, as_json.stderr
    _assert_clean(as_json.stdout)
    report = json.loads(as_json.stdout)
    assert report["connection"]["email"] == "c•••n@example.test"
    assert report["connection"]["state"] == "needs_reconnection"
    assert [h["state"] for h in report["history"]] == ["connected", "needs_reconnection"]
    assert report["log_file"] == str(tmp_path / "logs" / LOG_NAME)
    assert len(report["log_tail"]) == 3
    assert set(report["app"]["oauth_enabled"]) == {"google", "microsoft"}
    assert report["system"]["python"] == sys.version.split()[0]


def test_the_report_speaks_french(tmp_path: Path) -> None:
    _plant(tmp_path)
    result = _run(tmp_path, "--lang", "fr", "report", "--no-network")
    assert result.returncode == 0, result.stderr
    assert "Changements d" in result.stdout  # whichever apostrophe the catalogue uses
    assert "Aucun mot de passe" in result.stdout


def test_offline_the_report_says_so_instead_of_hanging(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    assert unshare is not None
    _plant(tmp_path)
    result = subprocess.run(
        [unshare, "-n", sys.executable, "-m", "wink_desktop", "report"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "WINK_DESKTOP_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "seems to be offline" in result.stdout
    _assert_clean(result.stdout)


@pytest.mark.parametrize(
    "argv", [["--verbose", "report"], ["report", "--verbose"], ["status", "--verbose"]]
)
def test_verbose_is_read_before_or_after_the_command(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).verbose is True
    assert (
        build_parser().parse_args(argv[-1:] if argv[0] == "--verbose" else argv[:1]).verbose
        is False
    )


def test_verbose_logs_debug_lines_to_stderr_and_the_log_still_redacted(tmp_path: Path) -> None:
    _plant(tmp_path)
    result = _run(tmp_path, "report", "--no-network", "--verbose")
    assert result.returncode == 0, result.stderr
    assert " DEBUG " in result.stderr
    log = (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert " DEBUG " in log.splitlines()[-1]
    _assert_clean(result.stderr)


def test_paths_names_the_log_file(tmp_path: Path) -> None:
    result = _run(tmp_path, "paths")
    assert f"Log file: {tmp_path / 'logs' / LOG_NAME}" in result.stdout


def _python_for_nobody() -> str:
    """A Python that the unprivileged user may run (a venv's may live under /root)."""
    for candidate in (sys.executable, "/usr/bin/python3"):
        probe = subprocess.run(
            ["runuser", "-u", "nobody", "--", candidate, "-c", "pass"],
            capture_output=True,
            timeout=30,
            check=False,
        )
        if probe.returncode == 0:
            return candidate
    pytest.fail("no Python the user nobody may run")


def test_report_runs_as_an_unprivileged_user_with_no_keyring_and_no_network() -> None:
    home = world_readable_tempdir("wink-nobody-")
    try:
        shutil.chown(home, "nobody")
        site = [p for p in sys.path if p.endswith("site-packages")]
        env = {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": os.pathsep.join([*site, str(ROOT)]),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        command = ["runuser", "-u", "nobody", "--", "env", "-i"]
        command += [f"{k}={v}" for k, v in env.items()]
        command += [_python_for_nobody(), "-m", "wink_desktop", "report", "--no-network"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stderr
        assert "No secure password storage was found" in result.stdout
        assert "not_connected" in result.stdout
        assert str(home / "state") in result.stdout  # the log's place, under the user's home
        verbose = subprocess.run(
            [*command, "--json", "--verbose"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert verbose.returncode == 0, verbose.stderr
        assert json.loads(verbose.stdout)["keyring"]["secure"] is False
        assert (home / "state").exists()  # the log went where the report says
    finally:
        remove_tree(home)
