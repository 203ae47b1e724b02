"""The windows look finished: sizes, states, labels and busy steps a user can see.

Runs on the demo fakes (no server): each test also saves a screenshot of what it checks
(``artifacts/screenshots/look/<lang>-<scale>x/``; run with ``QT_SCALE_FACTOR=2`` for 2x).
"""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.test_wizard import ARTIFACTS
from tests.gui.test_wizard_offline import PASSWORD, context
from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import CertificateInfo, CertificateProblem
from wink_desktop.core.models import AuthMethod, ConnectionState, Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.probes import ScriptedProbe
from wink_desktop.demo.stores import MemorySecretStore
from wink_desktop.providers.registry import CATALOGUE
from wink_desktop.ui.dialogs import CertificateDialog
from wink_desktop.ui.settings_window import SettingsWindow
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = pytest.mark.usefixtures("qloop")

WAIT = 10_000


def save(widget: QWidget, language: str, name: str) -> None:
    """A screenshot of ``widget`` for review (before/after), per language and scale."""
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    folder = ARTIFACTS / "look" / f"{language}-{scale}x"
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(folder / f"{name}.png"))


def wizard_on(qtbot: QtBot, start: str, probe_gate: threading.Event | None = None) -> ConnectWizard:
    ctx = context(
        MemorySecretStore(), ScriptedBrowser(), ScriptedOAuthClient(demo_config("google"))
    )
    if probe_gate is not None:
        for probe in ctx.mailbox._probes.values():  # type: ignore[attr-defined]
            if isinstance(probe, ScriptedProbe):
                probe.gate = probe_gate
    wizard = ConnectWizard(ctx, None, start)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _distinct_colours(image: QImage, rect: QRect) -> set[str]:
    seen = set()
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            seen.add(QColor(image.pixel(x, y)).name())
    return seen


