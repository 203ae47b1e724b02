"""The demo world the screenshots show: a fictional recruiting agency, on the demo fakes.

"Atelier Talents" and its addresses are made up: every domain ends in ``.example``
(reserved, RFC 2606), so no picture shows a real person's address. Dates are fixed and
nothing here measures time, so two runs draw the same pixels. Nothing here holds a real
secret either: the demo password only ever lives in the in-memory probe.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import Any

from wink_desktop.core.account import MailAccount, UserProfile
from wink_desktop.core.checks import (
    CertificateInfo,
    CertificateProblem,
    Problem,
    Protocol,
    Step,
)
from wink_desktop.core.discovery import Discovered, Source, Stop
from wink_desktop.core.messages import MessageHeader
from wink_desktop.core.models import AuthMethod, ConnectionState, Role, Security
from wink_desktop.core.oauth import OAuthProviderConfig, OAuthServer
from wink_desktop.core.probing import CheckOptions
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.core.settings import Credentials, ServerSettings
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.probes import ScriptedProbe
from wink_desktop.demo.stores import MemoryAccountStore, MemorySecretStore
from wink_desktop.services.mailbox import Mailbox
from wink_desktop.ui.context import AppContext

AGENCY = "Atelier Talents"
#: The agency's own domain, its mail hosted at OVHcloud (found through the ISP database).
DOMAIN = "atelier-talents.example"
#: A partner agency on Google Workspace (found through its MX record).
WORKSPACE_DOMAIN = "cabinet-horizon.example"
#: A domain discovery finds nothing for.
UNKNOWN_DOMAIN = "talents-du-nord.example"
#: A domain whose settings came over DNS without DNSSEC (unverified).
UNTRUSTED_DOMAIN = "recrutement-sud.example"
#: A domain found by nothing but guessing its servers' names.
GUESSED_DOMAIN = "interim-ouest.example"
#: A freelance recruiter's own domain, its mail at iCloud+ (found through its MX record).
ICLOUD_DOMAIN = "chasseur-de-talents.example"
#: A client company on Microsoft 365 (found through its MX record).
MICROSOFT_DOMAIN = "groupe-azur.example"

EMAIL = f"camille.martin@{DOMAIN}"
WORKSPACE_EMAIL = f"lea.bernard@{WORKSPACE_DOMAIN}"
OTHER_WORKSPACE_EMAIL = f"contact@{WORKSPACE_DOMAIN}"
UNKNOWN_EMAIL = f"hugo.petit@{UNKNOWN_DOMAIN}"
UNTRUSTED_EMAIL = f"ines.moreau@{UNTRUSTED_DOMAIN}"
GUESSED_EMAIL = f"paul.durand@{GUESSED_DOMAIN}"
ICLOUD_EMAIL = f"chloe.simon@{ICLOUD_DOMAIN}"
MICROSOFT_EMAIL = f"manon.laurent@{MICROSOFT_DOMAIN}"
#: The demo password the scripted servers accept (drawn as dots, never as text).
DEMO_PASSWORD = "demo-password"  # noqa: S105 - a fake server's fake password

OVH_IMAP = ServerSettings("ssl0.ovh.net", 993, Security.SSL, None)
OVH_SMTP = ServerSettings("ssl0.ovh.net", 465, Security.SSL, None)
ICLOUD_IMAP = ServerSettings("imap.mail.me.com", 993, Security.SSL, None)
ICLOUD_SMTP = ServerSettings("smtp.mail.me.com", 587, Security.STARTTLS, None)
CONNECTED_SINCE = "2026-09-14T08:30:00+00:00"
LAST_CHECK = "2026-11-30T09:15:00+00:00"

#: The admin-consent link a Microsoft 365 tenant's administrator opens.
ADMIN_URL = "https://login.microsoftonline.com/organizations/adminconsent?client_id=demo"

#: The agency's own server, whose certificate its IT department signed.
OWN_SERVER = f"mail.{DOMAIN}"
#: That server's certificate (refused: an unknown authority), with a fixed fingerprint.
CERTIFICATE = CertificateInfo(
    subject=OWN_SERVER,
    issuer=f"{AGENCY} internal CA",
    names=(OWN_SERVER,),
    not_before="2026-01-05T09:00:00+00:00",
    not_after="2027-01-05T09:00:00+00:00",
    sha256=":".join(f"{(n * 37 + 11) % 256:02X}" for n in range(32)),
    problem=CertificateProblem.UNKNOWN_ISSUER,
)

#: The main window's latest messages: (sender, subject, date).
MESSAGES: tuple[tuple[str, str, str], ...] = (
    ("Julie Lefèvre", "Candidature : Chargée de recrutement (CDI, Lyon)", "2026-11-30T08:42:00Z"),
    ("Thomas Girard", "Re: Entretien de jeudi 10 h", "2026-11-29T17:05:00Z"),
    ("Sarah Roux", "Mon CV mis à jour", "2026-11-29T11:20:00Z"),
    ("Nicolas Fournier", "Disponibilités pour un échange", "2026-11-28T15:48:00Z"),
    ("Emma Mercier", "Candidature spontanée : comptable", "2026-11-28T09:12:00Z"),
    ("Lucas Blanc", "Re: Proposition d'embauche", "2026-11-27T16:30:00Z"),
)


def account(
    state: ConnectionState = ConnectionState.CONNECTED, *, oauth: str | None = None
) -> MailAccount:
    """The agency's connected mailbox (a password one, or ``oauth``'s sign-in)."""
    if oauth is not None:
        config = oauth_config(oauth)
        return MailAccount(
            WORKSPACE_EMAIL,
            AuthMethod.OAUTH2,
            ServerSettings(config.imap.host, config.imap.port, config.imap.security),
            ServerSettings(config.smtp.host, config.smtp.port, config.smtp.security),
            provider=oauth,
            connected_since=CONNECTED_SINCE,
            last_check=LAST_CHECK,
            state=state,
        )
    return MailAccount(
        EMAIL,
        AuthMethod.PASSWORD,
        OVH_IMAP,
        OVH_SMTP,
        provider="ovh",
        connected_since=CONNECTED_SINCE,
        last_check=LAST_CHECK,
        state=state,
    )


#: The mail servers the pictures show for each browser sign-in (the providers' own).
_OAUTH_SERVERS = {
    "google": (
        OAuthServer("imap.gmail.com", 993, Security.SSL),
        OAuthServer("smtp.gmail.com", 465, Security.SSL),
    ),
    "microsoft": (
        OAuthServer("outlook.office365.com", 993, Security.SSL),
        OAuthServer("smtp.office365.com", 587, Security.STARTTLS),
    ),
}


def oauth_config(provider: str, *, configured: bool = True) -> OAuthProviderConfig:
    """The demo sign-in's configuration, with the provider's real server names to show."""
    config = demo_config(provider, configured=configured)
    servers = _OAUTH_SERVERS.get(provider)
    if servers is None:
        return config
    return replace(config, imap=servers[0], smtp=servers[1])


class _Table:
    """A discovery source answering from a table of domains (no network, at once)."""

    source = Source.REGISTRY
    start_delay = 0.0

    def __init__(self, answers: dict[str, Discovered]) -> None:
        self._answers = answers

    def lookup(self, email: str, stop: Stop) -> Discovered | None:
        """What the table holds for the address's domain (with this address)."""
        del stop
        found = self._answers.get(email.rpartition("@")[2].lower())
        return found._replace(email=email) if found is not None else None


