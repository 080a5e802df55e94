"""Every state against every action: either allowed (and then it works when its rules are
met) or refused with a clear Polish reason naming the action, the state and where it is
possible."""

from __future__ import annotations

from datetime import date

import pytest

from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.appointments import Function, Term
from calcert_desktop.domain.errors import PermissionDenied, TransitionRefused, ValidationError
from calcert_desktop.domain.facts import SYSTEM, ActionRequest, CaseFacts, MemberFacts, Person
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState

TODAY = date(2026, 6, 1)
ON = date(2026, 5, 1)
CODES = tuple(f"S{n}" for n in range(1, 10))
ALL_ROLES = frozenset(Role)
MEMBERS = (
    MemberFacts("a", assessed=frozenset(CODES)),
    MemberFacts("b", assessed=frozenset(CODES)),
    MemberFacts("chair", assessed=frozenset(CODES)),
    MemberFacts("c", conflicted=True),
)
CHAIR = Person("chair", frozenset({Role.COMMISSION_CHAIR, Role.COMMISSION_MEMBER}))
SEAT = (Term(Function.MEMBER, date(2020, 1, 1)),)  # a Commission member appointed by the Board
BOARD_VOTES = {"z1": "for", "z2": "for"}  # the Board's resolution, adopted

PARAMS: dict[Action, dict] = {
    Action.REQUEST_COMPLETION: {"reason": "Brak podpisu.", "due_on": date(2026, 5, 15)},
    Action.ASSIGN: {"member": Person("d", frozenset({Role.COMMISSION_MEMBER}), appointments=SEAT)},
    Action.UNASSIGN: {"member": Person("c", frozenset({Role.COMMISSION_MEMBER}))},
    Action.DECLARE_CONFLICT: {
        "person": Person("a", frozenset({Role.COMMISSION_MEMBER})),
        "reason": "Rodzina.",
    },
    Action.ASSESS: {"standard": "S1", "rating": "meets"},
    Action.SCHEDULE_VISIT: {
        "expert": Person("e", frozenset({Role.EXPERT})),
        "visit_on": date(2026, 5, 20),
    },
    Action.RECORD_VISIT: {"summary": "Potwierdzono.", "findings": {"S1": ("meets", "")}},
    Action.CANCEL_VISIT: {"reason": "Choroba eksperta."},
    Action.GRANT: {"votes": {"a": "for", "b": "for", "chair": "abstain"}},
    Action.REFUSE: {
        "votes": {"a": "against", "b": "for", "chair": "against"},
        "reasons": "Brak S4.",
    },
    Action.APPEAL: {"grounds": "Nie zgadzamy się."},
    Action.ISSUE: {"board_votes": BOARD_VOTES},
    Action.UPHOLD: {"reasons": "Zasadna.", "board_votes": BOARD_VOTES},
    Action.OVERTURN: {"reasons": "Niezasadna.", "board_votes": BOARD_VOTES},
    Action.OPEN_REVOCATION: {"reason": "Skarga."},
    Action.CHARGE: {"charges": "Naruszenie S5.", "response_due": date(2026, 5, 20)},
    Action.RESPOND: {"text": "Wyjaśniamy."},
    Action.REVOKE: {"votes": {"a": "for", "b": "for", "chair": "for"}, "reasons": "Naruszenie S5."},
    Action.DISCONTINUE: {"reasons": "Zarzuty nie potwierdziły się."},
}


def facts_for(state: CaseState, action: Action) -> CaseFacts:
    """Facts under which ``action`` meets every rule."""
    return CaseFacts(
        state=state,
        today=TODAY,
        standard_codes=CODES,
        last_event_on=date(2026, 4, 1),
        signed_on=date(2026, 3, 1),
        members=MEMBERS if action != Action.UNASSIGN else (*MEMBERS[:3], MemberFacts("c")),
        visit_expert="chair",
        decision_on=date(2026, 4, 25),
        decision_delivered_on=(
            None
            if action == Action.DELIVER
            else date(2026, 4, 10)
            if action == Action.FINALIZE
            else date(2026, 4, 26)
        ),
        valid_until=date(2026, 4, 30),
        response_due=date(2026, 4, 20),
        response_received=action != Action.RESPOND,
        board_members=frozenset(BOARD_VOTES),
    )


def request_for(action: Action) -> ActionRequest:
    actor = SYSTEM if action == Action.FINALIZE else Person("chair", ALL_ROLES)
    return ActionRequest(action, actor, ON, PARAMS.get(action, {}))


