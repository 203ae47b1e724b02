"""Google sign-in with google-auth-oauthlib (authorization code + PKCE S256)."""

from __future__ import annotations

import os
import time
from typing import Any

from wink_desktop.core.oauth import (
    AuthorizationRequest,
    OAuthProviderConfig,
    OAuthProviderError,
    TokenGrant,
)
from wink_desktop.infra.oauth.errors import keep_out_of_logs, provider_failure
from wink_desktop.infra.oauth.idtoken import claims_of, validated_email

#: Google grants these scopes under their long names; asking with the same names lets
#: google-auth compare what was asked with what was granted (else it warns on every refresh).
_LONG_SCOPES = {
    "email": "https://www.googleapis.com/auth/userinfo.email",
    "profile": "https://www.googleapis.com/auth/userinfo.profile",
}


def google_scopes(scopes: tuple[str, ...]) -> list[str]:
    """``scopes`` as Google names them in its answers (no duplicates, order kept)."""
    return list(dict.fromkeys(_LONG_SCOPES.get(s, s) for s in scopes))


class GoogleClient:
    """:class:`~wink_desktop.core.oauth.OAuthClient` for Google."""

    def __init__(self, config: OAuthProviderConfig) -> None:
        self.config = config

    def _client_config(self, redirect_uri: str) -> dict[str, Any]:
        return {
            "installed": {
                "client_id": self.config.client_id,
                "client_secret": self.config.client_secret,
                "auth_uri": self.config.auth_uri,
                "token_uri": self.config.token_uri,
                "redirect_uris": [redirect_uri],
            }
        }

    def authorization(
        self, redirect_uri: str, state: str, login_hint: str | None, first_time: bool
    ) -> AuthorizationRequest:
        """The consent URL; ``prompt=consent`` only when no refresh token is held."""
        from google_auth_oauthlib.flow import Flow  # noqa: PLC0415 - heavy, on demand

        flow = Flow.from_client_config(
            self._client_config(redirect_uri),
            scopes=google_scopes(self.config.scopes),
            redirect_uri=redirect_uri,
            autogenerate_code_verifier=True,
        )
        extra: dict[str, str] = {"access_type": "offline", "include_granted_scopes": "true"}
        if first_time:
            extra["prompt"] = "consent"
        if login_hint:
            extra["login_hint"] = login_hint
        url, _ = flow.authorization_url(state=state, **extra)
        return AuthorizationRequest(url=url, state=state, redirect_uri=redirect_uri, flow=flow)

    def exchange(self, request: AuthorizationRequest, params: dict[str, str]) -> TokenGrant:
        """Trade the code (and the PKCE verifier) for tokens; read the ID token."""
        # Google answers "email" with its long scope name; oauthlib would call that a
        # changed scope and fail.
        os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")
        flow: Any = request.flow
        try:
            token = flow.fetch_token(code=params.get("code", ""))
        except Exception as exc:  # noqa: BLE001 - oauthlib and requests errors, mapped
            raise provider_failure(exc) from None
        keep_out_of_logs(token)
        refresh_token = str(token.get("refresh_token") or "")
        if not refresh_token:
            raise OAuthProviderError("no_refresh_token", "Google gave no refresh token")
        email = validated_email(
            claims_of(str(token.get("id_token", ""))),
            client_id=self.config.client_id,
            issuer=self.config.issuer,
            address_claims=("email",),
        )
        return TokenGrant(
            email=email,
            access_token=str(token["access_token"]),
            expires_at=float(
                token.get("expires_at") or time.time() + float(token.get("expires_in", 0))
            ),
            secret=refresh_token,
        )

    def refresh(self, email: str, secret: str) -> TokenGrant:
        """A new access token from the refresh token (Google keeps the same one)."""
        import google.auth.transport.requests  # noqa: PLC0415
        import requests  # noqa: PLC0415
        from google.oauth2.credentials import Credentials  # noqa: PLC0415

        credentials = Credentials(  # type: ignore[no-untyped-call]
            token=None,
            refresh_token=secret,
            token_uri=self.config.token_uri,
            client_id=self.config.client_id,
            client_secret=self.config.client_secret or None,
            scopes=google_scopes(self.config.scopes),
        )
        try:
            with requests.Session() as session:
                request = google.auth.transport.requests.Request(session)
                credentials.refresh(request)  # type: ignore[no-untyped-call]
        except Exception as exc:  # noqa: BLE001
            raise provider_failure(exc, refreshing=True) from None
        keep_out_of_logs({"access_token": credentials.token})
        expiry = credentials.expiry
        expires_at = expiry.timestamp() if expiry is not None else time.time() + 3000
        if expiry is not None and expiry.tzinfo is None:
            # google-auth gives naive UTC datetimes.
            import calendar  # noqa: PLC0415

            expires_at = float(calendar.timegm(expiry.timetuple()))
        return TokenGrant(email, str(credentials.token), expires_at, secret)

    def revoke(self, secret: str) -> None:
        """Revoke the refresh token at Google."""
        import requests  # noqa: PLC0415

        if not self.config.revoke_uri:
            return
        try:
            with requests.Session() as session:
                response = session.post(self.config.revoke_uri, data={"token": secret}, timeout=10)
        except Exception as exc:  # noqa: BLE001
            raise provider_failure(exc) from None
        if response.status_code >= 400:  # noqa: PLR2004
            raise OAuthProviderError("revocation_failed", f"HTTP {response.status_code}")
