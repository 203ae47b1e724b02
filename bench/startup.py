"""Start-up time: process start to the main window painted, against a bare PySide6 window.

Both processes stop the same way, right after their window's first paint
(``os._exit``, so neither pays for tear-down). Run from the repository root::

    .venv/bin/python -m bench.startup [REPETITIONS]

Target: <= 1.3x. A second line gives the same ratio in CPU time (user + system, from the
children's resource usage, same runs): on a shared machine the wall-clock medians move
with the other processes' load, the CPU time much less.
"""

from __future__ import annotations

import os
import statistics
import sys
from collections.abc import Callable

from bench.harness import Result, measure, python_process, report

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
CPU_NAME = "startup, CPU time (user + system)"


def _cpu_timed(run: Callable[[], None], samples: list[float]) -> Callable[[], None]:
    """``run``, recording the CPU time its child process used in ``samples``."""
    import resource  # noqa: PLC0415 - Unix only; the benchmarks run on Linux

    def timed() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        run()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

    return timed


def main() -> int:
    """Measure and print the ratios (wall clock, then CPU time of the same runs)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    wink_cpu: list[float] = []
    bare_cpu: list[float] = []
    result = measure(
        NAME,
        _cpu_timed(python_process(WINK, env), wink_cpu),
        _cpu_timed(python_process(BARE, env), bare_cpu),
        repeat=repeat,
    )
    # The warm-up runs are left out, as measure() leaves them out of the wall clock.
    cpu = Result(
        CPU_NAME,
        statistics.median(wink_cpu[-repeat:]),
        statistics.median(bare_cpu[-repeat:]),
    )
    return report([result, cpu], {NAME: 1.3, CPU_NAME: 1.3})


if __name__ == "__main__":
    raise SystemExit(main())
