"""Shells for GUI tests: the real windows and services, on a config folder of the test's."""

from __future__ import annotations

import webbrowser
from pathlib import Path

from wink_desktop.core.models import Role
from wink_desktop.infra.account_store import JsonAccountStore
from wink_desktop.infra.imap_reader import ImapInboxReader
from wink_desktop.infra.oauth.loopback import LoopbackReceiver
from wink_desktop.infra.probes import default_probes
from wink_desktop.infra.profile import FileProfileSource
from wink_desktop.infra.secrets import KeyringSecretStore
from wink_desktop.providers.registry import CATALOGUE
from wink_desktop.services import defaults
from wink_desktop.services.mailbox import Mailbox
from wink_desktop.ui.context import AppContext
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.shell import Shell

#: The oauth.toml shipped with the app (real client ids; tests never reach the providers).
BUNDLED_OAUTH = Path(__file__).resolve().parents[2] / "resources" / "oauth.toml"


def make_shell(config: Path, role: Role | None = None) -> Shell:
    """The app's shell, its account and profile in ``config``, discovery from the registry."""
    store = JsonAccountStore(config)
    profile = FileProfileSource(config, role)

    def context() -> AppContext:
        clients = defaults.oauth_clients()
        return AppContext(
            mailbox=Mailbox(store, KeyringSecretStore(), default_probes(), clients),
            profile=profile,
            discovery_sources=lambda: defaults.discovery_sources(["registry"]),
            oauth_clients=clients,
            receiver=lambda state: LoopbackReceiver(state, translate),
            open_browser=webbrowser.open,
            inbox=ImapInboxReader(),
            catalogue=CATALOGUE,
        )

    return Shell(store, profile, context)