def discovery() -> list[_Table]:
    """What discovery finds for the demo domains (nothing for the unknown one)."""
    return [
        _Table(
            {
                DOMAIN: Discovered(EMAIL, Source.ISPDB, True, OVH_IMAP, OVH_SMTP, provider="ovh"),
                WORKSPACE_DOMAIN: Discovered(
                    WORKSPACE_EMAIL, Source.MX, True, None, None, provider="google"
                ),
                ICLOUD_DOMAIN: Discovered(
                    ICLOUD_EMAIL, Source.MX, True, ICLOUD_IMAP, ICLOUD_SMTP, provider="icloud"
                ),
                MICROSOFT_DOMAIN: Discovered(
                    MICROSOFT_EMAIL, Source.MX, True, None, None, provider="microsoft"
                ),
                GUESSED_DOMAIN: Discovered(
                    GUESSED_EMAIL,
                    Source.GUESS,
                    True,
                    ServerSettings(f"imap.{GUESSED_DOMAIN}", 993, Security.SSL),
                    ServerSettings(f"smtp.{GUESSED_DOMAIN}", 465, Security.SSL),
                ),
                UNTRUSTED_DOMAIN: Discovered(
                    UNTRUSTED_EMAIL,
                    Source.SRV,
                    False,
                    ServerSettings(f"mail.{UNTRUSTED_DOMAIN}", 993, Security.SSL),
                    ServerSettings(f"mail.{UNTRUSTED_DOMAIN}", 587, Security.STARTTLS),
                ),
            }
        )
    ]


