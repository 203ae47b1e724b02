"""The Wink user's profile, read from ``<config>/profile.json``.

This is guidance for the desktop app only: the Wink server decides who may connect a
mailbox. ``{"name": "Marie Dupont", "role": "admin"}``; ``role`` is ``super_admin``,
``admin`` or ``collaborator``. Without the file, the user is treated as an admin.
"""

from __future__ import annotations

import json
from pathlib import Path

from wink_desktop.core.account import UserProfile
from wink_desktop.core.models import Role

PROFILE_FILE = "profile.json"


class FileProfileSource:
    """:class:`~wink_desktop.core.account.ProfileSource` from a file, with an override."""

    def __init__(self, folder: Path, role_override: Role | None = None) -> None:
        self.path = folder / PROFILE_FILE
        self._override = role_override

    def current(self) -> UserProfile:
        """The profile; an unreadable file or unknown role means collaborator (safe side)."""
        name, role = "", Role.ADMIN
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                name = str(data.get("name", ""))
                role = Role(str(data.get("role", "")))
            except (OSError, ValueError, AttributeError):
                role = Role.COLLABORATOR
        return UserProfile(name, self._override or role)
