"""Wink's design tokens (colours, spacing, radius) and the light and dark themes built on them.

The style sheet (``resources/styles/app.qss``) is a template: ``@name@`` stands for the
token ``name`` below, ``@icons@`` for the icons folder and ``@tinted@`` for the folder of
the icons drawn in a theme colour (arrows, check mark: ``resources/icons`` for the light
theme, ``resources/icons/dark`` for the dark one). A colour is changed here and nowhere
else. What Qt paints with the palette (QWizard's ruler, tab frames, tool tips, links) gets
the same tokens through :mod:`wink_desktop.ui.theme_live` (kept apart: the light theme on
a light system needs none of it before the first paint).

Which theme:

- ``WINK_DESKTOP_THEME=light|dark|system`` (default ``system``) chooses at start-up.
- ``system`` follows the system's colour scheme (``QStyleHints.colorScheme()``), live: a
  change of the system's scheme re-themes every open window. Where the platform does not
  say (``Unknown``, as under the offscreen platform), the system palette decides: a dark
  window colour means the dark theme, anything else the light one.
- Code (the support kit's ``screenshots --theme dark``) calls
  ``apply_theme(app, "dark")``; ``apply_theme(app, "system")`` goes back to following.
  Windows that paint with the palette call ``theme_live.use_theme_palette(self)`` once,
  and get the new palette at every change.

Start-up cost: reading ``colorScheme()`` creates Python enums for the whole ``Qt``
namespace (about 12 ms), so before the first paint the theme is chosen from the system
palette (which Qt derives from the scheme where the platform knows it) and the scheme is
read by :func:`follow_system`, which the app calls right after the first paint.
"""

from __future__ import annotations

import logging
import os
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

#: Chooses the theme: ``light``, ``dark`` or ``system`` (the default).
THEME_ENV = "WINK_DESKTOP_THEME"
CHOICES: Final = ("system", "light", "dark")

_SIZES: Final[dict[str, str]] = {
    # Spacing and radius (pixels, scaled by Qt on HiDPI screens): the same in both themes.
    "space_s": "4px",
    "space_m": "8px",
    "space_l": "16px",
    "radius_s": "4px",
    "radius_m": "6px",
    "radius_l": "8px",
    "radius_xl": "10px",
    "font": "14px",
    "font_points": "10.5pt",  # 14px at 96 dpi, for what Qt sizes in points
    "font_small": "12px",
    "font_h2": "17px",
    "font_h1": "22px",
}

#: The light theme: Wink's violet as the accent, neutral greys, state colours.
LIGHT: Final[Mapping[str, str]] = MappingProxyType(
    {
        # Accent (Wink's violet) and its tints.
        "accent": "#5b3df5",
        "accent_hover": "#4c2fe0",
        "accent_strong": "#1e1b4b",
        "accent_soft": "#ede9fe",
        "accent_text": "#4c1d95",
        "accent_wash": "#f8f7ff",
        "link": "#4c2fe0",
        # Greys, from the page to the text.
        "surface": "#ffffff",
        "surface_alt": "#fafafa",
        "surface_hover": "#f9fafb",
        "surface_muted": "#f3f4f6",
        "disabled_bg": "#f3f4f6",
        "line": "#e5e7eb",
        "border": "#d1d5db",
        "border_strong": "#6b7280",
        "disabled_text": "#9ca3af",
        "muted_text": "#6b7280",
        "soft_text": "#374151",
        "text": "#1f2937",
        "on_accent": "#ffffff",
        # States: success, attention (not the user's fault), error; and information.
        "success": "#047857",
        "warning": "#92400e",
        "warning_bg": "#fffbeb",
        "warning_border": "#fcd34d",
        "error": "#b91c1c",
        "error_strong": "#dc2626",
        "error_bg": "#fef2f2",
        "error_border": "#fca5a5",
        "info_bg": "#eff6ff",
        "info_border": "#bfdbfe",
        **_SIZES,
    }
)

#: The dark theme: the same names, a violet-tinted charcoal; the accent is lighter so that
#: it reads on dark surfaces, and the primary button's text turns dark on it.
DARK: Final[Mapping[str, str]] = MappingProxyType(
    {
        "accent": "#a08fff",
        "accent_hover": "#b6a9ff",
        "accent_strong": "#ede9fe",
        "accent_soft": "#342d63",
        "accent_text": "#ddd6fe",
        "accent_wash": "#1f1d2b",
        "link": "#b9adff",
        "surface": "#18171f",
        "surface_alt": "#1f1e27",
        "surface_hover": "#272631",
        "surface_muted": "#2a2934",
        "disabled_bg": "#24232c",
        "line": "#33323d",
        "border": "#4b4a57",
        "border_strong": "#8d8c99",
        "disabled_text": "#6f6e7a",
        "muted_text": "#a8a7b3",
        "soft_text": "#d1d0da",
        "text": "#ecebf2",
        "on_accent": "#16122e",
        "success": "#34d399",
        "warning": "#fbbf24",
        "warning_bg": "#2b2212",
        "warning_border": "#7c5d14",
        "error": "#fca5a5",
        "error_strong": "#f87171",
        "error_bg": "#2e1719",
        "error_border": "#8b2c2c",
        "info_bg": "#172033",
        "info_border": "#2c4a85",
        **_SIZES,
    }
)

THEMES: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType({"light": LIGHT, "dark": DARK})

