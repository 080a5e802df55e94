"""Cases driven through the process entirely in the GUI: the main window opens the case file,
its action panel's buttons open the dialogs, whose widgets are filled and accepted; the
acting person is switched between steps as the main window does it, and the database is
checked after each step."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.assessment_rules import comment_problem
from calcert_desktop.domain.board import resolution_problem
from calcert_desktop.domain.eligibility import ballot_problem
from calcert_desktop.domain.errors import DomainError, TransitionRefused
from calcert_desktop.domain.facts import MemberFacts
from calcert_desktop.domain.forms import load_form
from calcert_desktop.services.applications import declare
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.process.batch import assess_standards
from calcert_desktop.services.views import case_file
from calcert_desktop.ui.actions.assess_dialog import AssessDialog
from calcert_desktop.ui.actions.dialog import ActionDialog
from calcert_desktop.ui.actions.panel import ActionPanel
from calcert_desktop.ui.main_window import MainWindow
from calcert_desktop.ui.session import Session

EXAMPLE = Path(__file__).resolve().parents[2] / "forms" / "examples" / "declaration-example.json"
CODES = [f"S{n}" for n in range(1, 10)]
WINDOWS: list[MainWindow] = []  # the test's main window (one per test)


@pytest.fixture(autouse=True)
def _one_main_window(session):
    """The test's main window closed at its end, before its session's data goes."""
    yield
    for window in WINDOWS:
        window.close()
    WINDOWS.clear()


def file_case(session: Session, signed: str, received: date) -> str:
    """A filed application, as the conftest's command line files one."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = signed
    result = declare.declare(
        session.ctx, session.actor, data, received_on=received, source_dir=EXAMPLE.parent
    )
    return result.reference


def as_person(session: Session, login: str) -> Session:
    return Session(session.ctx, resolve_actor(session.ctx, login), session.worker)


def case(session: Session, ref: str) -> dict:
    """The case file as the office reads it, in the JSON the command line prints."""
    return case_file.load(session.ctx, resolve_actor(session.ctx, "biuro"), ref).to_json()


def panel_for(qtbot, session: Session, ref: str) -> ActionPanel:
    """The action panel of the case file that the main window opens for ``session``'s
    person (switching the person first, which closes the previous person's case files)."""
    if not WINDOWS:
        window = MainWindow(session)
        qtbot.addWidget(window)
        WINDOWS.append(window)
    window = WINDOWS[0]
    assert window.session is not None
    if window.session.actor != session.actor:
        window.person_changed.emit()
        window.attach(session)
    window.commission.open_requested.emit(ref)  # as a double click in the dashboard does
    panel = window.case_windows.panel(ref)
    assert panel is not None and panel.session.actor == session.actor
    qtbot.waitUntil(lambda: panel.loaded)
    return panel


def open_action(qtbot, session: Session, ref: str, action: Action, login: str):
    """Click the action's button (or menu item) on the panel of ``login``; the dialog, loaded."""
    panel = panel_for(qtbot, as_person(session, login), ref)
    control = panel.control(action)
    assert control is not None, f"{action} not offered to {login}: {panel.offered}"
    with qtbot.waitSignal(panel.dialog_opened):
        if isinstance(control, QPushButton):
            qtbot.mouseClick(control, Qt.MouseButton.LeftButton)
        else:
            control.trigger()
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.is_ready)
    assert dialog.isVisible()
    return dialog


def set_date(dialog, day: str) -> None:
    dialog.date.setDate(QDate.fromString(day, "yyyy-MM-dd"))


def accept(qtbot, dialog) -> str:
    assert dialog.ok.isEnabled(), dialog.problems()
    with qtbot.waitSignal(dialog.performed) as blocker:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == ActionDialog.DialogCode.Accepted
    return blocker.args[0]


def refused(qtbot, session: Session, ref: str, dialog) -> str:
    """Click OK on a dialog the core will refuse: its message shown, dialog open, no write."""
    before = case(session, ref)
    assert dialog.ok.isEnabled(), dialog.problems()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_message != "")
    assert dialog.isVisible() and dialog.ok.isEnabled()
    assert case(session, ref) == before
    return dialog.error_message


def run(qtbot, session, ref, action, login, day, fill=None) -> str:
    dialog = open_action(qtbot, session, ref, action, login)
    set_date(dialog, day)
    if fill:
        fill(dialog)
    return accept(qtbot, dialog)


