"""The app's preferences as ``<config>/preferences.json``, written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from wink_desktop.core.startup import Preferences
from wink_desktop.infra.files import write_atomically

PREFERENCES_FILE = "preferences.json"
#: A preferences file is a few dozen bytes: anything much larger is not ours.
MAX_FILE_BYTES = 64 * 1024


class JsonPreferences:
    """:class:`~wink_desktop.core.startup.PreferencesStore` over a JSON file."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / PREFERENCES_FILE

    def load(self) -> Preferences:
        """The saved preferences; a missing or unreadable file gives the defaults (off).

        Nothing in it is precious (two check boxes): a damaged file is not set aside, the
        next save replaces it.
        """
        try:
            with self.path.open("rb") as file:
                raw = file.read(MAX_FILE_BYTES + 1)
        except OSError:
            return Preferences()
        if len(raw) > MAX_FILE_BYTES:
            return Preferences()
        try:
            return Preferences.from_json(json.loads(raw.decode("utf-8")))
        except (ValueError, RecursionError):
            return Preferences()

    def save(self, preferences: Preferences) -> None:
        """Replace the file atomically."""
        data = json.dumps(preferences.to_json(), indent=2).encode("utf-8")
        write_atomically(self.path, data)
