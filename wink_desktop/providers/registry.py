"""All the providers we know (read from ``providers.toml``) and the OAuth provider specs."""

from __future__ import annotations

from wink_desktop.core.discovery import Discovered
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.providers import OAuthProviderSpec, Provider, ProviderCatalogue
from wink_desktop.providers.data import bundled_text, load_providers

#: Every provider, in the order "View all providers" lists them (``providers.toml``).
PROVIDERS: tuple[Provider, ...] = load_providers(bundled_text())

#: Providers whose sign-in happens in the browser, in the order their buttons are shown.
OAUTH_PROVIDERS: tuple[OAuthProviderSpec, ...] = (
    OAuthProviderSpec(
        id="google",
        name="Google",
        continue_label=QT_TRANSLATE_NOOP("Providers", "Continue with Google"),
        settings_label=QT_TRANSLATE_NOOP("Providers", "Sign in with Google"),
        object_name="google",
        personal_name="Gmail",
        work_name="Google Workspace",
    ),
    OAuthProviderSpec(
        id="microsoft",
        name="Microsoft",
        continue_label=QT_TRANSLATE_NOOP("Providers", "Continue with Microsoft"),
        settings_label=QT_TRANSLATE_NOOP("Providers", "Sign in with Outlook"),
        object_name="microsoft",
        revoke_url="https://account.live.com/consent/Manage",
        personal_name="Outlook.com",
        work_name="Microsoft 365",
    ),
)

#: The catalogue the composition root hands to the wizard, the services and discovery.
CATALOGUE = ProviderCatalogue(PROVIDERS, OAUTH_PROVIDERS)


def provider_for_email(email: str) -> Provider | None:
    """The provider hosting ``email`` at its own domain, if we know it."""
    return CATALOGUE.for_domain_of(email)


def provider_for_mx(mx_host: str) -> Provider | None:
    """The provider running ``mx_host``, if we know it."""
    return CATALOGUE.for_mx_host(mx_host)


def provider_by_id(provider_id: str) -> Provider | None:
    """A provider by its id (the first one, for ids with several server families)."""
    return CATALOGUE.by_id(provider_id)


def answer(provider: Provider, email: str) -> Discovered | None:
    """The registry's settings for ``email`` at ``provider`` (see :meth:`Provider.answer`)."""
    return provider.answer(email)
