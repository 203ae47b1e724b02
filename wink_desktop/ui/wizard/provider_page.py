"""Continue with Google, with Microsoft, or view all providers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wink_desktop.core.problems import describe
from wink_desktop.core.providers import Provider
from wink_desktop.services.connect_flow import IMAP_CHOICE, Resolution
from wink_desktop.services.connect_flow_fallback import browser_sign_ins
from wink_desktop.ui import theme
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.logos import provider_logo
from wink_desktop.ui.resources import icon
from wink_desktop.ui.widgets import NoticeBanner
from wink_desktop.ui.wizard.common import FlowPage, PageId, hint_text

if TYPE_CHECKING:
    from wink_desktop.ui.wizard.shell import ConnectWizard


# Tiles per row of the provider grid.
COLUMNS = 5
# The side of a tile's logo.
TILE_LOGO = 36


class ProviderPage(FlowPage):
    """One button per browser sign-in, and a tile per provider; the flow decides the rest."""

    step = PageId.PROVIDER

    def __init__(self, wizard: ConnectWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page_provider")
        self.setTitle(self.tr("Choose your provider"))
        self.setSubTitle(
            self._subtitle(browser_sign_ins(self.flow.catalogue, wizard.context.oauth_clients))
        )
        layout = QVBoxLayout(self)
        self.recommendation = QLabel(self)
        self.recommendation.setObjectName("provider_recommendation")
        self.recommendation.setWordWrap(True)
        layout.addWidget(self.recommendation)
        # The browser sign-in buttons, by provider id.
        self.oauth_buttons: dict[str, QPushButton] = {}
        for spec in self.flow.catalogue.oauth:
            button = QPushButton(icon(spec.id), translate("Providers", spec.continue_label), self)
            button.setObjectName(f"continue_{spec.object_name}")
            button.setIconSize(QSize(24, 24))
            button.setProperty("class", "providerButton")
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, choice=spec.id: self._choose(choice))
            layout.addWidget(button)
            self.oauth_buttons[spec.id] = button
        self.view_all = QPushButton(self.tr("View all providers"), self)
        self.view_all.setObjectName("view_all_providers")
        self.view_all.setCheckable(True)
        self.view_all.toggled.connect(self._toggle_all)
        layout.addWidget(self.view_all)
        # The tiles scroll rather than squeeze: a squeezed grid overlaps its tiles and cuts
        # off the last row (long names, 2x screens, a hint shown above).
        self.grid_scroll = QScrollArea(self)
        self.grid_scroll.setObjectName("provider_scroll")
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid_box = QWidget(self.grid_scroll)
        grid = QGridLayout(self.grid_box)
        grid.setSpacing(8)
        tiles = [self._tile(provider) for provider in [*self._tiles(), None]]
        # One size for every tile: the largest any of them needs in this language.
        width = max(tile.sizeHint().width() for tile in tiles)
        height = max(tile.sizeHint().height() for tile in tiles)
        for index, tile in enumerate(tiles):
            tile.setFixedSize(QSize(max(width, 118), max(height, 78)))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        self.grid_keys = GridKeys(tiles, COLUMNS, self.grid_scroll)
        self.grid_scroll.setWidget(self.grid_box)
        self.grid_scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.grid_scroll, 1)
        self.grid_scroll.hide()
        self.hint = NoticeBanner(self)
        self.hint.setObjectName("provider_hint")
        layout.addWidget(self.hint)
        layout.addStretch(0)

    def _subtitle(self, sign_ins: tuple[str, ...]) -> str:
        """What is true of this build: "never sees your password" only for its sign-ins."""
        if len(sign_ins) > 1:
            return self.tr(
                "With {first} and {second} you sign in on their own page; Wink never sees "
                "your password."
            ).format(first=sign_ins[0], second=sign_ins[1])
        if sign_ins:
            return self.tr(
                "With {provider} you sign in on its own page; Wink never sees your password."
            ).format(provider=sign_ins[0])
        return self.tr(
            "Pick your provider: Wink fills in the settings it knows and tests them before "
            "saving anything."
        )

    def _tiles(self) -> list[Provider]:
        """Every password provider once (some have several server families)."""
        seen: set[str] = set()
        tiles = []
        for provider in self.flow.catalogue.providers:
            if provider.id not in seen and not provider.uses_oauth:
                seen.add(provider.id)
                tiles.append(provider)
        return tiles

    def _tile(self, provider: Provider | None) -> QToolButton:
        button = QToolButton(self.grid_box)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(TILE_LOGO, TILE_LOGO))
        button.setProperty("class", "tile")
        choice = provider.id if provider else IMAP_CHOICE
        button.setObjectName(f"provider_{choice}")
        if theme.current_name() == "dark":
            # A navy or black logo would fade into the dark tile: it gets a light plate.
            colours = theme.tokens()
            logo = provider_logo(choice, colours["surface"], colours["text"], TILE_LOGO)
        else:
            logo = icon(f"providers/{choice}")  # the brands' own colours read on white
        button.setIcon(logo)
        button.setText(provider.name if provider else self.tr("Other (IMAP)"))
        button.setAccessibleName(button.text())
        button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        return button

    def show_all_providers(self) -> None:
        """Open the list of every provider (the "another service" entry point)."""
        self.view_all.setChecked(True)

    def _toggle_all(self, shown: bool) -> None:
        self.grid_scroll.setVisible(shown)

    def initializePage(self) -> None:  # noqa: N802
        """Render the flow's recommendation for the address typed on the previous page."""
        self.hint.hide()
        email = self.flow.state.email
        recommended = self.flow.begin_choice()
        self._explain_unavailable(self.flow.state.resolution)
        # A browser sign-in this build lacks still has its button (it leads to the way it can).
        button = self.oauth_buttons.get(recommended.provider.id if recommended.provider else "")
        if button is not None:
            self.recommendation.setText(self.tr("Recommended for {email}:").format(email=email))
            button.setFocus()
        elif recommended.provider is not None:
            self.recommendation.setText(
                self.tr("Recommended for {email}: {provider}").format(
                    email=email, provider=recommended.provider.name
                )
            )
            self.view_all.setChecked(True)
        else:
            self.recommendation.setText("")

    def _explain_unavailable(self, resolution: Resolution) -> bool:
        """Say why the choice cannot go on in this build (the flow decided it cannot)."""
        if resolution.unavailable is None:
            return False
        self.hint.show_message(describe(resolution.unavailable, translate), "warning")
        return True

    def cleanupPage(self) -> None:  # noqa: N802
        """Back to the address page: its own route again, not the list."""
        self.flow.back_to_address()

    def _choose(self, choice: str) -> None:
        resolution = self.flow.choose(choice)
        if self._explain_unavailable(resolution):
            self.completeChanged.emit()
            return
        provider = resolution.provider
        if provider is not None and provider.hint and self.flow.state.oauth is None:
            self.hint.show_message(hint_text(provider), "warning")
        self._wizard.next()

    def isComplete(self) -> bool:  # noqa: N802
        """One of the choices must be made (they move on by themselves)."""
        return self.flow.may_leave(self.step)


