"""Every route through the wizard, driven through ConnectFlow: no Qt, no server.

Each route is a table of steps (what the user does, what they must see next), played by
:class:`Driver` the way the wizard's pages do: a page forwards the user's action to the
flow and moves on only when the flow allows it. The fakes are those of
:mod:`wink_desktop.demo`, each implementing a core port.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from wink_desktop.core.account import MailAccount, password_key
from wink_desktop.core.checks import Problem, ProblemCode, Protocol
from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.models import AuthMethod, ConnectionState, Role, Security
from wink_desktop.core.oauth import secret_key
from wink_desktop.core.providers import (
    OAuthProviderSpec,
    Provider,
    ProviderCatalogue,
    ServerTemplate,
)
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.discovery import ScriptedLookup
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.probes import ScriptedProbe
from wink_desktop.demo.stores import MemoryAccountStore, MemorySecretStore
from wink_desktop.services.connect_flow import (
    IMAP_CHOICE,
    ConnectFlow,
    Failure,
    Origin,
    SignInPorts,
    Step,
)
from wink_desktop.services.mailbox import Mailbox

PASSWORD = "Marie-App-Pass-1"
CERTIFICATE = "cd" * 32
ADMIN_URL = "https://login.microsoft.test/adminconsent?client_id=demo"

ICLOUD = Provider(
    id="icloud",
    name="iCloud",
    domains=("icloud.com",),
    imap=ServerTemplate("imap.mail.me.com", 993, Security.SSL, "%EMAILLOCALPART%"),
    smtp=ServerTemplate("smtp.mail.me.com", 587, Security.STARTTLS),
    hint="iCloud needs an app-specific password.",
)
GOOGLE = Provider(
    id="google",
    name="Google",
    domains=("gmail.com",),
    imap=ServerTemplate("imap.gmail.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.gmail.com", 465, Security.SSL),
    auth=(AuthMethod.OAUTH2, AuthMethod.PASSWORD),
)
MICROSOFT = Provider(
    id="microsoft",
    name="Microsoft",
    domains=("outlook.com",),
    imap=ServerTemplate("outlook.office365.com", 993, Security.SSL),
    smtp=ServerTemplate("smtp.office365.com", 587, Security.STARTTLS),
    auth=(AuthMethod.OAUTH2,),
)
CATALOGUE = ProviderCatalogue(
    (GOOGLE, MICROSOFT, ICLOUD),
    (
        OAuthProviderSpec("google", "Google", "Continue with Google", "Sign in", "google"),
        OAuthProviderSpec("microsoft", "Microsoft", "Continue with Microsoft", "Sign", "ms"),
    ),
)
UNTRUSTED = Discovered(
    email="",
    source=Source.AUTOCONFIG,
    trusted=False,
    imap=ServerSettings("mail.agence.test", 993, Security.SSL, None),
    smtp=ServerSettings("mail.agence.test", 465, Security.SSL, None),
)
TRUSTED = UNTRUSTED._replace(source=Source.ISPDB, trusted=True)
GUESSED = Discovered(  # a guess a valid certificate confirmed: trusted, still shown first
    email="",
    source=Source.GUESS,
    trusted=True,
    imap=ServerSettings("imap.agence.test", 993, Security.SSL, None),
    smtp=ServerSettings("smtp.agence.test", 465, Security.SSL, None),
)
WORKSPACE = Discovered(  # a company domain whose MX is Google's
    email="", source=Source.MX, trusted=True, imap=None, smtp=None, provider="google"
)


def saved(method: AuthMethod, provider: str | None, email: str) -> MailAccount:
    imap = ServerSettings("imap.mail.me.com", 993, Security.SSL, email)
    smtp = ServerSettings("smtp.mail.me.com", 587, Security.STARTTLS, email)
    return MailAccount(
        email=email,
        method=method,
        imap=imap,
        smtp=smtp,
        provider=provider,
        connected_since="2026-01-05T09:00:00+00:00",
        state=ConnectionState.NEEDS_RECONNECTION,
        trusted_fingerprints=("ab" * 32,),
    )


@dataclass
class World:
    """The fakes behind one flow, scripted per route."""

    account: MailAccount | None = None
    answers: dict[str, Discovered] = field(default_factory=dict)
    browser: ScriptedBrowser = field(default_factory=ScriptedBrowser)
    configured: bool = True
    keyring: bool = True
    probe_problem: Problem | None = None
    gates: bool = False
    lookup_gate: bool = False


class Driver:
    """Plays a route as the wizard's pages would, recording what the flow announced."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.accounts = MemoryAccountStore(world.account)
        self.secrets = MemorySecretStore(available=world.keyring)
        self.gate = threading.Event()
        gate = self.gate if world.gates else None
        self.probes = {
            p: ScriptedProbe(
                p, password=PASSWORD, fail=world.probe_problem, gate=gate, trusted_by=CERTIFICATE
            )
            for p in Protocol
        }
        self.clients = {
            spec.id: ScriptedOAuthClient(
                demo_config(spec.id, configured=world.configured), admin_url=ADMIN_URL
            )
            for spec in CATALOGUE.oauth
        }
        self.lookup = ScriptedLookup(world.answers, asyncio.Event() if world.lookup_gate else None)
        mailbox = Mailbox(self.accounts, self.secrets, self.probes, self.clients)
        ports = SignInPorts(self.clients, world.browser.receiver, world.browser.open)
        self.flow = ConnectFlow(CATALOGUE, mailbox, self.lookup, ports)
        self.page: Step | None = None
        self.failures: list[Failure] = []
        self.steps: list[Any] = []
        self.connected: list[MailAccount] = []
        self.links: list[str] = []
        events = self.flow.events
        events.failed.connect(self.failures.append)
        events.step.connect(self.steps.append)
        events.connected.connect(self.connected.append)
        events.browser_opened.connect(lambda link: self.links.append(link.url))

    def next(self) -> None:
        assert self.page is not None
        assert self.flow.may_leave(self.page), f"Next is disabled on {self.page.name}"
        self.page = self.flow.next_step(self.page)


