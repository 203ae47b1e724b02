"""Small widgets shared by the windows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class NoticeBanner(QFrame):
    """A one-line message across the top of a page, which the user can dismiss.

    ``kind`` (info, warning, error) selects the colours through the style sheet.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_banner")
        # Styled by this property: pages give each banner its own object name.
        self.setProperty("class", "notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        close = QToolButton(self)
        close.setObjectName("notice_close")
        close.setText("✕")
        # Not "Close": that is the window's button, which does something else.
        close.setAccessibleName(self.tr("Hide this message"))
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self._label, 1)
        self.action = QPushButton(self)
        self.action.setObjectName("notice_action")
        self.action.setAccessibleName(self.tr("Act on this message"))
        self.action.hide()
        self.action.clicked.connect(self._act)
        self._on_action: Callable[[], None] | None = None
        layout.addWidget(self.action)
        close_column = QVBoxLayout()
        close_column.addWidget(close)
        close_column.addStretch(1)
        layout.addLayout(close_column)
        self.hide()

    def show_message(
        self,
        text: str,
        kind: str = "info",
        action: str | None = None,
        on_action: Callable[[], None] | None = None,
    ) -> None:
        """Show ``text``; ``kind`` is info, warning or error; an optional action button."""
        self._on_action = on_action
        self.action.setVisible(bool(action and on_action))
        self.action.setText(action or "")
        self.action.setAccessibleName(action or self.tr("Act on this message"))
        self._label.setText(text)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def _act(self) -> None:
        if self._on_action is not None:
            self._on_action()

    def text(self) -> str:
        """The message shown now (empty when hidden)."""
        return self._label.text() if self.isVisible() else ""


def heading(text: str, parent: QWidget | None = None, level: int = 1) -> QLabel:
    """A title label styled by the style sheet (``h1``/``h2``)."""
    label = QLabel(text, parent)
    label.setObjectName(f"h{level}")
    label.setWordWrap(True)
    return label


def centered(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` in its middle (stretch on both sides)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row
