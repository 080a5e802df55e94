"""Ustawienia → Instalacje (issue 19): the administrator makes this installation's identity
(the role asked once, the line and its QR code shown, copied, saved, renamed), registers a
laptop from its identity (a malformed one refused in Polish, nothing added) and revokes its
key; the tab is there for administrators only."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from worker_support import settle

from calcert_desktop.exchange.identity import Identity
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.installations_settings import InstallationsEditor
from calcert_desktop.ui.views.settings import SettingsView

LAPTOP = Identity("Laptop Anny", "laptop", bytes(range(32)), bytes(range(32, 64))).text()


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """The questions asked, each answered Yes."""
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k:
                        asked.append(text) or QMessageBox.StandardButton.Yes)  # fmt: skip
    return asked


def _editor(qtbot, session: Session) -> InstallationsEditor:
    editor = InstallationsEditor(session)
    qtbot.addWidget(editor)
    settle(qtbot, session)
    return editor


def _office(qtbot, session: Session, answers: list[str]) -> InstallationsEditor:
    editor = _editor(qtbot, session)
    editor.make_office.click()
    settle(qtbot, session)
    return editor


def _register(qtbot, editor: InstallationsEditor, text: str) -> None:
    editor.add_button.click()
    dialog = editor.add_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.text.setPlainText(text)
    dialog.register_button.click()
    settle(qtbot, editor.session)


def _cells(editor: InstallationsEditor, row: int) -> list[str]:
    model = editor.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_the_tab_is_there_for_administrators_only(qtbot, session: Session,
                                                  admin_session: Session):  # fmt: skip
    office = SettingsView(session)
    qtbot.addWidget(office)
    assert not office.tabs.isTabVisible(office.tabs.indexOf(office.installations_page))
    view = SettingsView(admin_session)
    qtbot.addWidget(view)
    index = view.tabs.indexOf(view.installations_page)
    assert view.tabs.isTabVisible(index) and view.tabs.tabText(index) == "&Instalacje"
    assert view.installations is None
    view.tabs.setCurrentWidget(view.installations_page)
    assert isinstance(view.installations, InstallationsEditor)
    settle(qtbot, admin_session)
    view.set_session(session)  # the person changes: the tab goes
    assert not view.tabs.isTabVisible(index)
    assert view.installations.read_only_note.isVisibleTo(view.installations)


def test_anyone_else_sees_only_a_note(qtbot, session: Session):
    editor = _editor(qtbot, session)
    assert editor.read_only_note.isVisibleTo(editor)
    assert not any(box.isVisibleTo(editor) for box in editor.boxes)
    assert editor.result.text() == ""  # nothing asked of the services, nothing refused


def test_the_office_identity_is_made_once_asked_and_shown(qtbot, admin_session: Session,
                                                          answers, tmp_path):  # fmt: skip
    editor = _editor(qtbot, admin_session)
    assert editor.none_page.isVisibleTo(editor) and not editor.made_page.isVisibleTo(editor)
    editor = _office(qtbot, admin_session, answers)
    assert len(answers) == 1 and "Roli nie można później zmienić" in answers[0]
    assert not editor.none_page.isVisibleTo(editor) and editor.made_page.isVisibleTo(editor)
    mine = editor.mine
    assert mine is not None and mine.role == "office"
    line = editor.identity_text.toPlainText()
    assert line == mine.text and line.startswith(f"CALINST1:office:{mine.key_id}:")
    assert editor.identity_text.isReadOnly()
    assert editor.role_label.text() == "biuro" and editor.key_label.text() == mine.key_id
    assert editor.qr.isVisibleTo(editor) and len(editor.qr.modules) >= 21
    assert editor.result.text().startswith("Utworzono identyfikator tej instalacji")

    editor.copy_button.click()
    assert QGuiApplication.clipboard().text() == line
    target = tmp_path / "biuro.calid"
    editor.save_to(target)
    settle(qtbot, admin_session)
    assert target.read_text(encoding="ascii") == line + "\n"
    assert editor.result.text() == f"Zapisano identyfikator do pliku: {target}"

    editor.name_edit.setText("Biuro CAL w Warszawie")
    editor.rename_button.click()
    settle(qtbot, admin_session)
    assert editor.mine is not None and editor.mine.name == "Biuro CAL w Warszawie"
    assert editor.mine.key_id == mine.key_id and editor.identity_text.toPlainText() != line
    editor.name_edit.setText("  ")
    editor.rename_button.click()
    settle(qtbot, admin_session)
    assert editor.result.text().startswith("Podaj nazwę instalacji")


def test_a_laptop_is_registered_and_its_key_revoked(qtbot, admin_session: Session, answers):
    editor = _office(qtbot, admin_session, answers)
    assert editor.model.rowCount() == 0
    _register(qtbot, editor, LAPTOP)
    assert editor.add_dialog is not None and not editor.add_dialog.isVisible()
    assert editor.result.text().startswith("Zarejestrowano instalację „Laptop Anny” (laptop")
    assert editor.model.rowCount() == 1
    name, role, key, added, state = _cells(editor, 0)
    assert (name, role, state) == ("Laptop Anny", "laptop", "zaufana")
    assert key == Identity("x", "laptop", bytes(range(32)), bytes(32)).key_id and added

    assert not editor.revoke_button.isEnabled()  # nothing chosen yet
    editor.table.selectRow(0)
    assert editor.revoke_button.isEnabled()
    editor.revoke_button.click()
    settle(qtbot, admin_session)
    assert len(answers) == 2
    assert "„Laptop Anny”" in answers[1] and key in answers[1]
    assert "nie będą już przyjmowane" in answers[1] and "zarejestrować ponownie" in answers[1]
    assert editor.result.text().startswith("Unieważniono klucz instalacji „Laptop Anny”")
    assert _cells(editor, 0)[4] == f"unieważniona {added}"
    editor.table.selectRow(0)
    assert not editor.revoke_button.isEnabled()


def test_a_malformed_identity_is_refused_in_polish(qtbot, admin_session: Session, answers,
                                                   tmp_path):  # fmt: skip
    editor = _office(qtbot, admin_session, answers)
    _register(qtbot, editor, "CALINST1:laptop:to-nie-jest-klucz")
    dialog = editor.add_dialog
    assert dialog is not None and dialog.isVisible()  # what was pasted stays, to be fixed
    assert dialog.error.text().startswith("To nie jest identyfikator instalacji CALcert")
    assert dialog.register_button.isEnabled()
    assert editor.model.rowCount() == 0
    dialog.text.setPlainText("")
    dialog.register_button.click()
    assert dialog.error.text() == "Wklej identyfikator albo wczytaj go z pliku."

    saved = tmp_path / "laptop.calid"
    saved.write_text(f"{LAPTOP}\n", encoding="ascii")
    dialog.load_from(saved)
    settle(qtbot, admin_session)
    assert dialog.text.toPlainText() == LAPTOP
    dialog.register_button.click()
    settle(qtbot, admin_session)
    assert not dialog.isVisible() and editor.model.rowCount() == 1
