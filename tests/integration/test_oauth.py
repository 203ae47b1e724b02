"""Signing in with Google and Microsoft end to end: browser, loopback, PKCE, XOAUTH2.

No real Google or Microsoft: the local authorisation server stands in for both, and the
access tokens it issues are validated by Dovecot, so the final sign-in to the mail servers
is real.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import webbrowser
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.fixtures.browser import SimulatedBrowser, _get
from tests.fixtures.oauth_server import GOOGLE_CLIENT, MICROSOFT_CLIENT, OAuthServer
from tests.fixtures.pki import ServerPKI
from tests.fixtures.plugin import ALICE, BOB
from wink_desktop.core.oauth import (
    OAuthAdminConsentRequiredError,
    OAuthClient,
    OAuthDeniedError,
    OAuthError,
    OAuthNotConfiguredError,
    OAuthProviderError,
    OAuthStateMismatchError,
    OAuthTimeoutError,
    TokenExpiredError,
    secret_key,
)
from wink_desktop.infra.logs import setup_logging
from wink_desktop.infra.oauth.config import load_oauth_config
from wink_desktop.infra.oauth.google_client import GoogleClient
from wink_desktop.infra.oauth.loopback import LoopbackReceiver
from wink_desktop.infra.oauth.microsoft_client import MicrosoftClient
from wink_desktop.infra.paths import AppPaths
from wink_desktop.infra.probes import default_probes
from wink_desktop.infra.secrets import KeyringSecretStore
from wink_desktop.services.oauth_signin import (
    AccessTokens,
    SignedIn,
    connect_signed_in,
    revoke_and_forget,
    sign_in_with_browser,
)

pytestmark = [pytest.mark.servers, pytest.mark.keyring, pytest.mark.usefixtures("keyring_env")]

PROVIDERS = ["google", "microsoft"]
SEEN_SECRETS: list[str] = []


@pytest.fixture
def oauth_config(oauth_toml: Path, pki: ServerPKI, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared ``oauth_toml``, with every library logging at debug level into the app's
    log (through the redactor) and trusting the test CA."""
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca))
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    setup_logging(AppPaths.default(), logging.DEBUG)
    return oauth_toml


def client_for(provider: str) -> OAuthClient:
    config = load_oauth_config()[provider]
    return GoogleClient(config) if provider == "google" else MicrosoftClient(config)


def sign_in(
    provider: str, login_hint: str | None = ALICE.address, wait: float = 20, **kw: object
) -> SignedIn:
    outcome = asyncio.run(
        sign_in_with_browser(
            client_for(provider),
            LoopbackReceiver,
            webbrowser.open,
            login_hint=login_hint,
            wait=wait,
            **kw,  # type: ignore[arg-type]
        )
    )
    SEEN_SECRETS.extend([outcome.grant.access_token, outcome.grant.secret])
    return outcome


@pytest.mark.parametrize("provider", PROVIDERS)
def test_sign_in_then_both_servers_with_xoauth2(
    provider: str, oauth_config: Path, browser: SimulatedBrowser
) -> None:
    del oauth_config
    signed_in = sign_in(provider)
    assert signed_in.email == ALICE.address
    assert not signed_in.mismatch
    assert "code_challenge_method=S256" in browser.opened[0]
    assert "127.0.0.1" in browser.opened[0]
    assert browser.done.wait(10)
    assert "You can close this tab and go back to Wink." in browser.pages[0]
    store = KeyringSecretStore()
    report = asyncio.run(
        connect_signed_in(signed_in, client_for(provider), default_probes(), store)
    )
    assert report.ok, report
    assert report.imap.steps[-2].detail == "XOAUTH2"
    assert store.get(secret_key(provider, ALICE.address)) == signed_in.grant.secret


@pytest.mark.parametrize("provider", PROVIDERS)
def test_denied_in_the_browser(
    provider: str, oauth_config: Path, oauth_server: OAuthServer, browser: SimulatedBrowser
) -> None:
    del oauth_config, browser
    oauth_server.mode = "deny"
    with pytest.raises(OAuthDeniedError):
        sign_in(provider)


def test_microsoft_admin_consent_gives_a_link_for_it(
    oauth_config: Path, oauth_server: OAuthServer, browser: SimulatedBrowser
) -> None:
    del oauth_config, browser
    oauth_server.mode = "admin_consent"
    with pytest.raises(OAuthAdminConsentRequiredError) as caught:
        sign_in("microsoft")
    url = caught.value.admin_consent_url
    assert url.startswith(f"{oauth_server.base}/organizations/v2.0/adminconsent?")
    assert_admin_consent_query(url)


