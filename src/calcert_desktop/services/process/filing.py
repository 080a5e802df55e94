"""Registering declarations and the office's steps before the Commission: filing on the
written request, the formal check, requests to complete, withdrawal and renewal."""

from __future__ import annotations

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.amendments import REASON_PARAM
from calcert_desktop.domain.numbering import reference_number
from calcert_desktop.services import numbers
from calcert_desktop.services.process import effects
from calcert_desktop.services.process.new_case import check_declaration, new_case
from calcert_desktop.services.process.step import Handler, Step
from calcert_desktop.storage.case_columns import declaration_of, refresh_search
from calcert_desktop.storage.models import CompletionRequest


def _file(step: Step) -> str:
    case, on = step.case, step.request.on
    seq = numbers.take_next(step.session, "reference", on.year)
    effects.file(case, on, reference_number(on.year, seq))
    refresh_search(case)
    step.extra["reference"] = case.reference
    return f"Złożono zgłoszenie: nadano numer {case.reference} (wpływ {on.isoformat()})."


def _request_completion(step: Step) -> str:
    due = step.request.params["due_on"]
    effects.request_completion(step, step.case, step.request.on, step.request.text("reason"), due)
    return f"Wezwano do uzupełnienia zgłoszenia w terminie do {due.isoformat()}."


def _complete(step: Step) -> str:
    from sqlalchemy import select

    request = step.session.scalar(
        select(CompletionRequest)
        .where(CompletionRequest.case_id == step.case.id, CompletionRequest.completed_on.is_(None))
        .order_by(CompletionRequest.requested_on.desc())
        .limit(1)
    )
    effects.complete(step, request, step.request.on)
    replacement = step.request.params.get("declaration")
    if replacement is None:
        return "Zapisano uzupełnienie zgłoszenia; wraca do kontroli formalnej."
    data = check_declaration(replacement).to_dict()
    reason = step.request.text(REASON_PARAM)  # domain.amendments.reason_given checked it
    if not effects.amend(step, step.case, step.request.on, data, reason):
        return (
            "Zapisano uzupełnienie zgłoszenia (poprawiona deklaracja nie różni się od złożonej); "
            "wraca do kontroli formalnej."
        )
    return (
        f"Zapisano uzupełnienie zgłoszenia i zmianę jego treści (powód: {reason}); "
        "wraca do kontroli formalnej."
    )


def _accept(step: Step) -> str:
    return "Zgłoszenie przeszło kontrolę formalną i trafia do oceny Komisji."


def _withdraw(step: Step) -> str:
    return "Zapisano wycofanie zgłoszenia przez instytucję."


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


# The actions this module writes the effects of (read by perform.HANDLERS).
HANDLERS: dict[Action, Handler] = {
    Action.FILE: _file,
    Action.REQUEST_COMPLETION: _request_completion,
    Action.COMPLETE: _complete,
    Action.ACCEPT: _accept,
    Action.WITHDRAW: _withdraw,
    Action.RENEW: _renew,
}
