"""The composition root: the one place (tests aside) that builds concrete infra and providers.

``app.py`` (which adds Qt on top), ``cli.py`` and the GUI tests' shells call these
functions and hand what they built to ``ui`` and ``commands``; those packages never import
this module (an import-linter contract says so). Nothing here imports Qt.

Each kind of extension has one registration point here:

* discovery sources: :data:`DISCOVERY_SOURCES` (in :mod:`wink_desktop.wiring_discovery`,
  which ``discover`` loads alone), whose order is their priority and whose
  names are the CLI's ``--source`` choices;
* OAuth providers: the catalogue's ``oauth`` specs (``providers/registry.py``), each with a
  client made by :func:`wink_desktop.infra.oauth.clients.make_client`;
* password providers: one entry in ``providers/providers.toml`` (and a logo).

Every import of a concrete part is local: ``discover --source ispdb`` pays neither for the
probes nor for OAuth, and the GUI starts before any of them is loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

# Re-exported ("as" says so to mypy): ``discover`` loads the discovery part alone.
from wink_desktop.wiring_discovery import DISCOVERY_SOURCES as DISCOVERY_SOURCES  # noqa: PLC0414
from wink_desktop.wiring_discovery import catalogue as catalogue  # noqa: PLC0414
from wink_desktop.wiring_discovery import discovery_sources as discovery_sources  # noqa: PLC0414
from wink_desktop.wiring_discovery import probes as probes  # noqa: PLC0414
from wink_desktop.wiring_discovery import source_names as source_names  # noqa: PLC0414

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager
    from pathlib import Path

    from wink_desktop.core.account import AccountStore, ProfileSource
    from wink_desktop.core.delivery import DeliveryProbe
    from wink_desktop.core.discovery import DiscoverySource
    from wink_desktop.core.i18n import Translate
    from wink_desktop.core.messages import InboxReader
    from wink_desktop.core.oauth import OAuthClient, RedirectReceiver
    from wink_desktop.core.ports import SecretStore
    from wink_desktop.core.providers import ProviderCatalogue
    from wink_desktop.core.startup import PreferencesStore, SessionStart
    from wink_desktop.infra.diagnostics_journal import JsonJournal
    from wink_desktop.services.diagnostics import ReportParts
    from wink_desktop.services.mailbox import Mailbox
    from wink_desktop.services.records import AccountRecord


# -- accounts, secrets, OAuth ---------------------------------------------------------------


def config_dir() -> Path:
    """The user's configuration folder (account record, profile)."""
    from wink_desktop.infra.paths import AppPaths  # noqa: PLC0415

    return AppPaths.default().config


def app_paths() -> dict[str, Path]:
    """Where Wink Desktop keeps its files: ``config``, ``data`` and ``logs``."""
    from wink_desktop.infra.paths import AppPaths  # noqa: PLC0415

    paths = AppPaths.default()
    return {"config": paths.config, "data": paths.data, "logs": paths.logs}


def setup_logging(*, verbose: bool = False, stderr: bool = False) -> Path:
    """Rotated, redacted logs in the user's log folder; return the log file's path.

    Args:
        verbose: debug level (``--verbose``) instead of info.
        stderr: also log to standard error (the commands, with ``--verbose``).
    """
    from wink_desktop.infra.logs import setup_logging as setup  # noqa: PLC0415

    return setup(verbose=verbose, stderr=stderr)


def log_file() -> Path:
    """The log file (whether or not this process writes to it)."""
    from wink_desktop.infra.logs import LOG_NAME  # noqa: PLC0415
    from wink_desktop.infra.paths import AppPaths  # noqa: PLC0415

    return AppPaths.default().logs / LOG_NAME


def journal() -> JsonJournal:
    """The diagnostics journal (state history, last check) in the user's data folder."""
    from wink_desktop.infra.diagnostics_journal import JsonJournal  # noqa: PLC0415
    from wink_desktop.infra.paths import AppPaths  # noqa: PLC0415

    return JsonJournal(AppPaths.default().data)


