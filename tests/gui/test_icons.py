"""The logo drawn on the first screen is a PNG rendered from ``wink.svg``.

Loading an SVG loads Qt's SVG image plugin (about 1 ms of start-up); PNG is built into Qt.
``wink.png`` and ``wink@2x.png`` (Qt picks the second on 2x screens) must stay the SVG's
rendering: after changing ``wink.svg``, run ``.venv/bin/python -m tests.gui.test_icons``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from wink_desktop.ui.resources import resource_dir

#: The logo's size in the top bar (device-independent pixels), and the scales shipped.
LOGO = 28
SCALES = (1, 2, 3)


def _name(scale: int) -> str:
    return "wink.png" if scale == 1 else f"wink@{scale}x.png"


def rendered(scale: int) -> QImage:
    """``wink.svg`` drawn at the logo's size times ``scale``."""
    side = LOGO * scale
    icon = QIcon(str(resource_dir() / "icons" / "wink.svg"))
    return icon.pixmap(QSize(side, side)).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_the_logo_pngs_are_the_svg_rendered(qapp: QApplication) -> None:
    del qapp
    for scale in SCALES:
        path = resource_dir() / "icons" / _name(scale)
        shipped = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        expected = rendered(scale)
        assert shipped.size() == expected.size(), path.name
        worst = max(
            max(
                abs(a - b)
                for a, b in zip(
                    QColor.fromRgba(shipped.pixel(x, y)).getRgb(),
                    QColor.fromRgba(expected.pixel(x, y)).getRgb(),
                    strict=True,
                )
            )
            for x in range(shipped.width())
            for y in range(shipped.height())
        )
        assert worst <= 8, f"{path.name} differs from wink.svg: regenerate it ({__doc__})"


if __name__ == "__main__":
    application = QApplication(sys.argv[:1])
    for each in SCALES:
        rendered(each).save(str(resource_dir() / "icons" / _name(each)))
