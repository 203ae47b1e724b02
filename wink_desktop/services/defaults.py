"""The standard wiring of sources and clients, for the composition roots (app, CLI)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # `discover` starts fast: it needs neither the mailbox nor OAuth
    from wink_desktop.core.oauth import OAuthClient
    from wink_desktop.services.mailbox import Mailbox


def discovery_sources(selected: list[str] | None = None) -> list[Any]:
    """Every discovery source, wired (or only those named in ``selected``).

    Each source's modules are imported only when it is wanted: ``discover --source
    ispdb`` does not pay for the IMAP and SMTP probes that only guessing uses.
    """
    from wink_desktop.core.discovery import Source  # noqa: PLC0415

    wanted = {Source(name) for name in selected or []} or set(Source)
    sources: list[Any] = []
    directory: Any = None
    ispdb: Any = None
    if wanted & {Source.REGISTRY, Source.MX}:
        from wink_desktop.providers.registry import CATALOGUE  # noqa: PLC0415

        directory = CATALOGUE
    if Source.REGISTRY in wanted:
        from wink_desktop.infra.discovery.registry_source import RegistrySource  # noqa: PLC0415

        sources.append(RegistrySource(directory))
    if wanted & {Source.AUTOCONFIG, Source.ISPDB, Source.MX}:
        from wink_desktop.infra.discovery.autoconfig_source import (  # noqa: PLC0415
            AutoconfigSource,
            IspdbSource,
        )

        ispdb = IspdbSource()
        if Source.AUTOCONFIG in wanted:
            sources.append(AutoconfigSource())
        if Source.ISPDB in wanted:
            sources.append(ispdb)
    if Source.SRV in wanted:
        from wink_desktop.infra.discovery.srv_source import SrvSource  # noqa: PLC0415

        sources.append(SrvSource())
    if Source.MX in wanted:
        from wink_desktop.infra.discovery.mx_source import MxSource  # noqa: PLC0415

        sources.append(MxSource(directory, ispdb))
    if Source.GUESS in wanted:
        from wink_desktop.infra.discovery.guess_source import GuessSource  # noqa: PLC0415
        from wink_desktop.infra.probes import default_probes  # noqa: PLC0415

        # Asked for alone, the last resort starts at once instead of after the others.
        guess_delay = 0.0 if wanted == {Source.GUESS} else 1.0
        sources.append(GuessSource(default_probes(), start_delay=guess_delay))
    return sources


def oauth_clients() -> dict[str, OAuthClient]:
    """The Google and Microsoft clients from ``oauth.toml`` (or ``$WINK_OAUTH_CONFIG``)."""
    from wink_desktop.infra.oauth.config import load_oauth_config  # noqa: PLC0415
    from wink_desktop.infra.oauth.google_client import GoogleClient  # noqa: PLC0415
    from wink_desktop.infra.oauth.microsoft_client import MicrosoftClient  # noqa: PLC0415

    config = load_oauth_config()
    return {
        "google": GoogleClient(config["google"]),
        "microsoft": MicrosoftClient(config["microsoft"]),
    }


def mailbox() -> Mailbox:
    """The Mailbox service on the real adapters (account file, keyring, probes, OAuth)."""
    from wink_desktop.infra.account_store import JsonAccountStore  # noqa: PLC0415
    from wink_desktop.infra.paths import AppPaths  # noqa: PLC0415
    from wink_desktop.infra.probes import default_probes  # noqa: PLC0415
    from wink_desktop.infra.secrets import KeyringSecretStore  # noqa: PLC0415
    from wink_desktop.services.mailbox import Mailbox  # noqa: PLC0415

    return Mailbox(
        JsonAccountStore(AppPaths.default().config),
        KeyringSecretStore(),
        default_probes(),
        oauth_clients(),
    )
