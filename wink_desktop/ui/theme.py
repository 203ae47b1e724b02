"""Wink's design tokens: colours, spacing and radius, named once and used everywhere.

The style sheet (``resources/styles/app.qss``) is a template: ``@name@`` stands for the
token ``name`` below (and ``@icons@`` for the icons folder), so a colour is changed here and
nowhere else. Widgets that paint with the palette get the same tokens through
:func:`apply_palette`.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtWidgets import QWidget

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
        # Spacing and radius (pixels, scaled by Qt on HiDPI screens).
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
)

_PLACEHOLDER = re.compile(r"@([a-z_0-9]+)@")


def render(template: str, tokens: Mapping[str, str], icons: str) -> str:
    """``template`` with each ``@token@`` replaced (an unknown name is a bug: KeyError)."""
    values = {**tokens, "icons": icons}
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def apply_palette(widget: QWidget, tokens: Mapping[str, str] = LIGHT) -> None:
    """The theme's colours for ``widget``'s palette (for what Qt paints without the sheet).

    QWizard's header and a few styles paint with the palette; only the Active and Inactive
    groups are set, so Qt keeps deriving the Disabled group's greyed colours.
    """
    from PySide6.QtGui import QColor, QPalette  # noqa: PLC0415 - not needed at start-up

    palette = widget.palette()
    role = QPalette.ColorRole
    for name, token in (
        (role.Window, "surface"),
        (role.Base, "surface"),
        (role.AlternateBase, "accent_wash"),
        (role.Button, "surface"),
        (role.WindowText, "text"),
        (role.Text, "text"),
        (role.ButtonText, "text"),
        (role.PlaceholderText, "muted_text"),
        (role.Highlight, "accent"),
        (role.HighlightedText, "on_accent"),
    ):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, name, QColor(tokens[token]))
    disabled = QPalette.ColorGroup.Disabled
    for name, token in (
        (role.WindowText, "disabled_text"),
        (role.Text, "disabled_text"),
        (role.ButtonText, "disabled_text"),
        (role.Base, "disabled_bg"),
        (role.Button, "disabled_bg"),
        (role.Window, "surface"),
    ):
        palette.setColor(disabled, name, QColor(tokens[token]))
    widget.setPalette(palette)
