"""Registering declarations and the office's steps before the Commission: filing on the
written request, the formal check, requests to complete, withdrawal and renewal."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.declaration import (
    Declaration,
    missing_for_filing,
    validate_values,
)
from calcert_desktop.domain.errors import ValidationErrors
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.numbering import draft_code, reference_number
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services import attachments, numbers
from calcert_desktop.services.context import Actor, AppContext, writing
from calcert_desktop.services.process import ActionResult, Step, handles, run_in
from calcert_desktop.storage.case_columns import declaration_of, fill_derived, refresh_search
from calcert_desktop.storage.models import Case, CompletionRequest


def check_declaration(data: dict[str, Any]) -> Declaration:
    """Parse and fully validate a declaration as the institution signed it (all nine points)."""
    declaration = Declaration.from_dict(data)
    form = load_form(declaration.form_version)
    errors = [*validate_values(declaration, form), *missing_for_filing(declaration, form)]
    if errors:
        raise ValidationErrors(errors)
    return declaration


def new_case(
    data: dict[str, Any], created: datetime | None = None, case_id: uuid.UUID | None = None
) -> Case:
    """A draft case holding the declaration ``data`` (not yet added to a session)."""
    case_id = case_id or uuid.uuid4()
    case = Case(
        id=case_id,
        draft_code=draft_code(case_id.hex),
        state=CaseState.DRAFT.value,
        form_version=str(data.get("form_version") or load_form(None).version),
        created_at=created or datetime.now(UTC).replace(tzinfo=None),
    )
    fill_derived(case, data)
    return case


def declare(
    ctx: AppContext,
    actor: Actor,
    data: dict[str, Any],
    *,
    received_on: date | None = None,
    source_dir: Path | None = None,
) -> ActionResult:
    """Register a complete declaration as a case; with ``received_on`` also file it at once."""
    actor.require(Role.OFFICE)
    declaration = check_declaration(data)
    stored = attachments.store_declared(ctx.paths.attachments, declaration.to_dict(), source_dir)
    with writing(ctx, actor, "declare") as session:
        case = new_case(stored)
        session.add(case)
        session.flush()
        if received_on is not None:
            return run_in(session, ctx, actor, case, Action.FILE, received_on)
        return ActionResult(
            case.draft_code,
            CaseState.DRAFT,
            f"Zarejestrowano zgłoszenie jako szkic {case.draft_code}.",
            frozenset({"cases"}),
        )


@handles(Action.FILE)
def _file(step: Step) -> str:
    case, on = step.case, step.request.on
    seq = numbers.take_next(step.session, "reference", on.year)
    case.reference = reference_number(on.year, seq)
    case.received_on = on
    refresh_search(case)
    step.extra["reference"] = case.reference
    return f"Złożono zgłoszenie: nadano numer {case.reference} (wpływ {on.isoformat()})."


@handles(Action.REQUEST_COMPLETION)
def _request_completion(step: Step) -> str:
    due = step.request.params["due_on"]
    step.add(
        CompletionRequest(
            case_id=step.case.id,
            requested_on=step.request.on,
            reason=step.request.text("reason"),
            due_on=due,
        )
    )
    return f"Wezwano do uzupełnienia zgłoszenia w terminie do {due.isoformat()}."


@handles(Action.COMPLETE)
def _complete(step: Step) -> str:
    from sqlalchemy import select

    request = step.session.scalar(
        select(CompletionRequest)
        .where(CompletionRequest.case_id == step.case.id, CompletionRequest.completed_on.is_(None))
        .order_by(CompletionRequest.requested_on.desc())
        .limit(1)
    )
    if request is not None:
        request.completed_on = step.request.on
        step.changed.add("completion_requests")
    replacement = step.request.params.get("declaration")
    if replacement is not None:
        declaration = check_declaration(replacement)
        fill_derived(step.case, declaration.to_dict())
    return "Zapisano uzupełnienie zgłoszenia; wraca do kontroli formalnej."


@handles(Action.ACCEPT)
def _accept(step: Step) -> str:
    return "Zgłoszenie przeszło kontrolę formalną i trafia do oceny Komisji."


@handles(Action.WITHDRAW)
def _withdraw(step: Step) -> str:
    return "Zapisano wycofanie zgłoszenia przez instytucję."


@handles(Action.RENEW)
def _renew(step: Step) -> str:
    data = declaration_of(step.case)
    renewal = new_case(data)
    renewal.renews_case_id = step.case.id
    step.add(renewal)
    step.extra["renewal"] = renewal.draft_code
    return (
        f"Utworzono szkic zgłoszenia o odnowienie {renewal.draft_code} na podstawie "
        f"poprzedniego; złóż go po wpływie pisemnej prośby."
    )
