"""Impartiality in the GUI (issue 16, item 1): what the core would refuse is not offered. A
chair with a declared conflict gets no "Przyznaj" button, a Board member's conflict dialog
names only themselves, the vote dialog leaves out the member who made the site visit, and the
matrix shows no rating of a member who withdrew."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from calcert_desktop.domain.actions import Action
from calcert_desktop.services.admin import board
from calcert_desktop.services.admin.people import add_user
from calcert_desktop.services.applications import declare
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.services.process.batch import assess_standards
from calcert_desktop.services.views.assessments import matrix_for
from calcert_desktop.ui.actions.dialog import ActionDialog
from calcert_desktop.ui.actions.panel import ActionPanel
from calcert_desktop.ui.case_file.assessment_tab import AssessmentTab
from calcert_desktop.ui.session import Session

EXAMPLE = Path(__file__).resolve().parents[2] / "forms" / "examples" / "declaration-example.json"
CODES = [f"S{n}" for n in range(1, 10)]


def as_person(session: Session, login: str) -> Session:
    return Session(session.ctx, resolve_actor(session.ctx, login), session.worker)


def reviewed(session: Session, members: tuple[str, ...]) -> str:
    """A filed case accepted, ``members`` assigned and each with S1-S9 rated "meets"."""
    ctx = session.ctx
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = "2024-01-15"
    ref = declare.declare(
        ctx, session.actor, data, received_on=date(2024, 1, 20), source_dir=EXAMPLE.parent
    ).reference
    perform.perform(ctx, session.actor, ref, Action.ACCEPT, date(2024, 2, 1))
    chair = resolve_actor(ctx, "przewodniczaca")
    for login in members:
        perform.perform(ctx, chair, ref, Action.ASSIGN, date(2024, 2, 1), {"member": login})
        ratings = dict.fromkeys(CODES, ("meets", "", ""))
        assess_standards(ctx, resolve_actor(ctx, login), ref, date(2024, 2, 1), ratings)
    return ref


def panel(qtbot, session: Session, ref: str) -> ActionPanel:
    shown = ActionPanel(session, ref)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.loaded)
    return shown


def texts(shown: ActionPanel) -> list[str]:
    return [control.text().replace("&", "") for control in shown.controls.values()]


def dialog(qtbot, session: Session, ref: str, action: Action) -> ActionDialog:
    opened = ActionDialog(session, ref, action)  # it loads its data itself
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: opened.is_ready)
    return opened


def test_a_conflicted_chair_is_not_offered_przyznaj(qtbot, session):
    ref = reviewed(session, ("czlonek1", "czlonek2"))
    chair = as_person(session, "przewodniczaca")
    before = panel(qtbot, chair, ref)
    assert Action.GRANT in before.offered
    assert any(text.startswith("Przyznaj") for text in texts(before))
    perform.perform(
        session.ctx,
        chair.actor,
        ref,
        Action.DECLARE_CONFLICT,
        date(2024, 2, 2),
        {"reason": "Zasiadam w radzie fundacji."},
    )
    after = panel(qtbot, chair, ref)
    assert Action.GRANT not in after.offered and Action.REFUSE not in after.offered
    assert after.control(Action.GRANT) is None
    assert not any(text.startswith("Przyznaj") for text in texts(after))
    assert after.offered == [Action.DECLARE_CONFLICT]  # a member's conflict is still theirs


def test_a_board_member_declares_only_their_own_conflict(qtbot, session):
    ref = reviewed(session, ("czlonek1", "czlonek2"))
    perform.perform(
        session.ctx,
        resolve_actor(session.ctx, "przewodniczaca"),
        ref,
        Action.GRANT,
        date(2024, 2, 3),
        {"votes": {"czlonek1": "for", "czlonek2": "for"}},
    )
    board = as_person(session, "zarzad")
    assert Action.DECLARE_CONFLICT in panel(qtbot, board, ref).offered
    shown = dialog(qtbot, board, ref, Action.DECLARE_CONFLICT)
    combo = shown.field("person").combo
    assert [combo.itemData(i) for i in range(1, combo.count())] == ["zarzad"]
    assert combo.currentData() == "zarzad"
    assert shown.labels["person"].text().replace("&", "").startswith("Osoba")


def test_the_vote_dialog_leaves_out_the_member_who_made_the_visit(qtbot, session):
    admin = resolve_actor(session.ctx, "admin")
    add_user(session.ctx, admin, "ekspertczlonek", "Jan Wiśniewski", "expert")
    day = date(2024, 1, 2)  # the Board appoints the expert to the Commission
    board.appoint(session.ctx, resolve_actor(session.ctx, "zarzad"), "ekspertczlonek", "member",
                  {"zarzad": "for", "zarzad2": "for"}, starts_on=day, on=day)  # fmt: skip
    ref = reviewed(session, ("czlonek1", "ekspertczlonek"))
    chair = resolve_actor(session.ctx, "przewodniczaca")
    perform.perform(
        session.ctx,
        chair,
        ref,
        Action.SCHEDULE_VISIT,
        date(2024, 2, 2),
        {"expert": "ekspertczlonek", "visit_on": date(2024, 2, 5)},
    )
    perform.perform(
        session.ctx,
        resolve_actor(session.ctx, "ekspertczlonek"),
        ref,
        Action.RECORD_VISIT,
        date(2024, 2, 5),
        {"summary": "Potwierdzono."},
    )
    shown = dialog(qtbot, as_person(session, "przewodniczaca"), ref, Action.GRANT)
    assert set(shown.field("votes").buttons) == {"czlonek1"}


def test_the_matrix_tab_shows_no_rating_of_a_member_who_withdrew(qtbot, session):
    ref = reviewed(session, ("czlonek1", "czlonek2", "czlonek3"))
    ctx = session.ctx
    perform.perform(
        ctx,
        resolve_actor(ctx, "czlonek3"),
        ref,
        Action.DECLARE_CONFLICT,
        date(2024, 2, 2),
        {"reason": "Córka pracuje w instytucji."},
    )
    tab = AssessmentTab()
    qtbot.addWidget(tab)
    tab.show_matrix(matrix_for(ctx, resolve_actor(ctx, "przewodniczaca"), ref))
    model = tab.model
    assert tab.showing_matrix and model.columnCount() == 3
    logins = [model.member(column).login for column in range(3)]
    withdrawn, other = logins.index("czlonek3"), logins.index("czlonek1")
    cells = [model.index(row, withdrawn).data() for row in range(model.rowCount())]
    assert cells == ["konflikt interesów"] * 9  # the nine ratings given before: not shown
    assert all(model.cell(model.index(row, withdrawn)) is None for row in range(9))
    assert "wcześniejsze oceny nie liczą się" in model.describe(model.index(0, withdrawn))
    assert model.index(0, other).data() == "✓ spełnia"
