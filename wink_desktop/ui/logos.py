"""Provider logos that stand out from the surface they are drawn on, in every theme."""

from __future__ import annotations

from collections import Counter
from typing import Final

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPixmap

from wink_desktop.ui.resources import icon

#: WCAG's minimum for graphics a user must make out (1.4.11, non-text contrast).
MINIMUM_CONTRAST: Final = 3.0
#: Where the sRGB curve turns from linear to a power (WCAG's relative luminance).
_LINEAR_END: Final = 0.03928
#: A fully opaque pixel's alpha.
_OPAQUE: Final = 255
#: The plate's margin around the logo, as a share of the logo's side.
_MARGIN: Final = 0.1


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (0 black, 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= _LINEAR_END else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dominant(image: QImage) -> QColor:
    """The colour of most of ``image``'s opaque pixels (a logo's body)."""
    counts = Counter(
        image.pixel(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == _OPAQUE
    )
    return QColor.fromRgb(counts.most_common(1)[0][0]) if counts else QColor(0, 0, 0, 0)


def provider_logo(name: str, ground: str, plate: str, side: int) -> QIcon:
    """The logo ``providers/<name>``, on a ``plate`` when it would fade into ``ground``.

    A navy or black logo on the dark theme's tiles has almost no contrast: such a logo is
    drawn, slightly smaller, on a rounded plate of the ``plate`` colour, so the eye finds
    its edge. Logos that already stand out are left as their brands drew them.

    Args:
        name: the provider's id (its logo's file name).
        ground: the colour of the surface the logo sits on.
        plate: a colour the dark logos stand out from.
        side: the logo's side in device-independent pixels.
    """
    logo = icon(f"providers/{name}")
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0  # drawn sharp on HiDPI
    pixels = max(1, round(side * ratio))
    body = dominant(logo.pixmap(QSize(pixels, pixels)).toImage())
    if body.alpha() == 0 or contrast(body, QColor(ground)) >= MINIMUM_CONTRAST:
        return logo
    canvas = QPixmap(pixels, pixels)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(plate))
    painter.drawRoundedRect(QRectF(0, 0, pixels, pixels), pixels * 0.25, pixels * 0.25)
    inset = round(pixels * _MARGIN)
    logo.paint(painter, inset, inset, pixels - 2 * inset, pixels - 2 * inset)
    painter.end()
    canvas.setDevicePixelRatio(ratio)
    return QIcon(canvas)
