"""The Commission's work on a case: members assigned, conflicts of interest (anyone's who
has a part in the case), assessments (one by one through :func:`process.perform`, or all
of a member's at once)."""

from __future__ import annotations

from sqlalchemy import select

from calcert_desktop.domain.actions import Action
from calcert_desktop.services.process import effects
from calcert_desktop.services.process.step import Handler, Step
from calcert_desktop.storage.models import Assessment, Assignment

RATING_LABELS = {"meets": "spełnia", "partly": "spełnia częściowo", "not": "nie spełnia"}


def _assignment(step: Step, member_id: object) -> Assignment | None:
    return step.session.scalar(
        select(Assignment).where(
            Assignment.case_id == step.case.id, Assignment.member_id == member_id
        )
    )


def _assign(step: Step) -> str:
    member = step.people["member"]
    rapporteur = bool(step.request.params.get("rapporteur"))
    current = step.session.scalars(
        select(Assignment).where(Assignment.case_id == step.case.id, Assignment.is_rapporteur)
    )
    effects.assign(step, step.case, member.id, step.request.on, rapporteur, list(current))
    # A name in the nominative after a neutral heading: Polish needs no declension of it.
    role = "sprawozdawcę sprawy" if rapporteur else "członka Komisji do sprawy"
    return f"Wyznaczono {role}: {member.full_name} ({member.login})."


def _unassign(step: Step) -> str:
    member = step.people["member"]
    assignment = _assignment(step, member.id)
    assert assignment is not None  # the guard checked it
    if assignment.is_rapporteur:
        step.case.rapporteur_id = None
    step.session.delete(assignment)
    step.changed.add("assignments")
    return f"Odwołano {member.full_name} ({member.login}) ze sprawy."


def _declare_conflict(step: Step) -> str:
    person = step.people["person"]
    effects.declare_conflict(
        step, step.case, person.id, step.request.on, step.request.text("reason"),
        _assignment(step, person.id),
    )  # fmt: skip
    return (
        f"Zapisano konflikt interesów: {person.full_name} ({person.login}) nie bierze udziału "
        "w tej sprawie — niczego w niej nie zapisuje, nie ocenia, nie głosuje, nie wydaje "
        "ani nie rozstrzyga."
    )


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
    given = (standard, rating, request.text("comment"), request.text("evidence"))
    effects.assess(step, step.case, step.actor.id, request.on, given, existing)
    return f"Zapisano ocenę standardu {standard}: {RATING_LABELS[rating]}."


# The actions this module writes the effects of (read by perform.HANDLERS).
HANDLERS: dict[Action, Handler] = {
    Action.ASSIGN: _assign,
    Action.UNASSIGN: _unassign,
    Action.DECLARE_CONFLICT: _declare_conflict,
    Action.ASSESS: _assess,
}
