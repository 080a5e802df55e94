"""The site-visit protocol window (issue 19, point 3): opened from the Wizytacja tab by the
visit's expert, every change saved a moment later and back as it was in a new window (a new
program), evidence files added, refused and removed, the protocol and the blank form as
PDFs, and "Zapisz wyniki wizytacji" recording the visit after a question."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from worker_support import settle

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.exchange import protocol
from calcert_desktop.ui.case_file import protocol_editor as editor_module
from calcert_desktop.ui.case_file.protocol_editor import ProtocolEditor
from calcert_desktop.ui.case_file.visits_tab import VisitsTab
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.worker import Worker
from cli_support import Cli

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture
def planned(session: Session, declaration_file, capsys) -> tuple[Cli, str]:
    """A case whose visit by "ekspert" is planned for 10 February 2024."""
    office = Cli(session.ctx.paths.root, capsys)
    reference = office.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    office.ok("act", reference, "accept", "--date", "2024-02-01", user="biuro")
    office.ok("act", reference, "schedule-visit", "--expert", "ekspert", "--visit-date",
              "2024-02-10", "--date", "2024-02-02", user="przewodniczaca")  # fmt: skip
    return office, reference


def as_person(session: Session, login: str) -> Session:
    return Session(session.ctx, resolve_actor(session.ctx, login), session.worker)


def opened(qtbot, session: Session, reference: str) -> ProtocolEditor:
    editor = ProtocolEditor(session, reference)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.draft is not None, timeout=20000)
    return editor


def test_the_visits_tab_offers_the_protocol_to_the_expert_and_the_office_only(
    qtbot, session, planned
):
    _office, reference = planned
    from calcert_desktop.services.views import case_file

    for login, offered in (("ekspert", True), ("biuro", True), ("czlonek1", False)):
        person = as_person(session, login)
        tab = VisitsTab(person)
        qtbot.addWidget(tab)
        tab.show_file(case_file.load(person.ctx, person.actor, reference))
        assert tab.protocol_button.isEnabled() is offered, login
        if not offered:
            assert "Marta Żak" in tab.protocol_button.toolTip()
            assert tab.open_protocol() is None
    expert = as_person(session, "ekspert")
    tab = VisitsTab(expert)
    qtbot.addWidget(tab)
    tab.show_file(case_file.load(expert.ctx, expert.actor, reference))
    editor = tab.open_protocol()
    assert editor is not None and editor is tab.open_protocol()  # one window per case
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.draft is not None, timeout=20000)
    assert editor.windowTitle() == f"Protokół wizytacji — {reference}"
    assert editor.parts_model.rowCount() == 10  # nine standards and the summary
    editor.close()
    assert editor_module.open_editor(reference) is None


def test_every_change_is_saved_and_a_new_program_gets_it_back(qtbot, session, planned):
    _office, reference = planned
    expert = as_person(session, "ekspert")
    editor = opened(qtbot, expert, reference)
    assert editor.status.text().startswith("Nowy protokół")
    page = editor.show_standard(0)
    page.rating.setCurrentIndex(1)  # spełnia
    page.finding.setPlainText("Standard spełniony.")
    page.observations.setPlainText("Sala dostępna dla osób z niepełnosprawnościami.")
    assert editor.dirty and editor.status.text() == "Niezapisane zmiany…"
    assert editor.parts_model.item(0).text().endswith("✓ spełnia")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        pass  # the autosave, a moment after the last keystroke
    settle(qtbot, expert)
    assert not editor.dirty and editor.status.text().startswith("Zapisano ")
    editor.show_summary()
    editor.summary_page.representative.setText("Anna Nowak, dyrektor")
    editor.summary_page.acknowledged.setChecked(True)
    editor.summary_page.summary.setPlainText("Wizytacja potwierdziła zgłoszenie.")
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.summary_page.summary, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)  # saved at once
    settle(qtbot, expert)
    assert not editor.dirty

    # Another program on the same data (as after a crash): everything is there.
    ctx = open_context(DataPaths(session.ctx.paths.root), create=False)
    worker = Worker()
    try:
        again = opened(qtbot, Session(ctx, resolve_actor(ctx, "ekspert"), worker), reference)
        assert again.status.text().startswith("Przywrócono protokół zapisany ")
        restored = again.collect()
        assert restored.standards[0].rating == "meets"
        assert restored.standards[0].observations.startswith("Sala dostępna")
        assert restored.representative == "Anna Nowak, dyrektor" and restored.acknowledged
        assert restored.summary == "Wizytacja potwierdziła zgłoszenie."
        assert restored.standards[1].rating == ""
        again.close()
        worker.wait()
    finally:
        worker.wait()
        ctx.close()
    editor.close()


def test_evidence_is_added_refused_opened_and_removed(qtbot, session, planned, tmp_path,
                                                      monkeypatch):  # fmt: skip
    _office, reference = planned
    expert = as_person(session, "ekspert")
    editor = opened(qtbot, expert, reference)
    photo = tmp_path / "sala.png"
    photo.write_bytes(PHOTO)
    program = tmp_path / "wirus.exe"
    program.write_bytes(b"MZ" + bytes(100))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: warnings.append(text))  # fmt: skip
    page = editor.show_standard(2)
    editor.add_evidence(page, [photo, program])
    settle(qtbot, expert)
    assert page.evidence_items()[0]["name"] == "sala.png"
    assert len(page.evidence_items()) == 1
    assert len(warnings) == 1 and "wirus.exe" in warnings[0]
    assert editor.dirty  # naming the file is a change like any other

    shown: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: shown.append(Path(url.toLocalFile())) or True)  # fmt: skip
    page.evidence.setCurrentIndex(page.model.index(0, 0))
    page.open_button.click()
    settle(qtbot, expert)
    assert shown and shown[0].read_bytes() == PHOTO

    page.remove_button.click()
    assert page.evidence_items() == [] and not page.remove_button.isEnabled()
    editor.save_now()
    settle(qtbot, expert)
    assert protocol.open_draft(expert.ctx, expert.actor, reference).standards[2].evidence == []
    editor.close()


def test_the_protocol_and_the_blank_form_come_out_as_pdfs(qtbot, session, planned,
                                                         monkeypatch):  # fmt: skip
    _office, reference = planned
    expert = as_person(session, "ekspert")
    editor = opened(qtbot, expert, reference)
    page = editor.show_standard(0)
    page.rating.setCurrentIndex(2)
    page.finding.setPlainText("Rada programowa nie zbiera się od roku.")
    shown: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: shown.append(Path(url.toLocalFile())) or True)  # fmt: skip
    editor.make_pdf(editor_module.OPEN)
    editor.make_pdf(editor_module.OPEN, blank=True)
    settle(qtbot, expert)
    assert len(shown) == 2
    typed, blank = (" ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())
                                                                  ).pages)
                    for path in shown)  # fmt: skip
    assert "Rada programowa nie zbiera się od roku." in typed and reference in typed
    assert "Rada programowa" not in blank and reference in blank
    editor.close()


def test_finishing_asks_then_records_the_visit_and_closes(qtbot, session, planned,
                                                        monkeypatch):  # fmt: skip
    office, reference = planned
    expert = as_person(session, "ekspert")
    editor = opened(qtbot, expert, reference)
    for row in range(9):
        editor.show_standard(row).rating.setCurrentIndex(1)
    editor.show_standard(3).rating.setCurrentIndex(2)
    editor.pages[3].finding.setPlainText("Diagnoza wymaga aktualizacji.")
    editor.summary_page.summary.setPlainText("Wizytacja potwierdziła zgłoszenie.")
    editor.summary_page.representative.setText("Anna Nowak, dyrektor")
    editor.summary_page.acknowledged.setChecked(True)
    questions: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: questions.append(text) or answer[0])
    editor.finish()  # "No": nothing happens
    settle(qtbot, expert)
    assert not editor.is_recorded and "Zapisać wyniki wizytacji" in questions[0]
    before = json.loads(office.ok("show", reference, "--json", user="biuro"))["site_visits"]
    assert before[0]["status"] == "scheduled"
    answer[0] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(editor.recorded, timeout=20000) as signal:
        editor.finish()
    settle(qtbot, expert)
    assert editor.is_recorded and "wizytac" in signal.args[0].lower()
    visit = json.loads(office.ok("show", reference, "--json", user="biuro"))["site_visits"][0]
    assert visit["status"] == "done" and visit["representative"] == "Anna Nowak, dyrektor"
    assert visit["acknowledged"] is True and visit["findings"]["S4"]["rating"] == "partly"
    assert visit["findings"]["S4"]["finding"] == "Diagnoza wymaga aktualizacji."
    from calcert_desktop.services.views import case_file

    tab = VisitsTab(expert)
    qtbot.addWidget(tab)
    tab.show_file(case_file.load(expert.ctx, expert.actor, reference))
    assert not tab.protocol_button.isEnabled()  # no planned visit any more
    tab.pane.table.selectRow(0)
    detail = tab.pane.detail.toPlainText()
    assert "Przedstawiciel instytucji: Anna Nowak, dyrektor" in detail
    assert "Przedstawiciel zapoznał się z protokołem." in detail


def test_unrated_standards_are_named_in_the_question(qtbot, session, planned, monkeypatch):
    _office, reference = planned
    expert = as_person(session, "ekspert")
    editor = opened(qtbot, expert, reference)
    editor.show_standard(0).rating.setCurrentIndex(1)
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: questions.append(text)
                        or QMessageBox.StandardButton.No)  # fmt: skip
    editor.finish()
    assert "Nieocenione standardy: S2, S3, S4, S5, S6, S7, S8, S9." in questions[0]
    editor.close()


def test_a_save_that_fails_is_said_retried_and_closing_asks(qtbot, session, planned,
                                                           monkeypatch):  # fmt: skip
    _office, reference = planned
    expert = as_person(session, "ekspert")
    editor = opened(qtbot, expert, reference)
    from calcert_desktop.domain.errors import ValidationError

    def refuse(*_args, **_kwargs):
        raise ValidationError("protocol.bad_field", "summary")

    monkeypatch.setattr(protocol, "save", refuse)
    editor.summary_page.summary.setPlainText("Tekst, którego nie da się zapisać.")
    editor.save_now()
    settle(qtbot, expert)
    assert editor.dirty and editor.save_problem
    assert editor.status.text().startswith("Protokół nie jest zapisany:")
    assert editor._retry_timer.isActive()
    asked: list[str] = []
    from calcert_desktop.ui.widgets import unsaved

    monkeypatch.setattr(editor_module, "ask_unsaved",
                        lambda *args: asked.append(args[2]) or unsaved.Choice.CANCEL)
    editor.show()
    editor.close()
    assert asked and editor.isVisible()  # the person chose to stay: nothing lost
    monkeypatch.undo()
    editor.save_now()
    settle(qtbot, expert)
    assert not editor.dirty
    assert protocol.open_draft(expert.ctx, expert.actor, reference).summary.startswith("Tekst")
    editor.close()


def test_on_the_laptop_the_expert_writes_and_records_the_handed_visit(
    qtbot, session, declaration_file, tmp_path, capsys, monkeypatch
):
    from exchange_support import handed_visit

    office = Cli(session.ctx.paths.root, capsys)
    laptop, reference = handed_visit(office, declaration_file, tmp_path, capsys)
    ctx = open_context(DataPaths(laptop.data_dir), create=False)
    worker = Worker()
    try:
        expert = Session(ctx, resolve_actor(ctx, "ekspert"), worker)
        editor = opened(qtbot, expert, reference)
        assert editor.planned_label.text() == "10.02.2024"
        for row in range(9):
            editor.show_standard(row).rating.setCurrentIndex(1)
        editor.summary_page.representative.setText("Anna Nowak, dyrektor")
        editor.summary_page.summary.setPlainText("Wizytacja potwierdziła zgłoszenie.")
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)  # fmt: skip
        with qtbot.waitSignal(editor.recorded, timeout=20000):
            editor.finish()
        settle(qtbot, expert)
        worker.wait()
    finally:
        worker.wait()
        ctx.close()
    back = tmp_path / "zwrot.calpack"
    laptop.ok("export", "--to", "Biuro CAL", "-o", str(back), user="ekspert")
    office.ok("import", str(back), user="biuro")
    visit = json.loads(office.ok("show", reference, "--json", user="biuro"))["site_visits"][0]
    assert visit["status"] == "done" and visit["representative"] == "Anna Nowak, dyrektor"
    assert sorted(visit["findings"]) == [f"S{n}" for n in range(1, 10)]


def test_a_refused_finish_keeps_the_window_and_what_was_typed(qtbot, session, planned,
                                                             monkeypatch):  # fmt: skip
    _office, reference = planned
    expert = as_person(session, "ekspert")
    editor = opened(qtbot, expert, reference)
    editor.show_standard(0).rating.setCurrentIndex(1)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *a, **k: warnings.append(text))  # fmt: skip
    editor.finish()  # no summary: the visit cannot be recorded
    settle(qtbot, expert)
    assert warnings == ["Podsumowanie wizytacji: Podaj podsumowanie wyników wizytacji."]
    assert not editor.is_recorded and editor.finish_button.isEnabled()
    assert editor.content.isEnabled() and editor.collect().standards[0].rating == "meets"
    editor.close()  # what was typed is saved on closing
    assert protocol.open_draft(expert.ctx, expert.actor, reference).standards[0].rating == "meets"
