"""The Board's page ("Zarząd"): the appointments and resolutions, and its dialogs: the Board
members' votes checked by the domain before the act, the core's refusal shown in the dialog
with nothing written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from calcert_desktop.domain.board import resolution_problem
from calcert_desktop.services.admin import board
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.ui.session import Session
from calcert_desktop.ui.views.board import BoardView
from calcert_desktop.ui.views.board_dialog import BoardAct, BoardDialog

TODAY = date(2026, 1, 15)


def as_board(session: Session) -> Session:
    session.ctx.today = lambda: TODAY
    return Session(session.ctx, resolve_actor(session.ctx, "zarzad"), session.worker)


def loaded(qtbot, session: Session) -> BoardView:
    view = BoardView(session)
    qtbot.addWidget(view)
    assert view.data is None  # hidden: nothing read yet (the page reads when shown)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None, timeout=10000)
    return view


def choose(dialog: BoardDialog, login: str, function: str | None = None) -> None:
    dialog.person.setCurrentIndex(dialog.person.findData(login))
    if function is not None:
        dialog.function.setCurrentIndex(dialog.function.findData(function))


def test_the_page_lists_appointments_resolutions_and_the_responsible_person(qtbot, session):
    view = loaded(qtbot, as_board(session))
    assert view.appointments.rowCount() == 5 and view.resolutions.rowCount() == 5
    assert view.appointments.index(0, 0).data() == "Barbara Łukaszewicz (przewodniczaca)"
    assert view.appointments.index(0, 1).data() == "przewodniczący Komisji Certyfikacyjnej"
    assert view.appointments.index(0, 2).data() == "02.01.2018"  # Polish dates, not ISO
    assert view.appointments.index(0, 3).data() == "bezterminowo"
    assert view.appointments.index(0, 4).data() == "uchwała nr 1/2018"
    assert view.resolutions.index(0, 0).data() == "5/2018"  # the newest first
    assert view.resolutions.index(0, 3).data() == "podjęta: za 2, przeciw 0, wstrz. 0"
    tip = view.resolutions.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Halina Sobczak: za, Jerzy Będkowski: za"
    assert view.responsible.text() == (
        "Osoba odpowiedzialna za proces certyfikacji: Jerzy Będkowski (zarzad), od 02.01.2018."
    )
    assert not view.end_button.isEnabled()  # an appointment must be chosen first
    view.appointments_table.selectRow(1)
    assert view.end_button.isEnabled()


def test_appointing_through_the_dialog(qtbot, session):
    view = loaded(qtbot, as_board(session))
    dialog = view.open_dialog(BoardAct.APPOINT)
    qtbot.addWidget(dialog)
    choose(dialog, "ekspert", "member")
    assert not dialog.ok.isEnabled()
    no_quorum = resolution_problem({"zarzad", "zarzad2"}, {}, 2)
    assert dialog.ballot_problem.text() == no_quorum.message
    dialog.ballot.vote("zarzad", "for")
    assert not dialog.ok.isEnabled()  # one member is not the Board
    dialog.ballot.vote("zarzad2", "for")
    assert dialog.ok.isEnabled() and dialog.ballot_problem.isHidden()
    with qtbot.waitSignal(dialog.performed) as done:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert done.args[0].startswith("Uchwała nr 1/2026 (za 2, przeciw 0, wstrzymało się 0)")
    qtbot.waitUntil(lambda: view.appointments.rowCount() == 6, timeout=10000)
    rows = board.list_appointments(session.ctx, view._session.actor)
    assert ("ekspert", "member", "1/2026") in {(r.login, r.function, r.resolution) for r in rows}


def test_a_refused_resolution_is_shown_in_the_dialog_and_writes_nothing(qtbot, session):
    acting = as_board(session)
    view = loaded(qtbot, acting)
    before = board.list_appointments(acting.ctx, acting.actor)
    dialog = view.open_dialog(BoardAct.APPOINT)
    qtbot.addWidget(dialog)
    choose(dialog, "czlonek1", "chair")  # already a member; and the chair is taken
    dialog.ballot.vote("zarzad", "for")
    dialog.ballot.vote("zarzad2", "for")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_message != "", timeout=10000)
    assert "„czlonek1” ma już w tym czasie powołanie" in dialog.error_message
    assert dialog.isVisible() and dialog.ok.isEnabled()
    assert board.list_appointments(acting.ctx, acting.actor) == before
    assert board.list_resolutions(acting.ctx, acting.actor, 2026) == []


def test_ending_an_appointment_and_naming_the_responsible_person(qtbot, session):
    view = loaded(qtbot, as_board(session))
    row = next(n for n in range(view.appointments.rowCount())
               if view.appointments.row(n).login == "czlonek3")  # fmt: skip
    view.appointments_table.selectRow(row)
    dialog = view.open_dialog(BoardAct.END)
    qtbot.addWidget(dialog)
    for login in ("zarzad", "zarzad2"):
        dialog.ballot.vote(login, "for")
    with qtbot.waitSignal(dialog.performed) as done:
        dialog.ok.click()
    assert (
        "zakończył powołanie — członek Komisji Certyfikacyjnej: Paweł Śliwiński" in (done.args[0])
    )
    dialog = view.open_dialog(BoardAct.RESPONSIBLE)
    qtbot.addWidget(dialog)
    assert [dialog.person.itemData(i) for i in range(1, dialog.person.count())] == [
        "zarzad2", "zarzad"
    ]  # only the Board's members, by name  # fmt: skip
    choose(dialog, "zarzad2")
    for login in ("zarzad", "zarzad2"):
        dialog.ballot.vote(login, "for")
    with qtbot.waitSignal(dialog.performed):
        dialog.ok.click()
    qtbot.waitUntil(lambda: "Halina Sobczak" in view.responsible.text(), timeout=10000)
