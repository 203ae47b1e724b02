"""Mapping library errors (oauthlib, google-auth, requests, msal) to our taxonomy.

Library messages can quote request bodies; only the provider's error code and
description are kept, never the message text, so no token can leak into an exception.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wink_desktop.core.oauth import (
    OAuthError,
    OAuthOfflineError,
    OAuthProviderError,
    TokenExpiredError,
    from_error,
)


def provider_failure(exc: BaseException, *, refreshing: bool = False) -> OAuthError:
    """Whatever a library raised, as one of ours (without its message text)."""
    if isinstance(exc, OAuthError):
        return exc
    name = type(exc).__name__
    if "ConnectionError" in name or "Timeout" in name or isinstance(exc, OSError):
        return OAuthOfflineError()
    error = getattr(exc, "error", None)
    if isinstance(error, str) and error:
        description = str(getattr(exc, "description", "") or "")
        return from_error(error, description, refreshing=refreshing)
    # google-auth's RefreshError: ("invalid_grant: Token has been expired or revoked.", {...})
    args: tuple[Any, ...] = getattr(exc, "args", ())
    if refreshing and args and isinstance(args[0], str) and args[0].startswith("invalid_grant"):
        return TokenExpiredError()
    if len(args) > 1 and isinstance(args[1], dict) and args[1].get("error"):
        details = args[1]
        return from_error(
            str(details["error"]), str(details.get("error_description", "")), refreshing=refreshing
        )
    return OAuthProviderError("oauth_error", name)


def keep_out_of_logs(tokens: Mapping[str, Any]) -> None:
    """Register every token of a token response with the log redactor."""
    from wink_desktop.infra.logs import REDACTOR  # noqa: PLC0415

    for name in ("access_token", "refresh_token", "id_token"):
        value = tokens.get(name)
        if isinstance(value, str):
            REDACTOR.add_secret(value)