def assert_admin_consent_query(url: str) -> None:
    """What Microsoft's v2.0 admin-consent endpoint requires, and a registered redirect."""
    query = parse_qs(urlsplit(url).query)
    assert query["client_id"] == [MICROSOFT_CLIENT]
    assert query["redirect_uri"] == ["http://localhost"]  # the one the README registers
    assert {
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "https://outlook.office.com/SMTP.Send",
    } <= set(query["scope"][0].split())
    assert query["state"][0]


@pytest.mark.parametrize(
    ("authority", "expected"),
    [
        (
            "https://login.microsoftonline.com/common",
            "https://login.microsoftonline.com/organizations",
        ),
        (
            "https://login.microsoftonline.com/contoso.example/",
            "https://login.microsoftonline.com/contoso.example",
        ),
        (
            "https://login.microsoftonline.com/0b6f3c56-1f2d-4c3e-9a1b-5d6e7f8a9b0c",
            "https://login.microsoftonline.com/0b6f3c56-1f2d-4c3e-9a1b-5d6e7f8a9b0c",
        ),
        (
            "https://127.0.0.1:8443/tenants/consumers",
            "https://127.0.0.1:8443/tenants/organizations",
        ),
    ],
)
def test_admin_consent_link_names_the_tenant_of_the_authority(
    oauth_config: Path, authority: str, expected: str
) -> None:
    del oauth_config
    config = replace(load_oauth_config()["microsoft"], authority=authority)
    url = MicrosoftClient(config).admin_consent_url()
    assert url.startswith(f"{expected}/v2.0/adminconsent?")
    assert_admin_consent_query(url)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_forged_answer_is_refused(
    provider: str, oauth_config: Path, browser: SimulatedBrowser
) -> None:
    del oauth_config
    browser.behaviour = "tamper_state"
    with pytest.raises(OAuthStateMismatchError):
        sign_in(provider)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_wrong_pkce_verifier_is_rejected_by_the_server(
    provider: str, oauth_config: Path, browser: SimulatedBrowser
) -> None:
    del oauth_config
    browser.behaviour = "tamper_challenge"
    with pytest.raises(OAuthProviderError) as caught:
        sign_in(provider)
    assert caught.value.error == "invalid_grant"


def test_a_browser_that_never_comes_back_times_out(
    oauth_config: Path, browser: SimulatedBrowser
) -> None:
    del oauth_config
    browser.behaviour = "closed"
    with pytest.raises(OAuthTimeoutError):
        sign_in("google", wait=0.5)


