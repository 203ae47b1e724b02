"""Signing in with Google or Microsoft in the system browser, then connecting.

1. A loopback receiver listens on 127.0.0.1 (any free port).
2. The provider's consent page opens in the user's own browser (RFC 8252).
3. The redirect brings a code back; it is exchanged (PKCE) for tokens; the ID token says
   who signed in.
4. Both mail servers are tested with XOAUTH2, and only then is the long-lived secret kept,
   in the keyring.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass

from wink_desktop.core.checks import CheckReport, Protocol
from wink_desktop.core.oauth import (
    OAuthClient,
    OAuthNotConfiguredError,
    RedirectReceiver,
    TokenExpiredError,
    TokenGrant,
    from_error,
    secret_key,
)
from wink_desktop.core.ports import SecretStore
from wink_desktop.core.probing import CheckOptions, ServerProbe
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.services.connection_test import check_connection

#: Makes a receiver for a given ``state`` (the loopback receiver, in the app).
ReceiverFactory = Callable[[str], AbstractAsyncContextManager[RedirectReceiver]]

DEFAULT_WAIT = 300.0


@dataclass(frozen=True)
class SignedIn:
    """A completed browser sign-in.

    Attributes:
        provider: ``google`` or ``microsoft``.
        grant: the tokens (in memory only) and the signed-in address.
        expected: the address the user typed, if any.
    """

    provider: str
    grant: TokenGrant
    expected: str | None = None

    @property
    def email(self) -> str:
        """Who actually signed in."""
        return self.grant.email

    @property
    def mismatch(self) -> bool:
        """True when the user signed in as someone else than the address they typed."""
        return self.expected is not None and self.expected.lower() != self.grant.email.lower()


async def sign_in_with_browser(
    client: OAuthClient,
    receiver: ReceiverFactory,
    open_browser: Callable[[str], bool],
    *,
    login_hint: str | None = None,
    first_time: bool = True,
    on_url: Callable[[str, bool], None] | None = None,
    wait: float = DEFAULT_WAIT,
) -> SignedIn:
    """Run the browser sign-in and return the tokens.

    Args:
        client: the provider's OAuth client.
        receiver: makes the loopback receiver.
        open_browser: opens a URL in the system browser; False when it could not.
        login_hint: the address the user typed (pre-fills the provider's page).
        first_time: ask for consent again (Google returns a refresh token only then).
        on_url: told the URL and whether the browser opened (for "Copy link").
        wait: how long the browser has, in seconds.

    Raises:
        OAuthError: any failure, already classified (denied, state mismatch, timeout...).
    """
    if not client.config.configured:
        raise OAuthNotConfiguredError
    state = secrets.token_urlsafe(32)
    async with receiver(state) as listening:
        request = await asyncio.to_thread(
            client.authorization, listening.redirect_uri, state, login_hint, first_time
        )
        opened = await asyncio.to_thread(open_browser, request.url)
        if on_url is not None:
            on_url(request.url, opened)
        params = await listening.wait(wait)
    if "error" in params:
        admin_url = getattr(client, "admin_consent_url", lambda: "")()
        raise from_error(params["error"], params.get("error_description", ""), admin_url)
    grant = await asyncio.to_thread(client.exchange, request, params)
    return SignedIn(client.config.provider, grant, login_hint)


def servers_of(client: OAuthClient, email: str) -> tuple[ServerSettings, ServerSettings]:
    """The provider's IMAP and SMTP servers, for ``email``."""
    imap, smtp = client.config.imap, client.config.smtp
    return (
        ServerSettings(imap.host, imap.port, imap.security, email),
        ServerSettings(smtp.host, smtp.port, smtp.security, email),
    )


async def connect_signed_in(
    signed_in: SignedIn,
    client: OAuthClient,
    probes: Mapping[Protocol, ServerProbe],
    store: SecretStore,
    *,
    options: CheckOptions | None = None,
) -> CheckReport:
    """Test both servers with XOAUTH2; keep the secret in the keyring only if they work."""
    email = signed_in.email
    imap, smtp = servers_of(client, email)
    report = await check_connection(
        probes,
        email,
        imap,
        smtp,
        Credentials(signed_in.grant.access_token, is_token=True),
        options=options,
    )
    if report.ok:
        store.put(secret_key(signed_in.provider, email), signed_in.grant.secret)
    return report


class AccessTokens:
    """Valid access tokens on demand, refreshed when less than 5 minutes remain.

    Access tokens live in memory only; the refresh token (or msal's cache) stays in the
    keyring and is updated there when the provider rotates it.
    """

    def __init__(self, client: OAuthClient, store: SecretStore) -> None:
        self._client = client
        self._store = store
        self._grants: dict[str, TokenGrant] = {}
        self._lock = asyncio.Lock()

    def remember(self, grant: TokenGrant) -> None:
        """Keep a fresh grant (right after signing in) to avoid a refresh."""
        self._grants[grant.email.lower()] = grant

    async def get(self, email: str) -> str:
        """A valid access token for ``email``.

        Raises:
            TokenExpiredError: the stored authorisation is gone, revoked or expired.
            OAuthError: the provider could not be reached or failed.
        """
        key = email.lower()
        async with self._lock:
            cached = self._grants.get(key)
            if cached is not None and cached.fresh():
                return cached.access_token
            entry = secret_key(self._client.config.provider, email)
            secret = await asyncio.to_thread(self._store.get, entry)
            if not secret:
                raise TokenExpiredError
            grant = await asyncio.to_thread(self._client.refresh, email, secret)
            if grant.secret and grant.secret != secret:
                await asyncio.to_thread(self._store.put, entry, grant.secret)
            self._grants[key] = grant
            return grant.access_token

    def forget(self, email: str) -> None:
        """Drop the in-memory token (after a disconnect)."""
        self._grants.pop(email.lower(), None)


async def revoke_and_forget(client: OAuthClient, store: SecretStore, email: str) -> bool:
    """Revoke at the provider (best effort) and delete the keyring entry in every case.

    Returns:
        Whether the remote revocation worked (False: tell the user they can remove the app
        from their account page).
    """
    entry = secret_key(client.config.provider, email)
    secret = await asyncio.to_thread(store.get, entry)
    revoked = True
    try:
        if secret:
            await asyncio.to_thread(client.revoke, secret)
    except Exception:  # noqa: BLE001 - best effort; the local secret goes regardless
        revoked = False
    finally:
        await asyncio.to_thread(store.delete, entry)
    return revoked