def account_store(folder: Path | None = None) -> AccountStore:
    """The JSON account record in ``folder`` (default: the user's configuration folder).

    Each change of the connection's state is noted in the diagnostics :func:`journal`.
    """
    from wink_desktop.infra.account_store import JsonAccountStore  # noqa: PLC0415
    from wink_desktop.infra.diagnostics_journal import JournaledAccountStore  # noqa: PLC0415

    return JournaledAccountStore(JsonAccountStore(folder or config_dir()), journal())


def profile_source(folder: Path | None = None, role_override: str | None = None) -> ProfileSource:
    """Who the user is, from ``profile.json`` (or ``role_override``)."""
    from wink_desktop.core.models import Role  # noqa: PLC0415
    from wink_desktop.infra.profile import FileProfileSource  # noqa: PLC0415

    return FileProfileSource(folder or config_dir(), Role(role_override) if role_override else None)


def profile_path(folder: Path | None = None) -> Path:
    """The ``profile.json`` that :func:`profile_source` reads (the GUI watches it)."""
    from wink_desktop.infra.profile import PROFILE_FILE  # noqa: PLC0415

    return (folder or config_dir()) / PROFILE_FILE


def preferences_store(folder: Path | None = None) -> PreferencesStore:
    """The app's preferences (``preferences.json`` in the configuration folder)."""
    from wink_desktop.infra.preferences import JsonPreferences  # noqa: PLC0415

    return JsonPreferences(folder or config_dir())


def session_start() -> SessionStart:
    """Starting with the user's session, the way this system does it."""
    from wink_desktop.infra.autostart import session_start as adapter  # noqa: PLC0415

    return adapter()


def secret_store() -> SecretStore:
    """The system keyring."""
    from wink_desktop.infra.secrets import KeyringSecretStore  # noqa: PLC0415

    return KeyringSecretStore()


def oauth_clients() -> dict[str, OAuthClient]:
    """One client per OAuth spec of the catalogue, from ``oauth.toml`` (or its override).

    Raises:
        OAuthConfigError: the configuration file is unreadable or incomplete.
    """
    from wink_desktop.infra.oauth.clients import make_client  # noqa: PLC0415
    from wink_desktop.infra.oauth.config import load_oauth_config  # noqa: PLC0415

    config = load_oauth_config()
    return {spec.id: make_client(spec.id, config[spec.id]) for spec in catalogue().oauth}


def mailbox(
    accounts: AccountStore | AccountRecord | None = None,
    secrets: SecretStore | None = None,
    clients: Mapping[str, OAuthClient] | None = None,
) -> Mailbox:
    """The Mailbox service on the real adapters (or on those given).

    Its checks are kept in the diagnostics :func:`journal` (steps, timings, error codes).
    """
    from wink_desktop.infra.diagnostics_journal import RecordingProbe  # noqa: PLC0415
    from wink_desktop.services.mailbox import Mailbox  # noqa: PLC0415

    kept = journal()
    return Mailbox(
        accounts if accounts is not None else account_store(),
        secrets if secrets is not None else secret_store(),
        {protocol: RecordingProbe(probe, kept) for protocol, probe in probes().items()},
        clients if clients is not None else oauth_clients(),
        catalogue(),
    )


class Parts(NamedTuple):
    """Everything the windows use, built from the real adapters (``ui`` wraps it)."""

    mailbox: Mailbox
    profile: ProfileSource
    discovery_sources: Callable[[], Sequence[DiscoverySource]]
    oauth_clients: Mapping[str, OAuthClient]
    receiver: Callable[[str], AbstractAsyncContextManager[RedirectReceiver]]
    inbox: InboxReader
    catalogue: ProviderCatalogue
    delivery: DeliveryProbe
    #: ``(language, qt_version)`` → the masked diagnostics report (blocking).
    diagnostics: Callable[[str, str | None], dict[str, Any]] | None = None


