"""A smoke test of an installed build: open the main window, save a picture of it, exit.

Packaging tests and the cold-start benchmark run ``wink-desktop gui --smoke-screenshot
PATH`` on an installed bundle: the real start-up path creates and paints the main window,
then this saves what was painted, so a bundle missing a Qt plugin, a library, a style or
an icon fails in a way a test can see.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMainWindow

#: Exit codes of the smoke run: the picture was saved; no main window was on screen.
SMOKE_OK = 0
SMOKE_FAILED = 1


def screenshot_then_exit(path: str) -> Callable[[], None]:
    """A callback for :func:`wink_desktop.app.run`'s ``on_shown``.

    Args:
        path: where to save the main window as painted (PNG).

    Returns:
        The callback; it ends the process (``os._exit``: nothing to tear down, as a user
        quitting at once would, and no shutdown cost in the benchmark's figure).
    """

    def shown() -> None:
        windows = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMainWindow) and widget.isVisible()
        ]
        saved = bool(windows) and windows[0].grab().save(path, "PNG")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(SMOKE_OK if saved else SMOKE_FAILED)

    return shown
