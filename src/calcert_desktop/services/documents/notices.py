"""Three letters of a case as documents: the acknowledgement of receipt and the request to
complete (the office's, at filing) and the notice that revocation proceedings were
discontinued (the Commission's). Each builder reads the case into the plain data of its
module in ``documents/``; a case without the record the letter is made from is refused
(``document.not_applicable``, nothing written). Each renders in the wording in use
(``services/letter_templates.py``) and returns the version it used with the PDF."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.documents import acknowledgement, completion_request, discontinuation
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.services.context import AppContext, reading
from calcert_desktop.services.documents import letter_templates
from calcert_desktop.services.documents.kind import DocumentKind, Rendered
from calcert_desktop.services.documents.letters import (
    EXTREME_ADDRESS,
    EXTREME_NAME,
    LONG_REMARK,
    addressee,
    office_of,
)
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process import case_facts
from calcert_desktop.storage.models import (
    AuditEntry,
    Case,
    CompletionRequest,
    Decision,
    Revocation,
    User,
)

LABELS = {
    acknowledgement.KIND: "Potwierdzenie przyjęcia zgłoszenia",
    completion_request.KIND: "Wezwanie do uzupełnienia zgłoszenia",
    discontinuation.KIND: "Umorzenie postępowania w sprawie odebrania certyfikatu",
}


def not_applicable(label: str, case: Case, why: str) -> ValidationError:
    """The refusal of the document ``label`` for ``case``, saying ``why`` in Polish. No field:
    the sentence names the document itself (a field would prefix it with "Rodzaj:")."""
    return ValidationError("document.not_applicable", None, kind=label,
                           reference=display_reference(case), why=why)  # fmt: skip


def recorded_by(
    session: Session, case: Case, action: str | None, entity: str, key: str = ""
) -> str:
    """The full name of who recorded ``action`` (None: who inserted the row) on the case's
    ``entity`` row (``key``: its id as the audit log writes it; '' for any row of the case),
    the latest; '' if nobody known (the system, or a record older than its audit entry)."""
    query = select(User.full_name).join(AuditEntry, AuditEntry.user_id == User.id).where(
        AuditEntry.case_id == case.id, AuditEntry.entity == entity,
        AuditEntry.action == action if action else AuditEntry.operation == "insert",
        AuditEntry.operation.in_(("insert", "update")),
    )  # fmt: skip
    if key:
        query = query.where(AuditEntry.entity_id == key)
    latest = query.order_by(AuditEntry.at.desc(), AuditEntry.seq.desc()).limit(1)
    return session.scalar(latest) or ""


# --- the acknowledgement of receipt ---------------------------------------------------------
def filed(session: Session, case: Case) -> Case | None:
    """The case itself once filed (it has a number and the day it came in): what an
    acknowledgement of receipt is made from."""
    return case if case.reference and case.received_on else None


def build_acknowledgement(ctx: AppContext, reference: str) -> Rendered:
    """The acknowledgement of receipt of the filed case, dated today. The person who
    registered the request signs it and is named as the contact."""
    kind = acknowledgement.KIND
    with reading(ctx) as session:
        case = find_case(session, reference)
        if filed(session, case) is None or case.received_on is None:
            raise not_applicable(LABELS[kind], case, "Zgłoszenia jeszcze nie złożono – to "
                                 "szkic bez numeru sprawy.")  # fmt: skip
        name, address = addressee(case)
        # Who registered the request; a case entered already filed (imported): who entered it.
        registered_by = recorded_by(session, case, "file", "cases") or recorded_by(
            session, case, None, "cases"
        )
        version, texts = letter_templates.in_use(session, kind)
        data = acknowledgement.AcknowledgementData(
            reference=display_reference(case),
            institution=name,
            address_lines=address,
            received_on=case.received_on,
            dated=max(ctx.today(), case.received_on),
            contact_person=registered_by,
            **office_of(session, kind, ctx.today()),
        )
    return Rendered(acknowledgement.render(data, texts), version)


# --- the request to complete ------------------------------------------------------------------
def latest_completion_request(session: Session, case: Case) -> CompletionRequest | None:
    """The case's latest request to complete: what the letter is made from."""
    return session.scalar(
        select(CompletionRequest)
        .where(CompletionRequest.case_id == case.id)
        .order_by(CompletionRequest.requested_on.desc(), CompletionRequest.id)
        .limit(1)
    )


def build_completion_request(ctx: AppContext, reference: str) -> Rendered:
    """The letter of the case's latest request to complete, signed by who recorded it."""
    kind = completion_request.KIND
    with reading(ctx) as session:
        case = find_case(session, reference)
        request = latest_completion_request(session, case)
        if request is None:
            raise not_applicable(LABELS[kind], case, "Nie wezwano w niej do uzupełnienia "
                                 "zgłoszenia.")  # fmt: skip
        name, address = addressee(case)
        version, texts = letter_templates.in_use(session, kind)
        data = completion_request.CompletionRequestData(
            reference=display_reference(case),
            institution=name,
            address_lines=address,
            received_on=case.received_on or request.requested_on,
            requested_on=request.requested_on,
            missing=request.reason,
            due_on=request.due_on,
            **office_of(session, kind, ctx.today()),
        )  # fmt: skip
    return Rendered(completion_request.render(data, texts), version)


