"""What each action writes: the one place that says what an assignment, an assessment, a
decision, a certificate, a visit, an appeal or a revocation looks like in the database.

The handlers (after the domain decided the request) and the demo writer (a bulk writer of
backdated cases) both call these functions; only how a new record is staged differs, so
each takes a :class:`Records` sink: the handler's :class:`~process.step.Step` adds it to
the session, the demo keeps it for its bulk insert. The functions look nothing up: the
caller hands over the records they change.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from calcert_desktop.domain.dates import valid_until
from calcert_desktop.storage.case_columns import declaration_of, fill_derived
from calcert_desktop.storage.models import (
    Amendment,
    Appeal,
    Appointment,
    Assessment,
    Assignment,
    Base,
    Case,
    Certificate,
    CompletionRequest,
    Conflict,
    Decision,
    Resolution,
    ResolutionVote,
    Revocation,
    SiteVisit,
    VisitFinding,
    Vote,
)


class Records(Protocol):
    """Where an effect stages what it writes."""

    def new(self, model: type[Base], **values: Any) -> Any:
        """Stage a new record of ``model`` with ``values``; the record (if kept as one)."""

    def settle(self) -> None:
        """Make the records staged so far exist before the ones that name them."""

    def touched(self, table: str) -> None:
        """Note that records of ``table`` were changed in place."""


# --- filing and completion ----------------------------------------------------------------


def file(case: Case, on: date, reference: str) -> None:
    """The written request received: the case gets its reference and date of receipt."""
    case.reference = reference
    case.received_on = on


def request_completion(
    records: Records, case: Case, on: date, reason: str, due_on: date
) -> CompletionRequest:
    """A request to complete the application by ``due_on``."""
    return records.new(
        CompletionRequest, case_id=case.id, requested_on=on, reason=reason, due_on=due_on
    )


def complete(records: Records, request: CompletionRequest | None, on: date) -> None:
    """The open request to complete answered on ``on``."""
    if request is not None:
        request.completed_on = on
        records.touched("completion_requests")


def amend(records: Records, case: Case, on: date, data: dict[str, Any], reason: str) -> bool:
    """The filed declaration replaced by ``data`` on ``on``, with the reason of the change
    as an amendment logged right after the change (the history shows them together).
    False, writing nothing, when ``data`` is the declaration already stored."""
    if data == declaration_of(case):
        return False
    fill_derived(case, data)
    records.touched("declarations")
    records.settle()  # the change's own log entries first, its reason next to them
    records.new(Amendment, case_id=case.id, amended_on=on, reason=reason)
    return True


# --- the Commission -----------------------------------------------------------------------


def assign(
    records: Records,
    case: Case,
    member_id: uuid.UUID,
    on: date,
    rapporteur: bool,
    assigned: Iterable[Assignment],
) -> Assignment:
    """A member assigned to the case; a new rapporteur replaces any among ``assigned``."""
    if rapporteur:
        for other in assigned:
            if other.is_rapporteur:
                other.is_rapporteur = False
        case.rapporteur_id = member_id
    return records.new(
        Assignment, case_id=case.id, member_id=member_id, assigned_on=on, is_rapporteur=rapporteur
    )


def declare_conflict(
    records: Records,
    case: Case,
    person_id: uuid.UUID,
    on: date,
    reason: str,
    assignment: Assignment | None = None,
) -> Conflict:
    """A declared conflict of interest: the person takes no part in the case (an assigned
    member, ``assignment``, neither assesses nor votes, nor stays its rapporteur)."""
    if assignment is not None and assignment.is_rapporteur:
        assignment.is_rapporteur = False
        case.rapporteur_id = None
        records.touched("assignments")
    return records.new(
        Conflict, case_id=case.id, person_id=person_id, declared_on=on, reason=reason
    )


def assess(
    records: Records,
    case: Case,
    member_id: uuid.UUID,
    on: date,
    rating: tuple[str, str, str, str],
    existing: Assessment | None = None,
) -> None:
    """A member's assessment, ``rating`` = (standard, rating, comment, evidence); a second
    assessment of the same standard revises ``existing``."""
    standard, value, comment, evidence = rating
    if existing is None:
        records.new(
            Assessment, case_id=case.id, member_id=member_id, standard=standard, rating=value,
            comment=comment, evidence=evidence, assessed_on=on,
        )  # fmt: skip
        return
    existing.rating, existing.comment, existing.evidence = value, comment, evidence
    existing.assessed_on = on
    records.touched("assessments")


# --- the site visit -----------------------------------------------------------------------


def schedule_visit(
    records: Records, case: Case, expert_id: uuid.UUID, on: date, planned_for: date
) -> SiteVisit:
    """A visit planned for ``planned_for`` by the expert."""
    return records.new(
        SiteVisit, case_id=case.id, expert_id=expert_id, scheduled_on=on,
        planned_for=planned_for, status="scheduled", summary="", cancel_reason="",
    )  # fmt: skip


def record_visit(
    records: Records,
    case: Case,
    visit: SiteVisit,
    on: date,
    summary: str,
    findings: Iterable[VisitFindingText],
    acknowledgement: tuple[str, bool, str] = ("", False, ""),
) -> None:
    """The visit done: its summary, its findings in order, and the institution
    representative's name, acknowledgement and remarks."""
    visit.status, visit.visited_on, visit.summary = "done", on, summary
    visit.representative, visit.acknowledged, visit.remarks = acknowledgement
    records.touched("site_visits")
    for found in findings:
        records.new(
            VisitFinding, visit_id=visit.id, case_id=case.id, standard=found.standard,
            rating=found.rating, finding=found.text, observations=found.observations,
            evidence=found.evidence,
        )  # fmt: skip


