"""The mail services we know, as plain data: what a provider is, and the catalogue of them.

The data itself (which providers, their servers and hints) lives in
:mod:`wink_desktop.providers`; the composition root hands a :class:`ProviderCatalogue` to
whoever needs it, so the wizard, the services and the discovery sources never import it.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, replace

from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.errors import InvalidInputError
from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.core.settings import ServerSettings, expand_placeholders

#: Username placeholders, as in Thunderbird's autoconfig format.
EMAIL_ADDRESS = "%EMAILADDRESS%"
EMAIL_LOCALPART = "%EMAILLOCALPART%"

_AUTH_WORDS = {AuthMethod.OAUTH2: "OAuth2", AuthMethod.PASSWORD: "password-cleartext"}


@dataclass(frozen=True)
class ServerTemplate:
    """A provider's server, with the user name still to be filled in."""

    host: str
    port: int
    security: Security
    username: str = EMAIL_ADDRESS

    def for_email(self, email: str) -> ServerSettings:
        """The concrete settings for ``email``, validated like typed values.

        Raises:
            InvalidInputError: the address makes the settings invalid (a control character
                in the user name, an expansion too long, ...).
        """
        return ServerSettings.parse(
            expand_placeholders(self.host, email, "host"),
            self.port,
            self.security,
            expand_placeholders(self.username, email),
        )


@dataclass(frozen=True)
class Provider:
    """One mail service.

    Attributes:
        id: stable identifier (``google``, ``icloud``, ...); also its logo's file name.
        name: display name (a brand: not translated).
        domains: email domains it hosts for everyone (``gmail.com``), or patterns with
            ``*`` (``hotmail.*``).
        mx_patterns: what the MX host of a domain it hosts looks like (``*.google.com``).
        imap: incoming server (None: no IMAP, e.g. a webmail-only service).
        smtp: outgoing server.
        auth: how mail apps sign in, preferred first.
        hint: a note shown before sign-in (English source text, translated when shown).
        hint_url: the provider's page about that note.
        app_password_url: its page on app-specific passwords, when mail apps need one.
        settings_url: its page listing these settings.
        password_hint: the note shown instead of ``hint`` when this build cannot sign in
            with the provider's own page and the user signs in with a password (an app
            password) instead.
        password_hint_url: the page that note sends the user to.
    """

    id: str
    name: str
    domains: tuple[str, ...]
    imap: ServerTemplate | None
    smtp: ServerTemplate | None
    mx_patterns: tuple[str, ...] = ()
    auth: tuple[AuthMethod, ...] = (AuthMethod.PASSWORD,)
    hint: str | None = None
    hint_url: str | None = None
    app_password_url: str | None = None
    settings_url: str | None = None
    password_hint: str | None = None
    password_hint_url: str | None = None

    def serves(self, domain: str) -> bool:
        """Whether addresses at ``domain`` belong to this provider."""
        domain = domain.lower()
        return any(fnmatch.fnmatchcase(domain, pattern) for pattern in self.domains)

    def hosts_mx(self, mx_host: str) -> bool:
        """Whether ``mx_host`` is one of this provider's mail exchangers."""
        host = mx_host.lower().rstrip(".")
        return any(fnmatch.fnmatchcase(host, pattern) for pattern in self.mx_patterns)

    @property
    def uses_oauth(self) -> bool:
        """Whether sign-in goes through the provider's own page (OAuth 2.0)."""
        return AuthMethod.OAUTH2 in self.auth

    def password_route(self) -> Provider | None:
        """This provider signed in with a password, for a build without its browser sign-in.

        None when it takes no password from mail apps (the browser is the only way).
        """
        if AuthMethod.PASSWORD not in self.auth or self.imap is None or self.smtp is None:
            return None
        return replace(
            self,
            auth=(AuthMethod.PASSWORD,),
            hint=self.password_hint or self.hint,
            hint_url=self.password_hint_url if self.password_hint else self.hint_url,
        )

    def answer(self, email: str) -> Discovered | None:
        """This provider's settings for ``email`` (trusted: they ship with the app).

        None when ``email`` cannot make valid settings (the same validation as typed values).
        """
        try:
            imap = self.imap.for_email(email) if self.imap else None
            smtp = self.smtp.for_email(email) if self.smtp else None
        except InvalidInputError:
            return None
        links = tuple(u for u in (self.hint_url, self.settings_url) if u)
        return Discovered(
            email=email,
            source=Source.REGISTRY,
            trusted=True,
            imap=imap,
            smtp=smtp,
            provider=self.id,
            auth=tuple(_AUTH_WORDS[method] for method in self.auth),
            hints=(self.hint,) if self.hint else (),
            links=tuple(dict.fromkeys(links)),
        )


