"""Qt's own dialogs in Polish once the program's translators are in: the file dialog Qt
draws itself (Linux without a desktop's dialog, the self-test) and the print dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from calcert_desktop.ui import i18n


@pytest.fixture
def polish(qapp: QApplication):
    translators = i18n.install(qapp, "pl")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def labels(dialog: QFileDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


def test_the_file_dialog_qt_draws_speaks_polish(polish, qtbot):
    dialog = QFileDialog(None, "Zapisz kopię", "", "Kopia bazy danych (*.sqlite3)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    assert labels(dialog) == {
        "lookInLabel": "&Szukaj w:",
        "fileNameLabel": "Nazwa &pliku:",
        "fileTypeLabel": "Pliki &rodzaju:",
    }
    assert dialog.labelText(QFileDialog.DialogLabel.Accept).replace("&", "") == "Zachowaj"


def test_qt_catalogue_and_its_gaps_are_both_loaded(polish):
    assert any(isinstance(translator, i18n.QtGaps) for translator in polish)
    assert len(polish) == 2  # qtbase_pl itself, and what it lacks
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Szukaj w:"  # qtbase_pl
    assert QCoreApplication.translate("QPrintSettingsOutput", "Double Sided Printing") == (
        "Druk dwustronny"
    )
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                      "All other platforms") == "Katalog"  # fmt: skip
    # The gaps take nothing else: our own strings stay as written.
    assert QCoreApplication.translate("SettingsView", "Kopia zapasowa") == "Kopia zapasowa"


def test_english_has_no_polish_gaps(qapp: QApplication):
    translators = i18n.install(qapp, "en")
    try:
        assert not any(isinstance(translator, i18n.QtGaps) for translator in translators)
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.install(qapp, "pl")
