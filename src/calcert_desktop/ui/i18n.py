"""Translations: Qt's own dialogs in Polish, our strings in Polish (the source language)
or English (a compiled translation in resources/translations).

Qt's Polish comes from ``qtbase_pl.qm`` of the PySide6 in use (the frozen build keeps it:
build/calcert.spec). ``qt_pl.qm`` is only a catalogue naming ``qtbase_pl`` and
``qtmultimedia_pl``; the second is not shipped with PySide6, so it never loads and
``qtbase_pl`` is loaded itself. Qt 6.11 gave a few of its widgets' labels new wording
("&Look in:" where it had "Look in:") that ``qtbase_pl`` does not have yet: :class:`QtGaps`
supplies them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from calcert_desktop.resources import resources_dir

LANGUAGES = {"pl": "polski", "en": "English"}

# Qt's own texts missing from its Polish catalogue: (context, source, disambiguation) ->
# Polish. Found by asking which of Qt's dialogs' texts no catalogue translates
# (tests/ui/test_qt_dialogs_polish.py shows them translated).
QT_GAPS_PL: dict[tuple[str, str, str], str] = {
    ("QFileDialog", "&Look in:", ""): "&Szukaj w:",
    ("QFileDialog", "Files of &type:", ""): "Pliki &rodzaju:",
    ("QAbstractFileIconProvider", "Drive", ""): "Napęd",
    ("QAbstractFileIconProvider", "Folder", "All other platforms"): "Katalog",
    ("QIODevice", "No such file or directory", ""): "Nie ma takiego pliku ani katalogu",
    ("QPageSetupWidget", "Page &order:", ""): "&Kolejność stron:",
    ("QPageSetupWidget", "Pages &per sheet:", ""): "Stron na &arkuszu:",
    ("QPrintSettingsOutput", "Double Sided Printing", ""): "Druk dwustronny",
    ("QPrintSettingsOutput", "Long side binding", ""): "Oprawa wzdłuż dłuższego boku",
    ("QPrintSettingsOutput", "Short side binding", ""): "Oprawa wzdłuż krótszego boku",
    ("QPrintSettingsOutput", "Off", ""): "Wyłączony",
    ("QPrintSettingsOutput", "Page &Set:", ""): "&Zestaw stron:",
    ("QPrintSettingsOutput", "Pages", ""): "Strony",
    (
        "QPrintSettingsOutput",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
        "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
        "",
    ): "Podaj strony albo zakresy stron oddzielone przecinkami; zakres to dwie liczby "
    "połączone łącznikiem, np. 3,5-7,9 drukuje strony 3, 5, 6, 7 i 9.",
}


class QtGaps(QTranslator):
    """Qt's own texts its Polish catalogue lacks (:data:`QT_GAPS_PL`). Installed before
    ``qtbase_pl``, so it is asked only for what no other catalogue translates."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = QT_GAPS_PL

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": Qt takes an empty text for a translation and would show nothing.
        return self._texts.get((context, source, disambiguation or ""))

    def isEmpty(self) -> bool:  # not empty: its texts come from code, not a file
        return False


def translations_dir() -> Path:
    """Where our compiled .qm files are."""
    return resources_dir() / "translations"


def qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files may be: where Qt says, then inside the PySide6 package
    (``Qt/translations`` on Linux and macOS, ``translations`` in a Windows wheel; a frozen
    build keeps the same layout)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    found = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    for folder in (package / "Qt" / "translations", package / "translations"):
        if str(folder) not in found:
            found.append(str(folder))
    return found


def _load_qt(app: QApplication, locale: QLocale) -> QTranslator | None:
    """Qt's own catalogue (qtbase) for ``locale`` from the first folder that has it."""
    for folder in qt_translation_dirs():
        translator = QTranslator(app)
        if translator.load(locale, "qtbase", "_", folder):
            return translator
        translator.deleteLater()
    return None


_installed: list[QTranslator] = []


def install(app: QApplication, language: str = "pl") -> list[QTranslator]:
    """Load Qt's translation of its own widgets (with :class:`QtGaps` in Polish) and, for
    English, ours, in place of what an earlier call installed (a language switch leaves no
    Polish gap-filler behind English); returns the translators (they must stay alive as long
    as the application)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    locale = QLocale(QLocale.Language.Polish if language == "pl" else QLocale.Language.English)
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    qt = _load_qt(app, locale)
    if qt is not None:
        if language == "pl":  # first: the last installed is asked first
            gaps = QtGaps(app)
            app.installTranslator(gaps)
            translators.append(gaps)
        app.installTranslator(qt)
        translators.append(qt)
    if language != "pl":  # Polish is the source language of our strings
        ours = QTranslator(app)
        if ours.load(locale, "calcert", "_", str(translations_dir())):
            app.installTranslator(ours)
            translators.append(ours)
    _installed.extend(translators)
    return translators
