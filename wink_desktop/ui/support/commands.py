"""``wink-desktop screenshots`` and ``wink-desktop guide``: the support kit's commands.

Reached lazily from ``cli.py`` (which hands over the provider catalogue), so the other
commands never load Qt.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from wink_desktop.core.i18n import Translate
from wink_desktop.core.providers import ProviderCatalogue
from wink_desktop.ui.support import render

EXIT_OK, EXIT_FAILED = 0, 1
#: Set in the processes the command starts (one per scale): they leave index.json to it.
CHILD = "WINK_SCREENSHOTS_CHILD"


def _choices(value: str, every: Sequence[str]) -> list[str]:
    return list(every) if value == "all" else [value]


def run_screenshots(
    args: argparse.Namespace, translate: Translate, catalogue: Callable[[], ProviderCatalogue]
) -> int:
    """Draw every screen into ``args.out``, in one process per scale and language."""
    out = Path(args.out)
    languages = _choices(args.languages, render.LANGUAGES)
    themes = _choices(args.theme, render.THEMES)
    scales = [int(s) for s in _choices(args.scale, [str(s) for s in render.SCALES])]
    only = list(args.only or [])
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message = translate("Screens", "Cannot write to {folder}: {reason}")
        print(message.format(folder=out, reason=exc.strerror), file=sys.stderr)  # noqa: T201
        return EXIT_FAILED
    # One process per scale (Qt reads the scale once) and per language: the drawing mostly
    # waits for the event loop, so several processes share the cores well.
    alone = len(scales) == 1 and len(languages) == 1
    if not alone and not _in_children(args, [(s, lang) for s in scales for lang in languages]):
        return EXIT_FAILED
    if not os.environ.get(CHILD):
        render.write_index(out, render.index(languages, themes, scales, only))
    if alone:
        layout = render.standard_layout(out)
        _drawn(lambda: render.render_here(catalogue(), layout, languages, themes, scales[0], only))
    if not os.environ.get(CHILD):
        print(  # noqa: T201
            translate("Screens", "Screenshots written to {folder}").format(folder=out.resolve())
        )
    if alone:
        render.end_process(EXIT_OK)
    return EXIT_OK


def _drawn(draw: Callable[[], object]) -> None:
    """Run ``draw``; a screen that could not be drawn ends the process with code 1."""
    from wink_desktop.ui.support.stage import SceneError  # noqa: PLC0415

    try:
        draw()
    except (SceneError, OSError) as exc:
        print(f"wink-desktop: {type(exc).__name__}: {exc}", file=sys.stderr)  # noqa: T201
        render.end_process(EXIT_FAILED)


def _in_children(args: argparse.Namespace, parts: Sequence[tuple[int, str]]) -> bool:
    """One process per (scale, language), at the same time; True when all succeeded."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]  # a bundled app is its own interpreter
    else:
        command = [sys.executable, "-m", "wink_desktop"]
    environment = {**os.environ, CHILD: "1"}
    children = []
    for scale, lang in parts:
        argv = [
            *command,
            "screenshots",
            "--out",
            str(args.out),
            "--lang",
            lang,
            "--theme",
            args.theme,
            "--scale",
            str(scale),
        ]
        for name in args.only or []:
            argv += ["--only", name]
        children.append(subprocess.Popen(argv, env=environment))  # noqa: S603 - our own command
    return all(child.wait() == 0 for child in children)


def run_guide(
    args: argparse.Namespace, translate: Translate, catalogue: Callable[[], ProviderCatalogue]
) -> int:
    """Write the illustrated guide (HTML and Markdown, with its pictures) into ``args.out``."""
    from wink_desktop.ui.support.guide import write_guide  # noqa: PLC0415

    out = Path(args.out)
    languages = _choices(args.languages, render.LANGUAGES)
    try:
        for lang in languages:
            (out / lang / "images").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message = translate("Screens", "Cannot write to {folder}: {reason}")
        print(message.format(folder=out, reason=exc.strerror), file=sys.stderr)  # noqa: T201
        return EXIT_FAILED
    _drawn(
        lambda: render.render_here(
            catalogue(),
            lambda lang, _theme, _scale: out / lang / "images",
            languages,
            render.THEMES[:1],
            1,
        )
    )
    for lang in languages:
        write_guide(out / lang, lang)
    print(translate("Screens", "Guide written to {folder}").format(folder=out.resolve()))  # noqa: T201
    return render.end_process(EXIT_OK)
