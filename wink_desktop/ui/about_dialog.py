"""About Wink Desktop: version, build, which browser sign-ins this build has, versions."""

from __future__ import annotations

import platform
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wink_desktop import APP_NAME, __version__
from wink_desktop.core.about import sign_in_summary
from wink_desktop.ui.i18n import translate
from wink_desktop.ui.theme_live import use_theme_palette

if TYPE_CHECKING:
    from wink_desktop.ui.context import AppContext
    from wink_desktop.ui.tasks import TaskSet

WEBSITE = "https://www.wink.fr"


def enabled_sign_ins(context: AppContext) -> tuple[list[str], list[str]]:
    """The browser sign-ins the context's clients have a client id for, and the others."""
    specs = context.catalogue.oauth
    clients = context.oauth_clients

    def configured(spec_id: str) -> bool:
        client = clients.get(spec_id)
        return client is not None and client.config.configured

    enabled = [spec.name for spec in specs if configured(spec.id)]
    return enabled, [spec.name for spec in specs if not configured(spec.id)]


class AboutDialog(QDialog):
    """What this copy of Wink Desktop is, for the user and for support.

    The sign-in line is filled in once the services are built (they read ``oauth.toml`` in
    a worker, never on the GUI thread).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Wink Desktop"))
        use_theme_palette(self)
        # Wide enough for each line to stay on one line in both languages.
        self.setMinimumWidth(460)
        self._layout = layout = QVBoxLayout(self)
        title = QLabel(f"<b>{APP_NAME}</b> {__version__}", self)
        title.setObjectName("about_version")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        frozen = bool(getattr(sys, "frozen", False))
        build = (
            self.tr("Build: installed package ({system}, {machine})")
            if frozen
            else self.tr("Build: from the source code ({system}, {machine})")
        )
        self.build = self._line(
            "about_build", build.format(system=platform.system(), machine=platform.machine())
        )
        self.sign_in = self._line("about_sign_in", self.tr("Sign-in: checking…"))
        self.versions = self._line(
            "about_versions",
            self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            ),
        )
        self.licence = self._line(
            "about_licence", self.tr("© Wink. Proprietary software: all rights reserved.")
        )
        self.links = self._line(
            "about_links",
            self.tr("Website: {website}. Help: Wink support, from your Wink account.").format(
                website=f'<a href="{WEBSITE}">{WEBSITE}</a>'
            ),
        )
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._fit()

    def _fit(self) -> None:
        """As tall as the lines need at the dialog's width.

        Qt sizes a dialog of wrapping labels for lines as narrow as its shortest word, so
        at the minimum width it was twice as tall as needed, the lines spread far apart.
        """
        width = max(self.width() if self.isVisible() else 0, self.minimumWidth())
        self.resize(width, self._layout.totalHeightForWidth(width))

    def _line(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(label)
        return label

    def show_sign_in(self, enabled: Sequence[str] | None, missing: Sequence[str]) -> None:
        """Say which browser sign-ins this build has (None: its configuration is broken)."""
        text = sign_in_summary(enabled, missing, translate)
        self.sign_in.setText(text[:1].upper() + text[1:])
        self._fit()

    def load(self, source: Callable[[], Awaitable[AppContext | None]], tasks: TaskSet) -> None:
        """Fill in the sign-in line from the services, once they are built."""

        async def fill() -> None:
            context = await source()
            if context is None:
                self.show_sign_in(None, [])
            else:
                self.show_sign_in(*enabled_sign_ins(context))

        tasks.start(fill())
