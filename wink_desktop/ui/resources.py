"""Icons, styles and translation catalogues shipped in ``resources/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import wink_desktop

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


@cache
def resource_dir() -> Path:
    """The ``resources`` folder: inside the package when installed, beside it in a checkout."""
    package = Path(wink_desktop.__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    msg = f"Wink Desktop's resources folder is missing (looked beside {package})"
    raise FileNotFoundError(msg)


def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg``."""
    # Imported here: creating the QIcon type costs about 1 ms, and the first window has no
    # QIcon (its pictures are drawn by the style sheet).
    from PySide6.QtGui import QIcon  # noqa: PLC0415

    return QIcon(str(resource_dir() / "icons" / f"{name}.svg"))


@cache
def stylesheet(theme: str = "light") -> str:
    """The application's Qt style sheet, its ``@token@`` placeholders filled by ``theme``.

    Filled once per theme: a live switch back to a theme reuses its text.
    """
    from wink_desktop.ui.theme import THEMES, render  # noqa: PLC0415 - read once, at start

    text = (resource_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    icons = resource_dir() / "icons"
    tinted = icons if theme == "light" else icons / theme
    return render(text, THEMES[theme], icons.as_posix(), tinted.as_posix())


def translations_dir() -> Path:
    """Where the compiled catalogues (``wink_desktop_<lang>.qm``) are."""
    return resource_dir() / "translations"
