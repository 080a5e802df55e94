"""Reasons and warnings (issue 16, item 7) in the GUI: a change to a filed application asks
for its reason in a dialog of its own (Enter saves, Escape goes back, the text survives a
refused save) and the case file's history shows it in Polish; filing a second open case of
an institution asks first, Anuluj being the default; the charges dialog proposes a deadline
the rules allow and names the earliest one when given a shorter one."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from calcert_desktop.domain.actions import Action
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.applications import declare
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.services.views import case_file
from calcert_desktop.ui.actions.dialog import ActionDialog
from calcert_desktop.ui.case_file.history_tab import HistoryTab
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.widgets import go_on
from calcert_desktop.ui.wizard.wizard import ApplicationWizard
from calcert_desktop.ui.worker import Worker
from case_scenarios import granted_case
from cli_support import EXAMPLE, institution_nip

REASON = "Instytucja przesłała poprawiony numer telefonu — zmiana na wniosek dyrektorki."


def declaration(nip: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = "2024-02-10"
    data["institution"]["nip"] = nip
    return data


def filed(session: Session, nip: str) -> str:
    """A case of the institution ``nip`` filed on 1 March 2024."""
    result = declare.declare(session.ctx, session.actor, declaration(nip),
                             received_on=date(2024, 3, 1), source_dir=EXAMPLE.parent)  # fmt: skip
    return result.reference


def stored(session: Session, ref: str) -> dict[str, Any]:
    return case_file.load(session.ctx, session.actor, ref).to_json()


def open_dialog(qtbot, session: Session, ref: str, action: Action, day: str) -> ActionDialog:
    dialog = ActionDialog(session, ref, action)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_ready)
    dialog.date.setDate(QDate.fromString(day, "yyyy-MM-dd"))
    return dialog


@pytest.fixture
def incomplete(session: Session, tmp_path: Path) -> tuple[str, Path]:
    """A filed case asked to complete its application, and a corrected declaration file."""
    nip = institution_nip()
    ref = filed(session, nip)
    perform.perform(session.ctx, session.actor, ref, "request-completion", date(2024, 3, 3),
                    {"reason": "Brak telefonu.", "due_on": date(2024, 4, 1)})  # fmt: skip
    fixed = declaration(nip)
    fixed["institution"]["phone"] = "18 444 00 00"
    path = tmp_path / "poprawiona.json"
    path.write_text(json.dumps(fixed, ensure_ascii=False), encoding="utf-8")
    return ref, path


def test_a_changed_application_asks_for_the_reason_and_the_history_shows_it(
    qtbot, session, incomplete
):
    ref, path = incomplete
    dialog = open_dialog(qtbot, session, ref, Action.COMPLETE, "2024-03-10")
    assert "reason" not in dialog.fields  # asked in its own dialog, not among the fields
    dialog.field("declaration").path.setText(str(path))
    before = stored(session, ref)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    question = dialog.change_reason.dialog
    assert question is not None and question.isVisible()
    assert question.windowTitle() == f"Powód zmiany zgłoszenia — {ref}"
    assert not question.ok.isEnabled()  # nothing typed: Enter saves nothing
    QTest.keyClick(question.edit, Qt.Key.Key_Return)
    assert question.isVisible() and stored(session, ref) == before
    QTest.keyClick(question.edit, Qt.Key.Key_Escape)  # back to the act's dialog
    assert not question.isVisible() and dialog.isVisible() and stored(session, ref) == before
    assert dialog.ok.isEnabled() and not dialog.busy

    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    question = dialog.change_reason.dialog
    assert question is not None and question.edit.text() == ""
    question.edit.setText("Zmiana\u202eukryta")  # a hidden direction change: the domain's words
    assert not question.ok.isEnabled() and "U+202E" in question.problem.text()
    question.edit.setText(REASON)
    assert question.ok.isEnabled() and question.problem.isHidden()
    with qtbot.waitSignal(dialog.performed, timeout=5000) as done:
        QTest.keyClick(question.edit, Qt.Key.Key_Return)
    assert REASON in done.args[0]
    data = stored(session, ref)
    assert data["amendments"] == [{"amended_on": "2024-03-10", "reason": REASON}]
    assert data["declaration"]["institution"]["phone"] == "18 444 00 00"

    tab = HistoryTab()
    qtbot.addWidget(tab)
    tab.show_file(case_file.load(session.ctx, session.actor, ref))
    model = tab.model
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    act = [row for row in rows if row[2] == "uzupełnienie zgłoszenia"]
    records = [row[3] for row in act]
    assert records.index("treść zgłoszenia") < records.index("zmiana złożonego zgłoszenia")
    reason_row = act[records.index("zmiana złożonego zgłoszenia")]
    assert reason_row[4] == "dodano" and f"powód zmiany: {REASON}" in reason_row[5]
    assert reason_row[5].startswith("powód zmiany: ")  # the reason first, then its date
    detail = model.describe(rows.index(reason_row))
    assert "Dodano: zmiana złożonego zgłoszenia" in detail and f"powód zmiany: {REASON}" in detail


def test_the_reason_typed_survives_a_refused_save(qtbot, session, incomplete):
    ref, path = incomplete
    dialog = open_dialog(qtbot, session, ref, Action.COMPLETE, "2024-03-02")  # before the request
    dialog.field("declaration").path.setText(str(path))
    before = stored(session, ref)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    question = dialog.change_reason.dialog
    assert question is not None
    question.edit.setText(REASON)
    QTest.keyClick(question.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_message != "", timeout=5000)
    assert "wcześniejsza niż poprzednia czynność" in dialog.error_message
    assert stored(session, ref) == before and dialog.isVisible()

    dialog.date.setDate(QDate(2024, 3, 10))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    again = dialog.change_reason.dialog
    assert again is not None and again is not question and again.edit.text() == REASON
    with qtbot.waitSignal(dialog.performed, timeout=5000):
        QTest.keyClick(again.edit, Qt.Key.Key_Return)
    assert stored(session, ref)["amendments"][0]["reason"] == REASON


def test_the_question_of_a_second_case_has_anuluj_as_its_default(qtbot):
    box = go_on.go_on_box(None, "Złożenie zgłoszenia", "Ostrzeżenie.", "&Złóż mimo to")
    qtbot.addWidget(box)
    labels = [button.text() for button in box.buttons()]
    assert sorted(labels) == ["&Anuluj", "&Złóż mimo to"]
    assert box.defaultButton().text() == "&Anuluj" and box.escapeButton().text() == "&Anuluj"
    assert box.text() == "Ostrzeżenie." and "Anuluj niczego nie zmienia" in box.informativeText()

    def press(key: Qt.Key) -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, QMessageBox)
        QTest.keyClick(shown, key)

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):  # a slip of Enter goes nowhere
        QTimer.singleShot(0, lambda key=key: press(key))
        assert go_on.ask_to_go_on(None, "Złożenie zgłoszenia", "Ostrzeżenie.", "&Dalej") is False


class Questions(list):
    """The questions asked (title, warning, the go-on button), answered from ``answers``."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[bool] = []

    def ask(self, parent, title: str, warning: str, go: str) -> bool:
        self.append((title, warning, go))
        return self.answers.pop(0)


