"""The one place that decides provider and servers for an address and the user's choice."""

from __future__ import annotations

from collections.abc import Callable

from wink_desktop.core.discovery import Discovered
from wink_desktop.core.models import AuthMethod
from wink_desktop.core.providers import Provider, ProviderCatalogue
from wink_desktop.core.settings import ServerSettings
from wink_desktop.services.connect_flow_fallback import browser_route
from wink_desktop.services.connect_flow_state import IMAP_CHOICE, FlowState, Origin, Resolution


def resolve(
    catalogue: ProviderCatalogue,
    state: FlowState,
    address: str,
    choice: str | None,
    available: Callable[[str], bool] = lambda _spec_id: True,
) -> Resolution:
    """Which provider and which servers for ``address`` and the user's ``choice``.

    Args:
        catalogue: the providers we know.
        state: the flow's state (what discovery found, the account being reconnected).
        address: the address, already normalised (may be empty).
        choice: a browser sign-in's id, a provider's id, :data:`IMAP_CHOICE`, or None
            for the recommendation (from discovery, else from the address's domain).
        available: whether this build can sign in in the browser with a sign-in's id
            (without its client id, Google's route is its app password).
    """
    found = state.discovered
    if found is not None and (not address or found.email.lower() != address.lower()):
        found = None  # found for another address
    saved = state.reconnecting
    if (
        saved is not None
        and saved.method is AuthMethod.PASSWORD
        and saved.email.lower() == address.lower()
        and choice == (saved.provider or IMAP_CHOICE)
    ):
        # A password account is reconnected with its password, whoever the provider
        # (a Gmail account with an app password does not go to the browser, and its note
        # is the app password's, not "Continue with Google": no such button there).
        provider = catalogue.by_id(saved.provider) if saved.provider else None
        provider = (provider.password_route() or provider) if provider else None
        return Resolution(provider, None, saved.imap, saved.smtp, Origin.SAVED)
    oauth = catalogue.oauth_spec(choice)
    if oauth is not None:
        return browser_route(catalogue.by_id(oauth.id), oauth, address, available(oauth.id))
    if choice is None:
        provider = catalogue.by_id(found.provider) if found and found.provider else None
        provider = provider or (catalogue.for_domain_of(address) if address else None)
        spec = catalogue.oauth_spec(provider.id) if provider is not None else None
        if provider is not None and provider.uses_oauth and spec is not None:
            return browser_route(provider, spec, address, available(spec.id))
        return _from_discovery(provider, found)
    return _for_choice(catalogue, address, choice, found)


def detected_choice(recommended: Resolution) -> str:
    """The choice the address page makes for the user from the recommendation."""
    if recommended.oauth is not None:
        return recommended.oauth.id
    if recommended.provider is not None:
        return recommended.provider.id
    return IMAP_CHOICE


def _for_choice(
    catalogue: ProviderCatalogue, address: str, choice: str, found: Discovered | None
) -> Resolution:
    """A tile or "Other (IMAP)": discovery's servers when they are that provider's."""
    provider = None if choice == IMAP_CHOICE else catalogue.by_id(choice)
    if provider is None or (found is not None and found.provider == provider.id):
        return _from_discovery(provider, found)
    answer = provider.answer(address)
    if answer is None:
        return Resolution(provider)
    return Resolution(
        provider, None, answer.imap, answer.smtp, Origin.PROVIDER, answer.trusted, answer.source
    )


def _from_discovery(provider: Provider | None, found: Discovered | None) -> Resolution:
    if found is None:
        return Resolution(provider)
    return Resolution(
        provider, None, found.imap, found.smtp, Origin.DISCOVERED, found.trusted, found.source
    )


def unvouched(
    resolution: Resolution, imap: ServerSettings | None, smtp: ServerSettings | None
) -> bool:
    """Whether the password would go to a server only an untrusted source proposed.

    A server the user typed (a host other than the source's) is their own choice; a host
    the untrusted source named needs the user's explicit confirmation. A server not on the
    form yet counts as the source's: never less careful than needed.
    """
    if not resolution.untrusted:
        return False
    pairs = ((imap or resolution.imap, resolution.imap), (smtp or resolution.smtp, resolution.smtp))
    return any(
        server is None or (found is not None and _same_host(server, found))
        for server, found in pairs
    )


def _same_host(server: ServerSettings, found: ServerSettings) -> bool:
    """Whether ``server`` goes to the host ``found`` names (DNS names ignore case)."""
    return server.host.rstrip(".").lower() == found.host.rstrip(".").lower()
