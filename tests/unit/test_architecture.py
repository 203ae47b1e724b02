"""The layering rules hold, and the checks that enforce them really bite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(project / "pyproject.toml")],
        cwd=project,
        env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "wink_desktop", tmp_path / "wink_desktop")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_contract_holds_on_the_real_code(project_copy: Path) -> None:
    result = _lint_imports(project_copy)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line"),
    [
        ("core/models.py", "from PySide6.QtCore import QObject"),
        ("services/__init__.py", "import qasync"),
        ("core/errors.py", "from wink_desktop.infra import paths"),
    ],
)
def test_contract_fails_on_a_forbidden_import(project_copy: Path, module: str, line: str) -> None:
    target = project_copy / "wink_desktop" / module
    target.write_text(f"{line}  # noqa\n" + target.read_text())
    result = _lint_imports(project_copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def test_startup_does_not_import_heavy_modules() -> None:
    # Starting the GUI must stay fast: network and auth libraries load on first use only.
    code = (
        "import sys, wink_desktop.cli, wink_desktop.app, wink_desktop.ui.shell\n"
        "heavy = {'msal', 'google', 'google_auth_oauthlib', 'dns', 'imapclient', 'keyring',"
        " 'requests', 'cryptography', 'platformdirs'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, wink_desktop.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'wink_desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'qasync'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
