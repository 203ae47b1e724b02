"""Starting Wink with the user's session: the preference and the port that applies it.

The app's preferences (not the account: what the user chose about the app itself) are a
small record saved like the account, atomically. Starting with the session is applied by
an adapter per system (an XDG autostart entry on Linux; a Run value on Windows; a
LaunchAgent on macOS), always with the command of the install that is running.
"""

from __future__ import annotations

import enum
from typing import Any, NamedTuple, Protocol


class StartMode(enum.StrEnum):
    """How a start with the session shows the app (the command-line flag's name)."""

    #: Straight into the tray icon, no window (where the desktop has a tray).
    HIDDEN = "hidden"
    #: The window, minimised (desktops without a tray, such as GNOME by default).
    MINIMIZED = "minimized"

    @property
    def flag(self) -> str:
        """The option of ``wink-desktop`` that starts this way."""
        return f"--{self.value}"


class Preferences(NamedTuple):
    """What the user chose about the app (never a secret).

    Attributes:
        start_with_session: start Wink when the user logs in ("Lancer Wink au démarrage").
        tray_notice_shown: the user was told once that closing the window keeps Wink in
            the tray.
    """

    start_with_session: bool = False
    tray_notice_shown: bool = False

    def to_json(self) -> dict[str, Any]:
        """The JSON object saved in the preferences file."""
        return {
            "start_with_session": self.start_with_session,
            "tray_notice_shown": self.tray_notice_shown,
        }

    @classmethod
    def from_json(cls, data: object) -> Preferences:
        """Read a saved object; anything unexpected falls back to the default (off)."""
        if not isinstance(data, dict):
            return cls()
        return cls(
            start_with_session=data.get("start_with_session") is True,
            tray_notice_shown=data.get("tray_notice_shown") is True,
        )


class PreferencesStore(Protocol):
    """Where the preferences live (a JSON file in the app, written atomically)."""

    def load(self) -> Preferences:
        """The saved preferences, or the defaults (no file, or an unreadable one)."""
        ...

    def save(self, preferences: Preferences) -> None:
        """Replace the saved preferences (atomically)."""
        ...


class SessionStart(Protocol):
    """Starts the app with the user's session, or stops doing so."""

    def enable(self, mode: StartMode) -> None:
        """Start with the session from now on, showing the app as ``mode`` says."""
        ...

    def disable(self) -> None:
        """Stop starting with the session (nothing to remove is not an error)."""
        ...

    def enabled(self) -> bool:
        """Whether the app starts with the session now."""
        ...


def apply_start_with_session(
    store: PreferencesStore, session: SessionStart, wanted: bool, mode: StartMode
) -> Preferences:
    """Save the choice, then make the system follow it (blocking: call it in a worker).

    Called when the box is ticked or unticked, and at each start while it is ticked, so
    the entry always names the install that runs and the mode that fits the desktop.

    Returns:
        The preferences as saved.

    Raises:
        OSError: the preferences or the system's start-up entry could not be written.
    """
    preferences = store.load()
    if preferences.start_with_session != wanted:
        preferences = preferences._replace(start_with_session=wanted)
        store.save(preferences)
    if wanted:
        session.enable(mode)
    else:
        session.disable()
    return preferences
