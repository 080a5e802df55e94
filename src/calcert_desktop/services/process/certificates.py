"""The certificate's life: issue by the Board (number, five years and the seal), expiry."""

from __future__ import annotations

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.board import FIELD, Subject, collect, resolution_title
from calcert_desktop.domain.numbering import certificate_number
from calcert_desktop.services import numbers
from calcert_desktop.services.process import case_facts, effects, resolutions
from calcert_desktop.services.process.step import Handler, Step
from calcert_desktop.services.seals import sealing


def _issue(step: Step) -> str:
    on = step.request.on
    existing = case_facts.current_certificate(step.session, step.case)
    if existing is not None:
        # An overturned refusal after an earlier issue cannot happen; guard against it anyway.
        raise AssertionError("a case holds one certificate")
    seq = numbers.take_next(step.session, "certificate", on.year)
    number = (certificate_number(on.year, seq), seq)
    certificate = effects.issue(step, step.case, on, number, step.actor.id)
    step.settle()  # the certificate exists before the resolution that names it
    votes = collect(step.request.params[FIELD])
    summary = (f"Wydanie certyfikatu nr {certificate.number} w sprawie "
               f"{step.case.reference} ({step.case.institution_name}).")  # fmt: skip
    resolution = resolutions.record(
        step, step.session, on, Subject.ISSUE, summary, votes, step.actor.id,
        case=step.case, certificate=certificate,
    )  # fmt: skip
    # Sealed in the same transaction: a certificate never exists without its seal here.
    step.add(sealing.seal_in(step.session, step.ctx, certificate))
    step.extra.update(
        certificate=certificate.number, valid_until=certificate.valid_until.isoformat(),
        resolution=resolution.number,
    )  # fmt: skip
    return (
        f"Zarząd wydał certyfikat nr {certificate.number}, ważny od {on.isoformat()} "
        f"do {certificate.valid_until.isoformat()} "
        f"({resolution_title(resolution.number)}: {resolutions.tally_text(votes)})."
    )


def _expire(step: Step) -> str:
    certificate = case_facts.current_certificate(step.session, step.case)
    assert certificate is not None
    effects.expire(step, certificate)
    return f"Certyfikat nr {certificate.number} wygasł z upływem {certificate.valid_until}."


# The actions this module writes the effects of (read by perform.HANDLERS).
HANDLERS: dict[Action, Handler] = {
    Action.ISSUE: _issue,
    Action.EXPIRE: _expire,
}
