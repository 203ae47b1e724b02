"""The dark theme: chosen by the system's colour scheme (live) or forced, and as finished as
the light one. Every window is grabbed and its pixels read; the screenshots land in
``artifacts/screenshots/<lang>/dark/`` (``QT_SCALE_FACTOR=2`` for 2x, in ``dark-2x``)."""

from __future__ import annotations

import asyncio
import os
import re
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.test_finished_look import CERT, wizard_on
from tests.gui.test_look import contrast
from tests.gui.test_wizard import ARTIFACTS
from tests.gui.test_wizard_offline import PASSWORD, context
from wink_desktop.core.account import MailAccount
from wink_desktop.core.checks import Problem, ProblemCode
from wink_desktop.core.models import AuthMethod, ConnectionState, Role, Security
from wink_desktop.core.problems import problem_message
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.stores import MemoryAccountStore, MemorySecretStore
from wink_desktop.providers.registry import CATALOGUE
from wink_desktop.services.records import AccountRecord, ProfileRecord
from wink_desktop.ui import theme
from wink_desktop.ui.dialogs import CertificateDialog, ConfirmDialog, PlaintextDialog
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.main_window import MainWindow
from wink_desktop.ui.resources import resource_dir, stylesheet
from wink_desktop.ui.settings_window import SettingsWindow
from wink_desktop.ui.shell import Shell
from wink_desktop.ui.support import world
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = pytest.mark.usefixtures("qloop")

WAIT = 10_000
ACCOUNT = MailAccount(
    "marie@example.test",
    AuthMethod.PASSWORD,
    ServerSettings("imap.example.test", 993, Security.SSL, None),
    ServerSettings("smtp.example.test", 465, Security.SSL, None),
    state=ConnectionState.CONNECTED,
)


def luminance(color: QColor) -> float:
    """WCAG relative luminance (0 black, 1 white)."""
    return (contrast(color, QColor("#000000")) - 1) / 20


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[None]:
    """Whatever a test does to the theme, the next one starts light, as the suite does."""
    palette = qapp.palette()
    yield
    theme.apply_theme(qapp, "light")
    qapp.setPalette(palette)
    theme._state.palette_set = False
    qapp.setStyleSheet(stylesheet())


@pytest.fixture
def dark(qapp: QApplication, restore_theme: None) -> str:
    del restore_theme
    return theme.apply_theme(qapp, "dark")


def save(widget: QWidget, language: str, name: str) -> None:
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    folder = ARTIFACTS / language / ("dark" if scale == "1" else f"dark-{scale}x")
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))