def test_cancel_closes_the_loopback_listener(oauth_config: Path, browser: SimulatedBrowser) -> None:
    del oauth_config
    browser.behaviour = "closed"
    urls: list[str] = []

    async def scenario() -> None:
        shown = asyncio.Event()

        def on_url(url: str, _opened: bool) -> None:
            urls.append(url)
            shown.set()

        task = asyncio.create_task(
            sign_in_with_browser(
                client_for("google"), LoopbackReceiver, webbrowser.open, on_url=on_url
            )
        )
        await asyncio.wait_for(shown.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    port = int(urls[0].split("127.0.0.1%3A")[1].split("%2F")[0])
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_copy_link_when_the_browser_cannot_open(
    oauth_config: Path, browser: SimulatedBrowser, pki: ServerPKI
) -> None:
    del oauth_config
    browser.behaviour = "refuse"
    told: list[tuple[str, bool]] = []

    def user_pastes_the_link(url: str, opened: bool) -> None:
        told.append((url, opened))

        # The user copies the link into a browser by hand.
        def follow() -> None:
            _, location, _ = _get(url, str(pki.ca))
            _get(location, str(pki.ca))

        threading.Thread(target=follow, daemon=True).start()

    signed_in = sign_in("google", on_url=user_pastes_the_link)
    assert told[0][1] is False
    assert signed_in.email == ALICE.address


def test_signing_in_as_someone_else_is_reported(
    oauth_config: Path, oauth_server: OAuthServer, browser: SimulatedBrowser
) -> None:
    del oauth_config, browser
    oauth_server.signs_in_as = BOB.address
    signed_in = sign_in("microsoft", login_hint=ALICE.address)
    assert signed_in.mismatch
    assert (signed_in.expected, signed_in.email) == (ALICE.address, BOB.address)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_refresh_when_close_to_expiry_and_revoked_means_token_expired(
    provider: str, oauth_config: Path, oauth_server: OAuthServer, browser: SimulatedBrowser
) -> None:
    del oauth_config, browser
    # Tokens that live 2 minutes: always under the 5-minute margin, so every use refreshes.
    oauth_server.access_lifetime = 120
    try:
        signed_in = sign_in(provider)
        store = KeyringSecretStore()
        store.put(secret_key(provider, ALICE.address), signed_in.grant.secret)
        tokens = AccessTokens(client_for(provider), store)
        tokens.remember(signed_in.grant)
        fresh = asyncio.run(tokens.get(ALICE.address))
        SEEN_SECRETS.append(fresh)
        assert fresh != signed_in.grant.access_token
        client = client_for(provider)
        renewed = SignedIn(provider, replace(signed_in.grant, access_token=fresh))
        report = asyncio.run(connect_signed_in(renewed, client, default_probes(), store))
        assert report.ok, report  # the refreshed token signs in for real
        oauth_server.revoke_all(ALICE.address)
        with pytest.raises(TokenExpiredError) as caught:
            asyncio.run(tokens.get(ALICE.address))
        assert caught.value.code == "token_expired"
    finally:
        oauth_server.access_lifetime = 3600


def test_disconnect_revokes_at_google_and_forgets_locally(
    oauth_config: Path, oauth_server: OAuthServer, browser: SimulatedBrowser
) -> None:
    del oauth_config, browser
    signed_in = sign_in("google")
    store = KeyringSecretStore()
    entry = secret_key("google", ALICE.address)
    store.put(entry, signed_in.grant.secret)
    assert asyncio.run(revoke_and_forget(client_for("google"), store, ALICE.address))
    assert store.get(entry) is None
    assert oauth_server.refresh_tokens[signed_in.grant.secret].revoked


def test_a_provider_without_client_id_is_explained(
    oauth_config: Path, browser: SimulatedBrowser
) -> None:
    text = oauth_config.read_text()
    oauth_config.write_text(text.replace(f'client_id = "{GOOGLE_CLIENT}"', 'client_id = ""'))
    with pytest.raises(OAuthNotConfiguredError):
        sign_in("google")
    assert browser.opened == []


def test_no_token_in_files_logs_or_error_texts(
    oauth_config: Path, oauth_server: OAuthServer, browser: SimulatedBrowser
) -> None:
    del oauth_config, browser
    errors: list[OAuthError] = []
    sign_in("microsoft")
    sign_in("google")
    oauth_server.mode = "deny"
    try:
        sign_in("google")
    except OAuthError as exc:
        errors.append(exc)
    # Every token the server issued, and every secret the app held (msal's cache is JSON
    # made of those tokens: its tokens are checked one by one).
    secrets = sorted(
        s
        for s in {*SEEN_SECRETS, *oauth_server.issued_access_tokens, *oauth_server.refresh_tokens}
        if s and not s.lstrip().startswith("{")
    )
    assert secrets
    logging.getLogger("wink.test").debug("tokens handled: %s", secrets[0])  # must be masked
    for handler in logging.getLogger().handlers:
        handler.flush()
    home = Path(os.environ["WINK_DESKTOP_HOME"])
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "wink-desktop.log" for p in files)
    for path in files:
        text = path.read_text("utf-8", "replace")
        for secret in secrets:
            # The whole token, or the part of a JWT that is unique to it (its signature;
            # the header is the same for every token and is no secret).
            for part in (secret, secret.rsplit(".", 1)[-1]):
                at = text.find(part)
                assert at < 0, f"a token leaked into {path}: {text[max(0, at - 60) : at + 20]!r}"
    for error in errors:
        for secret in secrets:
            assert secret not in str(error) + repr(error)


def test_provider_unreachable_is_reported_as_offline(
    oauth_config: Path, browser: SimulatedBrowser
) -> None:
    # Point Microsoft's authority at a port where nothing listens.
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    text = oauth_config.read_text()
    start = text.index('authority = "') + len('authority = "')
    end = text.index('"', start)
    oauth_config.write_text(text[:start] + f"https://127.0.0.1:{port}/common" + text[end:])
    with pytest.raises(OAuthError) as caught:
        sign_in("microsoft")
    assert caught.value.code == "offline"
    assert browser.opened == []


def test_google_refresh_gets_the_scopes_it_asked_for(
    oauth_config: Path, browser: SimulatedBrowser, capfd: pytest.CaptureFixture[str]
) -> None:
    # Google answers "email" as ".../auth/userinfo.email": google-auth then warned
    # "missing scopes" on stderr at every refresh.
    del oauth_config, browser
    signed_in = sign_in("google")
    heard: list[str] = []

    class Ear(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            heard.append(record.getMessage())

    ear = Ear(logging.WARNING)
    logging.getLogger("google").addHandler(ear)
    capfd.readouterr()
    try:
        grant = client_for("google").refresh(ALICE.address, signed_in.grant.secret)
    finally:
        logging.getLogger("google").removeHandler(ear)
    SEEN_SECRETS.append(grant.access_token)
    assert grant.access_token != signed_in.grant.access_token
    assert heard == []
    out, err = capfd.readouterr()
    assert "scope" not in out + err
