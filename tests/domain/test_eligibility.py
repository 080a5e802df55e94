"""domain/eligibility.py: who assesses, votes and sees the assessments of a case."""

from __future__ import annotations

from calcert_desktop.domain.eligibility import (
    Standing,
    assessments_withheld,
    ballot_problem,
    eligible_members,
    standing,
)
from calcert_desktop.domain.facts import MemberFacts

MEMBERS = (
    MemberFacts("przewodniczaca"),
    MemberFacts("czlonek1"),
    MemberFacts("czlonek3", conflicted=True),
)


def test_assigned_members_without_a_conflict_are_eligible_in_order():
    assert [m.login for m in eligible_members(MEMBERS)] == ["przewodniczaca", "czlonek1"]


def test_the_chair_has_no_vote_of_office_only_by_assignment():
    assert standing(MEMBERS[1:], "przewodniczaca") == Standing.NOT_ASSIGNED
    assert standing(MEMBERS, "przewodniczaca") == Standing.ELIGIBLE
    conflicted_chair = (MemberFacts("przewodniczaca", conflicted=True),)
    assert standing(conflicted_chair, "przewodniczaca") == Standing.CONFLICTED
    assert eligible_members(conflicted_chair) == ()


def test_only_a_conflicted_member_has_assessments_withheld():
    assert assessments_withheld(MEMBERS, "czlonek3")
    assert not assessments_withheld(MEMBERS, "czlonek1")
    assert not assessments_withheld(MEMBERS, "biuro")  # not assigned: the office sees them


def test_ballot_problems_in_the_guards_order():
    assert ballot_problem((), {}).code == "decision.no_members"
    assert ballot_problem(MEMBERS, {"czlonek2": "for"}).code == "vote.not_assigned"
    assert ballot_problem(MEMBERS, {"czlonek3": "for"}).code == "conflict.cannot_vote"
    assert ballot_problem(MEMBERS, {"czlonek1": "maybe"}).code == "vote.unknown"
    missing = ballot_problem(MEMBERS, {"czlonek1": "for"})
    assert missing.code == "vote.missing" and missing.params == {"logins": "przewodniczaca"}
    assert ballot_problem(MEMBERS, {"przewodniczaca": "for", "czlonek1": "abstain"}) is None