def text(name: str, value: str):
    def fill(dialog: ActionDialog) -> None:
        dialog.field(name).editor.setPlainText(value)

    return fill


def person(name: str, login: str, rapporteur: bool = False):
    def fill(dialog: ActionDialog) -> None:
        combo = dialog.field(name).combo
        combo.setCurrentIndex(combo.findData(login))
        if rapporteur:
            dialog.field("rapporteur").box.setChecked(True)

    return fill


def votes(value: str, reasons: str | None = None):
    def fill(dialog: ActionDialog) -> None:
        for buttons in dialog.field("votes").buttons.values():
            buttons[value].click()
        if reasons is not None:
            dialog.field("reasons").editor.setPlainText(reasons)

    return fill


def board(*fills, vote: str = "for"):
    """The Board's resolution: both test Board members vote ``vote`` (and ``fills`` run)."""

    def fill(dialog: ActionDialog) -> None:
        ballot = dialog.field("board_votes").ballot
        for login in ("zarzad", "zarzad2"):
            ballot.vote(login, vote)
        for other in fills:
            other(dialog)

    return fill


def assess(qtbot, session, ref, login, day, rating="meets") -> str:
    dialog = open_action(qtbot, session, ref, Action.ASSESS, login)
    assert isinstance(dialog, AssessDialog)
    set_date(dialog, day)
    for code in CODES:
        row = dialog.row(code)
        row.rating.setCurrentIndex(row.rating.findData(rating))
        if rating != "meets":
            assert row.problem.text() == comment_problem(code, rating, "").message
            row.comment.setPlainText(f"Brak dowodów realizacji ({code}): raport milczy.")
        row.evidence.setText(f"raport s. {code[1]}")
    return accept(qtbot, dialog)


def review(qtbot, session, ref, day, members, rating="meets") -> None:
    run(qtbot, session, ref, Action.ACCEPT, "biuro", day)
    assert case(session, ref)["state"] == "review"
    for index, login in enumerate(members):
        message = run(
            qtbot, session, ref, Action.ASSIGN, "przewodniczaca", day,
            person("member", login, rapporteur=index == 0),
        )  # fmt: skip
        assert "Wyznaczono" in message
    data = case(session, ref)
    assert [m["login"] for m in data["members"]] == list(members)
    assert data["members"][0]["rapporteur"]


def test_granted_and_issued_through_the_gui(qtbot, session):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    members = ("czlonek1", "czlonek2", "przewodniczaca")
    review(qtbot, session, ref, "2024-02-01", members)
    for login in members:
        message = assess(qtbot, session, ref, login, "2024-02-05")
        assert "Zapisano oceny standardów (9)" in message
        rated = [a for a in case(session, ref)["assessments"] if a["member"] == login]
        assert sorted(a["standard"] for a in rated) == CODES
        assert {a["rating"] for a in rated} == {"meets"}
        assert all(a["evidence"].startswith("raport s.") for a in rated)

    run(
        qtbot, session, ref, Action.SCHEDULE_VISIT, "przewodniczaca", "2024-02-06",
        lambda d: (person("expert", "ekspert")(d),
                   d.field("visit_on").edit.setDate(QDate(2024, 2, 10))),
    )  # fmt: skip
    data = case(session, ref)
    assert data["state"] == "site_visit"
    assert data["site_visits"][0]["planned_for"] == "2024-02-10"

    def findings(dialog: ActionDialog) -> None:
        dialog.field("summary").editor.setPlainText("Wizytacja potwierdziła zgłoszenie.")
        field = dialog.field("findings")
        field.ratings["S4"].setCurrentIndex(field.ratings["S4"].findData("meets"))
        field.texts["S4"].setText("Diagnoza potrzeb z 2023 r.")

    run(qtbot, session, ref, Action.RECORD_VISIT, "ekspert", "2024-02-10", findings)
    data = case(session, ref)
    assert data["state"] == "review"
    assert data["site_visits"][0]["findings"] == {
        "S4": {"rating": "meets", "finding": "Diagnoza potrzeb z 2023 r.", "observations": "",
               "evidence": []}
    }

    dialog = open_action(qtbot, session, ref, Action.GRANT, "przewodniczaca")
    assert set(dialog.field("votes").buttons) == set(members)
    set_date(dialog, "2024-02-20")
    assert not dialog.ok.isEnabled()  # no votes yet
    ballot = list(dialog.field("votes").buttons)  # by name, as the service orders it
    missing = ballot_problem([MemberFacts(login) for login in ballot], {})
    assert dialog.problem_labels["votes"].text() == missing.message  # the domain's words
    assert "Brakuje głosów" in missing.message and "czlonek2" in missing.message
    votes("for")(dialog)
    assert "przyznała" in accept(qtbot, dialog)
    data = case(session, ref)
    assert data["state"] == "granted"
    assert data["decisions"][0]["votes"] == dict.fromkeys(members, "for")

    dialog = open_action(qtbot, session, ref, Action.ISSUE, "zarzad")
    set_date(dialog, "2024-02-29")
    ballot = dialog.field("board_votes").ballot
    assert set(ballot.buttons) == {"zarzad", "zarzad2"}  # the Board votes, not one member
    assert not dialog.ok.isEnabled()  # nobody voted yet: no quorum, in the domain's words
    no_quorum = resolution_problem({"zarzad", "zarzad2"}, {}, 2)
    assert dialog.problem_labels["board_votes"].text() == no_quorum.message
    assert "Brak kworum" in no_quorum.message
    ballot.vote("zarzad", "for")
    assert not dialog.ok.isEnabled()  # one member alone does not decide for the Board
    board()(dialog)
    message = accept(qtbot, dialog)
    assert "CJ-001/2024" in message and "Uchwała nr 1/2024" in message
    data = case(session, ref)
    assert data["state"] == "certified"
    assert data["certificate"]["valid_until"] == "2029-02-28"


