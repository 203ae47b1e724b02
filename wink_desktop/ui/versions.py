"""Qt's version for the command line's diagnostics report (Qt stays in the UI layer)."""

from __future__ import annotations


def qt_version() -> str | None:
    """Qt's version, when PySide6 loads (the diagnostics report says so when it does not)."""
    try:
        from PySide6.QtCore import qVersion  # noqa: PLC0415 - only for the report
    except ImportError:
        return None
    return str(qVersion())
