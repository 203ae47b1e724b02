"""A build without a provider's browser sign-in: what the flow offers instead.

A build made without ``WINK_GOOGLE_CLIENT_ID`` (or the Microsoft one) cannot open that
provider's sign-in page. Rather than a dead end, "Continue with Google" then leads to the
provider's password route (its bundled servers, trusted, and its app-password note), and a
provider that takes no password (Microsoft) says where a build that can sign in comes from.
"""

from __future__ import annotations

from collections.abc import Mapping

from wink_desktop.core.discovery import Source
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.oauth import OAuthClient, OwnSignInPageRequiredError
from wink_desktop.core.providers import OAuthProviderSpec, Provider, ProviderCatalogue
from wink_desktop.core.settings import ServerSettings
from wink_desktop.services.connect_flow_state import Origin, Resolution


def sign_in_available(clients: Mapping[str, OAuthClient], provider_id: str) -> bool:
    """Whether this build can sign in with ``provider_id`` in the browser (it has its id)."""
    client = clients.get(provider_id)
    return client is not None and client.config.configured


def browser_sign_ins(
    catalogue: ProviderCatalogue, clients: Mapping[str, OAuthClient]
) -> tuple[str, ...]:
    """The names of the providers this build signs in with in the browser ("Google").

    Texts saying "Wink never sees your password" name only these: without a client id,
    Gmail takes an app password, which Wink does see.
    """
    return tuple(spec.name for spec in catalogue.oauth if sign_in_available(clients, spec.id))


def browser_route(
    provider: Provider | None, spec: OAuthProviderSpec, address: str, available: bool
) -> Resolution:
    """The browser sign-in when the build has it; else the password route, or why not.

    Args:
        provider: the provider behind ``spec`` (its servers and notes).
        spec: the browser sign-in chosen or recommended.
        address: the address typed so far (may be empty: the servers are proposed anyway).
        available: whether this build has the client id (:func:`sign_in_available`).
    """
    if available:
        return Resolution(provider, spec)
    password = provider.password_route() if provider is not None else None
    if password is None or password.imap is None or password.smtp is None:
        return Resolution(provider, unavailable=OwnSignInPageRequiredError(spec.name))
    try:
        imap = password.imap.for_email(address)
        smtp = password.smtp.for_email(address)
    except InvalidInputError:
        # An address that makes no valid user name: the servers still go on the form, and
        # the form's own check says what is wrong with the address.
        imap = ServerSettings.parse(password.imap.host, password.imap.port, password.imap.security)
        smtp = ServerSettings.parse(password.smtp.host, password.smtp.port, password.smtp.security)
    # Bundled with the app, like any provider's: trusted, nothing for the user to vouch for.
    return Resolution(password, None, imap, smtp, Origin.PROVIDER, True, Source.REGISTRY)
