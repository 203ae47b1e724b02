"""All the providers we know, and the bundled-registry answers built from them."""

from __future__ import annotations

from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.models import AuthMethod
from wink_desktop.providers import (
    aol,
    bbox,
    fastmail,
    free,
    gmx,
    google,
    icloud,
    infomaniak,
    laposte,
    mailru,
    microsoft,
    orange,
    ovh,
    proton,
    sfr,
    yahoo,
    yandex,
    zoho,
)
from wink_desktop.providers.base import Provider

#: Every provider, in the order "View all providers" lists them.
PROVIDERS: tuple[Provider, ...] = (
    google.PROVIDER,
    microsoft.PROVIDER,
    icloud.PROVIDER,
    yahoo.PROVIDER,
    aol.PROVIDER,
    orange.PROVIDER,
    free.PROVIDER,
    sfr.PROVIDER,
    laposte.PROVIDER,
    bbox.PROVIDER,
    gmx.PROVIDER_COM,
    gmx.PROVIDER_NET,
    fastmail.PROVIDER,
    zoho.PROVIDER_COM,
    zoho.PROVIDER_EU,
    ovh.PROVIDER,
    infomaniak.PROVIDER,
    yandex.PROVIDER,
    mailru.PROVIDER,
    proton.PROVIDER,
)

_AUTH_WORDS = {AuthMethod.OAUTH2: "OAuth2", AuthMethod.PASSWORD: "password-cleartext"}


def provider_for_email(email: str) -> Provider | None:
    """The provider hosting ``email`` at its own domain, if we know it."""
    domain = email.rpartition("@")[2].lower()
    return next((p for p in PROVIDERS if p.serves(domain)), None)


def provider_for_mx(mx_host: str) -> Provider | None:
    """The provider running ``mx_host``, if we know it."""
    return next((p for p in PROVIDERS if p.hosts_mx(mx_host)), None)


def provider_by_id(provider_id: str) -> Provider | None:
    """A provider by its id (the first one, for ids with several server families)."""
    return next((p for p in PROVIDERS if p.id == provider_id), None)


def answer(provider: Provider, email: str) -> Discovered | None:
    """The registry's settings for ``email`` at ``provider`` (trusted: they ship with us).

    None when ``email`` cannot make valid settings (the same validation as typed values).
    """
    try:
        imap = provider.imap.for_email(email) if provider.imap else None
        smtp = provider.smtp.for_email(email) if provider.smtp else None
    except InvalidInputError:
        return None
    links = tuple(u for u in (provider.hint_url, provider.settings_url) if u)
    return Discovered(
        email=email,
        source=Source.REGISTRY,
        trusted=True,
        imap=imap,
        smtp=smtp,
        provider=provider.id,
        auth=tuple(_AUTH_WORDS[method] for method in provider.auth),
        hints=(provider.hint,) if provider.hint else (),
        links=tuple(dict.fromkeys(links)),
    )


class Registry:
    """The bundled registry as a :class:`~wink_desktop.core.discovery.ProviderDirectory`."""

    def for_email(self, email: str) -> Discovered | None:
        """Settings when ``email``'s domain is a known provider's."""
        provider = provider_for_email(email)
        return answer(provider, email) if provider else None

    def for_mx(self, mx_host: str, email: str) -> Discovered | None:
        """Settings when ``email``'s domain hands its mail to a known provider."""
        provider = provider_for_mx(mx_host)
        return answer(provider, email) if provider else None
