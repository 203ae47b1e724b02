"""Microsoft sign-in with msal, through our own loopback receiver.

msal's ``acquire_token_interactive`` runs its own listener (on 0.0.0.0 in containers, and
only for ``form_post``); the auth-code-flow pair with our receiver avoids both. msal adds
PKCE, state and nonce. Its token cache (account and refresh token) is what we keep, in
the keyring.
"""

from __future__ import annotations

import secrets
import time
import warnings
from typing import Any, cast
from urllib.parse import quote, urlencode, urlsplit

from wink_desktop.core.oauth import (
    REFRESH_MARGIN,
    AuthorizationRequest,
    OAuthProviderConfig,
    OAuthProviderError,
    TokenExpiredError,
    TokenGrant,
    from_error,
)
from wink_desktop.infra.oauth.errors import keep_out_of_logs, provider_failure
from wink_desktop.infra.oauth.idtoken import validated_email

#: The redirect URI the app registration lists (see the README): Microsoft's admin-consent
#: endpoint requires one, and accepts only registered ones.
ADMIN_CONSENT_REDIRECT_URI = "http://localhost"
#: msal adds these itself and refuses them in the list.
_RESERVED = {"openid", "profile", "offline_access"}


class MicrosoftClient:
    """:class:`~wink_desktop.core.oauth.OAuthClient` for Microsoft (work, school, personal)."""

    def __init__(self, config: OAuthProviderConfig) -> None:
        self.config = config

    @property
    def _scopes(self) -> list[str]:
        return [s for s in self.config.scopes if s not in _RESERVED]

    def _app(self, cache_text: str | None = None) -> tuple[Any, Any]:
        import msal  # noqa: PLC0415 - heavy, on demand
        import requests  # noqa: PLC0415

        cache = msal.SerializableTokenCache()
        if cache_text:
            cache.deserialize(cache_text)
        app = msal.PublicClientApplication(
            self.config.client_id,
            authority=self.config.authority,
            instance_discovery=self.config.instance_discovery,
            token_cache=cache,
            http_client=requests.Session(),
        )
        return app, cache

    def admin_consent_url(self) -> str:
        """A link for the organisation's IT administrator to approve the app for everyone.

        Microsoft's v2.0 admin-consent endpoint: ``<instance>/<tenant>/v2.0/adminconsent``,
        where the tenant is the directory (``organizations``, or the authority's own tenant
        id or domain), with the redirect URI registered for the app, where Microsoft sends
        the administrator's browser afterwards.
        """
        parts = urlsplit(self.config.authority)
        segments = [s for s in parts.path.split("/") if s]
        # The authority is <instance>[/<prefix>]/<tenant>: the tenant is its last segment.
        tenant = segments.pop() if segments else "organizations"
        if tenant.lower() in {"common", "consumers"}:
            # Personal accounts have no administrator: consent is given for organisations.
            tenant = "organizations"
        base = "/".join([f"{parts.scheme}://{parts.netloc}", *segments, tenant])
        query = urlencode(
            {
                "client_id": self.config.client_id,
                "scope": " ".join(self._scopes),
                "redirect_uri": ADMIN_CONSENT_REDIRECT_URI,
                "state": secrets.token_urlsafe(16),
            },
            quote_via=quote,
        )
        return f"{base}/v2.0/adminconsent?{query}"

    def authorization(
        self, redirect_uri: str, state: str, login_hint: str | None, first_time: bool
    ) -> AuthorizationRequest:
        """The sign-in URL (msal adds PKCE S256 and a nonce)."""
        del first_time  # Microsoft always returns a refresh token with offline_access
        try:
            app, _ = self._app()
            with warnings.catch_warnings():
                # msal suggests form_post; the query mode on a loopback address is what
                # RFC 8252 §7.3 describes, and PKCE protects the code either way.
                warnings.filterwarnings("ignore", "response_mode='form_post'", UserWarning)
                flow = app.initiate_auth_code_flow(
                    self._scopes,
                    redirect_uri=redirect_uri,
                    state=state,
                    login_hint=login_hint,
                    prompt="select_account" if not login_hint else None,
                )
        except Exception as exc:  # noqa: BLE001 - discovery of the authority over the network
            raise provider_failure(exc) from None
        return AuthorizationRequest(
            url=str(flow["auth_uri"]), state=state, redirect_uri=redirect_uri, flow=(app, flow)
        )

    def exchange(self, request: AuthorizationRequest, params: dict[str, str]) -> TokenGrant:
        """Redeem the code through msal; the cache then holds the refresh token."""
        app, flow = cast("tuple[Any, Any]", request.flow)
        try:
            result = app.acquire_token_by_auth_code_flow(flow, params)
        except ValueError as exc:  # msal: state mismatch or malformed response
            raise OAuthProviderError("invalid_response", type(exc).__name__) from None
        except Exception as exc:  # noqa: BLE001
            raise provider_failure(exc) from None
        return self._grant(app, result, refreshing=False)

    def refresh(self, email: str, secret: str) -> TokenGrant:
        """A valid access token from the cache (msal refreshes within 5 minutes of expiry)."""
        try:
            app, _ = self._app(secret)
            accounts = app.get_accounts(username=email)
            result = (
                app.acquire_token_silent_with_error(self._scopes, account=accounts[0])
                if accounts
                else None
            )
            if (
                result
                and "error" not in result
                and float(result.get("expires_in", 0)) <= REFRESH_MARGIN
            ):
                # Our rule: under five minutes left means a new token now.
                result = app.acquire_token_silent_with_error(
                    self._scopes, account=accounts[0], force_refresh=True
                )
        except Exception as exc:  # noqa: BLE001
            raise provider_failure(exc, refreshing=True) from None
        if result is None:  # no account or no refresh token left in the cache
            raise TokenExpiredError
        return self._grant(app, result, refreshing=True, email=email)

    def revoke(self, secret: str) -> None:
        """Nothing to call: Microsoft has no revocation endpoint for public clients.

        Forgetting the cache (the caller deletes its keyring entry) is what is left; users
        can also remove the app from their account page.
        """
        del secret

    def _grant(
        self, app: Any, result: dict[str, Any], *, refreshing: bool, email: str | None = None
    ) -> TokenGrant:
        keep_out_of_logs(result)
        if "error" in result:
            raise from_error(
                str(result["error"]),
                str(result.get("error_description", "")),
                self.admin_consent_url(),
                refreshing=refreshing,
            )
        address = email or validated_email(
            dict(result.get("id_token_claims") or {}),
            client_id=self.config.client_id,
            issuer=self.config.issuer,
            address_claims=("email", "preferred_username"),
        )
        cache = app.token_cache
        return TokenGrant(
            email=address,
            access_token=str(result["access_token"]),
            expires_at=time.time() + float(result.get("expires_in", 0)),
            secret=cache.serialize(),
        )