class GridKeys(QObject):
    """Arrow keys between the tiles; Return, Enter (and Space) choose; Tab passes the grid.

    Only the current tile takes Tab focus, so the grid is one stop in the Tab order (as a
    list would be) instead of one per provider.

    Args:
        tiles: the tiles, in reading order.
        columns: tiles per row.
        scroll: the area that scrolls them (the focused tile is scrolled into view).
    """

    def __init__(self, tiles: list[QToolButton], columns: int, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._tiles = tiles
        self._columns = columns
        self._scroll = scroll
        for tile in tiles:
            tile.installEventFilter(self)
        self._make_current(tiles[0])

    def _make_current(self, current: QToolButton) -> None:
        for tile in self._tiles:
            tile.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if tile is current else Qt.FocusPolicy.ClickFocus
            )

    def _move(self, index: int, key: int) -> bool:
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._columns,
            Qt.Key.Key_Down: self._columns,
        }.get(Qt.Key(key))
        if step is None:
            return False
        target = index + step
        if 0 <= target < len(self._tiles):
            tile = self._tiles[target]
            self._make_current(tile)
            tile.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(tile)
        return True  # at an edge the key stays in the grid: the focus does not jump away

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Arrows move, Return and Enter choose; every other key as usual."""
        if not isinstance(watched, QToolButton) or watched not in self._tiles:
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._make_current(watched)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
                watched.click()
                return True
            return self._move(self._tiles.index(watched), event.key())
        return False
