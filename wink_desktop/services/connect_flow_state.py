"""The connection flow's state and vocabulary: steps, where servers came from, events."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field

from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import CheckReport, StepResult
from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.errors import ErrorCode, WinkError
from wink_desktop.core.i18n import QT_TRANSLATE_NOOP
from wink_desktop.core.oauth import OAuthClient, RedirectReceiver
from wink_desktop.core.providers import OAuthProviderSpec, Provider
from wink_desktop.core.settings import ServerSettings
from wink_desktop.services.events import Event
from wink_desktop.services.oauth_signin import SignedIn

# The choice "Other (IMAP)": servers typed by the user (or found by discovery).
IMAP_CHOICE = "imap"

# Finds settings for an address (discovery, in the app; a table, in tests).
Lookup = Callable[[str], Awaitable[Discovered | None]]


class Step(enum.IntEnum):
    """The wizard's steps, in order (also the pages' ids)."""

    EMAIL = 0
    PROVIDER = 1
    BROWSER = 2
    SERVERS = 3
    TEST = 4
    DONE = 5


class Origin(enum.StrEnum):
    """Where the servers on the form came from."""

    NONE = "none"  # nothing known: the user types them
    DISCOVERED = "discovered"  # discovery found them for this address
    PROVIDER = "provider"  # the chosen provider's bundled settings
    SAVED = "saved"  # the account being reconnected: kept as they were


_FROM_SOURCE = {
    Source.REGISTRY: QT_TRANSLATE_NOOP("Origin", "From Wink Desktop's list of providers."),
    Source.AUTOCONFIG: QT_TRANSLATE_NOOP(
        "Origin", "From your provider's own configuration file (autoconfig)."
    ),
    Source.ISPDB: QT_TRANSLATE_NOOP("Origin", "From Thunderbird's database of providers (ISPDB)."),
    Source.SRV: QT_TRANSLATE_NOOP("Origin", "From your domain's DNS records (SRV)."),
    Source.MX: QT_TRANSLATE_NOOP(
        "Origin", "From your domain's DNS records (MX): the provider that receives its mail."
    ),
    Source.GUESS: QT_TRANSLATE_NOOP(
        "Origin", "A guess from the domain's name, confirmed by a server that answered."
    ),
}
_SAVED = QT_TRANSLATE_NOOP("Origin", "The settings saved for this mailbox.")
_VERIFIED = QT_TRANSLATE_NOOP("Origin", "Verified source: it came over a secure channel.")
_UNVERIFIED = QT_TRANSLATE_NOOP(
    "Origin",
    "Unverified source: it came over a channel anyone on the network could alter. "
    "Check these servers against your provider's help pages.",
)


@dataclass(frozen=True)
class Resolution:
    """Which provider and which servers, and why (the answer of :meth:`ConnectFlow.resolve`).

    Attributes:
        provider: the provider, when we know it.
        oauth: its browser sign-in, when it signs in that way (servers then come from it).
        imap: the incoming server to propose.
        smtp: the outgoing server to propose.
        origin: where they came from.
        trusted: False when they came over an unauthenticated channel.
        source: which discovery source (or the bundled list) gave them, when one did.
        unavailable: why the browser sign-in chosen cannot happen in this build (no client
            id, and the provider takes no password): shown where it was chosen.
    """

    provider: Provider | None = None
    oauth: OAuthProviderSpec | None = None
    imap: ServerSettings | None = None
    smtp: ServerSettings | None = None
    origin: Origin = Origin.NONE
    trusted: bool = True
    source: Source | None = None
    unavailable: WinkError | None = None

    @property
    def detected(self) -> bool:
        """Whether the form marks the servers "detected automatically"."""
        return self.origin in {Origin.DISCOVERED, Origin.PROVIDER}

    @property
    def provenance(self) -> tuple[str, str]:
        """Where the servers came from and whether that source is verified, in words.

        English source texts (context ``Origin``); empty when the user types the servers.
        """
        if self.origin is Origin.SAVED:
            return _SAVED, ""
        if self.origin is Origin.NONE or self.source is None:
            return "", ""
        return _FROM_SOURCE[self.source], _VERIFIED if self.trusted else _UNVERIFIED

    @property
    def ready(self) -> bool:
        """A trusted answer gave both servers: the password goes straight to the test.

        A guess is never ready, even one a valid certificate confirmed: the user sees
        the guessed servers on the form before a password goes there.
        """
        return (
            self.oauth is None
            and self.imap is not None
            and self.smtp is not None
            and self.trusted
            and self.origin in {Origin.DISCOVERED, Origin.PROVIDER}
            and self.source is not Source.GUESS
        )

    @property
    def untrusted(self) -> bool:
        """Whether the user must vouch for the servers before a password goes there."""
        return self.origin is Origin.DISCOVERED and not self.trusted


@dataclass(frozen=True)
class SignInPorts:
    """What a browser sign-in needs: the clients by provider id, the receiver, the browser."""

    clients: Mapping[str, OAuthClient]
    receiver: Callable[[str], AbstractAsyncContextManager[RedirectReceiver]]
    open_browser: Callable[[str], bool]


@dataclass(frozen=True)
class Failure:
    """An action that failed, with what to show (``error`` has the message and the hint).

    Attributes:
        step: the step whose action failed.
        error: what went wrong; an unexpected exception is shown as a plain WinkError.
        approval_url: the link an administrator opens to approve Wink (admin consent).
    """

    step: Step
    error: WinkError
    approval_url: str = ""


@dataclass(frozen=True)
class BrowserLink:
    """The sign-in page's URL, and whether the browser opened it."""

    url: str
    opened: bool


@dataclass
class FlowState:
    """What the user decided so far. Secrets are held only until the test saved them."""

    email: str = ""
    choice: str | None = None
    resolution: Resolution = field(default_factory=Resolution)
    discovered: Discovered | None = None
    signed_in: SignedIn | None = field(default=None, repr=False)
    imap: ServerSettings | None = None
    smtp: ServerSettings | None = None
    password: str = field(default="", repr=False)
    servers_confirmed: bool = False
    trusted_fingerprints: set[str] = field(default_factory=set)
    allow_plaintext: bool = False
    account: MailAccount | None = None
    reconnecting: MailAccount | None = None
    picking_provider: bool = False

    @property
    def provider(self) -> Provider | None:
        """The chosen (or recommended) provider."""
        return self.resolution.provider

    @property
    def oauth(self) -> OAuthProviderSpec | None:
        """The chosen browser sign-in, if any."""
        return self.resolution.oauth

    @property
    def servers_untrusted(self) -> bool:
        """The servers on the form came from a source nobody authenticated."""
        return self.resolution.untrusted


class FlowEvents:
    """What the flow announces (views connect to the ones they render)."""

    def __init__(self) -> None:
        self.looked_up: Event[Resolution] = Event()
        self.browser_opened: Event[BrowserLink] = Event()
        self.signed_in: Event[SignedIn] = Event()
        self.failed: Event[Failure] = Event()
        self.step: Event[StepResult] = Event()
        self.tested: Event[CheckReport] = Event()
        self.connected: Event[MailAccount] = Event()


def worth_looking_up(text: str) -> bool:
    """Whether ``text`` looks enough like an address to start a lookup."""
    return "@" in text and "." in text.rpartition("@")[2]


class UnconfirmedServersError(WinkError):
    """A test was asked for while untrusted servers were not confirmed."""

    code = ErrorCode.SERVERS_UNCONFIRMED
    message = QT_TRANSLATE_NOOP(
        "Errors", "Confirm the servers on the previous page before Wink signs in."
    )
    hint = ""
