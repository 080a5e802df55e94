"""Who assesses and votes is derived once (domain/eligibility.py): the ballot the vote dialog
is offered, the guards and the withholding of assessments agree on one case with a chair
assigned, a member with a declared conflict and a member without one."""

from __future__ import annotations

from datetime import date

import pytest

from calcert_desktop.domain import guards
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.eligibility import eligible_members
from calcert_desktop.domain.errors import TransitionRefused
from calcert_desktop.domain.facts import ActionRequest
from calcert_desktop.services.context import reading, resolve_actor
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process import case_facts, perform
from calcert_desktop.services.process.action_forms import action_form
from calcert_desktop.services.views.assessments import matrix_for

ASSIGNED = ("przewodniczaca", "czlonek1", "czlonek3")
CONFLICTED = "czlonek3"


@pytest.fixture
def case_ref(cli, ctx, declaration_file) -> str:
    """A case in review: the chair and two members assigned, one of them conflicted."""
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    office, chair = resolve_actor(ctx, "biuro"), resolve_actor(ctx, "przewodniczaca")
    perform.perform(ctx, office, ref, Action.ACCEPT, date(2024, 2, 1))
    for login in ASSIGNED:
        perform.perform(ctx, chair, ref, Action.ASSIGN, date(2024, 2, 1), {"member": login})
    perform.perform(
        ctx, resolve_actor(ctx, CONFLICTED), ref, Action.DECLARE_CONFLICT, date(2024, 2, 2),
        {"reason": "Rodzina w zarządzie instytucji."},
    )  # fmt: skip
    return ref


def test_ballot_guard_and_withholding_agree(ctx, case_ref):
    with reading(ctx) as session:
        facts = case_facts.build(
            session, find_case(session, case_ref), Action.GRANT, date(2024, 2, 3)
        )
    domain = {m.login for m in eligible_members(facts.members)}
    assert domain == {"przewodniczaca", "czlonek1"}  # the chair, as an assigned member, votes

    chair = resolve_actor(ctx, "przewodniczaca")
    ballot = {p.login for p in action_form(ctx, chair, case_ref, Action.GRANT).voters}
    assert ballot == domain

    def request(action: Action, login: str, **params: object) -> ActionRequest:
        return ActionRequest(action, resolve_actor(ctx, login).person, date(2024, 2, 3), params)

    # The guard takes the ballot's votes, and refuses a vote from anyone off it.
    chair_login = "przewodniczaca"
    full = dict.fromkeys(ballot, "for")
    guards.votes_valid(facts, request(Action.GRANT, chair_login, votes=full))  # no error
    one_too_many = dict.fromkeys([*ballot, CONFLICTED], "for")
    with pytest.raises(TransitionRefused) as refused:
        guards.votes_valid(facts, request(Action.GRANT, chair_login, votes=one_too_many))
    assert refused.value.code == "conflict.cannot_vote"
    everyone = ("przewodniczaca", "czlonek1", "czlonek2", "czlonek3", "biuro")
    for login in everyone:  # the assessor guard: the same people, nobody else
        try:
            guards.is_eligible_assessor(facts, request(Action.ASSESS, login))
            may_assess = True
        except TransitionRefused:
            may_assess = False
        assert may_assess == (login in domain), login

    # The withholding: only the conflicted member sees no assessment; an eligible member's
    # column is shown, the conflicted one's is not.
    for login in everyone:
        matrix = matrix_for(ctx, resolve_actor(ctx, login), case_ref)
        assert matrix.withheld == (login == CONFLICTED), login
    matrix = matrix_for(ctx, chair, case_ref)
    assert {m.login for m in matrix.members if not m.conflicted} == domain


def test_the_declare_conflict_choice_follows_the_domain(ctx, case_ref):
    chair = resolve_actor(ctx, "przewodniczaca")
    offered = action_form(ctx, chair, case_ref, Action.DECLARE_CONFLICT).people["person"]
    assert {p.login for p in offered} == {"przewodniczaca", "czlonek1"}