def background(image: QImage) -> QColor:
    """The colour covering most of ``image`` (sampled on a grid)."""
    step = max(2, min(image.width(), image.height()) // 60)
    counts = Counter(
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def assert_dark_with_light_text(window: QWidget) -> None:
    """A dark background, and each visible label's text light on it (read in the pixels)."""
    QApplication.processEvents()
    image = window.grab().toImage()
    ground = background(image)
    assert luminance(ground) < 0.05, f"{window.objectName()}: background {ground.name()}"
    # No black: rulers, separators and frames are drawn in the theme's line colours.
    black = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if max(QColor(image.pixel(x, y)).getRgb()[:3]) < 12
    ]
    assert not black, f"{window.objectName()}: black pixels at {black[:5]}"
    labels = [
        label
        for label in window.findChildren(QLabel)
        # Disabled text is grey on purpose (WCAG exempts inactive controls).
        if label.isVisible() and label.isEnabled() and label.text().strip() and label.width() > 4
    ]
    assert labels, window.objectName()
    for label in labels:
        grabbed = label.grab().toImage()
        colours = {
            grabbed.pixel(x, y)
            for x in range(0, grabbed.width(), 1)
            for y in range(0, grabbed.height(), 1)
        }
        lightest = max((QColor.fromRgb(c) for c in colours), key=luminance)
        name = label.objectName() or label.text()[:30]
        assert contrast(lightest, ground) >= 4.5, f"{window.objectName()}: {name} is unreadable"
        assert luminance(lightest) > luminance(ground), name


# ------------------------------------------------------------------ tokens


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_colour_reads_on_its_background(name: str) -> None:
    tokens = theme.THEMES[name]
    assert set(tokens) == set(theme.LIGHT), "both themes name the same tokens"
    for text, ground in theme.TEXT_PAIRS:
        ratio = contrast(QColor(tokens[text]), QColor(tokens[ground]))
        assert ratio >= 4.5, f"{name}: {text} on {ground} is {ratio:.2f}:1"


def test_the_style_sheet_uses_only_tokens_and_both_themes_fill_it() -> None:
    for name in theme.THEMES:
        sheet = stylesheet(name)
        assert not re.search(r"@[a-z_0-9]+@", sheet), "a placeholder is left"
        # The arrows and the check mark of the dark theme are its own, in its colours.
        for icon, token in theme.TINTED_ICONS.items():
            folder = resource_dir() / "icons" / ("" if name == "light" else name)
            path = folder / f"{icon}.svg"
            assert path.as_posix() in sheet, (name, icon)
            assert theme.THEMES[name][token] in path.read_text(encoding="utf-8"), (name, icon)


def test_the_dark_icons_are_the_light_ones_in_dark_colours() -> None:
    icons = resource_dir() / "icons"
    for icon, token in theme.TINTED_ICONS.items():
        light = (icons / f"{icon}.svg").read_text(encoding="utf-8")
        dark = (icons / "dark" / f"{icon}.svg").read_text(encoding="utf-8")
        assert dark == light.replace(theme.LIGHT[token], theme.DARK[token])


# ------------------------------------------------------------------ choosing


@pytest.mark.usefixtures("restore_theme")
@pytest.mark.parametrize(
    ("value", "expected"),
    [("dark", "dark"), ("light", "light"), ("system", "light"), ("", "light"), ("pink", "light")],
)
def test_the_environment_chooses_the_theme(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, value: str, expected: str
) -> None:
    # Offscreen, the system's scheme is unknown and its palette light: system means light.
    monkeypatch.setenv(theme.THEME_ENV, value)
    assert theme.apply_theme(qapp) == expected
    assert theme.current_name() == expected
    assert qapp.styleSheet() == stylesheet(expected)


@pytest.mark.usefixtures("restore_theme")
def test_a_wrong_choice_in_code_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="purple"):
        theme.apply_theme(qapp, "purple")


@pytest.mark.usefixtures("restore_theme")
def test_a_change_of_the_system_scheme_re_themes_open_windows(
    qtbot: QtBot, qapp: QApplication
) -> None:
    assert theme.apply_theme(qapp, "system") == "light"
    theme.follow_system(qapp)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.mailbox_page.show_account(None, may_connect=True)
    settings = SettingsWindow(CATALOGUE)
    qtbot.addWidget(settings)
    settings.show()
    QApplication.processEvents()
    assert luminance(background(window.grab().toImage())) > 0.8
    # What the platform does when the user picks the dark scheme in the system settings.
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_name() == "dark"
    assert_dark_with_light_text(window)
    assert_dark_with_light_text(settings)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    QApplication.processEvents()
    assert theme.current_name() == "light"
    assert luminance(background(settings.grab().toImage())) > 0.8
    # A theme forced by the user (or the support kit) does not follow the system.
    theme.apply_theme(qapp, "light")
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_name() == "light"


# ------------------------------------------------------------------ every window, dark


