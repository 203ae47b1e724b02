"""Signing in with Google or Microsoft (OAuth 2.0 for native apps): types and errors.

The browser does the signing in; we receive an authorization code on a loopback
address, exchange it (with PKCE) for tokens, and keep only the long-lived secret (refresh
token, or msal's cache) in the keyring.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol

from wink_desktop.core.errors import ErrorCode, WinkError
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from wink_desktop.core.models import Security

#: An access token with less than this many seconds left is refreshed first.
REFRESH_MARGIN = 300


@dataclass(frozen=True)
class OAuthServer:
    """A mail server of an OAuth provider (from the configuration)."""

    host: str
    port: int
    security: Security


@dataclass(frozen=True)
class OAuthProviderConfig:
    """One provider's table in ``oauth.toml``.

    Attributes:
        provider: ``google`` or ``microsoft``.
        client_id: this build's application id; empty when not configured.
        client_secret: Google's installed-app "secret" (not confidential), or empty.
        auth_uri, token_uri, revoke_uri, userinfo_uri: endpoints (Google).
        issuer: the expected ID-token issuer; ``{tenantid}`` stands for the tenant.
        authority: msal's authority URL (Microsoft).
        instance_discovery: msal's instance discovery (off for a local test authority).
        scopes: what is asked for.
        imap, smtp: the provider's mail servers for XOAUTH2.
    """

    provider: str
    client_id: str
    scopes: tuple[str, ...]
    imap: OAuthServer
    smtp: OAuthServer
    client_secret: str = ""
    auth_uri: str = ""
    token_uri: str = ""
    revoke_uri: str = ""
    userinfo_uri: str = ""
    issuer: str = ""
    authority: str = ""
    instance_discovery: bool = True

    @property
    def configured(self) -> bool:
        """Whether this build has an application id for the provider."""
        return bool(self.client_id.strip())


@dataclass(frozen=True)
class AuthorizationRequest:
    """The URL to open in the browser, and what the exchange needs afterwards.

    ``flow`` is the client's private state (PKCE verifier, nonce, msal's flow dict): it
    never leaves memory.
    """

    url: str
    state: str
    redirect_uri: str
    flow: object = field(repr=False, default=None)


@dataclass(frozen=True)
class TokenGrant:
    """What a successful exchange or refresh gives.

    Attributes:
        email: the signed-in address (from the validated ID token).
        access_token: for XOAUTH2; short-lived, kept in memory only.
        expires_at: when it expires (epoch seconds).
        secret: what to keep in the keyring (refresh token, or msal's serialized cache).
    """

    email: str
    access_token: str = field(repr=False)
    expires_at: float
    secret: str = field(repr=False)

    def fresh(self, now: float | None = None) -> bool:
        """Whether the access token has more than :data:`REFRESH_MARGIN` seconds left."""
        return self.expires_at - (time.time() if now is None else now) > REFRESH_MARGIN


class OAuthClient(Protocol):
    """One provider's OAuth 2.0 client (blocking calls: run them in a worker thread)."""

    config: OAuthProviderConfig

    def authorization(
        self, redirect_uri: str, state: str, login_hint: str | None, first_time: bool
    ) -> AuthorizationRequest:
        """Build the authorization request (PKCE S256 included)."""
        ...

    def exchange(self, request: AuthorizationRequest, params: dict[str, str]) -> TokenGrant:
        """Trade the redirect's parameters for tokens."""
        ...

    def refresh(self, email: str, secret: str) -> TokenGrant:
        """A new access token from the stored secret."""
        ...

    def revoke(self, secret: str) -> None:
        """Revoke the stored secret at the provider, where it offers that."""
        ...


class OAuthError(WinkError):
    """Signing in with the provider failed."""

    code = ErrorCode.OAUTH_ERROR
    message = QT_TRANSLATE_NOOP("Errors", "Signing in with your provider did not work.")
    hint = QT_TRANSLATE_NOOP("Errors", "Try again. If it keeps failing, contact Wink support.")


class OAuthNotConfiguredError(OAuthError):
    """This build has no application id for the provider."""

    code = ErrorCode.OAUTH_NOT_CONFIGURED
    message = QT_TRANSLATE_NOOP(
        "Errors", "This version of Wink Desktop is not set up to sign in with this provider."
    )
    hint = QT_TRANSLATE_NOOP(
        "Errors",
        "Choose another provider, or ask Wink support for a version of Wink Desktop set up "
        "for this one.",
    )


class OwnSignInPageRequiredError(OAuthNotConfiguredError):
    """The provider takes mail apps only through its own page, which this build cannot open.

    Shown where the provider was chosen: there is no password route to offer instead.
    """

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{provider} lets mail apps in only through its own sign-in page, and this version of "
        "Wink Desktop is not set up for it.",
    )
    hint = QT_TRANSLATE_NOOP(
        "Errors",
        "Your organisation's version of Wink Desktop provides it: ask your IT department (or "
        "whoever installed Wink Desktop for you), or Wink support. Meanwhile, you can choose "
        "another provider.",
    )

    def __init__(self, provider: str) -> None:
        super().__init__(provider)
        self.provider = provider

    def user_message(self, translate: Translate = untranslated) -> str:
        """The message in the user's language, naming the provider."""
        return super().user_message(translate).replace("{provider}", self.provider)