Action = Callable[[Driver], Any]


def start(choice: str | None = None, role: Role | None = None) -> Action:
    def run(d: Driver) -> None:
        d.page = d.flow.start(choice, d.world.account if choice == "reconnect" else None, role)

    return run


def type_address(text: str, password: str | None = PASSWORD, *, other: bool = False) -> Action:
    """The address page: the address (looked up), the password when asked, Next.

    ``other``: "Choose another provider" instead of Next.
    """

    async def run(d: Driver) -> None:
        assert d.page is Step.EMAIL
        d.flow.address_typed()
        await d.flow.look_up(text)
        d.flow.set_address(text)
        if other:
            d.flow.pick_provider()
        elif d.flow.state.oauth is None and password is not None:
            d.flow.set_password(password)
        d.flow.leave_address()
        d.next()

    return run


def choose(choice: str) -> Action:
    def run(d: Driver) -> None:
        assert d.page is Step.PROVIDER
        d.flow.choose(choice)
        d.next()

    return run


def fill(
    password: str = PASSWORD,
    *,
    email: str | None = None,
    confirm: bool = False,
    hosts: tuple[str | None, str | None] = (None, None),
) -> Action:
    """The server form as the user leaves it: the proposed servers, a password.

    ``confirm``: the button that confirms untrusted servers was pressed. ``hosts``: the
    IMAP and SMTP hosts the user typed over the proposed ones (None: kept).
    """

    def run(d: Driver) -> None:
        assert d.page is Step.SERVERS
        state = d.flow.state
        resolution = state.resolution
        address = email or state.email
        imap = resolution.imap or ServerSettings("imap.agence.test", 993, Security.SSL, None)
        smtp = resolution.smtp or ServerSettings("smtp.agence.test", 465, Security.SSL, None)
        if hosts[0] is not None:
            imap = imap._replace(host=hosts[0])
        if hosts[1] is not None:
            smtp = smtp._replace(host=hosts[1])
        if confirm and d.flow.awaiting_confirmation(imap, smtp):
            d.flow.confirm_servers(True)
        if d.flow.use_servers(address, imap, smtp, password):
            d.next()

    return run


async def sign_in(d: Driver) -> None:
    assert d.page is Step.BROWSER
    signed = await d.flow.sign_in()
    if signed is not None and not signed.mismatch:
        d.next()


def use_signed_in_account(d: Driver) -> None:
    d.flow.accept_signed_in_account()
    d.next()


def cancel_sign_in(d: Driver) -> None:
    d.page = d.flow.after_cancelled_sign_in()


async def run_test(d: Driver) -> None:
    assert d.page is Step.TEST
    outcome = await d.flow.test()
    if outcome is not None and outcome.account is not None:
        d.next()


def back(d: Driver) -> None:
    d.page = Step.SERVERS


