"""What the support kit's pictures showed that a careful reviewer would not publish.

Each test opens a screen as a recruiter sees it (the support kit's demo fakes, no
network) and reads what it shows: texts, positions, scroll bars and pixels.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.test_finished_look import CERT
from tests.gui.test_look import contrast
from wink_desktop.core.checks import ProblemCode
from wink_desktop.core.checks import Step as ProbeStep
from wink_desktop.core.models import ConnectionState, Role
from wink_desktop.demo.oauth import ScriptedBrowser
from wink_desktop.ui import theme
from wink_desktop.ui.dialogs import CertificateDialog, grouped
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.resources import stylesheet
from wink_desktop.ui.support import drive, drive_windows, world
from wink_desktop.ui.support.stage import Stage
from wink_desktop.ui.support.world import Script
from wink_desktop.ui.wizard import ConnectWizard, PageId
from wink_desktop.wiring import catalogue

pytestmark = pytest.mark.usefixtures("qloop")

WAIT = 15_000
T = TypeVar("T")


@pytest.fixture(params=["light", "dark"])
def theme_name(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Run the test in the light theme, then in the dark one."""
    name: str = request.param
    palette = qapp.palette()
    theme.apply_theme(qapp, name)
    yield name
    theme.apply_theme(qapp, "light")
    qapp.setPalette(palette)
    theme._state.palette_set = False
    qapp.setStyleSheet(stylesheet())


@pytest.fixture
def stage() -> Iterator[Stage]:
    scene = Stage(catalogue())
    yield scene
    scene.close()
    QApplication.processEvents()


def run(qtbot: QtBot, work: Awaitable[T]) -> T:
    """Drive a screen with the support kit's (async) steps, on the test's qasync loop."""
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=WAIT)
    return task.result()


def shown_texts(window: QWidget) -> list[str]:
    QApplication.processEvents()
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


# ------------------------------------------------------------------ 1. the service's name


@pytest.mark.parametrize(
    ("provider", "email", "expected", "not_expected"),
    [
        ("google", world.WORKSPACE_EMAIL, "Google Workspace", "Gmail"),
        ("google", "paul@gmail.com", "Gmail", "Workspace"),
        ("microsoft", world.MICROSOFT_EMAIL, "Microsoft 365", "Outlook"),
        ("microsoft", "paul@outlook.com", "Outlook.com", "Microsoft 365"),
    ],
)
def test_the_done_page_names_the_service_the_address_is_at(
    stage: Stage,
    qtbot: QtBot,
    language: str,
    provider: str,
    email: str,
    expected: str,
    not_expected: str,
) -> None:
    del language
    window = drive.wizard(stage, Script(browser=ScriptedBrowser(account=email)), provider)
    qtbot.waitUntil(lambda: PageId(window.currentId()) is PageId.DONE, timeout=WAIT)
    texts = shown_texts(window)
    assert expected in texts, texts
    assert not any(not_expected in text for text in texts), texts


# ------------------------------------------------------------------ 2. Settings' size


@pytest.mark.parametrize(
    "state", [ConnectionState.NEEDS_RECONNECTION, ConnectionState.KEYRING_UNAVAILABLE]
)
def test_settings_with_a_banner_fit_without_a_scroll_bar(
    stage: Stage, qtbot: QtBot, language: str, state: ConnectionState
) -> None:
    del language
    window = run(qtbot, drive_windows.settings(stage, state, Role.ADMIN))
    QApplication.processEvents()
    texts = shown_texts(window)
    assert any(len(text) > 60 for text in texts), "the banner is shown"
    scroll = window.findChild(QScrollArea)
    assert scroll is not None
    assert not scroll.verticalScrollBar().isVisible(), window.size()


# ------------------------------------------------------------------ 3. the marks' colours


def _near(image: QImage, rect: QRect, colour: QColor) -> int:
    """How many pixels of ``rect`` are within a few levels of ``colour``."""
    target = colour.getRgb()[:3]

    def close(x: int, y: int) -> bool:
        seen = QColor(image.pixel(x, y)).getRgb()[:3]
        return max(abs(a - b) for a, b in zip(seen, target, strict=True)) < 24

    return sum(
        1
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
        if close(x, y)
    )


def test_a_failed_step_is_marked_in_the_error_colour_a_passed_one_in_the_success_colour(
    stage: Stage, qtbot: QtBot, language: str, theme_name: str
) -> None:
    del language
    failure = drive.problem(ProblemCode.AUTH_FAILED)
    window = run(qtbot, drive.failed_check(stage, failure, ProbeStep.SIGN_IN))
    tokens = theme.THEMES[theme_name]
    steps = window.page(PageId.TEST).findChildren(QListWidget)
    failed = passed = 0
    for listing in steps:
        image = listing.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        for row in range(listing.count()):
            item = listing.item(row)
            box = listing.visualItemRect(item)
            # The mark: the row's first few pixels of text.
            mark = QRect(
                int(box.left() * ratio),
                int(box.top() * ratio),
                int(24 * ratio),
                int(box.height() * ratio),
            )
            error = _near(image, mark, QColor(tokens["error"]))
            success = _near(image, mark, QColor(tokens["success"]))
            if item.text().startswith("✗"):
                failed += 1
                assert error > 0, (item.text(), error, success)
                assert success == 0, (item.text(), error, success)
            else:
                passed += 1
                assert success > 0, (item.text(), error, success)
                assert error == 0, (item.text(), error, success)
    assert failed == 1
    assert passed > 1


