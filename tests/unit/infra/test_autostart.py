"""Starting with the session: the XDG autostart entry, the Run value, the LaunchAgent."""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.procs import require_program
from wink_desktop.core.startup import Preferences, StartMode, apply_start_with_session
from wink_desktop.infra import autostart
from wink_desktop.infra.autostart import (
    MacLaunchAgent,
    XdgAutostart,
    desktop_entry,
    launch_agent,
    running_command,
    windows_run_value,
    xdg_autostart_folder,
)
from wink_desktop.infra.preferences import JsonPreferences


def exec_line(entry: str) -> str:
    return next(line for line in entry.splitlines() if line.startswith("Exec="))[5:]


def unescape_exec(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry specification says a launcher does."""
    string = value.replace("\\\\", "\\")  # the string rule first: \\ is one backslash
    words: list[str] = []
    word, quoted, escaped, started = "", False, False, False
    for char in string:
        if escaped:
            word, escaped = word + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if word or started:
                words.append(word)
            word, started = "", False
        else:
            word += char
    assert not quoted
    assert not escaped
    words.append(word)
    return [w.replace("%%", "%") for w in words]


def validate(path: Path) -> None:
    validator = require_program("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/wink-desktop"],
        ["/home/marie/Mes applis/venv/bin/python", "-m", "wink_desktop"],
        ['/opt/odd $dir/"quoted" `tick` back\\slash 100%/wink-desktop'],
    ],
)
@pytest.mark.parametrize("mode", list(StartMode))
def test_the_autostart_entry_is_valid_and_runs_this_install(
    tmp_path: Path, command: list[str], mode: StartMode
) -> None:
    session = XdgAutostart(tmp_path / "autostart", command)
    assert not session.enabled()
    session.enable(mode)
    assert session.enabled()
    path = tmp_path / "autostart" / "wink-desktop.desktop"
    entry = path.read_text(encoding="utf-8")
    validate(path)
    assert "X-GNOME-Autostart-enabled=true" in entry.splitlines()
    assert unescape_exec(exec_line(entry)) == [*command, f"--{mode.value}"]
    # Unticked: the entry goes; unticking again is not an error.
    session.disable()
    assert not path.exists()
    session.disable()
    assert list((tmp_path / "autostart").iterdir()) == []  # no temporary file left


@pytest.mark.parametrize(
    "bad", ["/opt/wink\n[Desktop Entry]\nExec=rm", "/opt/\x00x", "/opt/\udcff"]
)
def test_a_command_that_cannot_be_written_safely_is_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError, match=r".+"):
        XdgAutostart(tmp_path, [bad]).enable(StartMode.HIDDEN)
    assert not (tmp_path / "wink-desktop.desktop").exists()


def test_the_folder_follows_xdg_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert xdg_autostart_folder() == tmp_path / "cfg" / "autostart"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/ignored")  # the spec ignores it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert xdg_autostart_folder() == tmp_path / "home" / ".config" / "autostart"


def test_the_running_command_is_the_launcher_that_started_wink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launcher = tmp_path / "bin" / "wink-desktop"
    launcher.parent.mkdir()
    launcher.write_text("#!/bin/sh\n")
    monkeypatch.setattr(autostart.sys, "argv", [str(launcher)])
    assert running_command() == [str(launcher)]
    monkeypatch.setattr(autostart.sys, "argv", ["/src/wink_desktop/__main__.py"])
    assert running_command() == [autostart.sys.executable, "-m", "wink_desktop"]


def test_the_windows_run_value_quotes_a_path_with_spaces() -> None:
    exe = r"C:\Users\Marie Dupont\AppData\Local\Programs\Wink Desktop\wink-desktop.exe"
    assert windows_run_value([exe], StartMode.HIDDEN) == f'"{exe}" --hidden'


def test_the_macos_launch_agent_runs_the_app_at_login(tmp_path: Path) -> None:
    command = ["/Applications/Wink Desktop.app/Contents/MacOS/wink-desktop"]
    agent = plistlib.loads(launch_agent(command, StartMode.HIDDEN))
    assert agent["ProgramArguments"] == [*command, "--hidden"]
    assert agent["RunAtLoad"] is True
    assert agent["Label"] == "fr.wink.desktop"
    session = MacLaunchAgent(tmp_path, command)
    session.enable(StartMode.HIDDEN)
    assert session.enabled()
    assert plistlib.loads((tmp_path / "fr.wink.desktop.plist").read_bytes()) == agent
    session.disable()
    assert not session.enabled()


def test_the_choice_is_saved_atomically_and_applied(tmp_path: Path) -> None:
    store = JsonPreferences(tmp_path / "config")
    assert store.load() == Preferences()  # no file: off
    session = XdgAutostart(tmp_path / "autostart", ["/usr/bin/wink-desktop"])
    apply_start_with_session(store, session, True, StartMode.MINIMIZED)
    assert store.load().start_with_session
    assert "--minimized" in exec_line(desktop_entry(["/usr/bin/wink-desktop"], StartMode.MINIMIZED))
    assert session.enabled()
    assert (tmp_path / "config" / "preferences.json").stat().st_mode & 0o077 == 0
    apply_start_with_session(store, session, False, StartMode.MINIMIZED)
    assert not store.load().start_with_session
    assert not session.enabled()
    assert sorted(p.name for p in (tmp_path / "config").iterdir()) == ["preferences.json"]


@pytest.mark.parametrize(
    "content", [b"", b"\xff\xfe", b"[1, 2]", b'{"start_with_session": "yes"}', b"[" * 100_000]
)
def test_an_unreadable_preferences_file_means_off(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "preferences.json").write_bytes(content)
    assert JsonPreferences(tmp_path).load() == Preferences()
