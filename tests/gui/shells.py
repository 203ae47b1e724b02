"""Shells for GUI tests: the real windows and services, on a config folder of the test's."""

from __future__ import annotations

import webbrowser
from pathlib import Path

from wink_desktop import wiring
from wink_desktop.app import context_of
from wink_desktop.core.models import Role
from wink_desktop.ui.context import AppContext
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.shell import Shell

#: The oauth.toml shipped with the app (real client ids; tests never reach the providers).
BUNDLED_OAUTH = Path(__file__).resolve().parents[2] / "resources" / "oauth.toml"


def make_shell(config: Path, role: Role | None = None) -> Shell:
    """The app's shell, its account and profile in ``config``, discovery from the registry."""
    store = wiring.account_store(config)
    profile = wiring.profile_source(config, role.value if role else None)

    def context() -> AppContext:
        parts = wiring.parts(
            translate,
            accounts=store,
            profile=profile,
            sources=lambda: wiring.discovery_sources(["registry"]),
        )
        return context_of(parts, webbrowser.open)

    return Shell(store, profile, context, catalogue=wiring.catalogue)
