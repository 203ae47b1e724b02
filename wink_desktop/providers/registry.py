"""All the providers we know, looked up by email domain."""

from __future__ import annotations

from wink_desktop.providers import aol, google, icloud, yahoo
from wink_desktop.providers.base import Provider

PROVIDERS: tuple[Provider, ...] = (
    google.PROVIDER,
    icloud.PROVIDER,
    yahoo.PROVIDER,
    aol.PROVIDER,
)


def provider_for_email(email: str) -> Provider | None:
    """The provider hosting ``email``, if it is one we know."""
    domain = email.rpartition("@")[2].lower()
    return next((p for p in PROVIDERS if p.serves(domain)), None)
