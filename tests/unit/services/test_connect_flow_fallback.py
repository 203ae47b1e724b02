"""A build without Google's or Microsoft's client id: the routes the flow offers instead.

No Qt, no server: the flow on the app's real catalogue (so Gmail's bundled servers and
notes are the ones users see) with scripted OAuth clients that have no client id.
"""

from __future__ import annotations

import pytest

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import Protocol
from wink_desktop.core.errors import ErrorCode
from wink_desktop.core.models import AuthMethod, ConnectionState, Security
from wink_desktop.core.problems import describe
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.discovery import ScriptedLookup
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.probes import ScriptedProbe
from wink_desktop.demo.stores import MemoryAccountStore, MemorySecretStore
from wink_desktop.providers.registry import CATALOGUE
from wink_desktop.services.connect_flow import ConnectFlow, Origin, SignInPorts, Step
from wink_desktop.services.mailbox import Mailbox

PAUL = "paul@gmail.com"
LEA = "lea@outlook.com"
GMAIL_IMAP = ("imap.gmail.com", 993, Security.SSL)
GMAIL_SMTP = ("smtp.gmail.com", 465, Security.SSL)


def flow(*, google: bool = False, microsoft: bool = False) -> ConnectFlow:
    clients = {
        "google": ScriptedOAuthClient(demo_config("google", configured=google)),
        "microsoft": ScriptedOAuthClient(demo_config("microsoft", configured=microsoft)),
    }
    probes = {p: ScriptedProbe(p, password="app-password") for p in Protocol}
    mailbox = Mailbox(MemoryAccountStore(None), MemorySecretStore(), probes, clients)
    browser = ScriptedBrowser(account=PAUL)
    ports = SignInPorts(clients, browser.receiver, browser.open)
    return ConnectFlow(CATALOGUE, mailbox, ScriptedLookup({}), ports)


def servers(settings: ServerSettings | None) -> tuple[object, ...]:
    assert settings is not None
    return (settings.host, settings.port, settings.security)


@pytest.mark.parametrize("address", [PAUL, ""])
def test_google_without_client_id_is_gmail_with_an_app_password(address: str) -> None:
    wizard = flow()
    wizard.state.email = address
    resolution = wizard.choose("google")
    assert resolution.oauth is None  # no browser page: nothing there could work
    assert resolution.unavailable is None
    assert servers(resolution.imap) == GMAIL_IMAP
    assert servers(resolution.smtp) == GMAIL_SMTP
    # Bundled with the app: trusted, no "I checked these servers" to tick.
    assert (resolution.origin, resolution.trusted, resolution.untrusted) == (
        Origin.PROVIDER,
        True,
        False,
    )
    provider = resolution.provider
    assert provider is not None
    assert provider.id == "google"
    assert provider.auth == (AuthMethod.PASSWORD,)
    # The note above the password: what an app password is, its prerequisite, its page.
    assert provider.hint is not None
    assert "app password" in provider.hint
    assert "https://myaccount.google.com/signinoptions/twosv" in provider.hint
    assert provider.hint_url == "https://myaccount.google.com/apppasswords"
    assert wizard.may_leave(Step.PROVIDER)
    assert wizard.next_step(Step.PROVIDER) is Step.SERVERS


def test_google_with_client_id_still_signs_in_in_the_browser() -> None:
    wizard = flow(google=True)
    resolution = wizard.choose("google")
    assert resolution.oauth is not None
    assert resolution.oauth.id == "google"
    assert wizard.next_step(Step.PROVIDER) is Step.BROWSER


def test_settings_button_opens_straight_on_gmail_servers() -> None:
    wizard = flow()
    assert wizard.start("google") is Step.SERVERS
    assert servers(wizard.state.resolution.imap) == GMAIL_IMAP


def test_a_gmail_address_is_recommended_the_app_password_route() -> None:
    wizard = flow()
    wizard.state.email = PAUL
    recommended = wizard.recommendation()
    assert recommended.oauth is None
    assert recommended.provider is not None
    assert recommended.provider.id == "google"
    assert servers(recommended.imap) == GMAIL_IMAP


def test_a_google_sign_in_to_reconnect_becomes_the_password_form() -> None:
    saved = MailAccount(
        email=PAUL,
        method=AuthMethod.OAUTH2,
        imap=ServerSettings("imap.gmail.com", 993, Security.SSL, None),
        smtp=ServerSettings("smtp.gmail.com", 465, Security.SSL, None),
        provider="google",
        state=ConnectionState.NEEDS_RECONNECTION,
    )
    wizard = flow()
    assert wizard.start(reconnect=saved) is Step.SERVERS
    assert servers(wizard.state.resolution.imap) == GMAIL_IMAP


def test_microsoft_without_client_id_says_why_and_goes_nowhere() -> None:
    wizard = flow()
    wizard.state.email = LEA
    resolution = wizard.choose("microsoft")
    assert resolution.oauth is None
    assert resolution.imap is None
    error = resolution.unavailable
    assert error is not None
    assert error.code is ErrorCode.OAUTH_NOT_CONFIGURED
    text = describe(error)
    assert text.startswith("Microsoft lets mail apps in only through its own sign-in page")
    assert "IT department" in text
    assert not wizard.may_leave(Step.PROVIDER)
    # Another choice goes on as usual.
    wizard.choose("icloud")
    assert wizard.may_leave(Step.PROVIDER)


def test_microsoft_from_settings_opens_the_providers_with_the_reason() -> None:
    wizard = flow()
    assert wizard.start("microsoft") is Step.PROVIDER
    wizard.begin_choice()  # the provider page opens
    assert wizard.state.resolution.unavailable is not None
    assert not wizard.may_leave(Step.PROVIDER)
    # A new address (back to the first page): the reason no longer applies.
    wizard.set_address(PAUL)
    assert wizard.state.resolution.unavailable is None


def test_microsoft_with_client_id_signs_in_in_the_browser() -> None:
    wizard = flow(microsoft=True)
    assert wizard.start("microsoft") is Step.BROWSER


def test_a_gmail_password_account_reconnects_with_the_app_password_note() -> None:
    # Whatever the build: the note must not send the user to "Continue with Google",
    # which is not on the password form.
    saved = MailAccount(
        email=PAUL,
        method=AuthMethod.PASSWORD,
        imap=ServerSettings("imap.gmail.com", 993, Security.SSL, None),
        smtp=ServerSettings("smtp.gmail.com", 465, Security.SSL, None),
        provider="google",
        state=ConnectionState.NEEDS_RECONNECTION,
    )
    for configured in (True, False):
        wizard = flow(google=configured)
        assert wizard.start(reconnect=saved) is Step.SERVERS
        provider = wizard.state.resolution.provider
        assert provider is not None
        assert provider.hint is not None
        assert "Continue with Google" not in provider.hint
        assert provider.hint_url == "https://myaccount.google.com/apppasswords"