def trust(sha256: str) -> Action:
    def run(d: Driver) -> None:
        d.flow.trust_certificate(sha256)

    return run


def close(d: Driver) -> None:
    d.flow.forget_secrets()
    d.page = None


def cancel_while(action: Action, started: Callable[[Driver], bool]) -> Action:
    """Start ``action``, and cancel it (the wizard closes) once ``started`` holds."""

    async def run(d: Driver) -> None:
        task = asyncio.ensure_future(action(d))
        while not started(d):  # noqa: ASYNC110 - waits for a state, asserts no timing
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        close(d)

    return run


def expect(**wanted: Any) -> Action:
    """Check what the user would see now (only the keys given)."""

    def run(d: Driver) -> None:
        state = d.flow.state
        seen = {
            "page": d.page,
            "provider": state.provider.id if state.provider else None,
            "oauth": state.oauth.id if state.oauth else None,
            "origin": state.resolution.origin,
            "untrusted": state.servers_untrusted,
            "recommended": _id(d.flow.recommendation()),
            "saved": (d.accounts.account.email, d.accounts.account.method.value)
            if d.accounts.account
            else None,
            "saved_provider": d.accounts.account.provider if d.accounts.account else None,
            "since": d.accounts.account.connected_since if d.accounts.account else None,
            "failure": d.failures[-1].error.code if d.failures else None,
            "approval_url": d.failures[-1].approval_url if d.failures else None,
            "keyring": sorted(d.secrets.secrets),
            "password_held": bool(state.password),
            "token_held": state.signed_in is not None,
            "steps_shown": len(d.steps),
            "mismatch": state.signed_in.mismatch if state.signed_in else None,
            "email": state.email,
            "imap_host": state.resolution.imap.host if state.resolution.imap else None,
            "looked_up": list(d.lookup.asked),
            "fingerprints": d.accounts.account.trusted_fingerprints if d.accounts.account else None,
            "probed": sum(len(p.requests) for p in d.probes.values()),
        }
        for key, value in wanted.items():
            assert seen[key] == value, f"{key}: {seen[key]!r} != {value!r}"

    return run


def _id(resolution: Any) -> str | None:
    if resolution.oauth is not None:
        return str(resolution.oauth.id)
    return str(resolution.provider.id) if resolution.provider is not None else None


MARIE = "marie@icloud.com"
ALICE = "alice@agence.test"
PAUL = "paul@gmail.com"
LEA = "lea@outlook.com"
DONE_SAVED = {"page": Step.DONE, "password_held": False, "token_held": False}
NOTHING_SAVED = {"saved": None, "keyring": [], "password_held": False, "token_held": False}