# --- the discontinuance of revocation proceedings ---------------------------------------------
def latest_discontinuance(session: Session, case: Case) -> tuple[Revocation, Decision] | None:
    """The case's latest revocation proceedings the Commission discontinued, with its
    decision (the reasons): what the notice is made from."""
    found = session.execute(
        select(Revocation, Decision)
        .join(Decision, Decision.id == Revocation.outcome_id)
        .where(Revocation.case_id == case.id, Revocation.outcome == "discontinued")
        .order_by(Decision.decided_on.desc(), Decision.id)
        .limit(1)
    ).first()
    return (found[0], found[1]) if found is not None else None


def build_discontinuation(ctx: AppContext, reference: str) -> Rendered:
    """The notice of the case's latest discontinued revocation proceedings."""
    kind = discontinuation.KIND
    with reading(ctx) as session:
        case = find_case(session, reference)
        found = latest_discontinuance(session, case)
        certificate = case_facts.current_certificate(session, case)
        if found is None or certificate is None:
            raise not_applicable(LABELS[kind], case, "Komisja nie umorzyła w niej postępowania "
                                 "w sprawie odebrania certyfikatu.")  # fmt: skip
        revocation, decision = found
        name, address = addressee(case)
        version, texts = letter_templates.in_use(session, kind)
        data = discontinuation.DiscontinuationData(
            reference=display_reference(case),
            institution=name,
            address_lines=address,
            certificate=certificate.number,
            valid_until=certificate.valid_until,
            opened_on=revocation.opened_on,
            decided_on=decision.decided_on,
            reasons=decision.reasons,
            charged_on=revocation.charged_on,
            **office_of(session, kind, ctx.today()),
        )
    return Rendered(discontinuation.render(data, texts), version)


# --- extreme data for the previews: the longest name, a long address, long texts ----------------
def extreme_acknowledgement() -> acknowledgement.AcknowledgementData:
    """An acknowledgement for the longest institution name, with a long contact's name."""
    return acknowledgement.AcknowledgementData(
        reference="CAL/2026/9999", institution=EXTREME_NAME, address_lines=EXTREME_ADDRESS,
        received_on=date(2026, 9, 30), dated=date(2026, 10, 1),
        contact_person="Małgorzata Brzęczyszczykiewicz-Wierzchosławska",
    )  # fmt: skip


def extreme_completion_request() -> completion_request.CompletionRequestData:
    """A request to complete listing a page and more of what is missing."""
    missing = "\n".join(f"– standard S{n}: {LONG_REMARK}" for n in range(1, 10))
    return completion_request.CompletionRequestData(
        reference="CAL/2026/9999", institution=EXTREME_NAME, address_lines=EXTREME_ADDRESS,
        received_on=date(2026, 9, 30), requested_on=date(2026, 10, 7), missing=missing,
        due_on=date(2026, 11, 6),
    )  # fmt: skip


def extreme_discontinuation() -> discontinuation.DiscontinuationData:
    """A discontinuance with reasons of several long paragraphs (a single paragraph longer
    than a page leaves its heading alone at the foot of the first: the shared layout keeps
    the last paragraph with the signature)."""
    return discontinuation.DiscontinuationData(
        reference="CAL/2026/9999", institution=EXTREME_NAME, address_lines=EXTREME_ADDRESS,
        certificate="CJ-999/2026", valid_until=date(2031, 3, 15), opened_on=date(2026, 6, 1),
        decided_on=date(2026, 9, 15), reasons="\n\n".join([LONG_REMARK * 3] * 4),
        charged_on=date(2026, 6, 8),
    )  # fmt: skip


# The kinds of document this module builds: the office's two at filing, then the notice.
FILING_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        acknowledgement.KIND,
        LABELS[acknowledgement.KIND],
        build_acknowledgement,
        source=filed,
        extreme=lambda: acknowledgement.render(extreme_acknowledgement()),
        file_title="Potwierdzenie przyjęcia",
    ),
    DocumentKind(
        completion_request.KIND,
        LABELS[completion_request.KIND],
        build_completion_request,
        source=latest_completion_request,
        extreme=lambda: completion_request.render(extreme_completion_request()),
        file_title="Wezwanie do uzupełnienia",
    ),
)
REVOCATION_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        discontinuation.KIND,
        LABELS[discontinuation.KIND],
        build_discontinuation,
        source=latest_discontinuance,
        extreme=lambda: discontinuation.render(extreme_discontinuation()),
        file_title="Umorzenie",
    ),
)
