"""Reading ``oauth.toml`` (packaged, or the file named by ``$WINK_OAUTH_CONFIG``)."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from wink_desktop.core.models import Security
from wink_desktop.core.oauth import OAuthProviderConfig, OAuthServer

#: Replaces the packaged configuration as a whole.
CONFIG_ENV = "WINK_OAUTH_CONFIG"
PROVIDERS = ("google", "microsoft")


class OAuthConfigError(ValueError):
    """The configuration file is unreadable or incomplete."""


def packaged_config() -> Path:
    """``oauth.toml`` in the resources folder (beside the package, or inside when installed)."""
    import wink_desktop  # noqa: PLC0415

    package = Path(wink_desktop.__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "oauth.toml").is_file():
            return candidate / "oauth.toml"
    msg = "oauth.toml is missing from the resources"
    raise OAuthConfigError(msg)


def load_oauth_config(path: Path | None = None) -> dict[str, OAuthProviderConfig]:
    """Every provider's configuration.

    Raises:
        OAuthConfigError: unreadable file, missing table or key, bad value.
    """
    source = path or Path(os.environ.get(CONFIG_ENV) or packaged_config())
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        msg = f"cannot read {source}: {exc}"
        raise OAuthConfigError(msg) from exc
    return {name: _provider(name, data.get(name), source) for name in PROVIDERS}


def _provider(name: str, table: Any, source: Path) -> OAuthProviderConfig:
    if not isinstance(table, dict):
        msg = f"{source}: no [{name}] table"
        raise OAuthConfigError(msg)
    try:
        return OAuthProviderConfig(
            provider=name,
            client_id=str(table.get("client_id", "")),
            client_secret=str(table.get("client_secret", "")),
            scopes=tuple(str(s) for s in table["scopes"]),
            imap=_server(table["imap"], table.get("imap_security", "ssl")),
            smtp=_server(table["smtp"], table.get("smtp_security", "ssl")),
            auth_uri=str(table.get("auth_uri", "")),
            token_uri=str(table.get("token_uri", "")),
            revoke_uri=str(table.get("revoke_uri", "")),
            userinfo_uri=str(table.get("userinfo_uri", "")),
            issuer=str(table.get("issuer", "")),
            authority=str(table.get("authority", "")),
            instance_discovery=bool(table.get("instance_discovery", True)),
        )
    except (KeyError, ValueError, TypeError) as exc:
        msg = f"{source}: [{name}] is incomplete or wrong: {exc}"
        raise OAuthConfigError(msg) from exc


def _server(value: Any, security: Any) -> OAuthServer:
    host, _, port = str(value).rpartition(":")
    return OAuthServer(host.strip("[]"), int(port), Security(str(security)))