ROUTES: dict[str, tuple[World, list[Action]]] = {
    "known provider: address and password on one page, straight to the test, done": (
        World(),
        [
            start(),
            type_address(MARIE),
            expect(page=Step.TEST, provider="icloud", origin=Origin.PROVIDER, looked_up=[MARIE]),
            expect(imap_host="imap.mail.me.com", password_held=True),
            run_test,
            expect(saved=(MARIE, "password"), saved_provider="icloud", steps_shown=11),
            expect(keyring=[password_key(MARIE)], **DONE_SAVED),
        ],
    ),
    "known provider, trusted discovery (ISPDB over https): straight to the test": (
        World(answers={"agence.test": TRUSTED}),
        [
            start(),
            type_address(ALICE),
            expect(page=Step.TEST, origin=Origin.DISCOVERED, imap_host="mail.agence.test"),
            run_test,
            expect(saved=(ALICE, "password"), **DONE_SAVED),
        ],
    ),
    "known provider, another one chosen from the list: its tile, its settings": (
        World(),
        [
            start(),
            type_address(MARIE, other=True),
            expect(page=Step.PROVIDER),
            choose("icloud"),
            expect(page=Step.SERVERS, origin=Origin.PROVIDER, imap_host="imap.mail.me.com"),
            fill(),
            run_test,
            expect(saved=(MARIE, "password"), **DONE_SAVED),
        ],
    ),
    "no address: the list of providers": (
        World(),
        [start(), type_address("", None), expect(page=Step.PROVIDER)],
    ),
    "unknown domain: nothing found, servers typed": (
        World(),
        [
            start(),
            type_address(ALICE),
            expect(page=Step.SERVERS, origin=Origin.NONE, provider=None, password_held=True),
            fill(),
            run_test,
            expect(saved=(ALICE, "password"), saved_provider=None, **DONE_SAVED),
        ],
    ),
    "unknown domain, guessed servers: the form, filled, never straight to the test": (
        World(answers={"agence.test": GUESSED}),
        [
            start(),
            type_address(ALICE),
            expect(page=Step.SERVERS, origin=Origin.DISCOVERED, untrusted=False),
            expect(imap_host="imap.agence.test", probed=0),
            fill(),
            run_test,
            expect(saved=(ALICE, "password"), **DONE_SAVED),
        ],
    ),
    "unknown domain, untrusted servers found: no password until confirmed": (
        World(answers={"agence.test": UNTRUSTED}),
        [
            start(),
            type_address(ALICE),
            expect(page=Step.SERVERS, origin=Origin.DISCOVERED, untrusted=True),
            expect(imap_host="mail.agence.test", probed=0),
            fill(),
            expect(page=Step.SERVERS, probed=0),
            fill(confirm=True),
            run_test,
            expect(saved=(ALICE, "password"), **DONE_SAVED),
        ],
    ),
    "untrusted servers: the user's own hosts need no confirmation, one kept still does": (
        World(answers={"agence.test": UNTRUSTED}),
        [
            start(),
            type_address(ALICE),
            expect(page=Step.SERVERS, untrusted=True),
            fill(hosts=("imap.mine.test", None)),  # SMTP is still the untrusted source's
            expect(page=Step.SERVERS, probed=0),
            fill(hosts=("imap.mine.test", "SMTP.Mine.Test")),
            expect(page=Step.TEST, probed=0),
            run_test,
            expect(saved=(ALICE, "password"), **DONE_SAVED),
        ],
    ),
    "untrusted servers confirmed, wrong password: back and retry needs no new confirmation": (
        World(answers={"agence.test": UNTRUSTED}),
        [
            start(),
            type_address(ALICE),
            fill("not-the-password", confirm=True),
            run_test,
            expect(page=Step.TEST, saved=None),
            back,
            fill(),  # the same servers, already vouched for: "Sign in" again
            expect(page=Step.TEST),
            run_test,
            expect(saved=(ALICE, "password"), **DONE_SAVED),
        ],
    ),
    "wrong password: the test says so, nothing saved, retry works": (
        World(),
        [
            start("other"),
            expect(page=Step.PROVIDER),
            choose("icloud"),
            fill("not-the-password", email=MARIE),
            run_test,
            expect(page=Step.TEST, saved=None, keyring=[], password_held=True),
            back,
            fill(email=MARIE),
            run_test,
            expect(saved=(MARIE, "password"), **DONE_SAVED),
        ],
    ),
    "Google: address first, the browser, done": (
        World(browser=ScriptedBrowser(account=PAUL)),
        [
            start(),
            type_address(PAUL),
            expect(recommended="google", password_held=False),
            expect(page=Step.BROWSER, oauth="google"),
            sign_in,
            expect(page=Step.TEST, email=PAUL),
            run_test,
            expect(saved=(PAUL, "oauth2"), keyring=[secret_key("google", PAUL)], **DONE_SAVED),
        ],
    ),
    "Google Workspace: a company domain whose mail Google hosts": (
        World(answers={"agence.test": WORKSPACE}, browser=ScriptedBrowser(account=ALICE)),
        [
            start(),
            type_address(ALICE),
            expect(recommended="google", page=Step.BROWSER, oauth="google"),
            sign_in,
            run_test,
            expect(saved=(ALICE, "oauth2"), saved_provider="google", **DONE_SAVED),
        ],
    ),
    "Microsoft from Settings: straight to the browser": (
        World(browser=ScriptedBrowser(account=LEA)),
        [
            start("microsoft"),
            expect(page=Step.BROWSER, oauth="microsoft"),
            sign_in,
            run_test,
            expect(saved=(LEA, "oauth2"), keyring=[secret_key("microsoft", LEA)], **DONE_SAVED),
        ],
    ),
    "identity mismatch: signed in as someone else, keeps that account": (
        World(browser=ScriptedBrowser(account="other@gmail.com")),
        [
            start(),
            type_address(PAUL),
            sign_in,
            expect(page=Step.BROWSER, mismatch=True, email=PAUL),
            use_signed_in_account,
            run_test,
            expect(saved=("other@gmail.com", "oauth2"), **DONE_SAVED),
        ],
    ),
    "identity mismatch: cancelled, nothing saved": (
        World(browser=ScriptedBrowser(account="other@gmail.com")),
        [
            start(),
            type_address(PAUL),
            sign_in,
            cancel_sign_in,
            expect(page=Step.EMAIL, **NOTHING_SAVED),
        ],
    ),
    "admin consent: the approval link for IT, nothing saved": (
        World(browser=ScriptedBrowser(error="invalid_client", description="AADSTS65001: no")),
        [
            start("microsoft"),
            sign_in,
            expect(page=Step.BROWSER, failure="oauth_admin_consent_required"),
            expect(approval_url=ADMIN_URL, **NOTHING_SAVED),
            cancel_sign_in,
            expect(page=None),
        ],
    ),
    "browser sign-in denied: said, and tried again": (
        World(browser=ScriptedBrowser(error="access_denied")),
        [
            start("google"),
            sign_in,
            expect(page=Step.BROWSER, failure="oauth_denied", **NOTHING_SAVED),
        ],
    ),
    "no client id in this build: Google's button leads to Gmail with an app password": (
        World(configured=False, browser=ScriptedBrowser(account=PAUL)),
        [
            start("google"),
            expect(page=Step.SERVERS, provider="google", oauth=None, origin=Origin.PROVIDER),
            expect(imap_host="imap.gmail.com", untrusted=False),
            fill(email=PAUL),
            run_test,
            expect(page=Step.DONE, saved=(PAUL, "password"), saved_provider="google"),
        ],
    ),
    "no keyring: the servers work, nothing saved, said": (
        World(keyring=False),
        [
            start("other"),
            choose("icloud"),
            fill(email=MARIE),
            run_test,
            expect(page=Step.TEST, failure="keyring_unavailable", saved=None),
        ],
    ),
    "certificate problem: trusted explicitly, then saved with it": (
        World(probe_problem=Problem(ProblemCode.TLS_CERTIFICATE)),
        [
            start("other"),
            choose("icloud"),
            fill(email=MARIE),
            run_test,
            expect(page=Step.TEST, saved=None),
            trust(CERTIFICATE),
            run_test,
            expect(saved=(MARIE, "password"), fingerprints=(CERTIFICATE,), **DONE_SAVED),
        ],
    ),
    "reconnect with password: straight to the password, saved settings kept": (
        World(account=saved(AuthMethod.PASSWORD, "icloud", MARIE)),
        [
            start("reconnect"),
            expect(page=Step.SERVERS, origin=Origin.SAVED, provider="icloud", untrusted=False),
            fill(),
            run_test,
            expect(saved=(MARIE, "password"), since="2026-01-05T09:00:00+00:00", **DONE_SAVED),
        ],
    ),
    "reconnect a Gmail account that signs in with a password: the password, not the browser": (
        World(account=saved(AuthMethod.PASSWORD, "google", PAUL)),
        [
            start("reconnect"),
            expect(page=Step.SERVERS, origin=Origin.SAVED, provider="google", oauth=None),
            fill(),
            run_test,
            expect(saved=(PAUL, "password"), saved_provider="google", **DONE_SAVED),
        ],
    ),
    "reconnect with OAuth: straight to the browser, same record": (
        World(
            account=saved(AuthMethod.OAUTH2, "microsoft", LEA),
            browser=ScriptedBrowser(account=LEA),
        ),
        [
            start("reconnect"),
            expect(page=Step.BROWSER, oauth="microsoft", email=LEA),
            sign_in,
            run_test,
            expect(saved=(LEA, "oauth2"), since="2026-01-05T09:00:00+00:00", **DONE_SAVED),
        ],
    ),
    "reconnect with OAuth, cancelled: the wizard closes, the record stays": (
        World(account=saved(AuthMethod.OAUTH2, "google", PAUL)),
        [
            start("reconnect"),
            cancel_sign_in,
            expect(page=None, saved=(PAUL, "oauth2"), keyring=[]),
        ],
    ),
    "collaborator: the wizard does not open": (
        World(),
        [start(role=Role.COLLABORATOR), expect(page=None, **NOTHING_SAVED)],
    ),
    "cancel on the address page": (
        World(),
        [start(), close, expect(page=None, **NOTHING_SAVED)],
    ),
    "cancel while looking up the address": (
        World(answers={"icloud.com": UNTRUSTED}, lookup_gate=True),
        [
            start(),
            cancel_while(type_address(MARIE), lambda d: bool(d.lookup.asked)),
            expect(page=None, recommended=None, **NOTHING_SAVED),
        ],
    ),
    "cancel on the provider page": (
        World(),
        [
            start(),
            type_address(MARIE, other=True),
            close,
            expect(page=None, **NOTHING_SAVED),
        ],
    ),
    "cancel while waiting for the browser": (
        World(browser=ScriptedBrowser(account=PAUL, gate=asyncio.Event())),
        [
            start("google"),
            cancel_while(sign_in, lambda d: bool(d.links)),
            expect(**NOTHING_SAVED),
        ],
    ),
    "cancel on the server form, password typed": (
        World(),
        [
            start("other"),
            choose("icloud"),
            fill("typed-but-never-tested", email=MARIE),
            close,
            expect(probed=0, **NOTHING_SAVED),
        ],
    ),
    "cancel during the test": (
        World(gates=True),
        [
            start("other"),
            choose("icloud"),
            fill(email=MARIE),
            cancel_while(run_test, lambda d: sum(len(p.requests) for p in d.probes.values()) == 2),
            expect(steps_shown=0, **NOTHING_SAVED),
        ],
    ),
}


