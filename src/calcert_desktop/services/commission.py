"""The Commission's work on a case: members assigned, conflicts of interest, assessments
(one by one through :func:`process.perform`, or all of a member's at once)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services.context import Actor, AppContext, writing
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process import ActionResult, Step, handles, run_in
from calcert_desktop.storage.models import Assessment, Assignment

RATING_LABELS = {"meets": "spełnia", "partly": "spełnia częściowo", "not": "nie spełnia"}


def _assignment(step: Step, member_id: object) -> Assignment | None:
    return step.session.scalar(
        select(Assignment).where(
            Assignment.case_id == step.case.id, Assignment.member_id == member_id
        )
    )


@handles(Action.ASSIGN)
def _assign(step: Step) -> str:
    member = step.people["member"]
    rapporteur = bool(step.request.params.get("rapporteur"))
    if rapporteur:
        for other in step.session.scalars(
            select(Assignment).where(Assignment.case_id == step.case.id, Assignment.is_rapporteur)
        ):
            other.is_rapporteur = False
        step.case.rapporteur_id = member.id
    step.add(
        Assignment(
            case_id=step.case.id,
            member_id=member.id,
            assigned_on=step.request.on,
            is_rapporteur=rapporteur,
        )
    )
    role = " jako sprawozdawcę" if rapporteur else ""
    return f"Wyznaczono {member.full_name} ({member.login}){role} do sprawy."


@handles(Action.UNASSIGN)
def _unassign(step: Step) -> str:
    member = step.people["member"]
    assignment = _assignment(step, member.id)
    assert assignment is not None  # the guard checked it
    if assignment.is_rapporteur:
        step.case.rapporteur_id = None
    step.session.delete(assignment)
    step.changed.add("assignments")
    return f"Odwołano {member.full_name} ({member.login}) ze sprawy."


@handles(Action.DECLARE_CONFLICT)
def _declare_conflict(step: Step) -> str:
    member = step.people["member"]
    assignment = _assignment(step, member.id)
    assert assignment is not None  # the guard checked it
    assignment.conflict_declared_on = step.request.on
    assignment.conflict_reason = step.request.text("reason")
    if assignment.is_rapporteur:
        assignment.is_rapporteur = False
        step.case.rapporteur_id = None
    step.changed.add("assignments")
    return (
        f"Zapisano konflikt interesów: {member.full_name} nie ocenia i nie głosuje w tej sprawie."
    )


@handles(Action.ASSESS)
def _assess(step: Step) -> str:
    request = step.request
    standard = request.text("standard").upper()
    rating = request.text("rating")
    existing = step.session.scalar(
        select(Assessment).where(
            Assessment.case_id == step.case.id,
            Assessment.member_id == step.actor.id,
            Assessment.standard == standard,
        )
    )
    if existing is None:
        existing = Assessment(case_id=step.case.id, member_id=step.actor.id, standard=standard)
        step.session.add(existing)
    existing.rating = rating
    existing.comment = request.text("comment")
    existing.evidence = request.text("evidence")
    existing.assessed_on = request.on
    step.changed.add("assessments")
    return f"Zapisano ocenę standardu {standard}: {RATING_LABELS[rating]}."


def assess_standards(
    ctx: AppContext,
    actor: Actor,
    reference: str,
    on: date | None,
    ratings: Mapping[str, tuple[str, str, str]],
) -> ActionResult:
    """Several assessments by ``actor`` (standard -> (rating, comment, evidence)) in one
    transaction: each runs the whole ASSESS path, and one refusal saves none of them."""
    if not ratings:
        raise ValidationError("required", "assessments")
    counts: Counter[str] = Counter()
    with writing(ctx, actor, Action.ASSESS.value) as session:
        case = find_case(session, reference, for_update=True)
        for standard, (rating, comment, evidence) in ratings.items():
            params = {"standard": standard, "rating": rating}
            params.update(comment=comment, evidence=evidence)
            result = run_in(session, ctx, actor, case, Action.ASSESS, on, params)
            counts[rating] += 1
    summary = ", ".join(f"{RATING_LABELS[r]} {counts[r]}" for r in RATING_LABELS if counts[r])
    return ActionResult(
        result.reference,
        result.state,
        f"Zapisano oceny standardów ({len(ratings)}): {summary}.",
        result.changed,
    )
