"""Who assesses and votes in a case: derived here once, for the ballot a front end offers,
the guards that decide an assessment or a vote, and the withholding of assessments.

The regulations (points 6, 7 and 10) give the examining and the deciding to the Commission
as a body and say nothing of its chair; our decision (domain.md): the chair is a member of
the Commission like the others. The chair assesses and votes in a case only when assigned
to it, and not with a declared conflict of interest; being chair adds no vote of its own.
A member with a declared conflict neither assesses nor votes, and sees no assessment.
A member who made a site visit in the case (the visiting expert) assesses like the others
but does not vote in it, unless the setting ``visit_expert_votes`` allows it: the expert
verifies, the Commission decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from calcert_desktop.domain.errors import DomainError, TransitionRefused, ValidationError
from calcert_desktop.domain.facts import MemberFacts

VOTES = ("for", "against", "abstain")


class Standing(StrEnum):
    """A person's standing in one case's Commission work."""

    ELIGIBLE = "eligible"  # assigned, no conflict: assesses, votes, sees the assessments
    CONFLICTED = "conflicted"  # assigned, conflict declared: none of it, sees no assessment
    NOT_ASSIGNED = "not_assigned"  # not on the case (the chair too, unless assigned)


def standing(members: Iterable[MemberFacts], login: str) -> Standing:
    """The standing of ``login`` among the case's assigned ``members``."""
    member = next((m for m in members if m.login == login), None)
    if member is None:
        return Standing.NOT_ASSIGNED
    return Standing.CONFLICTED if member.conflicted else Standing.ELIGIBLE


def eligible_members(members: Iterable[MemberFacts]) -> tuple[MemberFacts, ...]:
    """The members who assess and vote: assigned, without a declared conflict, in order."""
    members = tuple(members)
    return tuple(m for m in members if standing(members, m.login) == Standing.ELIGIBLE)


def assessments_withheld(members: Iterable[MemberFacts], login: str) -> bool:
    """True when ``login`` may see no assessment of the case: a conflicted member."""
    return standing(members, login) == Standing.CONFLICTED


def voters(
    members: Iterable[MemberFacts], *, visit_expert_votes: bool = False
) -> tuple[MemberFacts, ...]:
    """The members who vote: the eligible ones, without a member who made a site visit in
    the case unless ``visit_expert_votes`` (the setting) lets the visiting expert vote."""
    return tuple(m for m in eligible_members(members) if visit_expert_votes or not m.visited)


def ballot_problem(
    members: Iterable[MemberFacts], votes: Mapping[str, str], *, visit_expert_votes: bool = False
) -> DomainError | None:
    """What is wrong with the votes (None when every member who votes voted for, against or
    abstained, and nobody else voted): the guard's rule and the vote dialog's."""
    members = tuple(members)
    if not eligible_members(members):
        return TransitionRefused("decision.no_members", "members")
    voting = voters(members, visit_expert_votes=visit_expert_votes)
    allowed = {m.login for m in voting}
    for login in votes:
        found = standing(members, login)
        if found == Standing.NOT_ASSIGNED:
            return TransitionRefused("vote.not_assigned", "votes", login=login)
        if found == Standing.CONFLICTED:
            return TransitionRefused("conflict.cannot_vote", "votes", login=login)
        if login not in allowed:
            return TransitionRefused("vote.visit_expert", "votes", login=login)
        if votes[login] not in VOTES:
            return ValidationError("vote.unknown", "votes", login=login, value=votes[login])
    if not voting:
        return TransitionRefused("decision.no_voters", "votes")
    missing = [m.login for m in voting if m.login not in votes]
    if missing:
        return TransitionRefused("vote.missing", "votes", logins=", ".join(missing))
    return None