def test_refused_appealed_overturned_then_revoked_through_the_gui(qtbot, session):
    ref = file_case(session, "2025-05-01", date(2025, 5, 5))
    members = ("czlonek1", "czlonek2", "przewodniczaca", "czlonek3")
    review(qtbot, session, ref, "2025-05-10", members)

    # czlonek3 declares a conflict of interest: no assessment offered, no vote.
    run(qtbot, session, ref, Action.DECLARE_CONFLICT, "czlonek3", "2025-05-10",
        text("reason", "Pracowałem w tej instytucji w 2024 r."))  # fmt: skip
    assert case(session, ref)["members"][3]["conflict_declared_on"] == "2025-05-10"
    conflicted = panel_for(qtbot, as_person(session, "czlonek3"), ref)
    assert Action.ASSESS not in conflicted.offered
    dialog = AssessDialog(as_person(session, "czlonek3"), ref)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.is_ready)
    set_date(dialog, "2025-05-11")
    for code in CODES:
        dialog.row(code).rating.setCurrentIndex(dialog.row(code).rating.findData("meets"))
    assert "konflikt interesów" in refused(qtbot, session, ref, dialog)

    for login in members[:3]:
        assess(qtbot, session, ref, login, "2025-05-12", rating="not")

    dialog = open_action(qtbot, session, ref, Action.REFUSE, "przewodniczaca")
    assert set(dialog.field("votes").buttons) == set(members[:3])  # not czlonek3
    draft = dialog.field("reasons").editor.toPlainText()
    for code in CODES:  # every standard with its number and title from the form
        standard = load_form(None).standard(code)
        assert f"{standard.number}. {standard.title} ({code}) – nie spełnia:" in draft
    assert "Brak dowodów realizacji (S4): raport milczy." in draft
    set_date(dialog, "2025-05-20")
    votes("for")(dialog)  # a majority for granting: the core refuses a refusal
    assert "Większość głosowała za przyznaniem" in refused(qtbot, session, ref, dialog)
    votes("against")(dialog)
    assert "odmówiła" in accept(qtbot, dialog)
    data = case(session, ref)
    assert data["state"] == "refused"
    assert data["decisions"][0]["reasons"] == draft.strip()
    assert data["decisions"][0]["votes"] == dict.fromkeys(members[:3], "against")

    run(qtbot, session, ref, Action.DELIVER, "biuro", "2025-05-22")
    assert case(session, ref)["decisions"][0]["delivered_on"] == "2025-05-22"
    run(qtbot, session, ref, Action.APPEAL, "biuro", "2025-06-05",
        text("grounds", "Raport pominięto przy ocenie."))  # fmt: skip
    assert case(session, ref)["state"] == "refusal_appealed"
    run(qtbot, session, ref, Action.OVERTURN, "zarzad", "2025-06-20",
        board(text("reasons", "Komisja nie uwzględniła raportu.")))  # fmt: skip
    data = case(session, ref)
    assert data["state"] == "granted" and data["appeals"][0]["outcome"] == "overturned"
    assert [r["number"] for r in data["resolutions"]] == ["1/2025"]
    run(qtbot, session, ref, Action.ISSUE, "zarzad", "2025-06-25", board())
    assert case(session, ref)["state"] == "certified"

    # Revocation: opened, charges in writing, the institution's response, revoked.
    run(qtbot, session, ref, Action.OPEN_REVOCATION, "przewodniczaca", "2025-09-01",
        text("reason", "Skarga mieszkańców na zaprzestanie pracy środowiskowej."))  # fmt: skip
    assert case(session, ref)["state"] == "revocation"

    def charges(dialog: ActionDialog) -> None:
        dialog.field("charges").editor.setPlainText("Zaprzestano pracy środowiskowej (S5).")
        dialog.field("response_due").edit.setDate(QDate(2025, 10, 1))

    run(qtbot, session, ref, Action.CHARGE, "przewodniczaca", "2025-09-05", charges)
    revocation = case(session, ref)["revocations"][0]
    assert revocation["charges"] == "Zaprzestano pracy środowiskowej (S5)."
    assert revocation["response_due"] == "2025-10-01"
    run(qtbot, session, ref, Action.RESPOND, "biuro", "2025-09-20",
        text("text", "Praca trwa; przesyłamy sprawozdanie."))  # fmt: skip
    assert case(session, ref)["revocations"][0]["response_received_on"] == "2025-09-20"

    dialog = open_action(qtbot, session, ref, Action.REVOKE, "przewodniczaca")
    draft = dialog.field("reasons").editor.toPlainText()
    assert "Zaprzestano pracy środowiskowej (S5)." in draft
    assert "Praca trwa; przesyłamy sprawozdanie." in draft
    assert set(dialog.field("votes").buttons) == set(members[:3])
    set_date(dialog, "2025-09-25")
    votes("for")(dialog)
    assert "odebrała" in accept(qtbot, dialog)
    data = case(session, ref)
    assert data["state"] == "revoked" and data["certificate"]["status"] == "revoked"
    assert data["revocations"][0]["outcome"] == "revoked"