def parts(
    translate: Translate,
    *,
    accounts: AccountStore | AccountRecord | None = None,
    profile: ProfileSource | None = None,
    secrets: SecretStore | None = None,
    sources: Callable[[], Sequence[DiscoverySource]] | None = None,
) -> Parts:
    """The services and ports of the GUI; tests pass their own stores and sources.

    Raises:
        OAuthConfigError: the OAuth configuration file is unreadable or incomplete.
    """
    from wink_desktop.infra.delivery import SmtpDelivery  # noqa: PLC0415
    from wink_desktop.infra.imap_reader import ImapInboxReader  # noqa: PLC0415
    from wink_desktop.infra.oauth.loopback import LoopbackReceiver  # noqa: PLC0415

    clients = oauth_clients()
    service = mailbox(accounts, secrets, clients)
    who = profile if profile is not None else profile_source()
    finder = sources or discovery_sources

    def diagnostics(language: str, qt_version: str | None) -> dict[str, Any]:
        from wink_desktop.services.diagnostics import collect  # noqa: PLC0415

        return collect(
            report_parts(
                language,
                qt_version,
                account=service.current,
                profile=who,
                secrets=secrets,
                sources=finder,
            )
        )

    return Parts(
        mailbox=service,
        profile=who,
        discovery_sources=finder,
        oauth_clients=clients,
        receiver=lambda state: LoopbackReceiver(state, translate),
        inbox=ImapInboxReader(),
        catalogue=catalogue(),
        delivery=SmtpDelivery(),
        diagnostics=diagnostics,
    )


# -- diagnostics ----------------------------------------------------------------------------


def report_parts(
    language: str,
    qt_version: str | None,
    *,
    network: bool = True,
    account: Callable[[], Any] | None = None,
    profile: ProfileSource | None = None,
    secrets: SecretStore | None = None,
    sources: Callable[[], Sequence[DiscoverySource]] | None = None,
) -> ReportParts:
    """Where each part of the diagnostics report comes from, on the real adapters.

    ``network=False`` skips discovery (``--no-network``); ``account``, ``profile``,
    ``secrets`` (read only to mask the saved secret) and ``sources`` replace the real
    account file, ``profile.json``, keyring and discovery sources.
    """
    from wink_desktop import __version__  # noqa: PLC0415
    from wink_desktop.infra import diagnostics_sources as local  # noqa: PLC0415
    from wink_desktop.infra.logs import REDACTOR  # noqa: PLC0415
    from wink_desktop.services.diagnostics import ReportParts  # noqa: PLC0415

    store = secrets if secrets is not None else secret_store()
    who = profile if profile is not None else profile_source()

    def discover(email: str) -> Any:
        from wink_desktop.services.discovery import discover_blocking  # noqa: PLC0415

        return discover_blocking(email, (sources or discovery_sources)())

    path = log_file()
    return ReportParts(
        version=__version__,
        language=language,
        oauth=local.oauth_enabled,
        system=lambda: local.system_info(qt_version),
        role=lambda: who.current().role.value,
        account=account or account_store().load,
        journal=journal(),
        keyring=local.keyring_backend,
        secret=lambda saved: store.get(saved.secret_key),
        catalogue=catalogue(),
        discover=discover if network else None,
        log_file=path,
        log_tail=lambda: local.log_tail(path),
        redact=REDACTOR.redact,
    )


def sign_in_status() -> tuple[list[str] | None, list[str]]:
    """The browser sign-ins this build has a client id for, and those it lacks (names).

    ``(None, [])`` when ``oauth.toml`` is unreadable or incomplete (said, never raised).
    """
    from wink_desktop.infra.oauth.config import OAuthConfigError, load_oauth_config  # noqa: PLC0415

    try:
        config = load_oauth_config()
    except OAuthConfigError:
        return None, []
    specs = catalogue().oauth
    enabled = [spec.name for spec in specs if config[spec.id].configured]
    return enabled, [spec.name for spec in specs if not config[spec.id].configured]