@pytest.mark.parametrize("route", list(ROUTES), ids=list(ROUTES))
def test_route(route: str) -> None:
    world, actions = ROUTES[route]
    driver = Driver(world)

    async def play() -> None:
        for action in actions:
            result = action(driver)
            if asyncio.iscoroutine(result):
                await result

    asyncio.run(play())


RESOLVE_CASES = [
    # (found for, address, choice) -> (provider, oauth, origin, untrusted)
    ((None, MARIE, None), ("icloud", None, Origin.NONE, False)),
    ((None, MARIE, "icloud"), ("icloud", None, Origin.PROVIDER, False)),
    ((None, PAUL, None), ("google", "google", Origin.NONE, False)),
    ((None, ALICE, IMAP_CHOICE), (None, None, Origin.NONE, False)),
    ((ALICE, ALICE, IMAP_CHOICE), (None, None, Origin.DISCOVERED, True)),
    ((ALICE, ALICE, None), (None, None, Origin.DISCOVERED, True)),
    # Found for an address the user has since changed: not this one's servers.
    (("bob@agence.test", ALICE, IMAP_CHOICE), (None, None, Origin.NONE, False)),
    # A tile other than the one discovery found: that provider's own settings.
    ((MARIE, MARIE, "icloud"), ("icloud", None, Origin.PROVIDER, False)),
    ((None, LEA, "microsoft"), ("microsoft", "microsoft", Origin.NONE, False)),
]


