"""The Board (Zarząd) as a body: its acts are resolutions (uchwały) adopted by vote.

The regulations give the Board the issuing of certificates (point 4), the naming of the
person responsible for certification (point 5), the appointing of the Commission (point 6)
and the appeals (point 11); they say nothing of how it decides. Our decisions (domain.md):

- Each such act is a resolution with a yearly number ("Uchwała nr 3/2026"), a date, the
  Board members taking part, each one's vote (for, against, abstain) and its result.
- A ballot is valid when every voter is an active Board member, nobody votes twice, each
  vote is for, against or abstain, and at least ``board_quorum`` members take part (a
  setting, 2 by default: one member alone never decides for the Board).
- In a case, every voter must be impartial (:mod:`domain.impartiality`): nobody with a
  declared conflict votes, and nobody who took part in the Commission's decision votes on
  the appeal against it.
- The resolution is adopted when more vote for than against; an act whose resolution is
  not adopted is refused and nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.case_labels import RESOLUTION_RESULTS, RESOLUTION_SUBJECTS
from calcert_desktop.domain.eligibility import VOTES
from calcert_desktop.domain.errors import DomainError, TransitionRefused, ValidationError
from calcert_desktop.domain.facts import ActionRequest, CaseFacts
from calcert_desktop.domain.impartiality import impartiality_problem
from calcert_desktop.domain.limits import EARLIEST_DATE

DEFAULT_QUORUM = 2
FIELD = "board_votes"  # the parameter of the Board's votes, in every front end

Ballot = Mapping[str, str] | Iterable[tuple[str, str]]


class Subject(StrEnum):
    """What a resolution of the Board decides."""

    ISSUE = "issue"
    UPHOLD = "uphold"
    OVERTURN = "overturn"
    APPOINT = "appoint"
    DISMISS = "dismiss"
    RESPONSIBLE = "responsible"

    @property
    def label(self) -> str:
        """Polish name of the subject."""
        return SUBJECT_LABELS[self]


SUBJECT_LABELS: dict[str, str] = RESOLUTION_SUBJECTS

# The case actions that are the Board's resolutions, and what each resolves.
CASE_SUBJECTS: dict[Action, Subject] = {
    Action.ISSUE: Subject.ISSUE,
    Action.UPHOLD: Subject.UPHOLD,
    Action.OVERTURN: Subject.OVERTURN,
}
APPEAL_SUBJECTS = frozenset({Subject.UPHOLD, Subject.OVERTURN})

ADOPTED = "adopted"
REJECTED = "rejected"
RESULT_LABELS: dict[str, str] = RESOLUTION_RESULTS


def date_problem(on: date, today: date) -> DomainError | None:
    """What is wrong with the date of a resolution (None when fine): not after today, not
    before the earliest date the program accepts."""
    if on > today:
        return ValidationError("date.future", "date", value=on.isoformat())
    if on < EARLIEST_DATE:
        return ValidationError("date.too_early", "date", value=on.isoformat(),
                               earliest=EARLIEST_DATE.isoformat())  # fmt: skip
    return None


def resolution_number(year: int, seq: int) -> str:
    """The number of the ``seq``-th resolution of ``year``: ``3/2026``."""
    return f"{seq}/{year}"


def resolution_title(number: str) -> str:
    """How a resolution is named: ``Uchwała nr 3/2026``."""
    return f"Uchwała nr {number}"


def pairs(votes: Ballot) -> list[tuple[str, str]]:
    """The ballot as (login, vote) pairs in the order given, logins as stored (lower case)."""
    items = votes.items() if isinstance(votes, Mapping) else votes
    return [(str(login).strip().lower(), str(vote)) for login, vote in items]


def collect(votes: Ballot) -> dict[str, str]:
    """The ballot as login -> vote; ValidationError when someone votes twice."""
    ballot: dict[str, str] = {}
    for login, vote in pairs(votes):
        if login in ballot:
            raise ValidationError("board.voted_twice", FIELD, login=login)
        ballot[login] = vote
    return ballot


def tally(votes: Mapping[str, str]) -> tuple[int, int, int]:
    """(for, against, abstain)."""
    return tuple(sum(1 for v in votes.values() if v == code) for code in VOTES)  # type: ignore[return-value]


def result(votes: Mapping[str, str]) -> str:
    """``adopted`` when more vote for than against, else ``rejected``."""
    pro, contra, _ = tally(votes)
    return ADOPTED if pro > contra else REJECTED


def ballot_problem(board: Iterable[str], votes: Ballot, quorum: int) -> DomainError | None:
    """What makes the Board's ballot invalid (None when valid): someone voting twice, a
    voter who is not an active Board member (``board``), a vote other than for, against or
    abstain, fewer than ``quorum`` taking part."""
    members = frozenset(board)
    try:
        ballot = collect(votes)
    except DomainError as error:
        return error
    for login, vote in ballot.items():
        if login not in members:
            return TransitionRefused("board.not_member", FIELD, login=login)
        if vote not in VOTES:
            return ValidationError("vote.unknown", FIELD, login=login, value=vote)
    if len(ballot) < quorum:
        return TransitionRefused("board.no_quorum", FIELD, present=len(ballot), quorum=quorum)
    return None


def resolution_problem(board: Iterable[str], votes: Ballot, quorum: int) -> DomainError | None:
    """Why the Board has not adopted the resolution (None when it has): an invalid ballot,
    or no more votes for than against."""
    problem = ballot_problem(board, votes, quorum)
    if problem is not None:
        return problem
    pro, contra, abstain = tally(collect(votes))
    if pro <= contra:
        return TransitionRefused("board.not_adopted", FIELD, pro=pro, contra=contra,
                                 abstain=abstain)  # fmt: skip
    return None


def case_resolution_problem(facts: CaseFacts, request: ActionRequest) -> DomainError | None:
    """Why the Board's resolution in a case is not adopted: the ballot's rules, and every
    voter impartial in the case (for an appeal, not one who took part in the decision)."""
    votes = request.params.get(FIELD) or {}
    subject = CASE_SUBJECTS[request.action]
    problem = ballot_problem(facts.board_members, votes, facts.board_quorum)
    if problem is not None:
        return problem
    for login in collect(votes):
        found = impartiality_problem(
            facts, login, deciding_appeal=subject in APPEAL_SUBJECTS, field=FIELD
        )
        if found is not None:
            return found
    return resolution_problem(facts.board_members, votes, facts.board_quorum)


def board_resolution(facts: CaseFacts, request: ActionRequest) -> None:
    """The guard of the Board's acts in a case: its resolution is adopted."""
    problem = case_resolution_problem(facts, request)
    if problem is not None:
        raise problem
