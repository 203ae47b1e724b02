"""Reading the signed-in address out of an ID token, after checking it is meant for us.

The ID token comes straight from the provider's token endpoint over verified TLS, which
OpenID Connect accepts in place of checking its signature (Core §3.1.3.7, item 6); its
issuer, audience and expiry are checked here.
"""

from __future__ import annotations

import base64
import json
import time
from typing import Any

from wink_desktop.core.oauth import OAuthProviderError

_SKEW = 120


def claims_of(id_token: str) -> dict[str, Any]:
    """The claims of a JWT, without checking anything yet."""
    try:
        payload = id_token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError) as exc:
        raise OAuthProviderError("invalid_id_token") from exc
    if not isinstance(data, dict):
        raise OAuthProviderError("invalid_id_token")
    return data


def validated_email(
    claims: dict[str, Any], *, client_id: str, issuer: str, address_claims: tuple[str, ...]
) -> str:
    """The address from validated claims.

    Args:
        claims: the ID token's claims.
        client_id: our application id (the audience).
        issuer: the expected issuer; ``{tenantid}`` is replaced by the ``tid`` claim.
        address_claims: where the address is, in order (``email``, ``preferred_username``).

    Raises:
        OAuthProviderError: wrong issuer or audience, expired, or no address.
    """
    expected = issuer.replace("{tenantid}", str(claims.get("tid", "")))
    actual = str(claims.get("iss", ""))
    if (
        expected
        and actual.rstrip("/") != expected.rstrip("/")
        and not (
            # Google documents both forms of its issuer.
            expected == "https://accounts.google.com" and actual == "accounts.google.com"
        )
    ):
        raise OAuthProviderError("invalid_id_token", "unexpected issuer")
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if client_id not in audiences:
        raise OAuthProviderError("invalid_id_token", "unexpected audience")
    if float(claims.get("exp", 0)) + _SKEW < time.time():
        raise OAuthProviderError("invalid_id_token", "expired")
    for name in address_claims:
        value = claims.get(name)
        if isinstance(value, str) and "@" in value:
            return value.strip().lower()
    raise OAuthProviderError("invalid_id_token", "no e-mail address")
