"""What the windows need from the rest of the app (built by the composition root)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any

from wink_desktop.core.account import ProfileSource
from wink_desktop.core.messages import InboxReader
from wink_desktop.core.oauth import OAuthClient, RedirectReceiver
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.services.delivery import DeliveryCheck
from wink_desktop.services.mailbox import Mailbox


@dataclass
class AppContext:
    """The services and ports the UI uses; nothing here imports Qt.

    Attributes:
        mailbox: connect, read, disconnect.
        profile: who the user is (role).
        discovery_sources: makes the discovery sources (fresh per lookup).
        oauth_clients: by provider id (``google``, ``microsoft``).
        receiver: makes the loopback receiver for a ``state``.
        open_browser: opens a URL in the system browser.
        inbox: reads the latest INBOX headers for the main window.
        catalogue: the providers we know and the OAuth provider specs.
        delivery: sends the test email (None: not offered, as in some tests).
        diagnostics: ``(language, qt_version)`` → the masked diagnostics report (blocking;
            None: not offered).
    """

    mailbox: Mailbox
    profile: ProfileSource
    discovery_sources: Callable[[], Sequence[Any]]
    oauth_clients: Mapping[str, OAuthClient]
    receiver: Callable[[str], AbstractAsyncContextManager[RedirectReceiver]]
    open_browser: Callable[[str], bool]
    inbox: InboxReader
    catalogue: ProviderCatalogue
    delivery: DeliveryCheck | None = None
    diagnostics: Callable[[str, str | None], dict[str, Any]] | None = None