def _fill_icloud(qtbot: QtBot, wizard: ConnectWizard) -> None:
    qtbot.mouseClick(wizard.findChild(QWidget, "provider_icloud"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    page.email.setText("marie@icloud.com")  # type: ignore[attr-defined]
    page.password.setText(PASSWORD)  # type: ignore[attr-defined]


def test_every_provider_tile_is_whole_and_apart(qtbot: QtBot, language: str) -> None:
    wizard = wizard_on(qtbot, "other")
    save(wizard, language, "provider-grid")
    tiles = [
        w for w in wizard.findChildren(QAbstractButton) if w.objectName().startswith("provider_")
    ]
    assert len(tiles) > 10
    for index, tile in enumerate(tiles):
        # The tile is as large as its text and icon need.
        assert tile.width() >= tile.sizeHint().width(), tile.objectName()
        assert tile.height() >= tile.sizeHint().height(), tile.objectName()
        box = QRect(tile.mapTo(wizard, tile.rect().topLeft()), tile.size())
        for other in tiles[index + 1 :]:
            other_box = QRect(other.mapTo(wizard, other.rect().topLeft()), other.size())
            assert not box.intersects(other_box), (tile.objectName(), other.objectName())
    # Each tile can be seen: in the window, or reachable by scrolling.
    scroll = wizard.findChild(QScrollArea, "provider_scroll")
    for tile in tiles:
        if scroll is not None and scroll.isAncestorOf(tile):
            scroll.ensureWidgetVisible(tile)
            QApplication.processEvents()
        top_left = tile.mapTo(wizard, tile.rect().topLeft())
        bottom_right = tile.mapTo(wizard, tile.rect().bottomRight())
        visible = tile.visibleRegion().boundingRect()
        assert visible.size() == tile.size(), (tile.objectName(), visible, tile.size())
        assert wizard.rect().contains(top_left)
        assert wizard.rect().contains(bottom_right)
    wizard.done(0)


def test_the_done_page_title_is_drawn_at_full_height(qtbot: QtBot, language: str) -> None:
    wizard = wizard_on(qtbot, "other")
    _fill_icloud(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: PageId(wizard.currentId()) is PageId.DONE, timeout=WAIT)
    save(wizard, language, "done")
    title = wizard.page(PageId.DONE).title()
    labels = [
        label
        for label in wizard.findChildren(QLabel)
        if label.isVisible() and label.text() == title
    ]
    assert labels, "the title is not shown"
    for label in labels:
        # At least as large as the page's text (a 3-point title was drawn ~5 px high).
        body = wizard.page(PageId.DONE).findChild(QLabel, "done_summary")
        assert label.fontMetrics().height() >= body.fontMetrics().height()
        assert label.height() >= label.fontMetrics().height(), label.height()
    wizard.done(0)


def test_the_running_step_shows_that_it_is_busy_and_for_how_long(
    qtbot: QtBot, language: str
) -> None:
    gate = threading.Event()
    wizard = wizard_on(qtbot, "other", probe_gate=gate)
    _fill_icloud(qtbot, wizard)
    wizard.next()
    page = wizard.page(PageId.TEST)
    busy = page.findChild(QWidget, "test_busy")
    assert busy is not None
    assert busy.isVisible()
    elapsed = page.findChild(QLabel, "test_elapsed")
    assert elapsed is not None
    qtbot.waitUntil(lambda: elapsed.text() != "" and "0" in elapsed.text(), timeout=WAIT)
    save(wizard, language, "test-running")
    gate.set()
    qtbot.waitUntil(lambda: PageId(wizard.currentId()) is PageId.DONE, timeout=WAIT)
    assert not busy.isVisible()
    wizard.done(0)


def test_no_error_before_the_user_typed_a_password(qtbot: QtBot, language: str) -> None:
    wizard = wizard_on(qtbot, "other")
    qtbot.mouseClick(wizard.findChild(QWidget, "provider_icloud"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    qtbot.keyClicks(page.email, "marie@icloud.com")  # type: ignore[attr-defined]
    QApplication.processEvents()
    save(wizard, language, "server-form")
    assert page.error.text() == ""  # type: ignore[attr-defined]
    qtbot.keyClicks(page.password, "x")  # type: ignore[attr-defined]
    page.password.setText("")  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert page.error.text() != ""  # type: ignore[attr-defined] # now it is a mistake
    wizard.done(0)


def test_disabled_controls_look_disabled_and_boxes_and_arrows_are_drawn(
    qtbot: QtBot, language: str
) -> None:
    wizard = wizard_on(qtbot, "other")
    qtbot.mouseClick(wizard.findChild(QWidget, "provider_imap"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    save(wizard, language, "server-form-empty")
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    back = wizard.button(wizard.WizardButton.BackButton)
    assert back.isEnabled()
    disabled, enabled = next_button.grab().toImage(), back.grab().toImage()
    # Grey, not the same white with dark text as an enabled button.
    assert disabled.pixelColor(disabled.width() // 2, 4) != enabled.pixelColor(
        enabled.width() // 2, 4
    )
    username = page.username  # type: ignore[attr-defined]
    assert not username.isEnabled()
    field = username.grab().toImage()
    assert field.pixelColor(field.width() // 2, field.height() // 2) != QColor("#ffffff")
    # An unchecked box is drawn: more than the background in the indicator's square.
    show = page.findChild(QCheckBox, "servers_show_password")
    image = show.grab().toImage()
    side = min(image.height(), 16 * image.devicePixelRatio())
    assert len(_distinct_colours(image, QRect(0, 0, int(side), int(side)))) > 2
    # Spin box and combo box arrows are drawn.
    for widget in (
        page.findChild(QSpinBox, "imap_port"),
        page.findChild(QComboBox, "imap_security"),
    ):
        image = widget.grab().toImage()
        ratio = image.devicePixelRatio()
        arrows = QRect(
            int(image.width() - 18 * ratio),
            int(4 * ratio),
            int(12 * ratio),
            int(image.height() - 8 * ratio),
        )
        dark = [
            colour
            for colour in _distinct_colours(image, arrows)
            if QColor(colour).lightness() < 140
        ]
        assert dark, widget.objectName()
    wizard.done(0)


CERT = CertificateInfo(
    subject="mail.example.test",
    issuer="Example Test CA",
    names=("mail.example.test",),
    not_before="2025-11-29T15:27:02+00:00",
    not_after="2026-11-29T15:27:02+00:00",
    sha256=":".join(f"{n:02X}" for n in range(32)),
    problem=next(iter(CertificateProblem)),
)


def test_certificate_dates_are_local_and_the_fingerprint_is_grouped(
    qtbot: QtBot, language: str
) -> None:
    dialog = CertificateDialog("mail.example.test", "Untrusted", CERT)
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog, language, "certificate")
    for name in ("certificate_not_before", "certificate_not_after"):
        text = dialog.findChild(QLabel, name).text()
        assert "T15:27" not in text, text
        assert "+00:00" not in text, text
        assert "2026" in text or "2025" in text or "26" in text
    fingerprint = dialog.findChild(QLabel, "certificate_fingerprint")
    assert "\n" in fingerprint.text() or "<br" in fingerprint.text()
    assert (
        fingerprint.text().replace("<br>", "\n").replace("\n", " ").replace(" ", ":") == CERT.sha256
    )
    assert fingerprint.width() <= dialog.width()


def test_each_label_has_one_meaning(qtbot: QtBot, language: str) -> None:
    wizard = wizard_on(qtbot, "google")
    save(wizard, language, "browser")
    texts = [b.text() for b in wizard.findChildren(QPushButton) if b.isVisible()]
    assert len(texts) == len(set(texts)), texts
    wizard.done(0)
    window = SettingsWindow(CATALOGUE)
    qtbot.addWidget(window)
    window.show()
    window.mailbox_tab.banner.show_message("Something happened", "warning")
    save(window, language, "settings-notice")
    names = [
        (b.text(), b.accessibleName() or b.toolTip())
        for b in window.findChildren(QAbstractButton)
        if b.isVisible()
    ]
    shown = [text or name for text, name in names]
    assert len(shown) == len(set(shown)), shown


def test_the_settings_window_keeps_its_size(qtbot: QtBot, language: str) -> None:
    window = SettingsWindow(CATALOGUE)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    size = window.size()
    server = ServerSettings("imap.example.test", 993, Security.SSL, None)
    account = MailAccount(
        "marie@example.test",
        AuthMethod.PASSWORD,
        server,
        ServerSettings("smtp.example.test", 465, Security.SSL, None),
        state=ConnectionState.CONNECTED,
    )
    tab = window.mailbox_tab
    tab.show_account(account, may_connect=True)
    QApplication.processEvents()
    assert window.size() == size
    tab.state_label.setText("State: " + "a very long state text " * 12)
    QApplication.processEvents()
    assert window.size() == size
    tab.show_account(None, may_connect=True)
    QApplication.processEvents()
    save(window, language, "settings")
    assert window.size() == size


def test_the_done_page_title_after_a_browser_sign_in_is_full_height(
    qtbot: QtBot, language: str
) -> None:
    browser = ScriptedBrowser(account="paul@gmail.com")
    ctx = context(MemorySecretStore(), browser, ScriptedOAuthClient(demo_config("google")))
    wizard = ConnectWizard(ctx, None, "google")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: PageId(wizard.currentId()) is PageId.DONE, timeout=WAIT)
    QApplication.processEvents()
    save(wizard, language, "done-google")
    title = wizard.page(PageId.DONE).title()
    labels = [label for label in wizard.findChildren(QLabel) if label.text() == title]
    assert labels
    for label in labels:
        assert label.isVisible()
        # At least as large as the page's text (a 3-point title was drawn ~5 px high).
        body = wizard.page(PageId.DONE).findChild(QLabel, "done_summary")
        assert label.fontMetrics().height() >= body.fontMetrics().height()
        assert label.height() >= label.fontMetrics().height(), label.height()
    wizard.done(0)
