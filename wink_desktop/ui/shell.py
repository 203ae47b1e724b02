"""The application shell: owns the windows and wires what the user asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wink_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from wink_desktop.ui.settings_window import SettingsWindow


class Shell(QObject):
    """Creates the main window and opens the others on demand."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.main_window = MainWindow()
        self._settings: SettingsWindow | None = None
        self.main_window.settings_requested.connect(self.open_settings)
        self.main_window.connect_requested.connect(self._connect_not_ready)

    def show(self) -> None:
        """Show the main window."""
        self.main_window.show()

    def open_settings(self) -> SettingsWindow:
        """Open (or bring to the front) the Settings window."""
        if self._settings is None:
            # Imported on first use: the settings window is not part of start-up.
            from wink_desktop.ui.settings_window import SettingsWindow  # noqa: PLC0415

            self._settings = SettingsWindow(self.main_window)
            self._settings.mailbox_tab.connect_requested.connect(self._settings_connect)
        self._settings.show()
        self._settings.raise_()
        self._settings.activateWindow()
        return self._settings

    def _not_ready_text(self) -> str:
        return self.tr(
            "Connecting a mailbox is not available in this preview yet. "
            "It comes with the next update of Wink Desktop."
        )

    def _connect_not_ready(self) -> None:
        self.main_window.show_notice(self._not_ready_text())

    def _settings_connect(self, choice: str) -> None:
        del choice  # every path opens the wizard once it exists
        if self._settings is not None:
            self._settings.mailbox_tab.banner.show_message(self._not_ready_text())