def test_dialog_validates_before_it_acts(qtbot, session):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    run(qtbot, session, ref, Action.ACCEPT, "biuro", "2024-02-01")
    dialog = open_action(qtbot, session, ref, Action.ASSIGN, "przewodniczaca")
    set_date(dialog, "2024-02-02")
    assert not dialog.ok.isEnabled()
    assert dialog.problem_labels["member"].text() == "Wybierz osobę z listy."
    # Only Commission members are offered, by full name.
    names = {dialog.field("member").combo.itemText(i) for i in range(1, 10)} - {""}
    assert names == {"Barbara Łukaszewicz", "Tomasz Wróbel", "Agnieszka Kołodziej",
                     "Paweł Śliwiński"}  # fmt: skip
    person("member", "czlonek1")(dialog)
    assert dialog.ok.isEnabled() and dialog.problem_labels["member"].isHidden()
    assert "&" in dialog.ok.text()
    assert dialog.ok.text().replace("&", "") == "Wyznacz członka Komisji"
    # A date before the previous step: the core refuses, the dialog stays, nothing written.
    set_date(dialog, "2024-01-25")
    assert "wcześniejsza niż poprzednia czynność" in refused(qtbot, session, ref, dialog)
    set_date(dialog, "2024-02-02")
    accept(qtbot, dialog)
    assert [m["login"] for m in case(session, ref)["members"]] == ["czlonek1"]


def test_assessment_dialog_requires_a_comment_below_meets(qtbot, session):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    review(qtbot, session, ref, "2024-02-01", ("czlonek1",))
    dialog = open_action(qtbot, session, ref, Action.ASSESS, "czlonek1")
    set_date(dialog, "2024-02-03")
    for code in CODES:
        dialog.row(code).rating.setCurrentIndex(dialog.row(code).rating.findData("meets"))
    row = dialog.row("S5")
    row.rating.setCurrentIndex(row.rating.findData("partly"))
    assert not dialog.ok.isEnabled()
    assert row.problem.text() == (
        "Komentarz: Ocena standardu S5 inna niż „spełnia” wymaga komentarza z uzasadnieniem."
    )
    row.comment.setPlainText("Działania incydentalne, bez planu długofalowego.")
    assert dialog.ok.isEnabled() and row.problem.isHidden()
    accept(qtbot, dialog)
    rated = {a["standard"]: a["rating"] for a in case(session, ref)["assessments"]}
    assert rated["S5"] == "partly" and len(rated) == 9


