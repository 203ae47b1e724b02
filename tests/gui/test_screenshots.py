"""``wink-desktop screenshots``: every screen, both languages and scales, as a nobody user.

The command runs in its own processes, as ``nobody``, with a home and XDG folders it
cannot write to, and no display, bus, mail server or network: what a support machine has.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from wink_desktop.cli import main
from wink_desktop.ui.support.render import LANGUAGES, SCALES, THEMES
from wink_desktop.ui.support.scenes import SCENES, SECTIONS

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
#: The venv's interpreter lives in root's home, which nobody may enter: nobody runs the
#: system's Python 3.11 on the venv's packages instead.
SYSTEM_PYTHON = "/usr/bin/python3"
SITE = ROOT / ".venv" / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
NOBODY = "nobody"

#: The screens issue 13 asks for, each by the name of its file.
REQUIRED = {
    "main-not-connected",
    "main-connected",
    "main-checking",
    "main-offline",
    "main-server-error",
    "main-needs-reconnection",
    "main-keyring-unavailable",
    "settings-not-connected",
    "settings-connected",
    "settings-needs-reconnection",
    "settings-keyring-unavailable",
    "settings-collaborator",
    "wizard-address-found",
    "wizard-address-not-found",
    "wizard-address-workspace",
    "wizard-provider-grid",
    "wizard-provider-hint",
    "wizard-browser-waiting",
    "wizard-browser-denied",
    "wizard-identity-mismatch",
    "wizard-admin-approval",
    "wizard-servers-empty",
    "wizard-servers-detected",
    "wizard-servers-untrusted",
    "wizard-servers-field-errors",
    "wizard-test-running",
    "wizard-test-passed",
    "certificate-dialog",
    "plaintext-dialog",
    "wizard-done",
    "wizard-test-email-received",
    "disconnect-confirmation",
    "replace-confirmation",
    # The shorter wizard's screens, a build without client ids, the support kit's own.
    "wizard-address-hint",
    "wizard-servers-guessed",
    "wizard-gmail-app-password",
    "wizard-microsoft-unavailable",
    "about-dialog",
    "test-copy-diagnostics",
    "settings-start-with-session",
}
#: Screens that change with time or focus if anything is left to chance.
VOLATILE = [
    "main-connected",
    "wizard-address-found",
    "wizard-identity-mismatch",
    "wizard-test-running",
    "wizard-test-passed",
    "certificate-dialog",
    "wizard-test-email-received",
    "wizard-servers-field-errors",
]


@pytest.fixture
def sandbox() -> Iterator[Path]:
    """A folder nobody can reach, with a read-only home and a writable output folder."""
    top = Path(tempfile.mkdtemp(prefix="wink-shots-", dir="/tmp"))
    top.chmod(0o755)
    home = top / "home"
    for sub in ("home", "home/.config", "home/.local/share", "home/.cache", "run", "out"):
        (top / sub).mkdir(parents=True, exist_ok=True)
    shutil.chown(top / "out", NOBODY)
    shutil.chown(top / "run", NOBODY)
    (top / "run").chmod(0o700)
    for folder in (home / ".config", home / ".local/share", home / ".cache", home):
        folder.chmod(0o555)  # nobody may read it, not write to it
    yield top
    shutil.rmtree(top, ignore_errors=True)


def as_nobody(sandbox: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``wink-desktop ARGS`` as nobody, in the sandbox, with no display, bus or keyring."""
    home = sandbox / "home"
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(sandbox / "run"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": f"{ROOT}:{SITE / 'site-packages'}",
        "LANG": "C.UTF-8",
    }
    command = [
        "runuser",
        "-u",
        NOBODY,
        "--",
        "env",
        "-i",
        *(f"{key}={value}" for key, value in environment.items()),
        SYSTEM_PYTHON,
        "-s",
        "-m",
        "wink_desktop",
        *args,
    ]
    return subprocess.run(
        command, cwd=sandbox, capture_output=True, text=True, timeout=280, check=False
    )


def written_files(sandbox: Path) -> set[Path]:
    return {p for p in (sandbox / "home").rglob("*") if p.is_file()}


@pytest.mark.timeout(300)
def test_every_screen_is_drawn_in_both_languages_and_scales_by_a_nobody_user(
    sandbox: Path,
) -> None:
    out = sandbox / "out" / "shots"
    started = time.monotonic()
    result = as_nobody(sandbox, "screenshots", "--out", str(out))
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert elapsed < 120, elapsed  # the budget for the whole set
    assert written_files(sandbox) == set()  # nothing in the home folder

    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    names = {scene.name for scene in SCENES}
    assert names >= REQUIRED
    assert [s["id"] for s in index["sections"]] == [key for key, _ in SECTIONS]
    assert {scene.section for scene in SCENES} == {key for key, _ in SECTIONS}
    files = index["files"]
    assert len(files) == len(SCENES) * len(LANGUAGES) * len(THEMES) * len(SCALES)
    for entry in files:
        path = out / entry["file"]
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
        assert entry["file"] == (f"{entry['lang']}/{entry['theme']}/{entry['scale']}x/{path.name}")
        caption = entry["caption"]
        assert caption["fr"], entry
        assert caption["en"], entry
        assert caption["fr"] != caption["en"], entry  # translated, not an English stub
    # 2x pictures have twice the pixels of 1x ones (the same screen, at double density).
    for lang in LANGUAGES:
        for theme in THEMES:
            one = sorted((out / lang / theme / "1x").glob("*.png"))
            two = sorted((out / lang / theme / "2x").glob("*.png"))
            assert [p.name for p in one] == [p.name for p in two]
            for small, large in zip(one, two, strict=True):
                a, b = QImage(str(small)), QImage(str(large))
                assert (b.width(), b.height()) == (2 * a.width(), 2 * a.height()), small.name
    # The dark theme is drawn dark, the light one light (the main window's background).
    for theme, dark in (("light", False), ("dark", True)):
        picture = QImage(str(out / "fr" / theme / "1x" / "01-main-not-connected.png"))
        corner = picture.pixelColor(picture.width() - 20, picture.height() - 20)
        assert (corner.lightness() < 128) == dark, (theme, corner.name())

    # The same bytes again, from another run by another user (root, here).
    again = sandbox / "again"
    only = [arg for name in VOLATILE for arg in ("--only", name)]
    rerun = subprocess.run(
        [
            *(str(PYTHON), "-m", "wink_desktop", "screenshots", "--out", str(again)),
            *("--lang", "fr", "--scale", "1", "--theme", "all", *only),
        ],
        capture_output=True,
        text=True,
        timeout=200,
        check=False,
        env={**os.environ, "TZ": "Pacific/Auckland", "LANG": "en_US.UTF-8"},
    )
    assert rerun.returncode == 0, rerun.stderr
    for theme in THEMES:
        redrawn = sorted((again / "fr" / theme / "1x").glob("*.png"))
        assert len(redrawn) == len(VOLATILE)
        for path in redrawn:
            first = out / "fr" / theme / "1x" / path.name
            assert path.read_bytes() == first.read_bytes(), (theme, path.name)


def test_the_commands_are_listed_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "screenshots" in text
    assert "guide" in text


def test_no_scene_name_is_used_twice() -> None:
    names = [scene.name for scene in SCENES]
    assert len(names) == len(set(names))


def test_a_folder_that_cannot_be_written_is_said_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code = main(["--lang", "en", "screenshots", "--out", str(blocker / "shots"), "--lang", "fr"])
    assert code == 1
    err = capsys.readouterr().err
    assert "Cannot write to" in err
    assert str(blocker / "shots") in err
