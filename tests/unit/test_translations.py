"""Every user-visible string has a French translation, and the catalogues are built."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _translations_tool() -> object:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging/translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogues_are_complete_and_current() -> None:
    tool = _translations_tool()
    issues = tool.check()  # type: ignore[attr-defined]
    assert issues == []


def test_a_new_untranslated_string_is_caught(tmp_path: Path) -> None:
    tool = _translations_tool()
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
        "<context><name>C</name><message><source>Hello {name}</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Bye {name}</source><translation>Au revoir {nom}</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    problems = tool.problems(ts)  # type: ignore[attr-defined]
    assert len(problems) == 3  # one untranslated, two placeholder mismatches
