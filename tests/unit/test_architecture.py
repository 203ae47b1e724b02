"""The layering rules hold, and the checks that enforce them really bite."""

from __future__ import annotations

import re
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
        # ui ↛ infra, providers, wiring
        ("ui/widgets.py", "from wink_desktop.infra import paths"),
        ("ui/widgets.py", "from wink_desktop.providers import registry"),
        ("ui/widgets.py", "from wink_desktop import wiring"),
        # services ↛ infra, providers (they take ports)
        ("services/health.py", "from wink_desktop.infra import secrets"),
        ("services/mailbox.py", "from wink_desktop.providers.registry import CATALOGUE"),
        # commands ↛ infra, providers, wiring (cli.py hands them their parts)
        ("commands/account.py", "from wink_desktop.infra.probes import default_probes"),
        ("commands/check.py", "from wink_desktop.providers import registry"),
        ("commands/discover.py", "from wink_desktop.wiring import discovery_sources"),
        ("commands/discover.py", "from wink_desktop.wiring_discovery import source_names"),
        ("ui/widgets.py", "from wink_desktop import wiring_discovery"),
        ("services/discovery.py", "from wink_desktop.wiring_discovery import catalogue"),
        # the composition root stays Qt-free
        ("wiring.py", "from PySide6.QtCore import QObject"),
        ("wiring_discovery.py", "from PySide6.QtCore import QObject"),
    ],
)
def test_contract_fails_on_a_forbidden_import(project_copy: Path, module: str, line: str) -> None:
    target = project_copy / "wink_desktop" / module
    target.write_text(f"{line}  # noqa\n" + target.read_text())
    result = _lint_imports(project_copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


def test_an_indirect_import_is_refused_too(project_copy: Path) -> None:
    # ui → services → infra is as much a shortcut as ui → infra.
    helper = project_copy / "wink_desktop" / "services" / "shortcut.py"
    helper.write_text("from wink_desktop.infra import paths  # noqa\n")
    target = project_copy / "wink_desktop" / "ui" / "widgets.py"
    target.write_text("from wink_desktop.services import shortcut  # noqa\n" + target.read_text())
    result = _lint_imports(project_copy)
    assert result.returncode != 0
    assert "wink_desktop.ui is not allowed to import wink_desktop.infra" in result.stdout


def test_only_the_composition_root_builds_concrete_parts() -> None:
    # Outside infra, providers and the wiring itself (wiring.py, wiring_*.py), only the entry
    # points (cli.py, cli_commands.py, app.py) may name the wiring; nothing names infra or
    # providers.
    offenders = []
    for path in sorted((ROOT / "wink_desktop").rglob("*.py")):
        relative = path.relative_to(ROOT / "wink_desktop").as_posix()
        if relative.startswith(("infra/", "providers/")) or _WIRING.fullmatch(relative):
            continue
        imports = _IMPORT.findall(path.read_text(encoding="utf-8"))
        named = sorted({m for m in imports if not m.startswith("wiring") or relative not in _ROOTS})
        if named:
            offenders.append((relative, named))
    assert offenders == []


_IMPORT = re.compile(
    r"^\s*(?:from|import) wink_desktop(?:\.| import )(infra|providers|wiring(?:_\w+)?)\b",
    re.MULTILINE,
)
_ROOTS = {"cli.py", "cli_commands.py", "app.py"}
_WIRING = re.compile(r"wiring(?:_\w+)?\.py")

# The old wizard and the connection test it uses still read the registry; they become the
# flow-driven ui/wizard/ package of issue 11 (items 1-2), and this set empties.


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


def test_the_wiring_check_sees_each_wiring_module() -> None:
    # A second composition module (wiring_*.py) is as much the wiring as wiring.py.
    found = _IMPORT.findall(
        "from wink_desktop import wiring_discovery\nimport wink_desktop.wiring\n"
    )
    assert found == ["wiring_discovery", "wiring"]
