"""Impartiality in the domain (issue 16, item 1): a person with a declared conflict of
interest acts in nothing in the case; those who took part in the Commission's decision do
not decide the appeal; the visiting expert does not vote (a setting); anyone with a part in
a case may declare a conflict; a withdrawn member's remarks leave the reasons draft. Each
refusal is checked for its code and its Polish words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from calcert_desktop.domain import guards, workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.appointments import Function, Term
from calcert_desktop.domain.eligibility import ballot_problem, voters
from calcert_desktop.domain.errors import TransitionRefused
from calcert_desktop.domain.facts import SYSTEM, ActionRequest, CaseFacts, MemberFacts, Person
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.reasons import Remark, refusal_draft
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState as S

TODAY = date(2026, 6, 1)
ON = date(2026, 5, 1)
CODES = tuple(f"S{n}" for n in range(1, 10))
CHAIR = Person("chair", frozenset({Role.COMMISSION_CHAIR, Role.COMMISSION_MEMBER}))
BOARD = Person("board", frozenset({Role.BOARD_MEMBER}))
BOARD_MEMBER_TOO = Person("a", frozenset({Role.BOARD_MEMBER, Role.COMMISSION_MEMBER}))
MEMBERS = (
    MemberFacts("a", assessed=frozenset(CODES)),
    MemberFacts("b", assessed=frozenset(CODES)),
)
VOTES = {"a": "for", "b": "for"}
# The Board's resolution that every act of the Board needs (domain/board.py): two of its
# members vote for; "a" sits on the Board and the Commission.
BOARD_VOTES = {"board": "for", "board2": "for"}
SEAT = (Term(Function.MEMBER, date(2020, 1, 1)),)  # a Commission member appointed by the Board


def facts(state: S, **changes: object) -> CaseFacts:
    base = CaseFacts(
        state=state,
        today=TODAY,
        standard_codes=CODES,
        last_event_on=date(2026, 4, 1),
        members=MEMBERS,
        decision_on=date(2026, 4, 2),
        decision_delivered_on=date(2026, 4, 3),
        board_members=frozenset({"board", "board2", "a"}),
    )
    return replace(base, **changes)


def request(action: Action, actor: Person, **params: object) -> ActionRequest:
    return ActionRequest(action, actor, ON, params)


def refused(case: CaseFacts, req: ActionRequest) -> TransitionRefused:
    with pytest.raises(TransitionRefused) as refusal:
        workflow.evaluate(case, req)
    return refusal.value


# --- a conflicted person acts in nothing ------------------------------------------------------


def test_a_conflicted_chair_cannot_record_a_grant():
    case = facts(S.REVIEW, conflicted=frozenset({"chair"}))
    error = refused(case, request(Action.GRANT, CHAIR, votes=VOTES))
    assert error.code == "impartiality.conflicted" and error.field == "user"
    assert error.message == (
        "Osoba działająca: Osoba „chair” zgłosiła konflikt interesów w tej sprawie — nie może "
        "w niej niczego zapisywać, głosować, wydawać ani rozstrzygać."
    )
    # The same request without the conflict passes every rule.
    assert workflow.evaluate(facts(S.REVIEW), request(Action.GRANT, CHAIR, votes=VOTES)) == (
        S.GRANTED
    )


def test_a_conflicted_board_member_cannot_issue_even_when_also_a_member():
    case = facts(S.GRANTED, conflicted=frozenset({"a"}))
    error = refused(case, request(Action.ISSUE, BOARD_MEMBER_TOO))
    assert error.code == "impartiality.conflicted" and "„a”" in error.message
    assert workflow.evaluate(case, request(Action.ISSUE, BOARD, board_votes=BOARD_VOTES)) == (
        S.CERTIFIED
    )


@pytest.mark.parametrize(
    ("state", "action", "actor", "params"),
    [
        (S.FILED, Action.ACCEPT, CHAIR, {}),
        (
            S.REVIEW,
            Action.ASSIGN,
            CHAIR,
            {"member": Person("d", frozenset({Role.COMMISSION_MEMBER}), appointments=SEAT)},
        ),
        (
            S.REVIEW,
            Action.SCHEDULE_VISIT,
            CHAIR,
            {"expert": Person("e", frozenset({Role.EXPERT})), "visit_on": date(2026, 5, 9)},
        ),
        (S.CERTIFIED, Action.OPEN_REVOCATION, CHAIR, {"reason": "Skarga."}),
        (S.REFUSAL_APPEALED, Action.OVERTURN, BOARD, {"reasons": "Zasadne."}),
        (S.REFUSED, Action.DELIVER, Person("office", frozenset({Role.OFFICE})), {}),
    ],
)
def test_every_act_of_a_conflicted_person_is_refused(state, action, actor, params):
    case = facts(state, conflicted=frozenset({actor.login}))
    assert refused(case, request(action, actor, **params)).code == "impartiality.conflicted"


def test_declaring_a_conflict_and_the_systems_acts_are_not_held_back():
    case = facts(S.REVIEW, conflicted=frozenset({"chair"}))
    # The conflicted chair still records an assigned member's conflict.
    person = Person("a", frozenset({Role.COMMISSION_MEMBER}))
    declared = request(Action.DECLARE_CONFLICT, CHAIR, person=person, reason="Rodzina.")
    assert workflow.evaluate(case, declared) == S.REVIEW
    final = facts(
        S.REFUSED, conflicted=frozenset({"system"}), decision_delivered_on=date(2026, 4, 1)
    )
    assert workflow.evaluate(final, ActionRequest(Action.FINALIZE, SYSTEM, ON)) == S.REFUSED_FINAL


def test_a_conflicted_chair_is_not_offered_grant():
    assert Action.GRANT in workflow.offered_actions(facts(S.REVIEW), CHAIR)
    offered = workflow.offered_actions(facts(S.REVIEW, conflicted=frozenset({"chair"})), CHAIR)
    assert Action.GRANT not in offered and Action.REFUSE not in offered
    assert Action.DECLARE_CONFLICT in offered  # an assigned member's is still theirs to record


# --- the appeal is decided by nobody who took part -------------------------------------------


@pytest.mark.parametrize("action", [Action.UPHOLD, Action.OVERTURN])
def test_whoever_took_part_in_the_commissions_decision_does_not_decide_the_appeal(action):
    case = facts(S.REFUSAL_APPEALED, participants=frozenset({"a"}))
    error = refused(case, request(action, BOARD_MEMBER_TOO, reasons="Uzasadnienie."))
    assert error.code == "impartiality.took_part"
    assert error.message == (
        "Osoba działająca: Osoba „a” brała udział w decyzji Komisji w tej sprawie (oceniała, "
        "głosowała, była sprawozdawcą albo wizytującym ekspertem) — nie może rozstrzygać "
        "odwołania od niej."
    )
    decided = request(action, BOARD, reasons="Uzasadnienie.", board_votes=BOARD_VOTES)
    assert workflow.evaluate(case, decided) in (
        S.REFUSED_FINAL,
        S.GRANTED,
    )
    assert action not in workflow.offered_actions(case, BOARD_MEMBER_TOO)
    assert action in workflow.offered_actions(case, BOARD)


def test_taking_part_only_matters_for_the_appeal():
    case = facts(S.GRANTED, participants=frozenset({"a"}))
    votes = {"a": "for", "board": "for"}  # "a" assessed, and votes on the issue all the same
    issued = request(Action.ISSUE, BOARD_MEMBER_TOO, board_votes=votes)
    assert workflow.evaluate(case, issued) == S.CERTIFIED


# --- the visiting expert does not vote -------------------------------------------------------

VISITED = (*MEMBERS, MemberFacts("x", assessed=frozenset(CODES), visited=True))


def test_the_visiting_expert_assesses_but_does_not_vote_by_default():
    assert [m.login for m in voters(VISITED)] == ["a", "b"]
    error = ballot_problem(VISITED, {**VOTES, "x": "for"})
    assert error is not None and error.code == "vote.visit_expert"
    assert error.message == (
        "Głosowanie: Osoba „x” przeprowadziła wizytację w tej sprawie — ekspert wizytujący nie "
        "głosuje w sprawie, którą wizytował (tak stanowi ustawienie „głosowanie eksperta "
        "wizytującego”)."
    )
    assert ballot_problem(VISITED, VOTES) is None  # not required either
    expert = Person("x", frozenset({Role.COMMISSION_MEMBER, Role.EXPERT}))
    case = facts(S.REVIEW, members=VISITED)
    assess = request(Action.ASSESS, expert, standard="S1", rating="meets")
    assert workflow.evaluate(case, assess) == S.REVIEW  # the rule is about the vote only
    grant = request(Action.GRANT, CHAIR, votes={**VOTES, "x": "for"})
    assert refused(case, grant).code == "vote.visit_expert"


def test_the_setting_lets_the_visiting_expert_vote():
    assert [m.login for m in voters(VISITED, visit_expert_votes=True)] == ["a", "b", "x"]
    missing = ballot_problem(VISITED, VOTES, visit_expert_votes=True)
    assert missing is not None and missing.code == "vote.missing" and "x" in missing.message
    assert ballot_problem(VISITED, {**VOTES, "x": "against"}, visit_expert_votes=True) is None
    case = facts(S.REVIEW, members=VISITED, visit_expert_votes=True)
    grant = request(Action.GRANT, CHAIR, votes={**VOTES, "x": "against"})
    assert workflow.evaluate(case, grant) == S.GRANTED


def test_nobody_left_to_vote_is_said_in_polish():
    only_expert = (MemberFacts("x", assessed=frozenset(CODES), visited=True),)
    error = ballot_problem(only_expert, {})
    assert error is not None and error.code == "decision.no_voters"
    assert "Wyznacz do sprawy kolejnego członka Komisji" in error.message


# --- everyone with a part in a case may declare a conflict -----------------------------------


def test_a_board_member_an_expert_and_an_unassigned_chair_declare_their_own_conflict():
    for state, person in (
        (S.GRANTED, BOARD),
        (S.SITE_VISIT, Person("e", frozenset({Role.EXPERT}))),
        (S.REVIEW, CHAIR),  # not assigned to the case
        (S.REFUSAL_APPEALED, BOARD),
    ):
        case = facts(state)
        declared = request(Action.DECLARE_CONFLICT, person, person=person, reason="Rodzina.")
        assert workflow.evaluate(case, declared) == state
        assert Action.DECLARE_CONFLICT in workflow.offered_actions(case, person)
        # Once declared, there is nothing left to declare (not offered, refused in Polish).
        after = facts(state, conflicted=frozenset({person.login}))
        if person != CHAIR:
            assert Action.DECLARE_CONFLICT not in workflow.offered_actions(after, person)
            error = refused(after, declared)
            assert error.code == "conflict.nothing_to_declare"
            assert "już zgłosiła konflikt interesów" in error.message


def test_who_may_record_whose_conflict():
    member = Person("a", frozenset({Role.COMMISSION_MEMBER}))
    case = facts(S.REVIEW)
    problem = guards.conflict_declaration_problem
    assert problem(MEMBERS, frozenset(), CHAIR, member) is None  # an assigned member's
    only_self = problem(MEMBERS, frozenset(), CHAIR, BOARD)
    assert only_self is not None and only_self.code == "conflict.only_self"
    assert "przewodniczący Komisji może go zapisać tylko w imieniu członka" in only_self.message
    other = problem(MEMBERS, frozenset(), member, Person("b", frozenset({Role.COMMISSION_MEMBER})))
    assert other is not None and other.code == "conflict.only_self"
    office = Person("office", frozenset({Role.OFFICE}))
    no_role = problem(MEMBERS, frozenset(), office, office)
    assert no_role is not None and no_role.code == "conflict.no_role"
    assert "nie należy do Komisji Certyfikacyjnej, Zarządu ani ekspertów CAL" in no_role.message
    twice = problem(MEMBERS, frozenset({"a"}), CHAIR, member)
    assert twice is not None and twice.code == "conflict.already_declared"
    declared = request(Action.DECLARE_CONFLICT, CHAIR, person=BOARD, reason="Rodzina.")
    assert refused(case, declared).code == "conflict.only_self"


def test_a_conflicted_person_is_neither_assigned_nor_sent_on_a_visit():
    case = facts(S.REVIEW, conflicted=frozenset({"d", "e"}))
    member = Person("d", frozenset({Role.COMMISSION_MEMBER}), appointments=SEAT)
    assign = request(Action.ASSIGN, CHAIR, member=member)
    error = refused(case, assign)
    assert error.code == "conflict.cannot_assign" and "nie może być wyznaczona" in error.message
    send = request(
        Action.SCHEDULE_VISIT,
        CHAIR,
        expert=Person("e", frozenset({Role.EXPERT})),
        visit_on=date(2026, 5, 9),
    )
    error = refused(case, send)
    assert (
        error.code == "conflict.cannot_visit" and "przeprowadzić w niej wizytacji" in error.message
    )


def test_the_visit_of_an_expert_who_declared_a_conflict_is_not_recorded():
    case = facts(S.SITE_VISIT, visit_expert="e", conflicted=frozenset({"e"}))
    office = Person("office", frozenset({Role.OFFICE}))
    record = request(Action.RECORD_VISIT, office, summary="Potwierdzono.")
    error = refused(case, record)
    assert error.code == "conflict.visit_expert"
    assert "odwołaj wizytację i wyślij innego eksperta" in error.message
    assert Action.RECORD_VISIT not in workflow.offered_actions(case, office)


# --- a withdrawn member's remarks leave the reasons ------------------------------------------


def test_the_reasons_draft_leaves_out_the_remarks_of_the_withdrawn():
    standards = load_form(None).standards
    remarks = [
        Remark("S4", "partly", "Diagnoza sprzed lat.", author="a"),
        Remark("S5", "not", "Uwaga wycofanego członka.", author="c"),
        Remark("S6", "not", "Ustalenie eksperta z konfliktem.", from_visit=True, author="e"),
    ]
    full = refusal_draft(standards, remarks)
    assert "Uwaga wycofanego członka." in full and "Ustalenie eksperta" in full
    draft = refusal_draft(standards, remarks, frozenset({"c", "e"}))
    assert "Diagnoza sprzed lat." in draft
    assert "Uwaga wycofanego" not in draft and "(S5)" not in draft
    assert "Ustalenie eksperta" not in draft and "(S6)" not in draft