@dataclass
class Script:
    """How one scene's fakes behave.

    Attributes:
        imap_problem: the incoming server fails with this (at ``fail_at``).
        fail_at: the failing step.
        smtp_too: the outgoing server fails the same way (offline: nothing answers).
        browser: the user's browser and the sign-in's outcome.
        keyring: False: no secure password storage on this computer.
        gate: held closed, the incoming server never greets (a test in progress).
        save_gate: held closed, the password is never stored (both servers passed).
        client_ids: False: a build without the browser sign-ins' client ids.
    """

    imap_problem: Problem | None = None
    fail_at: Step = Step.SIGN_IN
    smtp_too: bool = False
    browser: ScriptedBrowser = field(default_factory=ScriptedBrowser)
    keyring: bool = True
    gate: threading.Event | None = None
    save_gate: threading.Event | None = None
    client_ids: bool = True


class _GatedSecrets(MemorySecretStore):
    """A keyring whose writes wait for a gate (runs in a worker: never the GUI thread)."""

    def __init__(self, gate: threading.Event | None, *, available: bool) -> None:
        super().__init__(available=available)
        self._gate = gate

    def put(self, key: str, secret: str) -> None:
        """Wait for the gate, then store."""
        if self._gate is not None:
            self._gate.wait()
        super().put(key, secret)


class _FixedProfile:
    def __init__(self, role: Role) -> None:
        self._role = role

    def current(self) -> UserProfile:
        return UserProfile("Camille Martin", self._role)


class _NoInbox:
    def latest(
        self,
        email: str,
        server: ServerSettings,
        credentials: Credentials,
        options: CheckOptions,
        count: int = 20,
    ) -> list[MessageHeader]:
        del email, server, credentials, options, count
        return []


def profile(role: Role = Role.ADMIN) -> _FixedProfile:
    """The demo user, with ``role``."""
    return _FixedProfile(role)


def context(catalogue: ProviderCatalogue, script: Script) -> AppContext:
    """The app's services on the demo fakes, behaving as ``script`` says."""
    probes = {
        Protocol.IMAP: ScriptedProbe(
            Protocol.IMAP,
            password=DEMO_PASSWORD,
            fail=script.imap_problem,
            fail_at=script.fail_at,
            gate=script.gate,
            gate_at=Step.GREETING,
        ),
        Protocol.SMTP: ScriptedProbe(
            Protocol.SMTP,
            password=DEMO_PASSWORD,
            fail=script.imap_problem if script.smtp_too else None,
            fail_at=script.fail_at,
        ),
    }
    clients = {
        spec.id: ScriptedOAuthClient(
            oauth_config(spec.id, configured=script.client_ids), admin_url=ADMIN_URL
        )
        for spec in catalogue.oauth
    }
    secrets = _GatedSecrets(script.save_gate, available=script.keyring)
    return AppContext(
        mailbox=Mailbox(MemoryAccountStore(), secrets, probes, clients, catalogue),
        profile=profile(),
        discovery_sources=discovery,
        oauth_clients=clients,
        receiver=script.browser.receiver,
        open_browser=script.browser.open,
        inbox=_NoInbox(),
        catalogue=catalogue,
        diagnostics=_diagnostics,
    )


def _diagnostics(language: str, qt_version: str | None) -> dict[str, Any]:
    """The report "Copy the diagnostics" puts on the clipboard (the picture shows its note)."""
    return {
        "generated": LAST_CHECK,
        "app": {"version": "demo", "oauth_enabled": {}},
        "system": {"qt": qt_version},
        "language": language,
        "role": Role.ADMIN.value,
        "connection": None,
        "history": [],
        "last_check": None,
        "keyring": {"backend": "demo", "secure": True},
        "log_file": "-",
        "log_tail": [],
    }
