"""A tiny benchmark harness: run candidates and baselines in turns, print median ratios.

Every figure is a ratio against a baseline measured in the same run, on the same machine,
interleaved with it, so the machine's speed cancels out. Benchmarks are never tests.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """Medians (seconds) of one candidate and its baseline, and their ratio."""

    name: str
    candidate: float
    baseline: float

    @property
    def ratio(self) -> float:
        return self.candidate / self.baseline


def measure(
    name: str,
    candidate: Callable[[], None],
    baseline: Callable[[], None],
    repeat: int = 9,
    warmup: int = 2,
) -> Result:
    """Time ``candidate`` and ``baseline`` alternately; return the medians."""
    for _ in range(warmup):
        candidate()
        baseline()
    cand: list[float] = []
    base: list[float] = []
    for _ in range(repeat):
        for fn, out in ((candidate, cand), (baseline, base)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return Result(name, statistics.median(cand), statistics.median(base))


def measure_many(
    operations: dict[str, Callable[[], None]], repeat: int = 9, warmup: int = 1
) -> dict[str, float]:
    """Time several operations in turns; return each one's median (seconds)."""
    for _ in range(warmup):
        for fn in operations.values():
            fn()
    samples: dict[str, list[float]] = {name: [] for name in operations}
    for _ in range(repeat):
        for name, fn in operations.items():
            start = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def python_process(code: str, env: dict[str, str] | None = None) -> Callable[[], None]:
    """A callable that runs ``code`` in a fresh interpreter and checks it succeeded."""

    def run() -> None:
        subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)

    return run


def report(results: Sequence[Result], targets: dict[str, float]) -> int:
    """Print one line per result; return 1 if a ratio misses its target."""
    missed = 0
    for result in results:
        target = targets.get(result.name)
        verdict = ""
        if target is not None:
            ok = result.ratio <= target
            missed += not ok
            verdict = f"  target <= {target:.2f}x: {'met' if ok else 'MISSED'}"
        print(
            f"{result.name}: {result.ratio:.2f}x "
            f"(median {result.candidate * 1000:.0f} ms vs baseline {result.baseline * 1000:.0f} ms)"
            f"{verdict}"
        )
    return 1 if missed else 0
