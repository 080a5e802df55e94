"""Ustawienia → Treść pism: the editor lists a letter's parts and the placeholders of the
chosen one, shows problems as one types (Save disabled), saves a valid change as a new
version, asks before dropping unsaved changes, and is read-only for others than the office."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from calcert_desktop.documents import letter_wordings
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.documents import letter_templates
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.letter_templates import LetterTemplatesEditor
from calcert_desktop.ui.views.settings import SettingsView


def loaded(editor: LetterTemplatesEditor, qtbot, kind: str = "refusal") -> None:
    qtbot.waitUntil(lambda: editor._kind == kind and not editor._busy, timeout=10000)


@pytest.fixture
def view(session, qtbot):
    widget = SettingsView(session)
    qtbot.addWidget(widget)
    assert [widget.tabs.tabText(i) for i in range(widget.tabs.count())] == [
        "&Ogólne", "Proces", "Treść pi&sm", "Dane o&rganizacji", "&Baza danych",
        "&Kopia zapasowa", "D&ziennik zmian", "Dane osobow&e", "&Instalacje",
        "Dawny re&jestr"]  # fmt: skip
    assert widget.letters is None  # made when its tab is first shown, not at start-up
    widget.tabs.setCurrentIndex(2)
    assert widget.letters is not None
    loaded(widget.letters, qtbot)
    return widget


def items(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_the_editor_shows_the_parts_and_the_placeholders_of_the_chosen_part(view):
    editor = view.letters
    assert editor.kind.currentText() == "Odmowa przyznania certyfikatu"
    assert [editor.kind.itemText(i) for i in range(editor.kind.count())] == [
        k.name for k in letter_templates.kinds()]  # fmt: skip
    rules = letter_wordings.wording("refusal")
    assert items(editor.parts) == [part.label for part in rules.parts.values()]
    assert editor.in_use.text() == "W użyciu: treść wbudowana w program (wersja 0)."
    assert editor.read_only_note.isHidden()
    assert not editor.history.isVisible() and not editor.no_history.isHidden()

    editor.parts.setCurrentRow(0)  # the title: no placeholders
    assert editor.editor.toPlainText() == "Odmowa przyznania certyfikatu"
    assert editor.placeholders.isHidden() and not editor.no_placeholders.isHidden()
    editor.parts.setCurrentRow(2)  # the decision
    assert editor.editor.toPlainText() == rules.builtin["decision"]
    assert items(editor.placeholders)[0] == "{institution} — nazwa instytucji"
    assert not editor.save_button.isEnabled()  # nothing changed
    assert editor.preview_button.isEnabled() and not editor.restore_button.isEnabled()


def test_a_broken_placeholder_shows_a_problem_and_disables_saving(view):
    editor = view.letters
    editor.parts.setCurrentRow(2)
    editor.editor.setPlainText("Odmowa dla {instytucja} w dniu {decided_on}.")
    assert not editor.problems.isHidden()
    text = editor.problems.text()
    assert "Część „Rozstrzygnięcie – treść”: nieznane pole {instytucja}" in text
    assert "{institution}" in text
    assert not editor.save_button.isEnabled() and not editor.preview_button.isEnabled()

    editor.editor.setPlainText("Odmowa dla  w dniu {decided_on}.")
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.Start)
    for _ in range(len("Odmowa dla ")):
        editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.Right)
    editor.placeholders.setCurrentRow(0)
    editor.insert_placeholder()
    assert editor.editor.toPlainText() == "Odmowa dla {institution} w dniu {decided_on}."
    assert editor.problems.isHidden() and editor.save_button.isEnabled()


def test_saving_a_valid_change_creates_a_version(view, session, qtbot, monkeypatch):
    editor = view.letters
    editor.parts.setCurrentRow(0)
    editor.editor.setPlainText("Odmowa przyznania Certyfikatu Jakości CAL")
    monkeypatch.setattr(editor, "ask_note", lambda: "Pełniejszy tytuł")
    editor.save()
    qtbot.waitUntil(lambda: editor._used is not None and editor._used.version == 1, timeout=10000)

    current = letter_templates.current(session.ctx, "refusal")
    assert (current.version, current.note, current.saved_by) == (1, "Pełniejszy tytuł",
                                                                 "Ewa Zalewska")  # fmt: skip
    assert current.texts["title"] == "Odmowa przyznania Certyfikatu Jakości CAL"
    assert editor.in_use.text().startswith("W użyciu: wersja 1 (Ewa Zalewska, ")
    assert editor.history_model.rowCount() == 1
    assert [editor.history_model.index(0, c).data() for c in (0, 1, 3)] == [
        "1", "Ewa Zalewska", "Pełniejszy tytuł"]  # fmt: skip
    assert not editor.save_button.isEnabled() and editor.restore_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)  # fmt: skip
    editor.restore()
    qtbot.waitUntil(lambda: editor._used is not None and editor._used.version == 2, timeout=10000)
    assert letter_templates.current(session.ctx, "refusal").texts["title"] == (
        "Odmowa przyznania certyfikatu"
    )


def test_switching_letter_asks_before_dropping_changes(view, qtbot, monkeypatch):
    editor = view.letters
    editor.parts.setCurrentRow(0)
    editor.editor.setPlainText("Inny tytuł")
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    editor.kind.setCurrentIndex(1)
    assert editor.kind.currentData() == "refusal" and editor.dirty  # kept
    answers.append(QMessageBox.StandardButton.Discard)
    editor.kind.setCurrentIndex(1)
    loaded(editor, qtbot, "charges")
    assert items(editor.parts)[0] == "Tytuł pisma" and not editor.dirty
    assert answers == []


def test_preview_opens_the_sample_letter(view, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)  # fmt: skip
    editor = view.letters
    editor.parts.setCurrentRow(0)
    editor.editor.setPlainText("Tytuł z podglądu")
    editor.preview()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    pdf = Path(opened[0])
    assert pdf.name.startswith("podglad-refusal-") and pdf.read_bytes()[:4] == b"%PDF"
    # In this run's private preview folder, not under a fixed name in the shared one.
    assert pdf.parent.name.startswith("calcert-podglad-") and pdf.parent.name != "calcert-podglad"
    assert os.name != "posix" or stat.S_IMODE(pdf.parent.stat().st_mode) == 0o700
    pdf.unlink()


def test_a_preview_that_cannot_be_written_is_one_polish_sentence(
    view, qtbot, monkeypatch, tmp_path
):
    from calcert_desktop.storage.preview_folder import PREVIEWS

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    (tmp_path / "plik").write_bytes(b"not a folder")
    monkeypatch.setattr(PREVIEWS, "path", lambda: tmp_path / "plik" / "podglad")
    editor = view.letters
    loaded(editor, qtbot)
    editor.preview()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].startswith(f"Nie udało się zapisać pliku {tmp_path / 'plik' / 'podglad'}")
    assert "w ścieżce jest plik zamiast folderu" in shown[0]
    assert editor.preview_button.isEnabled()


def test_the_preview_folder_is_private_and_this_run_s_own(view):
    from calcert_desktop.storage.preview_folder import PREVIEWS

    folder = PREVIEWS.path()
    assert folder.name.startswith("calcert-podglad-") and folder.parent == Path(
        tempfile.gettempdir()
    )
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert folder.stat().st_uid == os.getuid()


def test_read_only_for_a_commission_member(session, qtbot):
    member = Session(session.ctx, resolve_actor(session.ctx, "czlonek1"), session.worker)
    editor = LetterTemplatesEditor(member)
    qtbot.addWidget(editor)
    loaded(editor, qtbot)
    assert not editor.read_only_note.isHidden()
    assert "biura lub administratora" in editor.read_only_note.text()
    assert editor.editor.isReadOnly()
    assert not editor.save_button.isEnabled() and not editor.insert_button.isEnabled()
    assert editor.preview_button.isEnabled()