# ------------------------------------------------------------------ 4. logos on dark tiles


def _logo_contrast(tile: QToolButton) -> float:
    """The contrast between the tile's logo and what surrounds it, read in the pixels."""
    image = tile.grab().toImage()
    ratio = image.devicePixelRatio()
    side = round(tile.iconSize().width() * ratio)
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    ground = QColor.fromRgb(counts.most_common(1)[0][0])
    # The logo's square (``side`` pixels, centred): its first row of pixels that are not
    # the tile's, inside the tile's border.
    margin = round(4 * ratio)
    left = (image.width() - side) // 2
    right = left + side - 1
    top = next(
        (
            y
            for y in range(margin, image.height() - margin)
            if any(
                contrast(QColor(image.pixel(x, y)), ground) > 1.3 for x in range(left, right + 1)
            )
        ),
        -1,
    )
    bottom = top + side - 1
    assert top >= 0, f"{tile.text()}: no logo"
    inner = Counter(
        image.pixel(x, y)
        for x in range(left + side // 4, right - side // 4)
        for y in range(top + side // 4, bottom - side // 4)
    )
    body = QColor.fromRgb(inner.most_common(1)[0][0])
    # The logo's outer edge: a plate of its own if it has one, else the tile around it.
    edge = Counter(image.pixel(x, top + 1) for x in range(left + side // 3, right - side // 3))
    rim = QColor.fromRgb(edge.most_common(1)[0][0])
    surrounding = rim if contrast(rim, body) > 1.5 else ground
    return contrast(body, surrounding)


def test_every_provider_logo_stands_out_from_its_dark_tile(
    stage: Stage, qtbot: QtBot, language: str
) -> None:
    del language
    qapp = QApplication.instance()
    palette = qapp.palette()  # type: ignore[attr-defined]
    theme.apply_theme(qapp, "dark")  # type: ignore[arg-type]
    try:
        window = drive.wizard(stage, None, "other")
        page = window.page(PageId.PROVIDER)
        tiles = [t for t in page.findChildren(QToolButton) if t.property("class") == "tile"]
        assert len(tiles) > 10
        QApplication.processEvents()
        ratios = {t.text(): round(_logo_contrast(t), 2) for t in tiles}
        low = {name: ratio for name, ratio in ratios.items() if ratio < 3}
        assert not low, low
    finally:
        theme.apply_theme(qapp, "light")  # type: ignore[arg-type]
        qapp.setPalette(palette)  # type: ignore[attr-defined]
        theme._state.palette_set = False
        qapp.setStyleSheet(stylesheet())  # type: ignore[attr-defined]


# ------------------------------------------------------------------ 5. the mismatch buttons


def test_the_two_ways_out_of_an_identity_mismatch_are_aligned(
    stage: Stage, qtbot: QtBot, language: str
) -> None:
    del language
    window: ConnectWizard = run(qtbot, drive.identity_mismatch(stage))  # type: ignore[assignment]
    page = window.page(PageId.BROWSER)
    QApplication.processEvents()
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
    sign_in_as = [b for b in buttons if world.WORKSPACE_EMAIL in b.text()]
    use_other = [b for b in buttons if world.OTHER_WORKSPACE_EMAIL in b.text()]
    assert len(sign_in_as) == len(use_other) == 1, [b.text() for b in buttons]
    first = sign_in_as[0].mapTo(page, sign_in_as[0].rect().topLeft())
    second = use_other[0].mapTo(page, use_other[0].rect().topLeft())
    assert first.x() == second.x(), (first, second)


# ------------------------------------------------------------------ 6. the certificate form


def test_the_fingerprint_is_set_apart_from_its_label(qtbot: QtBot, language: str) -> None:
    del language
    dialog = CertificateDialog("mail.example.test", "Untrusted", CERT)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    value = labels[grouped(CERT.sha256)]
    name = labels[translate("CertificateDialog", "SHA-256 fingerprint")]
    ends = name.x() + name.fontMetrics().horizontalAdvance(name.text())
    # At least the theme's large space between the longest label and its value.
    assert value.x() - ends >= 12, (value.x(), ends)


# ------------------------------------------------------------------ 7. the state, once


def test_settings_say_the_accounts_state_once(stage: Stage, qtbot: QtBot, language: str) -> None:
    del language
    window = run(qtbot, drive_windows.settings(stage, ConnectionState.CONNECTED, Role.ADMIN))
    state = ConnectionState.CONNECTED.label(translate)
    saying = [text for text in shown_texts(window) if text.endswith(state)]
    assert len(saying) == 1, saying
