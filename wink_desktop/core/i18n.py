"""Marking text for translation without importing Qt.

The core cannot call Qt's translator, but its messages still reach users. They are marked
with :func:`QT_TRANSLATE_NOOP` (the name ``pyside6-lupdate`` looks for), kept in English in
the code, and translated where they are shown: by the UI and the CLI, through the same
catalogues (``resources/translations``).
"""

from __future__ import annotations

from collections.abc import Callable

# A translator: ``(context, english_source) -> text in the user's language``.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


def untranslated(context: str, text: str) -> str:
    """The identity translator (English), for code paths with no catalogue loaded."""
    del context
    return text


#: A label and its value, as in "IMAP: works"; French puts a no-break space before the colon.
_LABELLED = QT_TRANSLATE_NOOP("Cli", "{label}: {value}")


def labelled(translate: Translate, label: str, value: str) -> str:
    """``label: value`` punctuated as the language wants it.

    French puts a no-break space before the colon: an f-string's ``": "`` would print
    "IMAP: Le serveur…" in the middle of French text.
    """
    return translate("Cli", _LABELLED).format(label=label, value=value)
