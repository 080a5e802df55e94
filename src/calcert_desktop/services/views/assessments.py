"""The Commission's assessment matrix of a case (standards x assigned members), as the acting
person may see it: a member with a declared conflict of interest in the case sees nobody
else's assessment (they neither assess nor vote, and must not be swayed by the others)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.case_labels import RATINGS
from calcert_desktop.domain.eligibility import eligible_members
from calcert_desktop.domain.facts import MemberFacts
from calcert_desktop.domain.forms import load_form
from calcert_desktop.services import access
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process import case_facts
from calcert_desktop.storage.models import Assessment, Assignment, Case, User


@dataclass(frozen=True)
class MatrixStandard:
    """A row: one standard of the case's form version."""

    code: str
    title: str
    text: str


@dataclass(frozen=True)
class MatrixMember:
    """A column: one member assigned to the case."""

    login: str
    full_name: str
    rapporteur: bool
    conflicted: bool


@dataclass(frozen=True)
class MatrixCell:
    """One member's assessment of one standard."""

    rating: str
    rating_label: str
    comment: str
    evidence: str
    assessed_on: date


@dataclass(frozen=True)
class AssessmentMatrix:
    """The matrix; ``withheld`` (and no cells) when the actor is a conflicted member."""

    standards: tuple[MatrixStandard, ...]
    members: tuple[MatrixMember, ...]
    cells: dict[tuple[str, str], MatrixCell] = field(default_factory=dict)  # (standard, login)
    withheld: bool = False

    def cell(self, standard: str, login: str) -> MatrixCell | None:
        """The assessment of ``standard`` by ``login``, or None."""
        return self.cells.get((standard, login))


def is_conflicted(ctx: AppContext, actor: Actor, reference: str) -> bool:
    """True when ``actor`` declared a conflict of interest in the case ``reference``."""
    with reading(ctx) as session:
        return access.withholds_assessments(session, actor, find_case(session, reference))


def matrix_in(session: Session, case: Case, actor: Actor) -> AssessmentMatrix:
    """:func:`matrix_for` inside a session the caller holds."""
    form = load_form(case.form_version)
    standards = tuple(MatrixStandard(s.code, s.title, s.text) for s in form.standards)
    rows = session.execute(
        select(Assignment, User.login, User.full_name)
        .join(User, User.id == Assignment.member_id)
        .where(Assignment.case_id == case.id)
        .order_by(Assignment.is_rapporteur.desc(), Assignment.assigned_on, User.name_sort)
    )
    declared = case_facts.conflicted(session, case)
    members: list[MatrixMember] = []
    ids: dict[object, str] = {}
    for assignment, login, full_name in rows:
        conflicted = login in declared
        members.append(MatrixMember(login, full_name, assignment.is_rapporteur, conflicted))
        ids[assignment.member_id] = login
    facts = tuple(MemberFacts(m.login, m.conflicted) for m in members)
    withheld = access.withholds_assessments(session, actor, case)
    if withheld:  # not even a count or a rating of the others reaches a conflicted actor
        return AssessmentMatrix(standards, tuple(members), {}, True)
    # A conflicted member's column stays empty: assessments given before the conflict was
    # declared leave the matrix (the history keeps them).
    shown = {m.login for m in eligible_members(facts)}
    cells = {
        (a.standard, ids[a.member_id]): MatrixCell(
            a.rating, RATINGS.get(a.rating, a.rating), a.comment or "", a.evidence or "",
            a.assessed_on,
        )
        for a in session.scalars(select(Assessment).where(Assessment.case_id == case.id))
        if ids.get(a.member_id) in shown
    }
    return AssessmentMatrix(standards, tuple(members), cells, withheld)


def matrix_for(ctx: AppContext, actor: Actor, reference: str) -> AssessmentMatrix:
    """The assessment matrix of the case ``reference`` as ``actor`` may see it."""
    with reading(ctx) as session:
        return matrix_in(session, access.readable_case(session, actor, reference), actor)
