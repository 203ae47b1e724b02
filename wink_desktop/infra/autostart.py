r"""Starting with the user's session, per system (adapters of ``SessionStart``).

- Linux and other freedesktop systems: ``$XDG_CONFIG_HOME/autostart/wink-desktop.desktop``
  (XDG Autostart specification), written atomically, removed when unticked.
- Windows: a value under ``HKCU\Software\Microsoft\Windows\CurrentVersion\Run``.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/fr.wink.desktop.plist``.

Each entry is built by a pure function (tested on Linux); the Windows adapter is the only
part that cannot run here (it needs the registry).
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from wink_desktop import APP_ID, APP_NAME
from wink_desktop.core.startup import SessionStart, StartMode
from wink_desktop.infra.files import sync_folder, write_atomically

#: The autostart entry's file name (the app's desktop file id).
DESKTOP_FILE = f"{APP_ID}.desktop"
#: The Windows Run key (per user: no administrator rights needed) and our value's name.
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME
#: The macOS LaunchAgent's label (reverse-DNS, as launchd expects).
AGENT_LABEL = "fr.wink.desktop"

# Characters that make an Exec argument need quotes (Desktop Entry spec, "Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# A line break or another control character has no place on one line of a desktop file.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Inside quotes, these are escaped with a backslash.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def running_command() -> list[str]:
    """The command that starts the install that is running now.

    The packaged launcher (``/usr/bin/wink-desktop``) or the venv's script when that is
    how Wink was started; the bundle's executable; else this Python with ``-m``.
    """
    argv0 = sys.argv[0] if sys.argv else ""
    if Path(argv0).name in {APP_ID, f"{APP_ID}.exe"}:
        found = shutil.which(argv0) if os.sep not in argv0 else argv0
        if found and Path(found).is_file():
            return [str(Path(found).absolute())]
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its executable is the app
        return [sys.executable]
    return [sys.executable, "-m", "wink_desktop"]


def _exec_argument(argument: str) -> str:
    """One argument of an ``Exec`` line, quoted and escaped as the specification says."""
    if _CONTROL.search(argument):
        raise ValueError("a control character cannot be written in a desktop entry")
    argument.encode("utf-8")  # a path that is not UTF-8 cannot be written either
    if argument and not _RESERVED.intersection(argument):
        quoted = argument
    else:
        inner = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in argument)
        quoted = f'"{inner}"'
    # Then the rules of every string value: a backslash is written twice, and a percent
    # sign (a field code) is doubled.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: Sequence[str], mode: StartMode) -> str:
    """The XDG autostart entry that runs ``command`` with ``mode``'s flag.

    Raises:
        ValueError: a part of the command cannot be written in a desktop entry.
    """
    exec_line = " ".join(_exec_argument(part) for part in (*command, mode.flag))
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def xdg_autostart_folder() -> Path:
    """``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` when unset or relative)."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart"


class XdgAutostart:
    """:class:`SessionStart` through an XDG autostart entry.

    Args:
        folder: the autostart folder (default: :func:`xdg_autostart_folder`).
        command: what to run (default: :func:`running_command`).
    """

    def __init__(self, folder: Path | None = None, command: Sequence[str] | None = None) -> None:
        self.path = (folder or xdg_autostart_folder()) / DESKTOP_FILE
        self._command = list(command) if command is not None else running_command()

    def enable(self, mode: StartMode) -> None:
        """Write the entry (atomically; untouched when it already says the same)."""
        data = desktop_entry(self._command, mode).encode("utf-8")
        with contextlib.suppress(OSError):
            if self.path.read_bytes() == data:
                return
        write_atomically(self.path, data, 0o644)

    def disable(self) -> None:
        """Remove the entry."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
            sync_folder(self.path.parent)

    def enabled(self) -> bool:
        """Whether our entry is there."""
        return self.path.is_file()


def windows_run_value(command: Sequence[str], mode: StartMode) -> str:
    """The Run value's command line (quoted the way Windows programs parse it)."""
    return subprocess.list2cmdline([*command, mode.flag])


class WindowsRunKey:
    """:class:`SessionStart` through the per-user Run key (Windows only; not run here)."""

    def __init__(self, command: Sequence[str] | None = None) -> None:
        self._command = list(command) if command is not None else running_command()

    def enable(self, mode: StartMode) -> None:
        """Set our value under the Run key."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415

            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value = windows_run_value(self._command, mode)
                winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, value)

    def disable(self) -> None:
        """Delete our value (a missing one is fine)."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415

            with (
                contextlib.suppress(FileNotFoundError),
                winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key,
            ):
                winreg.DeleteValue(key, RUN_VALUE)

    def enabled(self) -> bool:
        """Whether our value is set."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    winreg.QueryValueEx(key, RUN_VALUE)
            except FileNotFoundError:
                return False
            return True
        return False


def launch_agent(command: Sequence[str], mode: StartMode) -> bytes:
    """The macOS LaunchAgent (an XML property list) that runs ``command`` at log-in."""
    return plistlib.dumps(
        {
            "Label": AGENT_LABEL,
            "ProgramArguments": [*command, mode.flag],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )


class MacLaunchAgent:
    """:class:`SessionStart` through a LaunchAgent file (launchd reads it at each log-in).

    Args:
        folder: ``~/Library/LaunchAgents`` by default.
        command: what to run (default: :func:`running_command`; in a ``.app`` bundle, its
            executable).
    """

    def __init__(self, folder: Path | None = None, command: Sequence[str] | None = None) -> None:
        folder = folder or Path.home() / "Library" / "LaunchAgents"
        self.path = folder / f"{AGENT_LABEL}.plist"
        self._command = list(command) if command is not None else running_command()

    def enable(self, mode: StartMode) -> None:
        """Write the agent (atomically)."""
        write_atomically(self.path, launch_agent(self._command, mode), 0o644)

    def disable(self) -> None:
        """Remove the agent."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def enabled(self) -> bool:
        """Whether the agent is there."""
        return self.path.is_file()


def session_start() -> SessionStart:
    """The adapter for this system."""
    if sys.platform == "win32":
        return WindowsRunKey()
    if sys.platform == "darwin":
        return MacLaunchAgent()
    return XdgAutostart()
