"""The composition root: one list per kind of extension, and the CLI reads it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wink_desktop import wiring
from wink_desktop.cli import build_parser
from wink_desktop.core.discovery import Source


def test_the_sources_list_is_the_priority_order() -> None:
    built = wiring.discovery_sources()
    assert [s.source for s in built] == [Source(name) for name in wiring.source_names()]


def test_the_cli_offers_exactly_the_wired_sources() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    discover = commands.choices["discover"]  # type: ignore[index]
    option = next(a for a in discover._actions if a.dest == "source")
    assert tuple(option.choices) == wiring.source_names()


def test_selected_sources_only_and_unknown_names_refused() -> None:
    assert [s.source for s in wiring.discovery_sources(["mx", "registry"])] == [
        Source.REGISTRY,
        Source.MX,
    ]
    with pytest.raises(ValueError, match="carrier-pigeon"):
        wiring.discovery_sources(["carrier-pigeon"])


def test_one_oauth_client_per_spec_of_the_catalogue() -> None:
    assert list(wiring.oauth_clients()) == [spec.id for spec in wiring.catalogue().oauth]


def test_importing_the_wiring_builds_nothing() -> None:
    # The GUI starts before any adapter is loaded; `discover --source ispdb` pays only for it.
    code = (
        "import sys, wink_desktop.wiring\n"
        "print(sorted(m for m in sys.modules if m.startswith(('wink_desktop.infra',"
        " 'wink_desktop.providers', 'wink_desktop.services', 'PySide6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
