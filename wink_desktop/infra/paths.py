"""Where Wink Desktop keeps its files on this computer."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from wink_desktop import APP_ID

#: Overrides the base folder for config, data and logs (tests, portable installs).
HOME_ENV = "WINK_DESKTOP_HOME"
#: Overrides only the config folder (where account.json and profile.json live).
CONFIG_ENV = "WINK_CONFIG_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The folders the app writes to. Secrets are never written to any of them."""

    config: Path
    data: Path
    logs: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's user folders, or ``$WINK_DESKTOP_HOME/{config,data,logs}``."""
        override = os.environ.get(HOME_ENV)
        if override:
            base = Path(override).expanduser()
            paths = cls(config=base / "config", data=base / "data", logs=base / "logs")
        else:
            import platformdirs  # noqa: PLC0415 - only needed when no override is set

            dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
            paths = cls(
                config=Path(dirs.user_config_dir),
                data=Path(dirs.user_data_dir),
                logs=Path(dirs.user_log_dir),
            )
        config = os.environ.get(CONFIG_ENV)
        if config:
            return cls(config=Path(config).expanduser(), data=paths.data, logs=paths.logs)
        return paths