@pytest.fixture
def asked(monkeypatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(go_on, "ask_to_go_on", questions.ask)
    return questions


def test_filing_a_second_open_case_asks_first(qtbot, session, asked):
    nip = institution_nip()
    first = filed(session, nip)
    draft = declare.declare(session.ctx, session.actor, declaration(nip)).reference
    dialog = open_dialog(qtbot, session, draft, Action.FILE, "2024-03-05")
    asked.answers.append(False)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    title, warning, go = asked[0]
    assert first in warning and "złożone – kontrola formalna" in warning
    assert go == "&Złóż zgłoszenie mimo to" and title == dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    assert stored(session, draft)["state"] == "draft" and dialog.isVisible()
    assert dialog.error_message == ""

    asked.answers.append(True)
    with qtbot.waitSignal(dialog.performed, timeout=5000) as done:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "nadano numer CAL/2024/0002" in done.args[0] and len(asked) == 2


def test_the_wizard_asks_before_filing_a_second_open_case(qtbot, session, asked):
    nip = institution_nip()
    first = filed(session, nip)
    data = declaration(nip)
    data.pop("attachments")
    wizard = ApplicationWizard(session, None, data)
    qtbot.addWidget(wizard)
    asked.answers.append(False)  # Anuluj: the draft is saved, nothing is filed
    wizard.file_application(date(2024, 3, 5))
    qtbot.waitUntil(lambda: len(asked) == 1 and not wizard.filing, timeout=10000)
    title, warning, go = asked[0]
    assert first in warning and go == "Złóż &mimo to" and title == "Złożenie zgłoszenia"
    assert wizard.filed_reference is None and wizard.reference is not None
    assert stored(session, wizard.reference)["state"] == "draft"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    asked.answers.append(True)  # the person goes on: filed, confirmed
    with qtbot.waitSignal(wizard.filed, timeout=10000) as done:
        wizard.file_application(date(2024, 3, 5))
    assert len(asked) == 2 and done.args[0] == "CAL/2024/0002"
    assert stored(session, done.args[0])["state"] == "filed"


@pytest.fixture
def chair_session(cli, declaration_file, tmp_path, qapp):
    """The chair's session on a certified case with revocation proceedings open."""
    ref = granted_case(cli, declaration_file, tmp_path)
    cli.ok("act", ref, "open-revocation", "--reason", "Skarga.", "--date", "2025-01-10",
           user="przewodniczaca")  # fmt: skip
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    worker = Worker()
    yield Session(ctx, resolve_actor(ctx, "przewodniczaca"), worker), ref
    worker.wait()
    ctx.close()


def test_the_charges_dialog_proposes_an_allowed_deadline(qtbot, chair_session):
    session, ref = chair_session
    dialog = ActionDialog(session, ref, Action.CHARGE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_ready)
    due = dialog.field("response_due")
    today = session.ctx.today()
    assert due.value() == today + timedelta(days=14)
    dialog.date.setDate(QDate(2025, 1, 15))  # the act's date moves the proposal with it
    assert due.value() == date(2025, 1, 29)
    dialog.field("charges").editor.setPlainText("Zaprzestano pracy środowiskowej (S5).")
    assert dialog.ok.isEnabled(), dialog.problems()

    due.edit.setDate(QDate(2025, 1, 17))  # two days: refused before it reaches the core
    assert not dialog.ok.isEnabled()
    note = dialog.problem_labels["response_due"]
    assert note.isVisible() and "najwcześniejszy dopuszczalny termin to 2025-01-29" in note.text()
    dialog.date.setDate(QDate(2025, 1, 14))  # a date picked stays where the person put it
    assert due.value() == date(2025, 1, 17)
    dialog.date.setDate(QDate(2025, 1, 15))
    due.edit.setDate(QDate(2025, 1, 29))
    assert dialog.ok.isEnabled() and note.isHidden()
    with qtbot.waitSignal(dialog.performed, timeout=5000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    data = case_file.load(session.ctx, session.actor, ref).to_json()
    assert data["revocations"][0]["response_due"] == "2025-01-29"


def test_the_charges_dialog_follows_the_settings(qtbot, chair_session, cli):
    session, ref = chair_session
    cli.ok("settings", "response_days", "30", user="admin")
    cli.ok("settings", "min_response_days", "21", user="admin")
    dialog = ActionDialog(session, ref, Action.CHARGE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_ready)
    dialog.date.setDate(QDate(2025, 1, 15))
    due = dialog.field("response_due")
    assert due.value() == date(2025, 2, 14)  # the default period, 30 days
    due.edit.setDate(QDate(2025, 2, 4))
    assert "co najmniej 21 dni" in dialog.problems()["response_due"]
