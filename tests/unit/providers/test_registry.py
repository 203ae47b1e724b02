"""Every bundled provider is complete and consistent."""

from __future__ import annotations

import pytest

from wink_desktop.core.models import AuthMethod, Security
from wink_desktop.core.validation import normalize_host, normalize_port
from wink_desktop.providers.base import Provider
from wink_desktop.providers.registry import (
    CATALOGUE,
    PROVIDERS,
    provider_for_email,
    provider_for_mx,
)
from wink_desktop.ui.resources import resource_dir

REQUIRED = {
    "google",
    "microsoft",
    "icloud",
    "yahoo",
    "aol",
    "orange",
    "free",
    "sfr",
    "laposte",
    "bbox",
    "gmx",
    "fastmail",
    "zoho",
    "ovh",
    "infomaniak",
    "yandex",
    "mailru",
    "proton",
}


def test_every_provider_the_product_promises_is_there() -> None:
    assert {p.id for p in PROVIDERS} == REQUIRED


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: f"{p.id}-{p.domains[:1]}")
def test_provider_shape(provider: Provider) -> None:
    assert provider.name
    assert provider.domains or provider.mx_patterns
    for template in (provider.imap, provider.smtp):
        assert template is not None
        assert normalize_host(template.host) == template.host
        assert normalize_port(template.port) == template.port
        assert template.security in {Security.SSL, Security.STARTTLS}  # never plain
    for url in (provider.hint_url, provider.app_password_url, provider.settings_url):
        assert url is None or url.startswith("https://")
    if provider.app_password_url:
        assert provider.hint, "an app-password provider must say so before sign-in"
    assert (resource_dir() / "icons" / "providers" / f"{provider.id}.svg").is_file()


def test_oauth_providers_are_google_and_microsoft() -> None:
    assert {p.id for p in PROVIDERS if AuthMethod.OAUTH2 in p.auth} == {"google", "microsoft"}


@pytest.mark.parametrize(
    ("email", "provider"),
    [
        ("a@gmail.com", "google"),
        ("a@googlemail.com", "google"),
        ("a@hotmail.fr", "microsoft"),
        ("a@live.be", "microsoft"),
        ("a@outlook.com", "microsoft"),
        ("a@msn.com", "microsoft"),
        ("a@me.com", "icloud"),
        ("a@yahoo.fr", "yahoo"),
        ("a@wanadoo.fr", "orange"),
        ("a@neuf.fr", "sfr"),
        ("a@gmx.fr", "gmx"),
        ("a@gmx.de", "gmx"),
        ("a@pm.me", "proton"),
        ("a@unknown-company.fr", None),
    ],
)
def test_domains(email: str, provider: str | None) -> None:
    found = provider_for_email(email)
    assert (found.id if found else None) == provider


@pytest.mark.parametrize(
    ("mx", "provider"),
    [
        ("aspmx.l.google.com", "google"),
        ("alt2.aspmx.l.google.com", "google"),
        ("acme-fr.mail.protection.outlook.com", "microsoft"),
        ("mx1.mail.ovh.net", "ovh"),
        ("mta-gw.infomaniak.ch", "infomaniak"),
        ("in1-smtp.messagingengine.com", "fastmail"),
        ("mx.acme.fr", None),
    ],
)
def test_mx_patterns(mx: str, provider: str | None) -> None:
    found = provider_for_mx(mx)
    assert (found.id if found else None) == provider


def test_usernames_follow_each_providers_rule() -> None:
    registry = CATALOGUE
    icloud = registry.for_email("emily.parker@icloud.com")
    assert icloud is not None
    assert icloud.imap is not None
    assert icloud.smtp is not None
    assert icloud.imap.username == "emily.parker"  # Apple: the part before @ for IMAP
    assert icloud.smtp.username == "emily.parker@icloud.com"
    free = registry.for_email("jean@free.fr")
    assert free is not None
    assert free.imap is not None
    assert free.imap.username == "jean"
