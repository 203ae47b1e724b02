"""The composition root's discovery part: the sources, the catalogue and the probes.

Split from :mod:`wink_desktop.wiring` (which re-exports all of it) because ``discover``
imports this on every run and no more of the composition root: each line costs start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wink_desktop.core.checks import Protocol
    from wink_desktop.core.discovery import DiscoverySource
    from wink_desktop.core.probing import ServerProbe
    from wink_desktop.core.providers import ProviderCatalogue


def catalogue() -> ProviderCatalogue:
    """The bundled providers and the OAuth provider specs."""
    from wink_desktop.providers.registry import CATALOGUE  # noqa: PLC0415

    return CATALOGUE


def probes() -> dict[Protocol, ServerProbe]:
    """The IMAP and SMTP probes."""
    from wink_desktop.infra.probes import default_probes  # noqa: PLC0415

    return default_probes()


# -- discovery sources ----------------------------------------------------------------------


class _Shared:
    """What several sources share within one lookup, made on first use.

    A plain class, like ``Parts`` a named tuple: ``discover`` imports this module on every
    run, and dataclasses (with inspect) would cost it ~5 ms.
    """

    def __init__(self, only: frozenset[str]) -> None:
        self.only = only
        self._ispdb: Any = None

    def ispdb(self) -> Any:
        from wink_desktop.infra.discovery.autoconfig_source import IspdbSource  # noqa: PLC0415

        if self._ispdb is None:
            self._ispdb = IspdbSource()
        return self._ispdb


def _registry(_shared: _Shared) -> DiscoverySource:
    from wink_desktop.infra.discovery.registry_source import RegistrySource  # noqa: PLC0415

    return RegistrySource(catalogue())


def _autoconfig(_shared: _Shared) -> DiscoverySource:
    from wink_desktop.infra.discovery.autoconfig_source import AutoconfigSource  # noqa: PLC0415

    return AutoconfigSource()


def _ispdb(shared: _Shared) -> DiscoverySource:
    source: DiscoverySource = shared.ispdb()
    return source


def _srv(_shared: _Shared) -> DiscoverySource:
    from wink_desktop.infra.discovery.srv_source import SrvSource  # noqa: PLC0415

    return SrvSource()


def _mx(shared: _Shared) -> DiscoverySource:
    from wink_desktop.infra.discovery.mx_source import MxSource  # noqa: PLC0415

    return MxSource(catalogue(), shared.ispdb())


def _guess(shared: _Shared) -> DiscoverySource:
    from wink_desktop.infra.discovery.guess_source import GuessSource  # noqa: PLC0415

    # Asked for alone, the last resort starts at once instead of after the others.
    delay = 0.0 if shared.only == {"guess"} else 1.0
    return GuessSource(probes(), start_delay=delay)


#: Every discovery source, highest priority first: the one list to extend. Its names are
#: the values of :class:`wink_desktop.core.discovery.Source` and the CLI's ``--source``.
DISCOVERY_SOURCES: tuple[tuple[str, Callable[[_Shared], DiscoverySource]], ...] = (
    ("registry", _registry),
    ("autoconfig", _autoconfig),
    ("ispdb", _ispdb),
    ("srv", _srv),
    ("mx", _mx),
    ("guess", _guess),
)


def source_names() -> tuple[str, ...]:
    """The sources' names, in priority order (the CLI's ``--source`` choices)."""
    return tuple(name for name, _build in DISCOVERY_SOURCES)


def discovery_sources(selected: Sequence[str] | None = None) -> list[DiscoverySource]:
    """Every discovery source, fresh and in priority order (or only those in ``selected``).

    Raises:
        ValueError: a name in ``selected`` is not a source's.
    """
    unknown = set(selected or ()) - set(source_names())
    if unknown:
        msg = f"unknown discovery sources: {sorted(unknown)}"
        raise ValueError(msg)
    only = frozenset(selected or source_names())
    shared = _Shared(only)
    return [build(shared) for name, build in DISCOVERY_SOURCES if name in only]
