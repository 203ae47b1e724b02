"""Draw the scenes offscreen, the same pixels on every run, and list them in index.json.

A process draws at one scale (``QT_SCALE_FACTOR`` is read when the QApplication is made):
:func:`render_here` draws in this process; the command runs one process per scale.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NoReturn

from wink_desktop.core.i18n import Translate, untranslated
from wink_desktop.core.providers import ProviderCatalogue

#: The themes drawn (the app's own choices, without "system": a picture shows one).
THEMES: tuple[str, ...] = ("light", "dark")
LANGUAGES: tuple[str, ...] = ("fr", "en")
SCALES: tuple[int, ...] = (1, 2)
#: Each language's locale for dates and numbers (the app follows the system's).
_LOCALES = {"fr": "fr_FR", "en": "en_US"}
#: The font every picture uses (DejaVu ships with Debian; Qt falls back when missing).
FONT = "DejaVu Sans"

# A file's place: (language, theme, scale) -> its folder.
Layout = Callable[[str, str, int], Path]


def apply_theme(app: object, theme: str) -> None:
    """The theme's style sheet and palette for every window, as the app shows it.

    Raises:
        ValueError: a theme the app does not have.
    """
    from wink_desktop.ui.theme import apply_theme as show  # noqa: PLC0415

    if theme not in THEMES:
        msg = f"theme {theme!r} is not one of {THEMES}"
        raise ValueError(msg)
    show(app, theme)  # type: ignore[arg-type]


def standard_layout(out: Path) -> Layout:
    """``out/<lang>/<theme>/<scale>x/``."""
    return lambda lang, theme, scale: out / lang / theme / f"{scale}x"


#: The offscreen platform's screen: large, so that no window is held to a fraction of it.
_SCREEN = {
    "screens": [
        {
            "name": "wink-screenshots",
            "x": 0,
            "y": 0,
            "width": 3840,
            "height": 2160,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
        }
    ]
}


def prepare_process(scale: int) -> Path:
    """What must hold before the QApplication exists: offscreen, the scale, UTC dates.

    Returns:
        The offscreen screen's description, to remove once the application is made.
    """
    # Qt's offscreen screen is 800×600 pixels by default: at 2x, a dialog would be limited
    # to a part of 400×300 and drawn squeezed, unlike on any real screen.
    handle, name = tempfile.mkstemp(prefix="wink-screen-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as config:
        json.dump(_SCREEN, config)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={name}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    # Local times are drawn (connected since, messages): one time zone for every run.
    os.environ["TZ"] = "UTC"
    time.tzset()
    return Path(name)


def render_here(  # noqa: PLR0917 - the command's choices, named at each call
    catalogue: ProviderCatalogue,
    layout: Layout,
    languages: Sequence[str],
    themes: Sequence[str],
    scale: int,
    only: Iterable[str] = (),
) -> list[Path]:
    """Draw every scene (or those named in ``only``) in this process.

    Returns:
        The files written.
    """
    screen = prepare_process(scale)
    import qasync  # noqa: PLC0415
    from PySide6 import QtCore  # noqa: PLC0415
    from PySide6.QtGui import QFont  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from wink_desktop import APP_ID, APP_NAME  # noqa: PLC0415

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_ID])
    screen.unlink(missing_ok=True)  # read when the platform started
    app.setApplicationDisplayName(APP_NAME)
    app.setFont(QFont(FONT))
    # A blinking text cursor would be drawn or not depending on when the picture is taken.
    app.setCursorFlashTime(0)
    # Scenes close their windows one after the other: that is no reason to quit.
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    wanted = set(only)
    QtCore.qInstallMessageHandler(_quiet)
    try:
        with loop:
            written: list[Path] = loop.run_until_complete(
                _render_all(app, catalogue, layout, languages, themes, scale, wanted)
            )
            return written
    finally:
        # Windows closed by the scenes are deleted now, while Python still runs: left to
        # the interpreter's exit, PySide6 may crash on them.
        app.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete.value)
        gc.collect()
        QtCore.qInstallMessageHandler(None)


def _quiet(kind: object, context: object, message: str) -> None:
    """Qt's messages, without the offscreen platform's "does not support" notes."""
    del kind, context
    if not message.startswith("This plugin does not support"):
        sys.stderr.write(f"{message}\n")


def end_process(code: int) -> NoReturn:
    """Exit now, skipping the interpreter's clean-up of Qt objects.

    After many windows were made and deleted, PySide6 may crash while the interpreter
    finalises (after every file was written): the exit code must say what happened.
    """
    import logging  # noqa: PLC0415

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


async def _render_all(  # noqa: PLR0917
    app: object,
    catalogue: ProviderCatalogue,
    layout: Layout,
    languages: Sequence[str],
    themes: Sequence[str],
    scale: int,
    wanted: set[str],
) -> list[Path]:
    from PySide6.QtCore import QLocale  # noqa: PLC0415

    from wink_desktop.ui.i18n import install_translators  # noqa: PLC0415
    from wink_desktop.ui.support.scenes import SCENES, file_name  # noqa: PLC0415
    from wink_desktop.ui.support.stage import Stage  # noqa: PLC0415

    written = []
    for lang in languages:
        translators = install_translators(app, lang)  # type: ignore[arg-type]
        QLocale.setDefault(QLocale(_LOCALES[lang]))
        for theme in themes:
            apply_theme(app, theme)
            folder = layout(lang, theme, scale)
            folder.mkdir(parents=True, exist_ok=True)
            for index, scene in enumerate(SCENES):
                if wanted and scene.name not in wanted:
                    continue
                stage = Stage(catalogue)
                try:
                    widget = await scene.build(stage)
                    await stage.settle()
                    path = folder / file_name(index, scene)
                    if not widget.grab().save(str(path), "PNG"):
                        raise OSError(path)
                    written.append(path)
                finally:
                    stage.close()
                    await stage.settle()
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[attr-defined]
    return written


def index(
    languages: Sequence[str], themes: Sequence[str], scales: Sequence[int], only: Iterable[str] = ()
) -> dict[str, object]:
    """What ``index.json`` holds: the sections, then every file with its captions."""
    from wink_desktop.ui.i18n import catalogue_translate  # noqa: PLC0415
    from wink_desktop.ui.support.scenes import CONTEXT, SCENES, SECTIONS, file_name  # noqa: PLC0415

    speak: dict[str, Translate] = {"fr": catalogue_translate("fr"), "en": untranslated}

    def both(text: str) -> dict[str, str]:
        return {lang: say(CONTEXT, text) for lang, say in speak.items()}

    wanted = set(only)
    files = [
        {
            "file": f"{lang}/{theme}/{scale}x/{file_name(number, scene)}",
            "lang": lang,
            "theme": theme,
            "scale": scale,
            "name": scene.name,
            "section": scene.section,
            "caption": both(scene.caption),
        }
        for lang in languages
        for theme in themes
        for scale in scales
        for number, scene in enumerate(SCENES)
        if not wanted or scene.name in wanted
    ]
    sections = [{"id": key, "title": both(title)} for key, title in SECTIONS]
    return {"version": 1, "sections": sections, "files": files}


def write_index(out: Path, content: dict[str, object]) -> Path:
    """``out/index.json`` (sorted keys, so two runs write the same bytes)."""
    path = out / "index.json"
    text = json.dumps(content, ensure_ascii=False, indent=2, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")
    return path
