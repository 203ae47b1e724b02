"""Settings' "Lancer Wink au démarrage": the saved choice, applied off the GUI thread."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wink_desktop.core.startup import StartMode, apply_start_with_session

if TYPE_CHECKING:
    from wink_desktop.core.startup import PreferencesStore, SessionStart
    from wink_desktop.ui.settings_window import SettingsWindow
    from wink_desktop.ui.shell import Shell

log = logging.getLogger(__name__)


class StartupOption(QObject):
    """Keeps Settings' check box, the preferences file and the system's entry in step.

    At start-up, while the option is on, the entry is written again: it then names the
    install that runs now (after an update or a move) and the way to start that fits this
    desktop (into the tray where there is one, else the window minimised).

    Args:
        shell: the windows (Settings is found when the gear opens it) and the tasks.
        preferences: where the choice is saved.
        session: the system's start-up entry.
        mode: how a start with the session shows Wink.
    """

    def __init__(
        self,
        shell: Shell,
        preferences: PreferencesStore,
        session: SessionStart,
        mode: StartMode,
    ) -> None:
        super().__init__(shell)
        self._shell = shell
        self._preferences = preferences
        self._session = session
        self.mode = mode
        self.checked: bool | None = None  # None until the saved choice is read
        self._settings: SettingsWindow | None = None
        # After the shell's own slot, which creates the Settings window on first use.
        shell.main_window.settings_requested.connect(self._bind_settings)
        shell.tasks.start(self._read())

    async def _read(self) -> None:
        preferences = await asyncio.to_thread(self._preferences.load)
        self.checked = preferences.start_with_session
        if self.checked:
            await self._apply(True, quietly=True)
        self._show()

    def _bind_settings(self) -> None:
        from wink_desktop.ui.settings_window import SettingsWindow  # noqa: PLC0415

        settings = self._shell.main_window.findChild(SettingsWindow)
        if settings is None or settings is self._settings:
            return
        self._settings = settings
        settings.start_with_session.toggled.connect(self._toggled)
        self._show()

    def _show(self) -> None:
        if self._settings is None:
            return
        box = self._settings.start_with_session
        box.blockSignals(True)  # showing the saved choice is not a new choice
        box.setChecked(bool(self.checked))
        box.blockSignals(False)
        box.setEnabled(self.checked is not None)

    def _toggled(self, checked: bool) -> None:
        if self._settings is not None:
            self._settings.start_with_session.setEnabled(False)  # one change at a time
        self._shell.tasks.start(self._apply(checked, quietly=False))

    async def _apply(self, wanted: bool, *, quietly: bool) -> None:
        try:
            await asyncio.to_thread(
                apply_start_with_session, self._preferences, self._session, wanted, self.mode
            )
        except (OSError, ValueError) as exc:
            log.warning("cannot change the start with the session: %s", type(exc).__name__)
            if not quietly and self._settings is not None:
                self._settings.mailbox_tab.banner.show_message(
                    self.tr(
                        "Wink could not change whether it starts with your session: your "
                        "settings folder or its autostart folder cannot be written. Check "
                        "their permissions and free space, then try again."
                    ),
                    "error",
                )
        else:
            self.checked = wanted
        self._show()