@dataclass(frozen=True)
class VisitFindingText:
    """One standard's finding: the rating, the finding, what was seen, the evidence (JSON
    list of {"sha256", "name"}, "" for none)."""

    standard: str
    rating: str
    text: str
    observations: str = ""
    evidence: str = ""


def cancel_visit(records: Records, visit: SiteVisit, reason: str) -> None:
    """The planned visit called off."""
    visit.status, visit.cancel_reason = "cancelled", reason
    records.touched("site_visits")


# --- decisions and appeals ----------------------------------------------------------------


def decide(
    records: Records,
    case: Case,
    kind: str,
    on: date,
    reasons: str,
    recorded_by: uuid.UUID,
    votes: Iterable[tuple[uuid.UUID, str]] = (),
) -> Decision:
    """A decision of ``kind`` (the Board's for an appeal) with every vote (member, vote)."""
    body = "board" if kind in ("uphold", "overturn") else "commission"
    decision: Decision = records.new(
        Decision, case_id=case.id, kind=kind, body=body, decided_on=on, reasons=reasons,
        recorded_by_id=recorded_by,
    )  # fmt: skip
    records.settle()  # the decision exists before the votes that name it
    for member_id, vote in votes:
        records.new(Vote, decision_id=decision.id, case_id=case.id, member_id=member_id, vote=vote)
    return decision


def deliver(records: Records, decision: Decision, on: date) -> None:
    """The decision delivered to the institution (the appeal period starts)."""
    decision.delivered_on = on
    records.touched("decisions")


def appeal(records: Records, case: Case, against: Decision, on: date, grounds: str) -> Appeal:
    """An appeal to the Board against ``against``."""
    return records.new(
        Appeal, case_id=case.id, against_id=against.id, received_on=on, grounds=grounds
    )


def settle_appeal(
    records: Records, appeal: Appeal, outcome: Decision, certificate: Certificate | None
) -> None:
    """The Board's decision on ``appeal``; overturning a revocation revalidates
    ``certificate`` (None for an appeal against a refusal)."""
    appeal.outcome = "overturned" if outcome.kind == "overturn" else "upheld"
    appeal.outcome_id = outcome.id
    records.touched("appeals")
    if certificate is not None and outcome.kind == "overturn":
        certificate.status = "valid"
        records.touched("certificates")


