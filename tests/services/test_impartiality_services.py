"""Impartiality through the services (issue 16, item 1): each rule refused with its Polish
message and the database unchanged byte for byte, and what is offered agrees."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import DomainError, PermissionDenied
from calcert_desktop.services.admin import settings
from calcert_desktop.services.context import reading, resolve_actor
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process import case_facts, perform
from calcert_desktop.services.process.action_forms import action_form
from calcert_desktop.services.process.available import available_actions
from calcert_desktop.services.process.reasons import reasons_draft
from calcert_desktop.services.views import case_file
from calcert_desktop.services.views.assessments import matrix_for
from cli_support import Cli
from impartiality_cases import (
    STRAY_REMARK,
    act,
    refused_on_appeal,
    reviewed,
    visited_by_a_member,
    withdrawn_after_assessing,
)

FOR_BOTH = {"czlonek1": "for", "czlonek2": "for"}


@contextmanager
def refusal(cli: Cli, code: str, words: str) -> Iterator[pytest.ExceptionInfo[DomainError]]:
    """The block must be refused with ``code`` and Polish ``words``, the database untouched."""
    before = cli.fingerprint()
    with pytest.raises(DomainError) as caught:
        yield caught
    assert caught.value.code == code, caught.value.message
    assert words in caught.value.message, caught.value.message
    assert cli.fingerprint() == before, "a refused action changed the database"


def do(ctx, login: str, ref: str, action: Action, day: date, **params: object):
    return perform.perform(ctx, resolve_actor(ctx, login), ref, action, day, params)


def test_a_chair_with_a_declared_conflict_records_no_grant(cli, ctx, declaration_file):
    ref = reviewed(cli, declaration_file)
    chair = resolve_actor(ctx, "przewodniczaca")
    assert Action.GRANT in available_actions(ctx, chair, ref)
    # The chair is not assigned to the case, and still declares a conflict in it.
    reason = "Zasiadam w radzie fundacji prowadzącej instytucję."
    done = do(ctx, "przewodniczaca", ref, Action.DECLARE_CONFLICT, date(2024, 2, 2), reason=reason)
    assert "nie bierze udziału w tej sprawie" in done.message
    words = (
        "Osoba „przewodniczaca” zgłosiła konflikt interesów w tej sprawie — nie może w niej "
        "niczego zapisywać, głosować, wydawać ani rozstrzygać."
    )
    with refusal(cli, "impartiality.conflicted", words) as caught:
        do(ctx, "przewodniczaca", ref, Action.GRANT, date(2024, 2, 3), votes=FOR_BOTH)
    assert caught.value.field == "user"
    offered = available_actions(ctx, chair, ref)
    assert not {Action.GRANT, Action.REFUSE, Action.ASSIGN, Action.SCHEDULE_VISIT} & set(offered)
    # The conflict is recorded once, for a person who is not an assigned member.
    view = case_file.load(ctx, resolve_actor(ctx, "biuro"), ref)
    assert [(c.login, c.declared_on, c.reason, c.assigned) for c in view.conflicts] == [
        ("przewodniczaca", date(2024, 2, 2), reason, False)
    ]
    assert all(m.conflict_declared_on is None for m in view.members)
    assert matrix_for(ctx, chair, ref).withheld  # and reads no assessment
    with reading(ctx) as session:
        facts = case_facts.build(session, find_case(session, ref), Action.GRANT, date(2024, 2, 3))
    assert facts.conflicted == frozenset({"przewodniczaca"})


# The Board's resolution: its two members of conftest vote for.
BOARD = {"zarzad": "for", "zarzad2": "for"}


def test_a_member_with_a_conflict_who_is_on_the_board_does_not_issue(cli, ctx, declaration_file):
    ref = reviewed(cli, declaration_file)
    act(cli, ref, "assign", "2024-02-01", "przewodniczaca", "--member", "hnowak")
    do(ctx, "hnowak", ref, Action.DECLARE_CONFLICT, date(2024, 2, 2), reason="Rodzina.")
    do(ctx, "przewodniczaca", ref, Action.GRANT, date(2024, 2, 3), votes=FOR_BOTH)
    with refusal(cli, "impartiality.conflicted", "„hnowak” zgłosiła konflikt interesów"):
        do(ctx, "hnowak", ref, Action.ISSUE, date(2024, 2, 4), board_votes=BOARD)
    assert Action.ISSUE not in available_actions(ctx, resolve_actor(ctx, "hnowak"), ref)
    # Nor does hnowak vote in the resolution another Board member records.
    with refusal(cli, "impartiality.conflicted", "„hnowak” zgłosiła konflikt interesów"):
        do(ctx, "zarzad", ref, Action.ISSUE, date(2024, 2, 4),
           board_votes={"hnowak": "for", "zarzad": "for"})  # fmt: skip
    form = action_form(ctx, resolve_actor(ctx, "zarzad"), ref, Action.ISSUE)
    assert "hnowak" not in [p.login for p in form.board_voters]
    issued = do(ctx, "zarzad", ref, Action.ISSUE, date(2024, 2, 4), board_votes=BOARD)
    assert issued.state == "certified"


def test_a_board_member_declares_a_conflict_and_then_decides_nothing(cli, ctx, declaration_file):
    ref = refused_on_appeal(cli, declaration_file)
    board = resolve_actor(ctx, "zarzad")
    day = date(2024, 2, 21)
    assert Action.DECLARE_CONFLICT in available_actions(ctx, board, ref)
    form = action_form(ctx, board, ref, Action.DECLARE_CONFLICT)
    assert [p.login for p in form.people["person"]] == ["zarzad"]  # one's own only
    # The chair may not record a Board member's conflict; the office declares none.
    only_members = "przewodniczący Komisji może go zapisać tylko w imieniu członka Komisji"
    with refusal(cli, "conflict.only_self", only_members):
        do(ctx, "przewodniczaca", ref, Action.DECLARE_CONFLICT, day, person="zarzad", reason="R.")
    with refusal(cli, "permission.role_required", "członek Zarządu CAL") as caught:
        do(ctx, "biuro", ref, Action.DECLARE_CONFLICT, day, reason="Rodzina.")
    assert isinstance(caught.value, PermissionDenied)

    do(ctx, "zarzad", ref, Action.DECLARE_CONFLICT, day, reason="Rodzina.")
    with refusal(cli, "impartiality.conflicted", "„zarzad” zgłosiła konflikt interesów"):
        do(ctx, "zarzad", ref, Action.UPHOLD, date(2024, 2, 22), reasons="Niezasadne.")
    with refusal(cli, "conflict.nothing_to_declare", "już zgłosiła konflikt interesów"):
        do(ctx, "zarzad", ref, Action.DECLARE_CONFLICT, date(2024, 2, 22), reason="Znowu.")
    assert available_actions(ctx, board, ref) == []
    assert matrix_for(ctx, board, ref).withheld  # a conflicted Board member reads no rating
    assert case_file.load(ctx, board, ref).assessments == ()


@pytest.mark.parametrize("login", ["hnowak", "ekspertzarzad"])
def test_who_took_part_in_the_refusal_does_not_decide_the_appeal(cli, ctx, declaration_file, login):
    """hnowak was rapporteur and voted against; ekspertzarzad made the site visit."""
    ref = refused_on_appeal(cli, declaration_file)
    with reading(ctx) as session:
        facts = case_facts.build(session, find_case(session, ref), Action.UPHOLD, date(2024, 3, 1))
    assert facts.participants == {"hnowak", "czlonek2", "ekspertzarzad"}
    words = f"Osoba „{login}” brała udział w decyzji Komisji w tej sprawie"
    for action in (Action.UPHOLD, Action.OVERTURN):
        with refusal(cli, "impartiality.took_part", words):
            do(ctx, login, ref, action, date(2024, 3, 1), reasons="Rozstrzygnięcie.",
               board_votes=BOARD)  # fmt: skip
        with refusal(cli, "impartiality.took_part", words):  # nor votes in the resolution
            do(ctx, "zarzad2", ref, action, date(2024, 3, 1), reasons="Rozstrzygnięcie.",
               board_votes={login: "for", "zarzad": "for"})  # fmt: skip
    offered = available_actions(ctx, resolve_actor(ctx, login), ref)
    assert Action.UPHOLD not in offered and Action.OVERTURN not in offered
    # A Board member who had no part in it decides.
    assert Action.UPHOLD in available_actions(ctx, resolve_actor(ctx, "zarzad"), ref)
    upheld = do(ctx, "zarzad", ref, Action.UPHOLD, date(2024, 3, 1), reasons="Niezasadne.",
                board_votes=BOARD)  # fmt: skip
    assert upheld.state == "refused_final"


def test_a_withdrawn_members_assessments_leave_the_matrix_and_the_reasons(
    cli, ctx, declaration_file
):
    ref = withdrawn_after_assessing(cli, declaration_file)
    chair = resolve_actor(ctx, "przewodniczaca")
    draft = reasons_draft(ctx, ref)
    assert "Brak dowodów (S4)." in draft and STRAY_REMARK not in draft
    assert action_form(ctx, chair, ref, Action.REFUSE).reasons == draft
    matrix = matrix_for(ctx, chair, ref)
    assert matrix.cell("S4", "czlonek3") is None and len(matrix.cells) == 18
    assert [m.login for m in matrix.members if m.conflicted] == ["czlonek3"]
    view = case_file.load(ctx, resolve_actor(ctx, "biuro"), ref)
    assert {a.member for a in view.assessments} == {"czlonek1", "czlonek2"}
    # The history keeps it: the assessment as given, by whom.
    logged = [e for e in view.history if e.record == "assessments" and e.user == "czlonek3"]
    assert len(logged) == 1 and logged[0].new and logged[0].new["comment"] == STRAY_REMARK
    # Completeness asks nothing more of them: the refusal goes through with two votes.
    against = {"czlonek1": "against", "czlonek2": "against"}
    refused = do(ctx, "przewodniczaca", ref, Action.REFUSE, date(2024, 2, 4), votes=against,
                 reasons=draft)  # fmt: skip
    assert refused.state == "refused"


def test_the_visiting_expert_does_not_vote_by_default(cli, ctx, declaration_file):
    ref = visited_by_a_member(cli, declaration_file)
    chair = resolve_actor(ctx, "przewodniczaca")
    day = date(2024, 2, 6)
    assert [v.login for v in action_form(ctx, chair, ref, Action.GRANT).voters] == ["czlonek1"]
    words = (
        "Osoba „ekspertczlonek” przeprowadziła wizytację w tej sprawie — ekspert wizytujący "
        "nie głosuje w sprawie, którą wizytował"
    )
    with refusal(cli, "vote.visit_expert", words):
        votes = {"czlonek1": "for", "ekspertczlonek": "for"}
        do(ctx, "przewodniczaca", ref, Action.GRANT, day, votes=votes)
    # The expert assesses like any member: a revised rating is taken.
    do(ctx, "ekspertczlonek", ref, Action.ASSESS, day, standard="S1", rating="meets",
       comment="Potwierdzone na miejscu.")  # fmt: skip
    granted = do(ctx, "przewodniczaca", ref, Action.GRANT, day, votes={"czlonek1": "for"})
    assert granted.state == "granted"
    view = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    assert view["decisions"][0]["votes"] == {"czlonek1": "for"}


def test_the_setting_lets_the_visiting_expert_vote(cli, ctx, declaration_file):
    ref = visited_by_a_member(cli, declaration_file)
    admin = resolve_actor(ctx, "admin")
    with refusal(cli, "setting.out_of_range", "„2”"):
        settings.set_int(ctx, admin, "visit_expert_votes", "2")
    done = settings.set_int(ctx, admin, "visit_expert_votes", "1")
    assert "głosowanie eksperta wizytującego" in done.message
    chair = resolve_actor(ctx, "przewodniczaca")
    voters = [v.login for v in action_form(ctx, chair, ref, Action.GRANT).voters]
    assert sorted(voters) == ["czlonek1", "ekspertczlonek"]
    day = date(2024, 2, 6)
    with refusal(cli, "vote.missing", "Brakuje głosów członków Komisji: ekspertczlonek"):
        do(ctx, "przewodniczaca", ref, Action.GRANT, day, votes={"czlonek1": "for"})
    votes = {"czlonek1": "for", "ekspertczlonek": "for"}
    assert do(ctx, "przewodniczaca", ref, Action.GRANT, day, votes=votes).state == "granted"


def test_a_conflict_outlives_the_assignment(cli, ctx, declaration_file):
    ref = reviewed(cli, declaration_file)
    act(cli, ref, "assign", "2024-02-01", "przewodniczaca", "--member", "czlonek3")
    do(ctx, "czlonek3", ref, Action.DECLARE_CONFLICT, date(2024, 2, 2), reason="Rodzina.")
    do(ctx, "przewodniczaca", ref, Action.UNASSIGN, date(2024, 2, 2), member="czlonek3")
    chair = resolve_actor(ctx, "przewodniczaca")
    offered = [p.login for p in action_form(ctx, chair, ref, Action.ASSIGN).people["member"]]
    assert "czlonek3" not in offered and "przewodniczaca" in offered
    with refusal(cli, "conflict.cannot_assign", "„czlonek3” zgłosiła konflikt interesów"):
        do(ctx, "przewodniczaca", ref, Action.ASSIGN, date(2024, 2, 3), member="czlonek3")


def test_a_conflicted_expert_is_not_sent_and_their_visit_not_recorded(cli, ctx, declaration_file):
    ref = reviewed(cli, declaration_file)
    chair = resolve_actor(ctx, "przewodniczaca")
    do(ctx, "przewodniczaca", ref, Action.SCHEDULE_VISIT, date(2024, 2, 2), expert="ekspert",
       visit_on=date(2024, 2, 5))  # fmt: skip
    do(ctx, "ekspert", ref, Action.DECLARE_CONFLICT, date(2024, 2, 3),
       reason="Byłam wolontariuszką instytucji.")  # fmt: skip
    assert Action.RECORD_VISIT not in available_actions(ctx, resolve_actor(ctx, "biuro"), ref)
    with refusal(cli, "conflict.visit_expert", "wyników tej wizytacji nie można zapisać"):
        do(ctx, "biuro", ref, Action.RECORD_VISIT, date(2024, 2, 5), summary="Potwierdzono.")
    do(ctx, "przewodniczaca", ref, Action.CANCEL_VISIT, date(2024, 2, 4), reason="Konflikt.")
    experts = action_form(ctx, chair, ref, Action.SCHEDULE_VISIT).people["expert"]
    assert "ekspert" not in [p.login for p in experts]
    with refusal(cli, "conflict.cannot_visit", "nie może przeprowadzić w niej wizytacji"):
        do(ctx, "przewodniczaca", ref, Action.SCHEDULE_VISIT, date(2024, 2, 4),
           expert="ekspert", visit_on=date(2024, 2, 9))  # fmt: skip
