"""Decisions become final, and certificates expire, by themselves: the system's actions
``finalize`` and ``expire``, on the right day and never a day earlier."""

from __future__ import annotations

from datetime import date

import pytest

from calcert_desktop.domain import workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import PermissionDenied, TransitionRefused
from calcert_desktop.domain.facts import SYSTEM, ActionRequest, CaseFacts, Person
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState

CODES = ("S1",)
DECIDED = date(2026, 3, 2)
DELIVERED = date(2026, 3, 5)
LAST_APPEAL_DAY = date(2026, 3, 19)  # 14 days from delivery
FINAL_DAY = date(2026, 3, 20)
EVERYONE = Person("all", frozenset(Role))


def decided(state: CaseState, delivered: date | None = DELIVERED, today=date(2026, 6, 1)):
    return CaseFacts(
        state, today, CODES, last_event_on=delivered or DECIDED, decision_on=DECIDED,
        decision_delivered_on=delivered, appeal_days=14,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("state", "final"),
    [(CaseState.REFUSED, CaseState.REFUSED_FINAL), (CaseState.REVOKED, CaseState.REVOKED_FINAL)],
)
def test_final_exactly_the_day_after_the_appeal_period(state, final) -> None:
    facts = decided(state)
    with pytest.raises(TransitionRefused) as early:
        workflow.evaluate(facts, ActionRequest(Action.FINALIZE, SYSTEM, LAST_APPEAL_DAY))
    assert early.value.code == "finality.appeal_period" and "2026-03-20" in early.value.message
    assert workflow.evaluate(facts, ActionRequest(Action.FINALIZE, SYSTEM, FINAL_DAY)) == final


def test_appeal_still_possible_on_the_last_day_and_not_the_next() -> None:
    facts = decided(CaseState.REFUSED)
    params = {"grounds": "Nie zgadzamy się."}
    office = Person("biuro", frozenset({Role.OFFICE}))
    appealed = workflow.evaluate(
        facts, ActionRequest(Action.APPEAL, office, LAST_APPEAL_DAY, params)
    )
    assert appealed == CaseState.REFUSAL_APPEALED
    with pytest.raises(TransitionRefused):
        workflow.evaluate(facts, ActionRequest(Action.APPEAL, office, FINAL_DAY, params))


def test_no_delivery_recorded_never_final() -> None:
    facts = decided(CaseState.REFUSED, delivered=None)
    with pytest.raises(TransitionRefused) as never:
        workflow.evaluate(facts, ActionRequest(Action.FINALIZE, SYSTEM, date(2026, 6, 1)))
    assert never.value.code == "finality.not_delivered"


def test_appealed_case_is_not_finalized() -> None:
    for state in (CaseState.REFUSAL_APPEALED, CaseState.REVOCATION_APPEALED):
        with pytest.raises(TransitionRefused) as refused:
            workflow.evaluate(decided(state), ActionRequest(Action.FINALIZE, SYSTEM, FINAL_DAY))
        assert refused.value.code == "workflow.wrong_state"


def test_finalize_is_the_systems_alone() -> None:
    with pytest.raises(PermissionDenied) as denied:
        workflow.evaluate(
            decided(CaseState.REFUSED), ActionRequest(Action.FINALIZE, EVERYONE, FINAL_DAY)
        )
    assert denied.value.code == "permission.system_only"
    assert Action.FINALIZE not in workflow.offered_actions(decided(CaseState.REFUSED), EVERYONE)


def test_system_takes_no_persons_action() -> None:
    with pytest.raises(PermissionDenied):
        workflow.evaluate(
            decided(CaseState.REFUSED, delivered=None),
            ActionRequest(Action.DELIVER, SYSTEM, FINAL_DAY),
        )


def test_expiry_the_day_after_the_last_day_by_system_and_office() -> None:
    facts = CaseFacts(
        CaseState.CERTIFIED, date(2026, 6, 1), CODES, last_event_on=date(2021, 5, 4),
        valid_until=date(2026, 5, 3),
    )  # fmt: skip
    office = Person("biuro", frozenset({Role.OFFICE}))
    for actor in (SYSTEM, office):
        with pytest.raises(TransitionRefused) as early:
            workflow.evaluate(facts, ActionRequest(Action.EXPIRE, actor, date(2026, 5, 3)))
        assert early.value.code == "certificate.still_valid"
        on_day = ActionRequest(Action.EXPIRE, actor, date(2026, 5, 4))
        assert workflow.evaluate(facts, on_day) == CaseState.EXPIRED
