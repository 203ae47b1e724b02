"""Message headers shown in the main window (read-only, headers only)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from wink_desktop.core.probing import CheckOptions
from wink_desktop.core.settings import Credentials, ServerSettings

#: How many of the latest messages the main window shows.
LATEST_COUNT = 20


@dataclass(frozen=True)
class MessageHeader:
    """One message of the inbox, as listed.

    Attributes:
        sender: display name, or the address.
        subject: decoded subject.
        date: ISO 8601, or empty when the message has none.
    """

    sender: str
    subject: str
    date: str


class InboxReader(Protocol):
    """Reads the latest headers of INBOX (blocking: run in a worker thread)."""

    def latest(
        self,
        email: str,
        server: ServerSettings,
        credentials: Credentials,
        options: CheckOptions,
        count: int = LATEST_COUNT,
    ) -> list[MessageHeader]:
        """The ``count`` newest messages, newest first."""
        ...
