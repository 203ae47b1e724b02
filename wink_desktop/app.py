"""The composition root: builds the application, wires it and runs the event loop."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from wink_desktop import APP_ID, APP_NAME, __version__
from wink_desktop.ui.i18n import choose_language, install_translators
from wink_desktop.ui.resources import stylesheet
from wink_desktop.ui.shell import Shell


def create_application(argv: list[str], language: str | None = None) -> QApplication:
    """Create (or reuse) the QApplication with our names, style and translations."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Wink")
    app.setDesktopFileName(APP_ID)
    # The translators are children of the application, which keeps them alive.
    install_translators(app, choose_language(language))
    app.setStyleSheet(stylesheet())
    return app


def run(language: str | None = None, on_shown: Callable[[], None] | None = None) -> int:
    """Start the GUI and block until the last window closes.

    Args:
        language: ``fr`` or ``en``; None follows ``$WINK_DESKTOP_LANG`` or the system.
        on_shown: called once the main window is painted, before the event loop runs
            (benchmarks, smoke tests).

    Returns:
        The process exit code.
    """
    app = create_application(sys.argv[:1], language)
    shell = Shell()
    shell.show()
    # Paint the window before loading asyncio and qasync (a fifth of start-up): the user
    # sees Wink at once, and nothing on the first screen needs the async machinery.
    app.processEvents()
    if on_shown is not None:
        on_shown()

    import asyncio  # noqa: PLC0415

    import qasync  # noqa: PLC0415

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quit_requested = asyncio.Event()
    app.aboutToQuit.connect(quit_requested.set)
    with loop:
        loop.run_until_complete(quit_requested.wait())
    return 0
