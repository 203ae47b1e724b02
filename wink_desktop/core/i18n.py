"""Marking text for translation without importing Qt.

The core cannot call Qt's translator, but its messages still reach users. They are marked
with :func:`QT_TRANSLATE_NOOP` (the name ``pyside6-lupdate`` looks for), kept in English in
the code, and translated where they are shown: by the UI and the CLI, through the same
catalogues (``resources/translations``).
"""

from __future__ import annotations

from collections.abc import Callable

#: A translator: ``(context, english_source) -> text in the user's language``.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


def untranslated(context: str, text: str) -> str:
    """The identity translator (English), for code paths with no catalogue loaded."""
    del context
    return text
