"""Shared test setup: headless Qt, the real-server fixtures, GUI hygiene."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

# Before anything imports Qt: no display in CI, and never a real one in tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)

pytest_plugins = ["tests.fixtures.plugin"]


@pytest.fixture(autouse=True)
def _collect_qt_garbage(request: pytest.FixtureRequest) -> Iterator[None]:
    """Old Qt objects (and qasync loops) freed late crash later tests at random."""
    yield
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        gc.collect()
