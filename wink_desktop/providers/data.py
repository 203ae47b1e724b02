"""Reading the bundled providers from ``providers.toml``, checked against its schema.

The file is data, not code: a mistake in it (an unknown key, a port out of range, a
security or sign-in method we do not know) is refused with the table and key at fault,
when the catalogue is first loaded and by the schema test, never half-accepted.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.core.providers import EMAIL_ADDRESS, EMAIL_LOCALPART, Provider, ServerTemplate

#: The file beside this module.
DATA_FILE = "providers.toml"

_URL_KEYS = ("hint_url", "app_password_url", "settings_url", "password_hint_url")
_TEXT_KEYS = ("hint", "password_hint", *_URL_KEYS)
_KEYS = {"id", "name", "domains", "mx_patterns", "auth", "imap", "smtp", *_TEXT_KEYS}
_SERVER_KEYS = {"host", "port", "security", "username"}
_USERNAMES = {EMAIL_ADDRESS, EMAIL_LOCALPART}
_MAX_PORT = 65535


class ProviderDataError(ValueError):
    """``providers.toml`` does not follow its schema (a bug in the bundled data)."""


def bundled_text() -> str:
    """The bundled ``providers.toml``."""
    return resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")


def load_providers(text: str) -> tuple[Provider, ...]:
    """Every ``[[provider]]`` table of ``text``, in order.

    Raises:
        ProviderDataError: not TOML, or a table breaks the schema.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = f"{DATA_FILE}: {exc}"
        raise ProviderDataError(msg) from exc
    if set(data) != {"provider"} or not isinstance(data["provider"], list):
        msg = f"{DATA_FILE}: only [[provider]] tables are expected"
        raise ProviderDataError(msg)
    return tuple(_provider(index, table) for index, table in enumerate(data["provider"]))


def _fail(where: str, what: str) -> ProviderDataError:
    return ProviderDataError(f"{DATA_FILE}: {where}: {what}")


def _provider(index: int, table: dict[str, Any]) -> Provider:
    where = f"provider #{index + 1} ({table.get('id', '?')})"
    unknown = set(table) - _KEYS
    if unknown:
        raise _fail(where, f"unknown keys {sorted(unknown)}")
    for key in ("id", "name"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise _fail(where, f"{key} must be a non-empty string")
    for key in _TEXT_KEYS:
        if key in table and (not isinstance(table[key], str) or not table[key].strip()):
            raise _fail(where, f"{key} must be a non-empty string")
    for key in _URL_KEYS:
        if key in table and not table[key].startswith("https://"):
            raise _fail(where, f"{key} must be an https:// address")
    try:
        auth = tuple(AuthMethod(a) for a in _strings(table, "auth", where) or ["password"])
    except ValueError as exc:
        raise _fail(where, f"auth: {exc}") from None
    return Provider(
        id=table["id"],
        name=table["name"],
        domains=_strings(table, "domains", where),
        mx_patterns=_strings(table, "mx_patterns", where),
        imap=_server(table.get("imap"), f"{where} imap"),
        smtp=_server(table.get("smtp"), f"{where} smtp"),
        auth=auth,
        hint=table.get("hint"),
        hint_url=table.get("hint_url"),
        app_password_url=table.get("app_password_url"),
        settings_url=table.get("settings_url"),
        password_hint=table.get("password_hint"),
        password_hint_url=table.get("password_hint_url"),
    )


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = table.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise _fail(where, f"{key} must be a list of non-empty strings")
    return tuple(values)


def _server(table: Any, where: str) -> ServerTemplate | None:
    if table is None:
        return None
    if not isinstance(table, dict) or set(table) - _SERVER_KEYS:
        raise _fail(where, f"expected a table with keys among {sorted(_SERVER_KEYS)}")
    host, port = table.get("host"), table.get("port")
    if not isinstance(host, str) or not host:
        raise _fail(where, "host must be a non-empty string")
    if not isinstance(port, int) or isinstance(port, bool) or not 0 < port <= _MAX_PORT:
        raise _fail(where, "port must be a number from 1 to 65535")
    try:
        security = Security(str(table.get("security")))
    except ValueError:
        raise _fail(where, "security must be ssl, starttls or plain") from None
    username = table.get("username", EMAIL_ADDRESS)
    if username not in _USERNAMES:
        raise _fail(where, f"username must be one of {sorted(_USERNAMES)}")
    return ServerTemplate(host, port, security, username)
