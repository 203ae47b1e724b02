"""What we know about a mail service, GNOME-Online-Accounts style: one small object each."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.core.settings import ServerSettings, expand_placeholders

#: Username placeholders, as in Thunderbird's autoconfig format.
EMAIL_ADDRESS = "%EMAILADDRESS%"
EMAIL_LOCALPART = "%EMAILLOCALPART%"


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
