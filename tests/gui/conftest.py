from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from wink_desktop.ui.i18n import install_translators


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Run the test in French, then in English."""
    lang: str = request.param
    translators = install_translators(qapp, lang)
    yield lang
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
