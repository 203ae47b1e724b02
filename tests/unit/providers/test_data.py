"""``providers.toml``: the bundled providers are data, checked against their schema."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.providers.data import ProviderDataError, bundled_text, load_providers
from wink_desktop.providers.registry import CATALOGUE

ROOT = Path(__file__).resolve().parents[3]
GOOD = """
[[provider]]
id = "example"
name = "Example Mail"
domains = ["example.org"]
hint = "Example needs an app password."
hint_url = "https://example.org/help"
imap = { host = "imap.example.org", port = 993, security = "ssl", username = "%EMAILLOCALPART%" }
smtp = { host = "smtp.example.org", port = 587, security = "starttls" }
"""


def test_the_bundled_file_follows_the_schema_and_fills_the_catalogue() -> None:
    providers = load_providers(bundled_text())
    assert providers == CATALOGUE.providers
    assert len(providers) == len(tomllib.loads(bundled_text())["provider"])


def test_one_table_is_one_provider() -> None:
    (provider,) = load_providers(GOOD)
    assert provider.id == "example"
    assert provider.auth == (AuthMethod.PASSWORD,)
    assert provider.imap is not None
    assert (provider.imap.port, provider.imap.security) == (993, Security.SSL)
    answer = provider.answer("jean@example.org")
    assert answer is not None
    assert answer.imap is not None
    assert answer.imap.login("jean@example.org") == "jean"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('name = "Example Mail"', 'name = ""'), "name must be a non-empty string"),
        (('id = "example"', 'id = "example"\ncolour = "red"'), "unknown keys"),
        (("port = 993", "port = 99999"), "port must be a number"),
        (("port = 993", 'port = "993"'), "port must be a number"),
        (('security = "ssl"', 'security = "tls"'), "security must be"),
        (('"%EMAILLOCALPART%"', '"%USER%"'), "username must be"),
        (('"https://example.org/help"', '"http://example.org/help"'), "https://"),
        (('domains = ["example.org"]', 'domains = "example.org"'), "domains must be a list"),
        (('domains = ["example.org"]', 'auth = ["carrier-pigeon"]'), "auth"),
        (("[[provider]]", "[provider]"), "only [[provider]] tables"),
        (('id = "example"', 'id = "example'), "providers.toml"),
    ],
)
def test_a_mistake_is_refused_with_where_it_is(change: tuple[str, str], message: str) -> None:
    with pytest.raises(ProviderDataError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_providers(GOOD.replace(*change, 1))


def test_every_provider_has_its_logo() -> None:
    logos = ROOT / "resources" / "icons" / "providers"
    assert [p.id for p in CATALOGUE.providers if not any(logos.glob(f"{p.id}.*"))] == []


def test_every_hint_is_translatable() -> None:
    # The hints are data: packaging/translations.py hands them to lupdate; French has each.
    french = (ROOT / "resources" / "translations" / "wink_desktop_fr.ts").read_text()
    hints = {p.hint for p in CATALOGUE.providers if p.hint}
    assert hints
    escaped = {h.replace("&", "&amp;").replace("'", "&apos;").replace('"', "&quot;") for h in hints}
    assert [h for h in escaped if f"<source>{h}</source>" not in french] == []
