"""A browser sign-in without a browser or a provider (the OAuth ports, scripted).

:class:`ScriptedBrowser` plays both the user's browser (``open``) and the loopback
receiver (``receiver``): it answers the redirect the way its script says (approve as some
account, deny, require an administrator's consent) or waits until released.
:class:`ScriptedOAuthClient` is the provider's side: it trades the code for tokens.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from wink_desktop.core.models import Security
from wink_desktop.core.oauth import (
    AuthorizationRequest,
    OAuthProviderConfig,
    OAuthServer,
    TokenGrant,
)

#: The scripted provider's loopback redirect.
REDIRECT_URI = "http://127.0.0.1:1/oauth2/callback"


def demo_config(provider: str, *, configured: bool = True) -> OAuthProviderConfig:
    """A provider configuration whose mail servers are ``imap.<provider>.test``."""
    return OAuthProviderConfig(
        provider=provider,
        client_id="demo-client" if configured else "",
        scopes=("mail",),
        imap=OAuthServer(f"imap.{provider}.test", 993, Security.SSL),
        smtp=OAuthServer(f"smtp.{provider}.test", 465, Security.SSL),
    )


@dataclass
class ScriptedOAuthClient:
    """The provider's token endpoint, scripted (the :class:`OAuthClient` port).

    Attributes:
        config: the provider's configuration (``configured`` False: no client id).
        admin_url: the link an administrator opens to approve the app.
        issued: how many grants it gave.
    """

    config: OAuthProviderConfig
    admin_url: str = ""
    issued: int = 0

    def authorization(
        self, redirect_uri: str, state: str, login_hint: str | None, first_time: bool
    ) -> AuthorizationRequest:
        """The consent page's URL (it carries the hint, never a secret)."""
        del first_time
        hint = login_hint or ""
        url = f"https://{self.config.provider}.test/consent?login_hint={hint}&state={state}"
        return AuthorizationRequest(url, state, redirect_uri)

    def exchange(self, request: AuthorizationRequest, params: dict[str, str]) -> TokenGrant:
        """Tokens for the account the browser signed in as (the code carries it)."""
        del request
        self.issued += 1
        return TokenGrant(
            email=params["code"],
            access_token=f"access-{self.issued}",
            expires_at=time.time() + 3600,
            secret=f"refresh-{self.issued}",
        )

    def refresh(self, email: str, secret: str) -> TokenGrant:
        """A new access token for a stored secret."""
        return TokenGrant(email, f"access-for-{email}", time.time() + 3600, secret)

    def revoke(self, secret: str) -> None:
        """Nothing to revoke in memory."""
        del secret

    def admin_consent_url(self) -> str:
        """Where an administrator approves the app (Microsoft's admin-consent link)."""
        return self.admin_url


@dataclass
class ScriptedBrowser:
    """The user's browser and the loopback receiver, following a script.

    Attributes:
        account: who the user signs in as (``approve``).
        error: an OAuth ``error`` to come back with instead (``access_denied``, ...).
        description: the error's description (``AADSTS65001`` asks for an admin).
        opens: False to behave like a machine where no browser opens.
        gate: when set, the redirect waits for it (the user is still in the browser).
        opened: every URL it was asked to open.
    """

    account: str = ""
    error: str = ""
    description: str = ""
    opens: bool = True
    gate: asyncio.Event | None = None
    opened: list[str] = field(default_factory=list)

    def open(self, url: str) -> bool:
        """Open ``url`` (remembered); False when this browser does not open."""
        self.opened.append(url)
        return self.opens

    @asynccontextmanager
    async def receiver(self, state: str) -> AsyncIterator[_Redirect]:
        """The loopback receiver for one sign-in."""
        yield _Redirect(self, state)


class _Redirect:
    """The browser coming back (the :class:`RedirectReceiver` port)."""

    def __init__(self, browser: ScriptedBrowser, state: str) -> None:
        self._browser = browser
        self._state = state

    @property
    def redirect_uri(self) -> str:
        """Where the provider sends the browser back."""
        return REDIRECT_URI

    async def wait(self, limit: float) -> dict[str, str]:
        """The redirect's parameters, once the scripted user is done."""
        del limit
        browser = self._browser
        if browser.gate is not None:
            await browser.gate.wait()
        if browser.error:
            return {
                "error": browser.error,
                "error_description": browser.description,
                "state": self._state,
            }
        return {"code": browser.account, "state": self._state}