@dataclass(frozen=True)
class OAuthProviderSpec:
    """A provider whose sign-in happens on its own page in the browser (OAuth 2.0).

    The wizard, Settings and the services loop over these instead of naming providers.

    Attributes:
        id: the provider's id (``google``): its :class:`Provider`, its logo, its client in
            ``oauth.toml`` and its keyring entries.
        name: the brand as shown in texts ("Google", "Microsoft").
        continue_label: the wizard's button (English source text, context ``Providers``).
        settings_label: the Settings tab's button, as Wink's help article names it.
        object_name: the stable suffix of its widgets' object names (``google``).
        revoke_url: where the user removes the app's access when the app cannot revoke it.
        personal_name: the service an address at the provider's own domains has ("Gmail").
        work_name: the service an organisation's own domain signs in to ("Google
            Workspace"); the same sign-in, but not the same product to the user.
    """

    id: str
    name: str
    continue_label: str
    settings_label: str
    object_name: str
    revoke_url: str | None = None
    personal_name: str = ""
    work_name: str = ""


class ProviderCatalogue:
    """Every provider we know, in the order "View all providers" lists them.

    It is also the discovery sources' :class:`~wink_desktop.core.discovery.ProviderDirectory`.
    """

    def __init__(
        self, providers: tuple[Provider, ...], oauth: tuple[OAuthProviderSpec, ...] = ()
    ) -> None:
        self.providers = providers
        #: The browser sign-in providers, in the order their buttons are shown.
        self.oauth = oauth

    def oauth_spec(self, provider_id: str | None) -> OAuthProviderSpec | None:
        """The browser sign-in spec of ``provider_id``, if it signs in that way."""
        return next((s for s in self.oauth if s.id == provider_id), None)

    def service_name(self, provider_id: str | None, email: str) -> str:
        """The service ``email`` is at, as its user knows it ("" for a plain IMAP server).

        A browser sign-in names the product: Gmail or Outlook.com for the provider's own
        domains, Google Workspace or Microsoft 365 for an organisation's domain.
        """
        provider = self.by_id(provider_id) if provider_id else None
        spec = self.oauth_spec(provider_id)
        if spec is None:
            return provider.name if provider else ""
        domain = email.rpartition("@")[2]
        if provider is not None and provider.serves(domain):
            return spec.personal_name or provider.name
        return spec.work_name or spec.name

    def by_id(self, provider_id: str) -> Provider | None:
        """A provider by its id (the first one, for ids with several server families)."""
        return next((p for p in self.providers if p.id == provider_id), None)

    def for_domain_of(self, email: str) -> Provider | None:
        """The provider hosting ``email`` at its own domain, if we know it."""
        domain = email.rpartition("@")[2].lower()
        return next((p for p in self.providers if p.serves(domain)), None)

    def for_mx_host(self, mx_host: str) -> Provider | None:
        """The provider running ``mx_host``, if we know it."""
        return next((p for p in self.providers if p.hosts_mx(mx_host)), None)

    def for_email(self, email: str) -> Discovered | None:
        """Settings when ``email``'s domain is a known provider's."""
        provider = self.for_domain_of(email)
        return provider.answer(email) if provider else None

    def for_mx(self, mx_host: str, email: str) -> Discovered | None:
        """Settings when ``email``'s domain hands its mail to a known provider."""
        provider = self.for_mx_host(mx_host)
        return provider.answer(email) if provider else None
