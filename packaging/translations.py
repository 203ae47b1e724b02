"""Refresh the translation catalogues from the code, and compile them.

Usage (from the repository root, in the project's environment)::

    .venv/bin/python packaging/translations.py          # update .ts from code, build .qm
    .venv/bin/python packaging/translations.py --check  # fail if anything is stale

New strings appear in ``resources/translations/wink_desktop_fr.ts`` marked unfinished:
translate them (Qt Linguist, ``pyside6-linguist``, or any editor), then run it again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr_FR"}


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        msg = f"{name} not found: it ships with PySide6-Essentials (run ./test once)"
        raise SystemExit(msg)
    return found


def sources() -> list[str]:
    """Every Python file whose strings may reach a user."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "wink_desktop").rglob("*.py"))


def provider_hints() -> list[str]:
    """The hints of ``providers.toml``: data, not code, so lupdate cannot see them."""
    import tomllib

    data = tomllib.loads((ROOT / "wink_desktop" / "providers" / "providers.toml").read_text())
    tables = data.get("provider", [])
    return list(dict.fromkeys(t[k] for t in tables for k in ("hint", "password_hint") if k in t))


def _hints_module(folder: Path) -> Path:
    """A throw-away module marking each provider hint, for lupdate (context ``Provider``)."""
    lines = [f"QT_TRANSLATE_NOOP({'Provider'!r}, {hint!r})" for hint in provider_hints()]
    module = folder / "provider_hints.py"
    module.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return module


def update(ts: Path, language: str) -> None:
    """Run lupdate on the code (and the providers' hints) into ``ts``; keeps translations."""
    with tempfile.TemporaryDirectory() as tmp:
        _lupdate(ts, language, _hints_module(Path(tmp)))


def _lupdate(ts: Path, language: str, hints: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources(),
            str(hints),
            "-ts",
            str(ts),
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        check=True,
        cwd=ROOT,
    )


def release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def problems(ts: Path) -> list[str]:
    """Messages in ``ts`` that are untranslated or lose a ``{placeholder}``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if (
                translation is None
                or translation.get("type") in {"unfinished", "vanished"}
                or not text
            ):
                found.append(f"{name}: untranslated: {source!r}")
                continue
            found.extend(
                f"{name}: placeholder {part} differs in {source!r}"
                for part in _placeholders(source) ^ _placeholders(text)
            )
    return found


def _placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"\{[a-z_]+\}", text))


def check() -> list[str]:
    """Everything stale or missing, without touching the committed files."""
    issues: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang, language in LANGUAGES.items():
            committed = CATALOGUES / f"wink_desktop_{lang}.ts"
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            update(fresh, language)
            issues += problems(fresh)
            if _sources_of(fresh) != _sources_of(committed):
                issues.append(f"{committed.name} is out of date with the code: run {__file__}")
            qm = Path(tmp) / f"wink_desktop_{lang}.qm"
            release(committed, qm)
            committed_qm = committed.with_suffix(".qm")
            if not committed_qm.exists() or committed_qm.read_bytes() != qm.read_bytes():
                issues.append(f"{committed_qm.name} is not built from {committed.name}")
    return issues


def _sources_of(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()  # noqa: S314
    return {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }


def main() -> int:
    """Update and build, or only check with ``--check``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        issues = check()
        print("\n".join(issues) or "translations up to date")
        return 1 if issues else 0
    for lang, language in LANGUAGES.items():
        ts = CATALOGUES / f"wink_desktop_{lang}.ts"
        update(ts, language)
        release(ts, ts.with_suffix(".qm"))
        for line in problems(ts):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