@pytest.mark.usefixtures("dark")
def test_the_main_window_is_dark(qtbot: QtBot, language: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.mailbox_page.show_account(None, may_connect=True)
    assert_dark_with_light_text(window)
    save(window, language, "01-main-window")
    # The navigation's current section: the accent's soft tint, its text readable.
    button = window.navigation.button(0)
    image = button.grab().toImage()
    ground = background(image)
    assert ground == QColor(theme.DARK["accent_soft"]), ground.name()
    window.mailbox_page.show_account(ACCOUNT, may_connect=True)
    assert_dark_with_light_text(window)
    save(window, language, "01b-main-window-connected")


@pytest.mark.usefixtures("dark")
def test_settings_are_dark(qtbot: QtBot, language: str) -> None:
    window = SettingsWindow(CATALOGUE)
    qtbot.addWidget(window)
    window.show()
    assert_dark_with_light_text(window)
    save(window, language, "10-settings")
    # The app's own Settings over a mailbox that needs the user: its real banner.
    shell = _shell(replace(ACCOUNT, state=ConnectionState.NEEDS_RECONNECTION))
    qtbot.addWidget(shell.main_window)
    window = shell.open_settings()
    qtbot.waitUntil(window.mailbox_tab.banner.isVisible, timeout=WAIT)
    assert_dark_with_light_text(window)
    save(window, language, "11-settings-connected")


def _shell(account: MailAccount) -> Shell:
    """The app's windows over a saved ``account``, without services (nothing is checked)."""
    accounts = AccountRecord(MemoryAccountStore(account))
    accounts.load_now()
    profile = ProfileRecord(world.profile(Role.ADMIN))
    profile.load_now()
    shell = Shell(accounts, profile, None, catalogue=lambda: CATALOGUE)
    shell.show()
    return shell


@pytest.mark.usefixtures("dark")
def test_dialogs_are_dark(qtbot: QtBot, language: str) -> None:
    problem = Problem(
        ProblemCode.TLS_CERTIFICATE, (("host", CERT.subject), ("port", "993")), certificate=CERT
    )
    reason = problem_message(problem, translate)
    for name, dialog in (
        ("06c-certificate", CertificateDialog(CERT.subject, reason, CERT)),
        ("06e-plaintext", PlaintextDialog()),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_dark_with_light_text(dialog)
        save(dialog, language, name)
    # "Replace with another mailbox": the question the app asks, as it asks it.
    shell = _shell(ACCOUNT)
    qtbot.addWidget(shell.main_window)
    shell.start_connect(None)
    dialogs = [d for d in shell.main_window.findChildren(ConfirmDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert ACCOUNT.email in " ".join(label.text() for label in dialogs[0].findChildren(QLabel))
    assert_dark_with_light_text(dialogs[0])
    save(dialogs[0], language, "12-replace")
    dialogs[0].reject()


@pytest.mark.usefixtures("dark")
def test_every_wizard_page_is_dark(qtbot: QtBot, language: str) -> None:
    wizard = wizard_on(qtbot, None)
    assert_dark_with_light_text(wizard)
    save(wizard, language, "02-email")
    wizard.done(0)
    wizard = wizard_on(qtbot, "other")
    assert_dark_with_light_text(wizard)
    save(wizard, language, "03-providers")
    qtbot.mouseClick(wizard.findChild(QWidget, "provider_imap"), Qt.MouseButton.LeftButton)
    assert_dark_with_light_text(wizard)
    _check_controls(wizard)
    save(wizard, language, "04-server-form")
    wizard.done(0)

    gate = threading.Event()
    wizard = wizard_on(qtbot, "other", probe_gate=gate)
    qtbot.mouseClick(wizard.findChild(QWidget, "provider_icloud"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    page.email.setText("marie@icloud.com")  # type: ignore[attr-defined]
    page.password.setText(PASSWORD)  # type: ignore[attr-defined]
    save(wizard, language, "04b-server-form-filled")
    wizard.next()
    assert_dark_with_light_text(wizard)
    save(wizard, language, "05-test-running")
    gate.set()
    qtbot.waitUntil(lambda: PageId(wizard.currentId()) is PageId.DONE, timeout=WAIT)
    assert_dark_with_light_text(wizard)
    save(wizard, language, "07-done")
    wizard.done(0)

    # The user is still in the browser: the page waits.
    browser = ScriptedBrowser(account="paul@gmail.com", gate=asyncio.Event())
    ctx = context(MemorySecretStore(), browser, ScriptedOAuthClient(demo_config("google")))
    wizard = ConnectWizard(ctx, None, "google")
    qtbot.addWidget(wizard)
    wizard.show()
    QApplication.processEvents()
    assert_dark_with_light_text(wizard)
    save(wizard, language, "08-browser")
    wizard.done(0)


def _check_controls(wizard: ConnectWizard) -> None:
    """Arrows, boxes, disabled fields and buttons are drawn in the dark theme's colours."""
    page = wizard.page(PageId.SERVERS)
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
        light = [
            (x, y)
            for x in range(arrows.left(), arrows.right())
            for y in range(arrows.top(), arrows.bottom())
            if QColor(image.pixel(x, y)).lightness() > 150
        ]
        assert light, f"{widget.objectName()}: no visible arrow"
    show = page.findChild(QCheckBox, "servers_show_password")
    image = show.grab().toImage()
    side = int(min(image.height(), 16 * image.devicePixelRatio()))
    border = {QColor(image.pixel(x, y)).name() for x in range(side) for y in range(side)}
    assert QColor(theme.DARK["border_strong"]).name() in border, border
    # Ticked: the accent, and the check mark drawn on it in the dark text colour.
    show.setChecked(True)
    QApplication.processEvents()
    image = show.grab().toImage()
    option = QStyleOptionButton()
    show.initStyleOption(option)
    box = show.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, show)
    ratio = image.devicePixelRatio()
    inside = [
        QColor(image.pixel(int(x * ratio), int(y * ratio)))
        for x in range(box.left() + 3, box.right() - 2)
        for y in range(box.top() + 3, box.bottom() - 2)
    ]
    accent = QColor(theme.DARK["accent"])
    assert accent in inside
    assert any(luminance(colour) < luminance(accent) / 3 for colour in inside), "no check mark"
    show.setChecked(False)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    disabled = background(next_button.grab().toImage())
    assert disabled == QColor(theme.DARK["disabled_bg"]), disabled.name()
    username = page.username  # type: ignore[attr-defined]
    assert not username.isEnabled()
    assert background(username.grab().toImage()) == QColor(theme.DARK["disabled_bg"])
    primary = [
        b
        for b in wizard.findChildren(QPushButton)
        # A disabled one looks like any disabled button (checked above), not like a way on.
        if b.property("class") == "primary" and b.isVisible() and b.isEnabled()
    ]
    for button in primary:
        assert contrast(background(button.grab().toImage()), QColor(theme.DARK["surface"])) > 3
    # The way forward, once possible, is drawn in Wink's violet and stands out.
    next_button.setEnabled(True)
    enabled = background(next_button.grab().toImage())
    assert enabled == QColor(theme.DARK["accent"]), enabled.name()
    assert contrast(enabled, QColor(theme.DARK["surface"])) > 3


def _black_pixels(widget: QWidget) -> list[tuple[int, int]]:
    QApplication.processEvents()
    image = widget.grab().toImage()
    return [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if max(QColor(image.pixel(x, y)).getRgb()[:3]) < 12
    ]


@pytest.mark.usefixtures("restore_theme")
@pytest.mark.parametrize("name", ["light", "dark"])
def test_no_black_lines_under_a_dark_system_palette(
    qtbot: QtBot, qapp: QApplication, name: str
) -> None:
    # A dark desktop palette draws sunken rulers and frames with black Dark/Shadow roles.
    system = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Dark, "#000000"),
        (QPalette.ColorRole.Shadow, "#000000"),
        (QPalette.ColorRole.Mid, "#000000"),
    ):
        system.setColor(role, QColor(colour))
    qapp.setPalette(system)
    # As at start-up on such a desktop, with the theme the user chose.
    theme.apply_theme(qapp, name)
    wizard = wizard_on(qtbot, "other")
    qtbot.mouseClick(wizard.findChild(QWidget, "provider_imap"), Qt.MouseButton.LeftButton)
    settings = SettingsWindow(CATALOGUE)
    qtbot.addWidget(settings)
    settings.show()
    for window in (wizard, settings):
        black = _black_pixels(window)
        assert not black, f"{name}: {window.objectName()} has black pixels at {black[:5]}"
    wizard.done(0)