@pytest.mark.parametrize("state", list(CaseState))
@pytest.mark.parametrize("action", list(Action))
def test_every_state_against_every_action(state: CaseState, action: Action) -> None:
    facts, request = facts_for(state, action), request_for(action)
    if state in workflow.TABLE[action].moves:
        target = workflow.evaluate(facts, request)
        assert target == workflow.TABLE[action].target(state)
    else:
        with pytest.raises(TransitionRefused) as refused:
            workflow.evaluate(facts, request)
        message = refused.value.message
        assert refused.value.code == "workflow.wrong_state"
        assert action.label in message and state.label in message
        for allowed in workflow.states_allowing(action):
            assert allowed.label in message


def test_every_state_is_reachable_and_every_action_used() -> None:
    reached = {CaseState.DRAFT}
    frontier = [CaseState.DRAFT]
    while frontier:
        state = frontier.pop()
        for action in workflow.allowed_actions(state):
            target = workflow.TABLE[action].target(state)
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(CaseState)
    assert all(workflow.TABLE[a].moves for a in Action)


def test_closed_states_allow_nothing_but_renewal() -> None:
    for state in CaseState:
        if state.is_closed:
            assert set(workflow.allowed_actions(state)) <= {Action.RENEW}


def test_roles_are_checked() -> None:
    request = ActionRequest(Action.ISSUE, Person("biuro", frozenset({Role.OFFICE})), ON)
    with pytest.raises(PermissionDenied) as denied:
        workflow.evaluate(facts_for(CaseState.GRANTED, Action.ISSUE), request)
    assert "członek Zarządu CAL" in denied.value.message


def test_dates_in_order_and_not_in_future() -> None:
    facts = facts_for(CaseState.GRANTED, Action.ISSUE)
    board = Person("z", frozenset({Role.BOARD_MEMBER}))
    with pytest.raises(ValidationError) as early:
        workflow.evaluate(facts, ActionRequest(Action.ISSUE, board, date(2026, 3, 31)))
    assert early.value.code == "date.before_previous"
    with pytest.raises(ValidationError) as future:
        workflow.evaluate(facts, ActionRequest(Action.ISSUE, board, date(2026, 6, 2)))
    assert future.value.code == "date.future"


def test_refusal_needs_written_reasons() -> None:
    facts = facts_for(CaseState.REVIEW, Action.REFUSE)
    params = {"votes": {"a": "against", "b": "against", "chair": "against"}, "reasons": "   "}
    with pytest.raises(ValidationError) as missing:
        workflow.evaluate(facts, ActionRequest(Action.REFUSE, CHAIR, ON, params))
    assert missing.value.code == "text.required.reasons"


def test_conflicted_member_cannot_assess_or_vote() -> None:
    facts = facts_for(CaseState.REVIEW, Action.ASSESS)
    member_c = Person("c", frozenset({Role.COMMISSION_MEMBER}))
    with pytest.raises(TransitionRefused) as assess:
        workflow.evaluate(
            facts, ActionRequest(Action.ASSESS, member_c, ON, {"standard": "S1", "rating": "meets"})
        )
    assert assess.value.code == "conflict.cannot_assess"
    votes = {"a": "for", "b": "for", "chair": "for", "c": "for"}
    with pytest.raises(TransitionRefused) as vote:
        workflow.evaluate(facts, ActionRequest(Action.GRANT, CHAIR, ON, {"votes": votes}))
    assert vote.value.code == "conflict.cannot_vote"


def test_grant_needs_complete_assessments_and_majority() -> None:
    partial = CaseFacts(
        CaseState.REVIEW, TODAY, CODES, members=(MemberFacts("a", assessed=frozenset(CODES[:3])),)
    )
    with pytest.raises(TransitionRefused) as incomplete:
        workflow.evaluate(partial, ActionRequest(Action.GRANT, CHAIR, ON, {"votes": {"a": "for"}}))
    assert incomplete.value.code == "assessment.incomplete" and "S4" in incomplete.value.message
    facts = facts_for(CaseState.REVIEW, Action.GRANT)
    tie = {"votes": {"a": "for", "b": "against", "chair": "abstain"}}
    with pytest.raises(TransitionRefused) as no_majority:
        workflow.evaluate(facts, ActionRequest(Action.GRANT, CHAIR, ON, tie))
    assert no_majority.value.code == "vote.no_majority"
