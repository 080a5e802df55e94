"""Translations: every GUI string went through tr() and has its English translation; Qt's
own dialogs speak Polish; the Polish screens show no English leftovers."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from calcert_desktop.ui import i18n
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.wizard.wizard import ApplicationWizard

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "calcert_en.ts"
QT_ENGLISH = {"&Next >", "< &Back", "Cancel", "&Cancel", "&Finish", "Finish", "OK", "&OK",
              "Yes", "&Yes", "No", "&No", "Help", "&Help", "Close", "&Close", "Commit"}  # fmt: skip


def messages(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation ('' when unfinished)."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") != "unfinished"
            text = (translation.text or "") if finished and translation is not None else ""
            result[(name, message.findtext("source") or "")] = text
    return result


def test_every_gui_string_is_in_the_translation_source(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-extensions", "py", "-silent", str(ROOT / "src/calcert_desktop/ui"),
         "-ts", str(fresh)],
        check=True,
    )  # fmt: skip
    missing = set(messages(fresh)) - set(messages(TS_FILE))
    assert not missing, f"run build/translations.py update and translate: {sorted(missing)}"


def test_every_string_has_an_english_translation():
    unfinished = [key for key, text in messages(TS_FILE).items() if not text.strip()]
    assert not unfinished


@pytest.fixture
def polish(qapp: QApplication):
    translators = i18n.install(qapp, "pl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def visible_texts(widget: QWidget) -> set[str]:
    texts = {widget.windowTitle()}
    for child in widget.findChildren(QWidget):
        if isinstance(child, QAbstractButton | QLabel):
            texts.add(child.text())
        elif isinstance(child, QGroupBox):
            texts.add(child.title())
    return {text for text in texts if text}


def test_qt_dialogs_speak_polish(polish):
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Tak", "Nie"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text().replace("&", "") == "Anuluj"


def test_polish_screens_have_no_english_leftovers(polish, session, qtbot):
    # Names such as "CALcert Desktop" are the same in both languages.
    english = {text for (_, source), text in messages(TS_FILE).items() if text and text != source}
    window = MainWindow(session)
    qtbot.addWidget(window)
    wizard = ApplicationWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    shown = visible_texts(window)
    for page_id in wizard.pageIds():
        shown |= visible_texts(wizard.page(page_id))
    shown |= {wizard.buttonText(button) for button in (
        wizard.WizardButton.NextButton, wizard.WizardButton.BackButton,
        wizard.WizardButton.CancelButton, wizard.WizardButton.FinishButton)}  # fmt: skip
    leftovers = sorted(text for text in shown if text in english | QT_ENGLISH)
    assert not leftovers
    wizard.flush()


def test_english_can_be_chosen(qapp, session, qtbot):
    translators = i18n.install(qapp, "en")
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        items = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert items[0] == messages(TS_FILE)[("MainWindow", "Zgłoszenia")]
        assert items[-1] == "Settings"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.install(qapp, "pl")
