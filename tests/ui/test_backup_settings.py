"""Ustawienia → Kopia zapasowa: an administrator saves a verified backup (a dated name
offered) and restores one after a question naming what it replaces; a bad backup, a refused
question or a window that will not close leave the data as it was; after a restore the
program closes; anyone else sees why the buttons are off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from worker_support import settle

from calcert_desktop.services.admin import database_choice, maintenance, settings
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.backup_settings import BackupEditor
from calcert_desktop.ui.views.settings import SettingsView


def appeal_days(session: Session) -> int:
    rows = settings.list_settings(session.ctx, session.actor)
    return {row["key"]: row["value"] for row in rows}["appeal_days"]


@pytest.fixture
def view(admin_session: Session, qtbot) -> SettingsView:
    # A restore closes every other window of the program; windows an earlier test in this
    # process left open are not this test's (one of them would ask about its unsaved work).
    for leftover in QApplication.topLevelWidgets():
        leftover.hide()
    widget = SettingsView(admin_session)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.backup is None  # made when its tab is first shown, not at start-up
    widget.tabs.setCurrentWidget(widget.backup_page)
    assert widget.tabs.tabText(widget.tabs.currentIndex()) == "&Kopia zapasowa"
    return widget


@pytest.fixture
def editor(view: SettingsView) -> BackupEditor:
    assert view.backup is not None
    return view.backup


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The restore's question answered Yes; what each message box said."""
    said: dict[str, list[str]] = {"question": [], "information": []}

    def question(_parent, _title, text, *_args):
        said["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *_a: said["information"].append(text))
    return said


def test_the_office_sees_why_it_may_not(session: Session, qtbot):
    editor = BackupEditor(session)
    qtbot.addWidget(editor)
    assert not editor.backup_button.isEnabled() and not editor.restore_button.isEnabled()
    assert editor.read_only_note.isVisibleTo(editor)
    assert editor.read_only_note.text().startswith(
        "Kopie zapasowe zapisuje i przywraca administrator"
    )


def test_a_backup_is_offered_a_dated_name_and_saved_verified(
    editor, admin_session, qtbot, tmp_path, monkeypatch
):
    assert editor.backup_button.isEnabled() and editor.read_only_note.isHidden()
    offered: list[str] = []
    suffix = Path(maintenance.backup_name(admin_session.ctx, date.today())).suffix
    target = tmp_path / "kopie" / f"moja-kopia{suffix}"
    target.parent.mkdir()

    def save_name(_parent, _title, where, *_args):
        offered.append(where)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    editor.backup_button.click()
    settle(qtbot, admin_session)
    # A PC's SQLite file offers ``.sqlite3``; an office server the ending its pg_dump writes.
    assert Path(offered[0]).name == maintenance.backup_name(admin_session.ctx, date.today())
    assert Path(offered[0]).name.startswith(f"calcert-kopia-{date.today().isoformat()}.")
    assert target.is_file()
    text = editor.result.text()
    kind = "archiwum pg_dump" if suffix == ".dump" else "plik SQLite"
    assert text.startswith(f"Zapisano sprawdzoną kopię bazy danych: {target}\nRodzaj: {kind}")
    assert editor.progress is None and editor.backup_button.isEnabled()


def test_an_existing_file_is_not_overwritten(editor, admin_session, qtbot, tmp_path):
    target = tmp_path / "zajety.sqlite3"
    target.write_bytes(b"moje dane")
    editor.backup_to(target)
    settle(qtbot, admin_session)
    assert editor.result.text() == f"Plik {target} już istnieje — wskaż nową nazwę pliku kopii."
    assert target.read_bytes() == b"moje dane"
    assert editor.progress is None and editor.restore_button.isEnabled()


def test_a_backup_is_restored_after_the_question_and_the_program_closes(
    view, editor, admin_session, qtbot, tmp_path, answers
):
    suffix = Path(maintenance.backup_name(admin_session.ctx, date.today())).suffix
    backup = tmp_path / f"kopia{suffix}"
    editor.backup_to(backup)
    settle(qtbot, admin_session)
    before = appeal_days(admin_session)
    settings.set_int(admin_session.ctx, admin_session.actor, "appeal_days", str(before + 9))
    paths = admin_session.ctx.paths

    editor.restore_from(backup)
    settle(qtbot, admin_session)
    question = answers["question"][0]
    assert question.startswith(f"Przywrócić bazę danych z kopii {backup}?")
    replaced = database_choice.current(paths).shown()  # the file, or the server's database
    assert f"({replaced})" in question and str(paths.backups) in question
    assert "Po przywróceniu program się zamknie." in question
    said = answers["information"][0]
    kind = "archiwum pg_dump" if suffix == ".dump" else "plik SQLite;"
    assert said.startswith(f"Przywrócono bazę danych z kopii.\nRodzaj kopii: {kind}")
    assert "Program zamknie się teraz." in said
    safety = list(paths.backups.glob("przed-przywroceniem-*"))
    assert len(safety) == 1 and str(safety[0]) in said
    assert not view.isVisible()  # the window closed: the next start opens the restored data
    assert appeal_days(admin_session) == before


def test_a_refused_question_changes_nothing(editor, admin_session, qtbot, tmp_path, monkeypatch):
    backup = tmp_path / "kopia.sqlite3"
    editor.backup_to(backup)
    settle(qtbot, admin_session)
    settings.set_int(admin_session.ctx, admin_session.actor, "appeal_days", "33")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.No)  # fmt: skip
    editor.restore_from(backup)
    settle(qtbot, admin_session)
    assert appeal_days(admin_session) == 33
    assert not list(admin_session.ctx.paths.backups.glob("przed-przywroceniem-*"))


def test_a_file_that_is_no_backup_is_refused_in_polish(
    view, editor, admin_session, qtbot, tmp_path, answers
):
    settings.set_int(admin_session.ctx, admin_session.actor, "appeal_days", "33")
    bad = tmp_path / "nie-kopia.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    editor.restore_from(bad)
    settle(qtbot, admin_session)
    assert editor.result.text().startswith(f"Plik {bad} nie jest bazą danych CALcert")
    assert "Traceback" not in editor.result.text()
    assert editor.progress is None and editor.restore_button.isEnabled()
    assert view.isVisible() and not answers["information"]
    assert appeal_days(admin_session) == 33


def test_a_window_that_stays_open_stops_the_restore(
    editor, admin_session, qtbot, tmp_path, answers
):
    class Unsaved(QWidget):  # as a form whose person chose to stay
        def closeEvent(self, event) -> None:
            event.ignore()

    backup = tmp_path / "kopia.sqlite3"
    editor.backup_to(backup)
    settle(qtbot, admin_session)
    settings.set_int(admin_session.ctx, admin_session.actor, "appeal_days", "33")
    form = Unsaved()
    qtbot.addWidget(form)
    form.show()
    editor.restore_from(backup)
    settle(qtbot, admin_session)
    assert editor.result.text().startswith("Nic nie przywrócono: zamknij najpierw")
    assert appeal_days(admin_session) == 33
    form.hide()