class OAuthDeniedError(OAuthError):
    """The user (or the provider) declined access."""

    code = ErrorCode.OAUTH_DENIED
    message = QT_TRANSLATE_NOOP("Errors", "Access was not granted in the browser.")
    hint = QT_TRANSLATE_NOOP(
        "Errors", "Try again and choose “Allow” so that Wink can use your mailbox."
    )


class OAuthAdminConsentRequiredError(OAuthError):
    """The organisation requires an administrator to approve the app first."""

    code = ErrorCode.OAUTH_ADMIN_CONSENT_REQUIRED
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your organisation requires an administrator to approve Wink first."
    )
    hint = QT_TRANSLATE_NOOP(
        "Errors",
        "Send the approval link to your IT department; once they approve, sign in again.",
    )

    def __init__(self, admin_consent_url: str) -> None:
        super().__init__(admin_consent_url)
        self.admin_consent_url = admin_consent_url


class OAuthStateMismatchError(OAuthError):
    """The browser came back with an answer to another request (or a forged one)."""

    code = ErrorCode.OAUTH_STATE_MISMATCH
    message = QT_TRANSLATE_NOOP(
        "Errors", "The answer from the browser did not match this sign-in, so it was refused."
    )
    hint = QT_TRANSLATE_NOOP("Errors", "Close the other sign-in tabs, then try again.")


class OAuthTimeoutError(OAuthError):
    """Nothing came back from the browser in time."""

    code = ErrorCode.OAUTH_TIMEOUT
    message = QT_TRANSLATE_NOOP("Errors", "The sign-in was not finished in the browser in time.")
    hint = QT_TRANSLATE_NOOP("Errors", "Try again, and finish the sign-in on the browser page.")


class TokenExpiredError(OAuthError):
    """The stored authorisation was revoked or has expired: sign in again."""

    code = ErrorCode.TOKEN_EXPIRED
    message = QT_TRANSLATE_NOOP("Errors", "The connection to your mailbox has expired.")
    hint = QT_TRANSLATE_NOOP("Errors", "Reconnect: sign in with your provider again.")


class OAuthOfflineError(OAuthError):
    """The provider could not be reached."""

    code = ErrorCode.OFFLINE
    message = QT_TRANSLATE_NOOP("Errors", "Your provider could not be reached.")
    hint = QT_TRANSLATE_NOOP("Errors", "Check your internet connection, then try again.")


class OAuthProviderError(OAuthError):
    """The provider answered with an error (shown with its own code, never a token)."""

    def __init__(self, error: str, description: str = "") -> None:
        super().__init__(error)
        self.error = error
        self.description = description


class RedirectReceiver(Protocol):
    """Receives the browser's redirect (the loopback receiver)."""

    @property
    def redirect_uri(self) -> str:
        """Where the provider sends the browser back."""
        ...

    async def wait(self, limit: float) -> dict[str, str]:
        """The redirect's query parameters, once the browser comes back."""
        ...


def secret_key(provider: str, email: str) -> str:
    """The keyring entry holding a provider's long-lived secret for ``email``."""
    return f"oauth:{provider}:{email.lower()}"


_ADMIN_CONSENT = ("AADSTS65001", "AADSTS90094", "AADSTS90008")


def from_error(
    error: str, description: str = "", admin_consent_url: str = "", *, refreshing: bool = False
) -> OAuthError:
    """The error for an OAuth ``error`` code (redirect or token endpoint).

    ``refreshing``: the request used the stored refresh token, so ``invalid_grant``
    means it was revoked or expired (sign in again).
    """
    if any(code in description for code in _ADMIN_CONSENT) or error == "admin_consent_required":
        return OAuthAdminConsentRequiredError(admin_consent_url)
    if error == "access_denied":
        return OAuthDeniedError()
    if refreshing and error in {"invalid_grant", "interaction_required"}:
        return TokenExpiredError()
    return OAuthProviderError(error or "oauth_error", _first_line(description))


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:200] if text.strip() else ""
