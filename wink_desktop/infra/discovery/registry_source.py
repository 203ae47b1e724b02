"""Source 1: the providers we ship settings for (instant, offline, trusted)."""

from __future__ import annotations

from wink_desktop.core.discovery import Discovered, ProviderDirectory, Source, Stop


class RegistrySource:
    """Looks the address's domain up in the bundled provider registry."""

    source = Source.REGISTRY
    start_delay = 0.0

    def __init__(self, directory: ProviderDirectory) -> None:
        self._directory = directory

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """The registry's settings for ``email``, if its domain is a known provider's."""
        del stop  # instant: no network
        return self._directory.for_email(email)
