"""The OAuth client class of each provider id (the infra side of the OAuth specs list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wink_desktop.core.oauth import OAuthClient, OAuthProviderConfig


def make_client(provider_id: str, config: OAuthProviderConfig) -> OAuthClient:
    """The client for ``provider_id`` (an OAuth spec's id), configured by ``config``.

    Raises:
        KeyError: no client is written for ``provider_id``.
    """
    # Imported on demand: msal and google-auth are heavy and each sign-in needs only one.
    if provider_id == "google":
        from wink_desktop.infra.oauth.google_client import GoogleClient  # noqa: PLC0415

        return GoogleClient(config)
    if provider_id == "microsoft":
        from wink_desktop.infra.oauth.microsoft_client import MicrosoftClient  # noqa: PLC0415

        return MicrosoftClient(config)
    raise KeyError(provider_id)