def test_conflicted_member_cannot_assess_through_the_service(session):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    from calcert_desktop.services.process import perform

    chair = resolve_actor(session.ctx, "przewodniczaca")
    perform.perform(session.ctx, session.actor, ref, Action.ACCEPT, date(2024, 2, 1))
    for login in ("czlonek1", "czlonek2"):
        perform.perform(session.ctx, chair, ref, Action.ASSIGN, date(2024, 2, 1), {"member": login})
    member = resolve_actor(session.ctx, "czlonek2")
    perform.perform(
        session.ctx, member, ref, Action.DECLARE_CONFLICT, date(2024, 2, 2), {"reason": "Rodzina."}
    )
    before = case(session, ref)
    ratings = dict.fromkeys(CODES, ("meets", "", ""))
    with pytest.raises(TransitionRefused) as refusal:
        assess_standards(session.ctx, member, ref, date(2024, 2, 3), ratings)
    assert "konflikt interesów" in refusal.value.message
    assert case(session, ref) == before


def test_one_bad_rating_saves_none(session):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    from calcert_desktop.services.process import perform

    chair = resolve_actor(session.ctx, "przewodniczaca")
    perform.perform(session.ctx, session.actor, ref, Action.ACCEPT, date(2024, 2, 1))
    perform.perform(
        session.ctx, chair, ref, Action.ASSIGN, date(2024, 2, 1), {"member": "czlonek1"}
    )
    member = resolve_actor(session.ctx, "czlonek1")
    ratings = dict.fromkeys(CODES, ("meets", "", ""))
    ratings["S9"] = ("not", "", "")  # no comment: refused, and S1-S8 are not saved either
    with pytest.raises(DomainError) as refusal:
        assess_standards(session.ctx, member, ref, date(2024, 2, 3), ratings)
    assert "wymaga komentarza" in refusal.value.message
    assert case(session, ref)["assessments"] == []


def test_assessment_dialog_asks_the_domain_for_the_comment_rule(qtbot, session, monkeypatch):
    from calcert_desktop.domain import assessment_rules

    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    review(qtbot, session, ref, "2024-02-01", ("czlonek1",))
    dialog = open_action(qtbot, session, ref, Action.ASSESS, "czlonek1")
    set_date(dialog, "2024-02-03")
    row = dialog.row("S2")
    row.rating.setCurrentIndex(row.rating.findData("meets"))
    assert "S2" not in dialog.problems()  # "meets" needs no comment under the domain's rule
    # Change the rule in the domain only: the dialog follows it, in the domain's words.
    monkeypatch.setattr(assessment_rules, "comment_required", lambda rating: True)
    assert dialog.problems()["S2"] == assessment_rules.comment_problem("S2", "meets", "").message
    row.comment.setPlainText("Uzasadnienie.")
    assert "S2" not in dialog.problems()


def test_unrated_standards_are_counted_once_not_marked_red(qtbot, session):
    ref = file_case(session, "2024-01-15", date(2024, 1, 20))
    review(qtbot, session, ref, "2024-02-01", ("czlonek1",))
    dialog = open_action(qtbot, session, ref, Action.ASSESS, "czlonek1")
    assert isinstance(dialog, AssessDialog)
    assert all(dialog.row(code).problem.isHidden() for code in CODES)
    assert dialog.remaining.text() == (
        "Do oceny zostało standardów: 9 z 9 (nr 1, 2, 3, 4, 5, 6, 7, 8, 9)."
    )
    for code in CODES[:8]:
        dialog.row(code).rating.setCurrentIndex(dialog.row(code).rating.findData("meets"))
    assert dialog.remaining.text() == "Do oceny zostało standardów: 1 z 9 (nr 9)."
    assert not dialog.ok.isEnabled()
    last = dialog.row(CODES[8])
    last.rating.setCurrentIndex(last.rating.findData("meets"))
    assert dialog.remaining.isHidden() and dialog.ok.isEnabled()
    dialog.reject()
