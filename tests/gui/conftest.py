from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.shells import BUNDLED_OAUTH, make_shell, shown_shell
from wink_desktop.ui.i18n import install_translators
from wink_desktop.ui.resources import stylesheet
from wink_desktop.ui.shell import Shell


@pytest.fixture(autouse=True, scope="session")
def _app_style(qapp: QApplication) -> None:
    """The app's style sheet, so windows (and screenshots) look as users see them."""
    qapp.setStyleSheet(stylesheet())


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


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """asyncio on Qt's loop, as in the app (qasync); coroutines run while Qt processes events."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    # Never loop.stop(): it would quit the QApplication and break later waits. Cancel what
    # is left, let the cancellations run, then un-register the loop by hand.
    for task in asyncio.all_tasks(loop):
        task.cancel()
    for _ in range(5):
        qapp.processEvents()
    asyncio.events._set_running_loop(None)
    qapp.aboutToQuit.disconnect(loop._after_run_forever)
    loop._after_run_forever()
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined] # qasync's own flag
    loop.close()
    asyncio.set_event_loop(None)
    gc.collect()


@pytest.fixture
def bundled_shell(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Shell:
    """The shown main window on the app's own oauth.toml: for looks and object names."""
    monkeypatch.setenv("WINK_OAUTH_CONFIG", str(BUNDLED_OAUTH))
    shell = make_shell(tmp_path)
    qtbot.addWidget(shell.main_window)
    shell.show()
    return shell


@pytest.fixture
def no_ids_shell(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> Iterator[Shell]:
    """The app on the shipped oauth.toml without client ids, as ``packaging/build`` makes it."""
    del language
    shipped = tmp_path / "oauth.toml"
    shipped.write_text(BUNDLED_OAUTH.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("WINK_OAUTH_CONFIG", str(shipped))
    config = tmp_path / "config"
    monkeypatch.setenv("WINK_CONFIG_DIR", str(config))
    with shown_shell(qtbot, config) as shell:
        yield shell
