"""What the theme does besides the style sheet: palettes, open windows, the system's scheme.

Kept apart from :mod:`wink_desktop.ui.theme`: the light theme on a light system needs none
of it before the first paint, so this module is not compiled at start-up (modules are
compiled at every start under ``PYTHONDONTWRITEBYTECODE``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from wink_desktop.ui.theme import LIGHT, _state, show_theme, system_theme, tokens

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def use_theme_palette(widget: QWidget) -> None:
    """The current theme's colours for ``widget``'s palette, now and at every theme change.

    The style sheet colours most surfaces; a few (QWizard's ruler and header, tab frames)
    paint with the palette, so a dark system palette would give black lines on the light
    theme, and the system's light one white lines on the dark theme.
    """
    widget.setProperty("winkPalette", True)
    apply_palette(widget, tokens())


def apply_palette(widget: QWidget, theme: Mapping[str, str] = LIGHT) -> None:
    """The theme's colours for ``widget``'s palette (for what Qt paints without the sheet).

    Some of Qt's widgets give their parts a copy of the *application's* palette (QWizard
    does, for its page frames and rulers), which ``widget``'s palette never reaches: that
    is why :func:`wink_desktop.ui.theme.show_theme` makes the application palette the
    theme's too whenever the system's differs (a dark desktop drew the rulers black).
    """
    widget.setPalette(palette_of(theme))


#: One palette per theme, built once. A palette takes about 30 setter calls, and with
#: PySide6 6.12 every call to a Qt method that returns nothing drops a reference to
#: Python's None (a process dies with "deallocating None" after a few thousand): the
#: windows share it instead of each building its own.
_PALETTES: dict[int, tuple[Mapping[str, str], QPalette]] = {}


def palette_of(theme: Mapping[str, str]) -> QPalette:
    """The palette of ``theme`` (see :func:`themed`), built on first use."""
    cached = _PALETTES.get(id(theme))
    if cached is None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        cached = (theme, themed(QApplication.palette(), theme))
        _PALETTES[id(theme)] = cached
    return cached[1]


def themed(palette: QPalette, theme: Mapping[str, str]) -> QPalette:
    """``palette`` with every role Qt paints with set from ``theme``.

    The Active and Inactive groups get the theme; the Disabled group the theme's greys.
    The frame roles (Light to Shadow) draw separators and sunken rulers: the theme's line
    colour, never the system's black.
    """
    from PySide6.QtGui import QColor, QPalette  # noqa: PLC0415 - not needed at start-up

    palette = QPalette(palette)
    role = QPalette.ColorRole
    for name, token in (
        (role.Window, "surface"),
        (role.Base, "surface"),
        (role.AlternateBase, "accent_wash"),
        (role.Button, "surface"),
        (role.WindowText, "text"),
        (role.Text, "text"),
        (role.ButtonText, "text"),
        (role.BrightText, "text"),
        (role.PlaceholderText, "muted_text"),
        (role.Highlight, "accent"),
        (role.Accent, "accent"),
        (role.HighlightedText, "on_accent"),
        (role.Link, "link"),
        (role.LinkVisited, "link"),
        (role.ToolTipBase, "surface_alt"),
        (role.ToolTipText, "text"),
        (role.Light, "surface"),
        (role.Midlight, "line"),
        (role.Mid, "border"),
        (role.Dark, "line"),
        (role.Shadow, "line"),
    ):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, name, QColor(theme[token]))
    disabled = QPalette.ColorGroup.Disabled
    for name, token in (
        (role.WindowText, "disabled_text"),
        (role.Text, "disabled_text"),
        (role.ButtonText, "disabled_text"),
        (role.Base, "disabled_bg"),
        (role.Button, "disabled_bg"),
        (role.Window, "surface"),
        (role.Light, "surface"),
        (role.Midlight, "line"),
        (role.Mid, "border"),
        (role.Dark, "line"),
        (role.Shadow, "line"),
    ):
        palette.setColor(disabled, name, QColor(theme[token]))
    return palette


def repaint_windows(theme: Mapping[str, str]) -> None:
    """The palette of ``theme`` for every open window that asked for the theme's palette."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    for window in QApplication.topLevelWidgets():
        if window.property("winkPalette"):
            apply_palette(window, theme)


def follow(app: QApplication) -> None:
    """Follow the system's colour scheme from now on (see :func:`theme.follow_system`).

    Reads ``colorScheme()`` (it may correct the palette's guess made before the first
    paint) and listens to ``colorSchemeChanged``. Safe to call more than once.
    """
    if _state.following:
        return
    _state.following = True
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda scheme: _scheme_changed(app, scheme))
    if _state.choice == "system":
        name = scheme_name(hints.colorScheme())
        if name is not None and name != _state.name:
            show_theme(app, name)


def _scheme_changed(app: QApplication, scheme: object) -> None:
    if _state.choice != "system":
        return
    name = scheme_name(scheme)
    if name is None:
        name = system_theme(app)
    if name != _state.name:
        log.info("the system's colour scheme changed: %s theme", name)
        show_theme(app, name)


def scheme_name(scheme: object) -> str | None:
    """``light``/``dark`` for a ``Qt.ColorScheme``, None for ``Unknown``."""
    value = getattr(scheme, "name", "")
    return {"Light": "light", "Dark": "dark"}.get(value)
