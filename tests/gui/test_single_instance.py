"""Two launches of Wink: the second brings the first forward instead of racing on its files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# The first instance: runs until a later launch asks for its window, reports, then quits.
FIRST = """
import sys
from PySide6.QtWidgets import QApplication
from wink_desktop import app
from wink_desktop.ui.shell import Shell

front = Shell.bring_to_front

def reported(self):
    front(self)
    print("front", self.brought_to_front, self.main_window.isVisible(), flush=True)
    QApplication.quit()

Shell.bring_to_front = reported
raise SystemExit(app.run(language=sys.argv[1], on_shown=lambda: print("shown", flush=True)))
"""

# A start that quits as soon as its window is painted (it got the lock).
QUICK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from wink_desktop import app

def shown():
    print("shown", flush=True)
    QTimer.singleShot(0, QApplication.quit)

raise SystemExit(app.run(language=sys.argv[1], on_shown=shown))
"""


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "WINK_DESKTOP_HOME": str(tmp_path / "home"),
        "WINK_CONFIG_DIR": str(tmp_path / "home" / "config"),
    }


def start(code: str, env: dict[str, str], language: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", code, language],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "shown":
        code, out, err = finish(proc, kill=True)
        pytest.fail(f"the app did not start ({code}): {line}{out}{err}")
    return proc


def finish(proc: subprocess.Popen[str], *, kill: bool = False) -> tuple[int, str, str]:
    """Wait for (or end) a process and close its pipes."""
    if kill and proc.poll() is None:
        proc.kill()
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def launch(env: dict[str, str], language: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wink_desktop", "--lang", language],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_second_launch_brings_the_first_window_forward(
    home: dict[str, str], tmp_path: Path, language: str
) -> None:
    first = start(FIRST, home, language)
    try:
        second = launch(home, language)
        assert second.returncode == 0, second.stderr
        expected = "déjà ouvert" if language == "fr" else "already open"
        assert expected in second.stderr
        assert "shown" not in second.stdout
        code, out, err = finish(first)
        assert code == 0, err
        assert out.split() == ["front", "1", "True"]
    finally:
        finish(first, kill=True)
    # Another configuration (another portable install, another test run) is independent.
    other = {**home, "WINK_CONFIG_DIR": str(tmp_path / "other")}
    first = start(FIRST, home, language)
    try:
        independent = start(QUICK, other, language)
        assert finish(independent)[0] == 0
    finally:
        finish(first, kill=True)


def test_a_killed_instance_does_not_block_the_next_start(
    home: dict[str, str], language: str
) -> None:
    for _ in range(3):
        crashed = start(FIRST, home, language)
        crashed.send_signal(signal.SIGKILL)
        assert finish(crashed)[0] == -signal.SIGKILL
    # The lock and the socket it left behind are stale: this start runs normally.
    after = start(QUICK, home, language)
    assert finish(after)[0] == 0
