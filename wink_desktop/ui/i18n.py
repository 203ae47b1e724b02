"""Choosing the user's language and installing the catalogues into Qt."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wink_desktop.ui.resources import translations_dir

if TYPE_CHECKING:
    from wink_desktop.core.i18n import Translate

#: Languages with a full catalogue; the first is the product's own language.
SUPPORTED_LANGUAGES = ("fr", "en")
#: Overrides the language the system asks for.
LANGUAGE_ENV = "WINK_DESKTOP_LANG"


def choose_language(requested: str | None = None) -> str:
    """Pick ``requested``, else ``$WINK_DESKTOP_LANG``, else the system's if supported.

    Anything but French falls back to English, the source language of the code.
    """
    for candidate in (requested, os.environ.get(LANGUAGE_ENV)):
        if candidate:
            code = candidate.lower().split("_")[0].split("-")[0]
            return code if code in SUPPORTED_LANGUAGES else "en"
    system = QLocale.system().language()
    return "fr" if system == QLocale.Language.French else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (QWizard's buttons) for ``language``.

    Returns:
        The installed translators; keep them alive as long as the application.
    """
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"wink_desktop_{language}", None)):
        translator = QTranslator(app)
        directory = folder if folder is not None else str(translations_dir())
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed


def translate(context: str, source: str) -> str:
    """Translate a core message (marked with ``QT_TRANSLATE_NOOP``) through Qt."""
    return QCoreApplication.translate(context, source)


def catalogue_translate(language: str) -> Translate:
    """A translate function reading our catalogue directly (no QApplication: the CLI)."""
    # Imported here: the GUI's start-up does not need the core's i18n module.
    from wink_desktop.core.i18n import untranslated  # noqa: PLC0415

    if language == "en":
        return untranslated
    translator = QTranslator()
    if not translator.load(f"wink_desktop_{language}", str(translations_dir())):
        return untranslated

    def translate_with(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate_with
