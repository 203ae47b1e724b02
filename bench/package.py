"""The Linux packages: sizes against the 60 MB target, installed size, and cold start.

Builds with ``packaging/build.py`` if needed (reused when unchanged), unpacks the .deb into
a scratch root (as the package test does outside CI), then measures, interleaved, the
start of the installed bundle and of the development venv's ``wink-desktop``: both run
``wink-desktop gui --smoke-screenshot``, which times process start to the main window
painted (then saves it and exits). Run from the repository root::

    .venv/bin/python -m bench.package [REPETITIONS]

Targets: the .deb and the tarball <= 60 MB each; cold start <= 1.5x the venv's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.harness import measure, report
from wink_desktop import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
DEB = DIST / f"{APP_ID}_{__version__}_amd64.deb"
TARBALL = DIST / f"{APP_ID}-{__version__}-linux-x86_64.tar.xz"
SIZE_TARGET_MB = 60.0
NAME = "cold start (installed bundle vs venv, main window painted)"


def _starter(command: Path, scratch: Path) -> Callable[[], None]:
    """Runs ``command`` up to the main window's first paint, in a private home."""
    runtime = scratch / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "WINK_DESKTOP_HOME": str(scratch / "home"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    picture = scratch / "main.png"

    def run() -> None:
        subprocess.run(
            [str(command), "--lang", "fr", "gui", "--smoke-screenshot", str(picture)],
            env=env,
            check=True,
            capture_output=True,
        )

    return run


def _tree_size(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())


def main() -> int:
    """Build if needed, print the sizes and the start-up ratio; 1 if a target is missed."""
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], env=env, check=True)
    missed = 0
    for made in (DEB, TARBALL):
        size = made.stat().st_size / 1e6
        ok = size <= SIZE_TARGET_MB
        missed += not ok
        verdict = "met" if ok else "MISSED"
        print(f"{made.name}: {size:.1f} MB  target <= {SIZE_TARGET_MB:.0f} MB: {verdict}")
    declared = subprocess.run(
        ["dpkg-deb", "-f", str(DEB), "Installed-Size"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="wink-bench-package-") as scratch:
        where = Path(scratch)
        root = where / "root"
        subprocess.run(["dpkg-deb", "-x", str(DEB), str(root)], check=True)  # noqa: S607
        print(
            f"installed size: {_tree_size(root) / 1e6:.1f} MB "
            f"(control file's Installed-Size: {int(declared) / 1024:.1f} MiB)"
        )
        installed = _starter(root / "opt" / APP_ID / APP_ID, where / "installed")
        venv = _starter(ROOT / ".venv" / "bin" / APP_ID, where / "venv")
        result = measure(NAME, installed, venv, repeat=repeat)
    return report([result], {NAME: 1.5}) or missed


if __name__ == "__main__":
    raise SystemExit(main())
