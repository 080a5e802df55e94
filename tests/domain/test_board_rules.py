"""The Board as a body (domain/board.py): a resolution is adopted only by a valid ballot of
active Board members (nobody twice, a quorum, each impartial in the case) with more votes for
than against; an act of the Board whose resolution is not adopted is refused."""

from __future__ import annotations

from datetime import date

import pytest

from calcert_desktop.domain import board, workflow
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import DomainError, TransitionRefused, ValidationError
from calcert_desktop.domain.facts import ActionRequest, CaseFacts, Person
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState

BOARD = frozenset({"anna", "bogdan", "celina"})
CODES = tuple(f"S{n}" for n in range(1, 10))
TODAY = date(2026, 6, 1)
ON = date(2026, 5, 20)
RECORDER = Person("anna", frozenset({Role.BOARD_MEMBER}))


def code(problem: DomainError | None) -> str | None:
    return problem.code if problem is not None else None


def test_two_members_voting_for_adopt_the_resolution():
    votes = {"anna": "for", "bogdan": "for"}
    assert board.ballot_problem(BOARD, votes, 2) is None
    assert board.resolution_problem(BOARD, votes, 2) is None
    assert board.result(votes) == board.ADOPTED
    assert board.tally({"anna": "for", "bogdan": "against", "celina": "abstain"}) == (1, 1, 1)


def test_one_member_alone_never_decides_for_the_board():
    problem = board.resolution_problem(BOARD, {"anna": "for"}, 2)
    assert code(problem) == "board.no_quorum"
    assert problem.message == (
        "Głosowanie Zarządu: Brak kworum: w głosowaniu wzięło udział 1 z wymaganych co najmniej "
        "2 członków Zarządu — jeden członek nie podejmuje uchwały za Zarząd."
    )
    assert code(board.resolution_problem(BOARD, {}, 2)) == "board.no_quorum"
    # The quorum is a setting: three required, two voting is not enough.
    assert code(board.resolution_problem(BOARD, {"anna": "for", "bogdan": "for"}, 3)) == (
        "board.no_quorum"
    )


def test_every_voter_is_an_active_board_member():
    problem = board.ballot_problem(BOARD, {"anna": "for", "czlonek1": "for"}, 2)
    assert code(problem) == "board.not_member"
    assert "„czlonek1” nie jest aktywnym członkiem Zarządu" in problem.message


def test_nobody_votes_twice():
    pairs = [("anna", "for"), ("bogdan", "for"), ("anna", "against")]
    problem = board.ballot_problem(BOARD, pairs, 2)
    assert code(problem) == "board.voted_twice" and "„anna”" in problem.message
    with pytest.raises(ValidationError):
        board.collect(pairs)
    # The same login written twice in different case is the same person.
    assert code(board.ballot_problem(BOARD, {"Anna": "for", "anna": "for"}, 2)) == (
        "board.voted_twice"
    )


def test_a_vote_is_for_against_or_abstain():
    problem = board.ballot_problem(BOARD, {"anna": "for", "bogdan": "maybe"}, 2)
    assert code(problem) == "vote.unknown" and "„maybe”" in problem.message


def test_the_motion_passes_by_more_votes_for_than_against():
    tie = board.resolution_problem(BOARD, {"anna": "for", "bogdan": "against"}, 2)
    assert code(tie) == "board.not_adopted"
    assert "za 1, przeciw 1, wstrzymało się 0" in tie.message
    abstained = {"anna": "for", "bogdan": "abstain"}
    assert board.resolution_problem(BOARD, abstained, 2) is None
    assert board.result({"anna": "abstain", "bogdan": "abstain"}) == board.REJECTED


def test_numbers_and_dates_of_resolutions():
    assert board.resolution_number(2026, 3) == "3/2026"
    assert board.resolution_title("3/2026") == "Uchwała nr 3/2026"
    assert code(board.date_problem(date(2026, 6, 2), TODAY)) == "date.future"
    assert code(board.date_problem(date(1999, 12, 31), TODAY)) == "date.too_early"
    assert board.date_problem(TODAY, TODAY) is None


def facts(state: CaseState, **extra: object) -> CaseFacts:
    return CaseFacts(state, TODAY, CODES, last_event_on=date(2026, 5, 1), board_members=BOARD,
                     board_quorum=2, **extra)  # fmt: skip


def request(action: Action, votes: dict[str, str]) -> ActionRequest:
    params: dict[str, object] = {"board_votes": votes}
    if action != Action.ISSUE:
        params["reasons"] = "Uzasadnienie Zarządu."
    return ActionRequest(action, RECORDER, ON, params)


@pytest.mark.parametrize(
    ("action", "state"),
    [
        (Action.ISSUE, CaseState.GRANTED),
        (Action.UPHOLD, CaseState.REFUSAL_APPEALED),
        (Action.OVERTURN, CaseState.REVOCATION_APPEALED),
    ],
)
def test_the_boards_acts_in_a_case_are_resolutions(action, state):
    adopted = {"anna": "for", "bogdan": "for"}
    assert workflow.evaluate(facts(state), request(action, adopted)) != state
    for votes, expected in (
        ({"anna": "for"}, "board.no_quorum"),
        ({"anna": "for", "bogdan": "against"}, "board.not_adopted"),
        ({"anna": "for", "zenon": "for"}, "board.not_member"),
    ):
        with pytest.raises(TransitionRefused) as refused:
            workflow.evaluate(facts(state), request(action, votes))
        assert refused.value.code == expected


def test_a_conflicted_board_member_does_not_vote_in_the_case():
    conflicted = facts(CaseState.GRANTED, conflicted=frozenset({"bogdan"}))
    votes = {"anna": "for", "bogdan": "for", "celina": "for"}
    with pytest.raises(TransitionRefused) as refused:
        workflow.evaluate(conflicted, request(Action.ISSUE, votes))
    assert refused.value.code == "impartiality.conflicted"
    assert "„bogdan”" in refused.value.message
    # Without the conflicted member the two others still make the quorum.
    assert workflow.evaluate(conflicted, request(Action.ISSUE, {"anna": "for", "celina": "for"}))


def test_who_took_part_in_the_commissions_decision_does_not_vote_on_the_appeal():
    took_part = frozenset({"celina"})  # e.g. she assessed as a member of the Commission
    votes = {"anna": "for", "celina": "for"}
    for action in (Action.UPHOLD, Action.OVERTURN):
        appealed = facts(CaseState.REFUSAL_APPEALED, participants=took_part)
        with pytest.raises(TransitionRefused) as refused:
            workflow.evaluate(appealed, request(action, votes))
        assert refused.value.code == "impartiality.took_part"
    # Issuing a certificate is not deciding an appeal: she may vote on it.
    granted = facts(CaseState.GRANTED, participants=took_part)
    assert workflow.evaluate(granted, request(Action.ISSUE, votes)) == CaseState.CERTIFIED