@pytest.mark.parametrize(("given", "wanted"), RESOLVE_CASES)
def test_resolve_decides_provider_and_servers_in_one_place(
    given: tuple[str | None, str, str | None], wanted: tuple[Any, ...]
) -> None:
    found_for, address, choice = given
    flow = Driver(World()).flow
    if found_for is not None:
        flow.state.discovered = UNTRUSTED._replace(email=found_for)
    resolution = flow.resolve(address, choice)
    seen = (
        resolution.provider.id if resolution.provider else None,
        resolution.oauth.id if resolution.oauth else None,
        resolution.origin,
        resolution.untrusted,
    )
    assert seen == wanted


def test_an_address_edited_after_its_lookup_waits_for_the_new_one() -> None:
    driver = Driver(World())
    flow = driver.flow
    flow.start()
    asyncio.run(flow.look_up(MARIE))
    flow.set_password(PASSWORD)
    assert flow.may_leave(Step.EMAIL)
    assert flow.next_step(Step.EMAIL) is Step.TEST
    flow.address_typed()  # the user types on: iCloud no longer holds
    assert not flow.may_leave(Step.EMAIL)
    assert flow.state.provider is None
    asyncio.run(flow.look_up(ALICE))
    assert flow.may_leave(Step.EMAIL)
    assert flow.next_step(Step.EMAIL) is Step.SERVERS


def test_back_from_the_list_of_providers_keeps_the_detected_route() -> None:
    flow = Driver(World()).flow
    flow.start()
    asyncio.run(flow.look_up(MARIE))
    flow.set_password(PASSWORD)
    flow.pick_provider()
    assert flow.next_step(Step.EMAIL) is Step.PROVIDER
    flow.begin_choice()  # the list opens: nothing chosen there yet
    flow.back_to_address()
    assert flow.may_leave(Step.EMAIL)
    assert flow.next_step(Step.EMAIL) is Step.TEST
    assert flow.state.provider is not None
    assert flow.state.provider.id == "icloud"
