"""What a screen reader says on the wizard's pages, and where the form's servers came from.

On the demo fakes (no server): accessible names, labels and texts, found by role and by
the words a user hears, never by object name.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QListWidget, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_wizard_offline import PASSWORD, context
from wink_desktop.core.discovery import Discovered, Source
from wink_desktop.core.models import Security
from wink_desktop.core.settings import ServerSettings
from wink_desktop.demo.discovery import ScriptedSource
from wink_desktop.demo.oauth import ScriptedBrowser, ScriptedOAuthClient, demo_config
from wink_desktop.demo.stores import MemorySecretStore
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.wizard import ConnectWizard, PageId

pytestmark = pytest.mark.usefixtures("qloop")

WAIT = 10_000
NAME = QAccessible.Text.Name


def _wizard(qtbot: QtBot, choice: str | None, *sources: ScriptedSource) -> ConnectWizard:
    ctx = context(
        MemorySecretStore(), ScriptedBrowser(), ScriptedOAuthClient(demo_config("google"))
    )
    ctx.discovery_sources = lambda: list(sources)
    wizard = ConnectWizard(ctx, None, choice)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _accessible(widget: QWidget) -> QAccessibleInterface:
    return QAccessible.queryAccessibleInterface(widget)


def _labels_of(widget: QWidget) -> list[str]:
    """The texts of the labels a screen reader announces ``widget`` by."""
    return [
        other.text(NAME)
        for other, _ in _accessible(widget).relations(QAccessible.RelationFlag.Label)
    ]


def _by_label(page: QWidget, kind: type[QWidget], label: str) -> QWidget:
    found = [w for w in page.findChildren(kind) if label in _labels_of(w)]
    assert len(found) == 1, f"no single {kind.__name__} labelled {label!r}"
    return found[0]


def _tile(wizard: ConnectWizard, name: str) -> QWidget:
    tiles = [b for b in wizard.findChildren(QAbstractButton) if _accessible(b).text(NAME) == name]
    assert tiles, name
    return tiles[0]


def test_the_security_lists_are_announced_by_their_label(qtbot: QtBot, language: str) -> None:
    wizard = _wizard(qtbot, "other")
    qtbot.mouseClick(_tile(wizard, "iCloud"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    for protocol in ("IMAP", "SMTP"):
        label = translate("ServerFields", "{protocol} security").format(protocol=protocol)
        combo = _by_label(page, QComboBox, label)
        assert combo.isVisible()
    french = {"fr": "Sécurité IMAP", "en": "IMAP security"}[language]
    assert _by_label(page, QComboBox, french).isVisible()
    wizard.done(0)


def test_the_show_password_box_and_the_clear_button_have_names(qtbot: QtBot, language: str) -> None:
    wizard = _wizard(qtbot, None)
    email_page = wizard.page(PageId.EMAIL)
    email_page.email.setText("marie@icloud.com")  # type: ignore[attr-defined]
    clear = [b for b in email_page.findChildren(QToolButton) if b.isVisible()]
    assert len(clear) == 1
    expected = {"fr": "Effacer l’adresse", "en": "Clear the address"}[language]
    assert _accessible(clear[0]).text(NAME) == expected
    wizard.done(0)
    wizard = _wizard(qtbot, "other")
    qtbot.mouseClick(_tile(wizard, "iCloud"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    names = {_accessible(b).text(NAME) for b in page.findChildren(QWidget) if b.isVisible()}
    assert {"fr": "Afficher le mot de passe", "en": "Show the password"}[language] in names
    wizard.done(0)


def test_each_step_says_in_words_whether_it_worked(qtbot: QtBot, language: str) -> None:
    wizard = _wizard(qtbot, "other")
    qtbot.mouseClick(_tile(wizard, "iCloud"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    page.email.setText("marie@icloud.com")  # type: ignore[attr-defined]
    page.password.setText(PASSWORD + "-wrong")  # type: ignore[attr-defined]
    wizard.next()
    test_page = wizard.page(PageId.TEST)
    qtbot.waitUntil(lambda: not test_page.banner.isHidden(), timeout=WAIT)  # type: ignore[attr-defined]
    done, failed = {"fr": ("réussi", "échoué"), "en": ("done", "failed")}[language]
    spoken: list[str] = []
    for steps in test_page.findChildren(QListWidget):
        view = _accessible(steps)
        spoken.extend(view.child(i).text(NAME) for i in range(view.childCount()))
    assert any(done in text for text in spoken), spoken
    assert any(failed in text for text in spoken), spoken
    assert not any(text.startswith(("✓", "✗")) for text in spoken), spoken
    wizard.done(0)


def _found(source: Source, *, trusted: bool) -> ScriptedSource:
    answer = Discovered(
        "marie@exemple.fr",
        source,
        trusted,
        ServerSettings("imap.exemple.fr", 993, Security.SSL),
        ServerSettings("smtp.exemple.fr", 465, Security.SSL),
    )
    return ScriptedSource(source, answer)


@pytest.mark.parametrize(
    ("source", "trusted", "words"),
    [
        (Source.ISPDB, False, {"fr": "Thunderbird", "en": "Thunderbird"}),
        (Source.AUTOCONFIG, True, {"fr": "propre fichier", "en": "own configuration file"}),
        (Source.SRV, True, {"fr": "DNS", "en": "DNS"}),
    ],
)
def test_the_server_form_says_where_the_settings_came_from(
    qtbot: QtBot, language: str, source: Source, trusted: bool, words: dict[str, str]
) -> None:
    wizard = _wizard(qtbot, None, _found(source, trusted=trusted))
    wizard.page(PageId.EMAIL).email.setText("marie@exemple.fr")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.state.discovered is not None, timeout=WAIT)
    other = wizard.page(PageId.EMAIL).other_provider  # type: ignore[attr-defined]
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.page(PageId.PROVIDER).view_all, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    imap_tile = {"fr": "Autre (IMAP)", "en": "Other (IMAP)"}[language]
    qtbot.mouseClick(_tile(wizard, imap_tile), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    shown = " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())
    assert words[language] in shown
    verified = {"fr": "Source vérifiée", "en": "Verified source"}[language]
    unverified = {"fr": "Source non vérifiée", "en": "Unverified source"}[language]
    assert (verified in shown) is trusted
    assert (unverified in shown) is not trusted
    wizard.done(0)


def test_the_bundled_list_is_named_as_the_source(qtbot: QtBot, language: str) -> None:
    wizard = _wizard(qtbot, "other")
    qtbot.mouseClick(_tile(wizard, "iCloud"), Qt.MouseButton.LeftButton)
    page = wizard.page(PageId.SERVERS)
    shown = " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())
    assert {"fr": "liste de fournisseurs", "en": "list of providers"}[language] in shown
    wizard.done(0)