# --- the certificate and its revocation ---------------------------------------------------


def issue(
    records: Records, case: Case, on: date, number: tuple[str, int], issued_by: uuid.UUID
) -> Certificate:
    """The certificate, ``number`` = (text, sequence), valid five years from ``on``."""
    text, seq = number
    return records.new(
        Certificate, case_id=case.id, number=text, year=on.year, seq=seq, issued_on=on,
        valid_until=valid_until(on), status="valid", issued_by_id=issued_by,
    )  # fmt: skip


def expire(records: Records, certificate: Certificate) -> None:
    """The certificate's five years are over."""
    certificate.status = "expired"
    records.touched("certificates")


def open_revocation(
    records: Records, case: Case, certificate: Certificate, on: date, reason: str
) -> Revocation:
    """Proceedings opened to examine a breach of the standards."""
    return records.new(
        Revocation, case_id=case.id, certificate_id=certificate.id, opened_on=on,
        reason=reason, charges="", response_text="",
    )  # fmt: skip


def charge(
    records: Records, revocation: Revocation, on: date, charges: str, response_due: date
) -> None:
    """The charges in writing, with the deadline for the institution's response."""
    revocation.charges, revocation.charged_on = charges, on
    revocation.response_due = response_due
    records.touched("revocations")


def respond(records: Records, revocation: Revocation, on: date, text: str) -> None:
    """The institution's response to the charges."""
    revocation.response_received_on, revocation.response_text = on, text
    records.touched("revocations")


def close_revocation(
    records: Records, revocation: Revocation, outcome: Decision, certificate: Certificate
) -> None:
    """The proceedings' outcome: a revocation takes the certificate away, a discontinuance
    leaves it valid."""
    revoked = outcome.kind == "revoke"
    revocation.outcome = "revoked" if revoked else "discontinued"
    revocation.outcome_id = outcome.id
    records.touched("revocations")
    if revoked:
        certificate.status = "revoked"
        records.touched("certificates")


# --- the Board's resolutions and appointments ---------------------------------------------


def resolve(
    records: Records,
    number: tuple[str, int, int],
    on: date,
    subject: str,
    summary: str,
    votes: Iterable[tuple[uuid.UUID, str]],
    recorded_by: uuid.UUID,
    *,
    case: Case | None = None,
    decision: Decision | None = None,
    certificate: Certificate | None = None,
) -> Resolution:
    """A resolution of the Board, ``number`` = (text, year, sequence), adopted on ``on`` by
    ``votes`` (member, vote), in ``case`` when it decides in one."""
    text, year, seq = number
    resolution: Resolution = records.new(
        Resolution, number=text, year=year, seq=seq, adopted_on=on, subject=subject,
        summary=summary, case_id=case.id if case else None,
        decision_id=decision.id if decision else None,
        certificate_id=certificate.id if certificate else None, result="adopted",
        recorded_by_id=recorded_by,
    )  # fmt: skip
    records.settle()  # the resolution exists before the votes that name it
    for member_id, vote in votes:
        records.new(
            ResolutionVote, resolution_id=resolution.id, case_id=resolution.case_id,
            member_id=member_id, vote=vote,
        )  # fmt: skip
    return resolution


def appoint(
    records: Records,
    person_id: uuid.UUID,
    function: str,
    starts_on: date,
    ends_on: date | None,
    resolution: Resolution,
) -> Appointment:
    """A person appointed by ``resolution`` to ``function`` from ``starts_on``."""
    return records.new(
        Appointment, person_id=person_id, function=function, starts_on=starts_on,
        ends_on=ends_on, basis="resolution", resolution_id=resolution.id,
    )  # fmt: skip


def end_appointment(
    records: Records, appointment: Appointment, ends_on: date, resolution: Resolution
) -> None:
    """An appointment ended by ``resolution``, ``ends_on`` its last day."""
    appointment.ends_on = ends_on
    appointment.ended_by_id = resolution.id
    records.touched("appointments")
