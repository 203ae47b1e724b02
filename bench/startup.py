"""Start-up time: process start to the main window painted, against a bare PySide6 window.

Both processes stop the same way, right after their window's first paint
(``os._exit``, so neither pays for tear-down). Run from the repository root::

    .venv/bin/python -m bench.startup [REPETITIONS]

Target: <= 1.3x.
"""

from __future__ import annotations

import os
import sys

from bench.harness import measure, python_process, report

WINK = """
import os
from wink_desktop import app
app.run(language="fr", on_shown=lambda: os._exit(0))
"""

BARE = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
qt = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(960, 620)
window.show()
qt.processEvents()
os._exit(0)
"""

NAME = "startup (main window painted)"


def main() -> int:
    """Measure and print the ratio."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    result = measure(NAME, python_process(WINK, env), python_process(BARE, env), repeat=repeat)
    return report([result], {NAME: 1.3})


if __name__ == "__main__":
    raise SystemExit(main())
