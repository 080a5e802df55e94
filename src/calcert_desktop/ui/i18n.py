"""Translations: Qt's own dialogs in Polish, our strings in Polish (the source language)
or English (a compiled translation in resources/translations)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from calcert_desktop.resources import resources_dir

LANGUAGES = {"pl": "polski", "en": "English"}


def translations_dir() -> Path:
    """Where our compiled .qm files are."""
    return resources_dir() / "translations"


def install(app: QApplication, language: str = "pl") -> list[QTranslator]:
    """Load Qt's translation of its own widgets and, for English, ours; returns the
    translators (they must stay alive as long as the application)."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    locale = QLocale(QLocale.Language.Polish if language == "pl" else QLocale.Language.English)
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    for name, folder in (("qtbase", qt_dir), ("calcert", str(translations_dir()))):
        if name == "calcert" and language == "pl":
            continue  # Polish is the source language of our strings
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators
