"""Several steps of one person on one case in one transaction: all of them or none."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services.context import Actor, AppContext, writing
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.process.commission import RATING_LABELS
from calcert_desktop.services.process.perform import run_in
from calcert_desktop.services.process.step import ActionResult


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
        result.changes,
    )
