"""Several steps of one person on one case in one transaction: all of them or none."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.case_labels import RATINGS
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services import conflicts
from calcert_desktop.services.context import Actor, AppContext, writing
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process.commission import RATING_LABELS
from calcert_desktop.services.process.perform import run_in
from calcert_desktop.services.process.step import ActionResult
from calcert_desktop.storage.models import Assessment, Case


def assess_standards(
    ctx: AppContext,
    actor: Actor,
    reference: str,
    on: date | None,
    ratings: Mapping[str, tuple[str, str, str]],
    versions: Mapping[str, int] | None = None,
) -> ActionResult:
    """Several assessments by ``actor`` (standard -> (rating, comment, evidence)) in one
    transaction: each runs the whole ASSESS path, and one refusal saves none of them.

    ``versions`` (standard -> row version of the actor's assessment as the dialog read it;
    a standard not there had none): refused whole (:class:`ChangedMeanwhile`, both versions
    shown) if the actor's assessments changed since, e.g. saved from another PC."""
    if not ratings:
        raise ValidationError("required", "assessments")
    counts: Counter[str] = Counter()
    with writing(ctx, actor, Action.ASSESS.value) as session:
        case = find_case(session, reference, for_update=True)  # every assessment waits here
        if versions is not None:
            _expect_versions(session, case, actor, ratings, versions)
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
        result.changes,
    )


def _expect_versions(
    session: Session,
    case: Case,
    actor: Actor,
    ratings: Mapping[str, tuple[str, str, str]],
    versions: Mapping[str, int],
) -> None:
    """Refuse unless each of the actor's assessments of the standards in ``ratings`` is
    still at the version read (none: 0); the case is locked, so none changes meanwhile."""
    stored = {
        a.standard: a
        for a in session.scalars(
            select(Assessment).where(
                Assessment.case_id == case.id, Assessment.member_id == actor.id
            )
        )
    }
    for standard, (rating, comment, evidence) in ratings.items():
        row = stored.get(standard.upper())
        if (row.row_version if row is not None else 0) == versions.get(standard.upper(), 0):
            continue
        record = f"ocena standardu {standard.upper()} w sprawie {display_reference(case)}"
        if row is None:  # taken back meanwhile (not possible today): nothing to compare
            raise conflicts.gone(session, Assessment, "", record)
        yours = {"rating": RATINGS.get(rating, rating), "comment": comment, "evidence": evidence}
        theirs = {"rating": RATINGS.get(row.rating, row.rating), "comment": row.comment,
                  "evidence": row.evidence}  # fmt: skip
        conflicts.expect(session, row, versions.get(standard.upper(), 0), yours, theirs,
                         record=record)  # fmt: skip