#: Every (text, background) pair of tokens the style sheet draws text with; each must reach
#: WCAG's 4.5:1 in both themes (a test computes it). Disabled text is exempt, as in WCAG.
TEXT_PAIRS: Final = (
    ("text", "surface"),
    ("text", "surface_alt"),
    ("text", "surface_muted"),
    ("text", "accent_soft"),
    ("text", "info_bg"),
    ("text", "warning_bg"),
    ("text", "error_bg"),
    ("soft_text", "surface"),
    ("soft_text", "surface_muted"),
    ("soft_text", "accent_wash"),
    ("muted_text", "surface"),
    ("muted_text", "surface_alt"),
    ("accent_text", "accent_soft"),
    ("on_accent", "accent"),
    ("on_accent", "accent_hover"),
    ("accent", "surface"),
    ("link", "surface"),
    ("link", "surface_alt"),
    ("success", "surface"),
    ("success", "surface_alt"),
    ("warning", "surface"),
    ("warning", "surface_alt"),
    ("warning", "warning_bg"),
    ("error", "surface"),
    ("error", "surface_alt"),
    ("error", "error_bg"),
)

#: The icons drawn in a theme colour, and the token of that colour.
TINTED_ICONS: Final = {"arrow-down": "soft_text", "arrow-up": "soft_text", "check": "on_accent"}

_PLACEHOLDER = re.compile(r"@([a-z_0-9]+)@")


def render(template: str, tokens: Mapping[str, str], icons: str, tinted: str | None = None) -> str:
    """``template`` with each ``@token@`` replaced (an unknown name is a bug: KeyError).

    Args:
        template: the style sheet's text.
        tokens: one theme.
        icons: the icons folder (``@icons@``).
        tinted: the folder of the icons in this theme's colours (``@tinted@``); ``icons``
            when None.
    """
    values = {**tokens, "icons": icons, "tinted": tinted or icons}
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def choice_from_env() -> str:
    """``$WINK_DESKTOP_THEME`` if it is one of :data:`CHOICES`, else ``system``."""
    value = os.environ.get(THEME_ENV, "").strip().lower()
    if value and value not in CHOICES:
        log.warning("%s=%r is not one of %s: following the system", THEME_ENV, value, CHOICES)
    return value if value in CHOICES else "system"


class _State:
    """What the application shows now (one application per process)."""

    choice = "system"
    name = "light"
    following = False  # connected to the system's colour scheme changes
    palette_set = False  # the application palette is ours (else the system's)


_state = _State()


def current_name() -> str:
    """``light`` or ``dark``: the theme the windows have now."""
    return _state.name


def tokens() -> Mapping[str, str]:
    """The tokens of the theme the windows have now."""
    return THEMES[_state.name]


def apply_theme(app: QApplication, choice: str | None = None) -> str:
    """Give the application (and every open window) the theme ``choice``.

    Args:
        app: the application.
        choice: ``light``, ``dark`` or ``system``; None reads ``$WINK_DESKTOP_THEME``.

    Returns:
        The theme now shown, ``light`` or ``dark``.

    Raises:
        ValueError: ``choice`` is not one of :data:`CHOICES`.
    """
    choice = choice_from_env() if choice is None else choice
    if choice not in CHOICES:
        msg = f"theme {choice!r} is not one of {CHOICES}"
        raise ValueError(msg)
    _state.choice = choice
    name = system_theme(app) if choice == "system" else choice
    show_theme(app, name)
    return name


def follow_system(app: QApplication) -> None:
    """Follow the system's colour scheme from now on (when the choice is ``system``).

    Reads ``colorScheme()`` (it may correct the palette's guess made before the first
    paint) and listens to ``colorSchemeChanged``. Safe to call more than once.
    """
    from wink_desktop.ui.theme_live import follow  # noqa: PLC0415 - after the first paint

    follow(app)


def system_theme(app: QApplication) -> str:
    """``light`` or ``dark``: what the system asks for now.

    Its colour scheme once :func:`follow_system` runs; before (start-up) or when the
    scheme is unknown, its palette.
    """
    if _state.following:
        from wink_desktop.ui.theme_live import scheme_name  # noqa: PLC0415

        name = scheme_name(app.styleHints().colorScheme())
        if name is not None:
            return name
    return "dark" if _palette_looks_dark(_system_palette(app)) else "light"


def _system_palette(app: QApplication) -> QPalette:
    """The palette the platform gives, not ours (which would make the choice stick)."""
    if not _state.palette_set:
        return app.palette()
    # Ours is set: the style's standard palette is what the platform derives from its scheme.
    return app.style().standardPalette()


def _palette_looks_dark(palette: QPalette) -> bool:
    return palette.window().color().lightness() < palette.windowText().color().lightness()


def show_theme(app: QApplication, name: str) -> None:
    """Style sheet, palettes and every open window in theme ``name``."""
    from wink_desktop.ui.resources import stylesheet  # noqa: PLC0415 - ui above theme

    changed = name != _state.name
    _state.name = name
    system_dark = _palette_looks_dark(_system_palette(app))
    # The application palette (tool tips, links, tabs, what the sheet leaves to Qt) is
    # ours, except for the light theme on a light system: no palette pass at start-up.
    if _state.palette_set or system_dark or name == "dark":
        from wink_desktop.ui.theme_live import palette_of  # noqa: PLC0415 - not light on light

        app.setPalette(palette_of(THEMES[name]))
        _state.palette_set = True
    app.setStyleSheet(stylesheet(name))
    if changed:
        from wink_desktop.ui.theme_live import repaint_windows  # noqa: PLC0415

        repaint_windows(THEMES[name])
