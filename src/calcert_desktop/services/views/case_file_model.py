"""The case file as typed read models: what :func:`case_file.load` returns to every front
end. The GUI's tabs read the attributes; the command line prints :meth:`CaseFile.to_json`
(the keys and values ``calcert show --json`` has always printed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from calcert_desktop.domain.forms import Standard
from calcert_desktop.services.applications.attachments import AttachmentInfo
from calcert_desktop.services.process.resolutions import ResolutionInfo
from calcert_desktop.services.views.assessments import AssessmentMatrix


def iso(value: date | None) -> str | None:
    """A date as ISO text for JSON (None stays None)."""
    return value.isoformat() if value else None


@dataclass(frozen=True)
class ImportOrigin:
    """Where a case brought in from the paper-era register came from (issue 23)."""

    file_name: str
    sha256: str
    row: int
    at: datetime  # UTC, naive
    login: str

    def sentence(self) -> str:
        """The origin in one Polish sentence."""
        return (f"Sprawa przeniesiona z dawnego rejestru: plik „{self.file_name}”, wiersz "
                f"{self.row} (SHA-256 {self.sha256[:16]}…), zaimportował(a) {self.login} "
                f"{self.at:%d.%m.%Y}. Zgłoszenie i dokumenty sprawy są w aktach "
                "papierowych.")  # fmt: skip


@dataclass(frozen=True)
class CaseHeader:
    """Where the case stands."""

    reference: str | None
    draft_code: str | None
    state: str
    state_label: str
    state_since: date | None
    form_version: str
    received_on: date | None
    next_deadline: date | None
    renews: str | None  # the reference of the case whose certificate this one renews
    # The day the case closes by itself (a decision final, a certificate expired), if set.
    closes_on: date | None = None
    imported: ImportOrigin | None = None  # brought in from the paper-era register

    @property
    def display_reference(self) -> str:
        """The case's reference (its draft code before filing)."""
        return str(self.reference or self.draft_code)

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "draft_code": self.draft_code,
            "state": self.state,
            "state_label": self.state_label,
            "state_since": iso(self.state_since),
            "form_version": self.form_version,
            "received_on": iso(self.received_on),
            "next_deadline": iso(self.next_deadline),
            "renews": self.renews,
            "closes_on": iso(self.closes_on),
            "imported": self.imported.sentence() if self.imported else None,
        }


@dataclass(frozen=True)
class CompletionRequest:
    """A request to complete the application."""

    requested_on: date | None
    reason: str | None
    due_on: date | None
    completed_on: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "requested_on": iso(self.requested_on),
            "reason": self.reason,
            "due_on": iso(self.due_on),
            "completed_on": iso(self.completed_on),
        }


@dataclass(frozen=True)
class ConflictEntry:
    """A conflict of interest someone declared in the case (a member or not)."""

    login: str
    declared_on: date | None
    reason: str
    assigned: bool  # a member assigned to the case (else the chair, an expert, the Board)

    def to_json(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "declared_on": iso(self.declared_on),
            "reason": self.reason,
            "assigned": self.assigned,
        }


@dataclass(frozen=True)
class AmendmentEntry:
    """A change to the filed application, with its reason."""

    amended_on: date | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"amended_on": iso(self.amended_on), "reason": self.reason}


@dataclass(frozen=True)
class Member:
    """A Commission member assigned to the case, with any declared conflict of interest
    (read from the case's conflicts, the one record of them)."""

    login: str
    assigned_on: date | None
    rapporteur: bool
    conflict_declared_on: date | None
    conflict_reason: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "assigned_on": iso(self.assigned_on),
            "rapporteur": self.rapporteur,
            "conflict_declared_on": iso(self.conflict_declared_on),
            "conflict_reason": self.conflict_reason,
        }


@dataclass(frozen=True)
class AssessmentEntry:
    """One member's rating of one standard."""

    member: str
    standard: str
    rating: str
    comment: str | None
    evidence: str | None
    assessed_on: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "standard": self.standard,
            "rating": self.rating,
            "comment": self.comment,
            "evidence": self.evidence,
            "assessed_on": iso(self.assessed_on),
        }


@dataclass(frozen=True)
class Finding:
    """The expert's finding on one standard during a visit."""

    rating: str | None
    finding: str | None
    observations: str = ""
    evidence: tuple[tuple[str, str], ...] = ()  # (name, sha256) of each file or photo

    def to_json(self) -> dict[str, Any]:
        return {"rating": self.rating, "finding": self.finding,
                "observations": self.observations,
                "evidence": [{"name": n, "sha256": d} for n, d in self.evidence]}  # fmt: skip


@dataclass(frozen=True)
class Visit:
    """A site visit and its findings by standard code."""

    expert: str
    planned_for: date | None
    visited_on: date | None
    status: str
    summary: str | None
    cancel_reason: str | None
    findings: dict[str, Finding] = field(default_factory=dict)
    representative: str = ""  # the institution's, on site
    acknowledged: bool = False  # they acknowledged the protocol there
    remarks: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "expert": self.expert,
            "planned_for": iso(self.planned_for),
            "visited_on": iso(self.visited_on),
            "status": self.status,
            "summary": self.summary,
            "cancel_reason": self.cancel_reason,
            "findings": {code: f.to_json() for code, f in self.findings.items()},
            "representative": self.representative,
            "acknowledged": self.acknowledged,
            "remarks": self.remarks,
        }


@dataclass(frozen=True)
class DecisionEntry:
    """A decision of the Commission or the Board, with the vote record (login -> vote)."""

    kind: str
    body: str
    decided_on: date | None
    delivered_on: date | None
    reasons: str | None
    votes: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "body": self.body,
            "decided_on": iso(self.decided_on),
            "delivered_on": iso(self.delivered_on),
            "reasons": self.reasons,
            "votes": dict(self.votes),
        }


@dataclass(frozen=True)
class CertificateEntry:
    """The case's certificate."""

    number: str
    issued_on: date | None
    valid_until: date | None
    status: str

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "issued_on": iso(self.issued_on),
            "valid_until": iso(self.valid_until),
            "status": self.status,
        }


@dataclass(frozen=True)
class AppealEntry:
    """An appeal to the Board."""

    received_on: date | None
    grounds: str | None
    outcome: str | None

    def to_json(self) -> dict[str, Any]:
        return {"received_on": iso(self.received_on), "grounds": self.grounds,
                "outcome": self.outcome}  # fmt: skip


@dataclass(frozen=True)
class RevocationEntry:
    """Proceedings to revoke the certificate."""

    opened_on: date | None
    reason: str | None
    charges: str | None
    charged_on: date | None
    response_due: date | None
    response_received_on: date | None
    response_text: str | None
    outcome: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "opened_on": iso(self.opened_on),
            "reason": self.reason,
            "charges": self.charges,
            "charged_on": iso(self.charged_on),
            "response_due": iso(self.response_due),
            "response_received_on": iso(self.response_received_on),
            "response_text": self.response_text,
            "outcome": self.outcome,
        }


@dataclass(frozen=True)
class HistoryEntry:
    """One entry of the case's audit log; ``withheld`` when its values were left out (an
    assessment read by a member with a conflict of interest)."""

    at: datetime  # UTC, without tzinfo (as stored)
    user: str
    action: str
    record: str
    operation: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    withheld: bool = False

    def to_json(self) -> dict[str, Any]:
        data = {
            "at": self.at.isoformat(timespec="seconds"),
            "user": self.user,
            "action": self.action,
            "record": self.record,
            "operation": self.operation,
            "old": self.old,
            "new": self.new,
        }
        if self.withheld:
            data["withheld"] = True
        return data


@dataclass(frozen=True)
class CaseFile:
    """Everything about one case as the acting person may read it."""

    header: CaseHeader
    declaration: dict[str, Any]  # the declaration as filed (the JSON of the form)
    completion_requests: tuple[CompletionRequest, ...]
    members: tuple[Member, ...]
    # Without those of a member who has since declared a conflict (the history keeps them);
    # empty for a reader with a conflict.
    assessments: tuple[AssessmentEntry, ...]
    matrix: AssessmentMatrix
    site_visits: tuple[Visit, ...]
    decisions: tuple[DecisionEntry, ...]
    certificate: CertificateEntry | None
    appeals: tuple[AppealEntry, ...]
    revocations: tuple[RevocationEntry, ...]
    history: tuple[HistoryEntry, ...]
    people: dict[str, str]  # login -> full name
    attachments: tuple[AttachmentInfo, ...]
    standards: tuple[Standard, ...]
    conflicts: tuple[ConflictEntry, ...] = ()  # everyone's, members' and others'
    resolutions: tuple[ResolutionInfo, ...] = ()  # the Board's, in this case
    amendments: tuple[AmendmentEntry, ...] = ()  # changes to the filed application

    @property
    def reference(self) -> str:
        """The case's reference (its draft code before filing)."""
        return self.header.display_reference

    @property
    def withheld(self) -> bool:
        """True when the assessments were withheld from the reader (a declared conflict)."""
        return self.matrix.withheld

    @property
    def institution(self) -> str:
        """The institution's name as declared."""
        return str(self.declaration.get("institution", {}).get("name") or "")

    @property
    def town(self) -> str:
        """The institution's town as declared."""
        address = self.declaration.get("institution", {}).get("address", {})
        return str(address.get("town") or "")

    def name(self, login: str | None) -> str:
        """A person's full name (the login when unknown)."""
        if not login:
            return ""
        return self.people.get(login, login)

    def standard_title(self, code: str) -> str:
        """``S4 Diagnoza``: the code with the form's short title."""
        standard = next((s for s in self.standards if s.code == code), None)
        return f"{code} {standard.title}" if standard else code

    def to_json(self) -> dict[str, Any]:
        """The case file as ``calcert show --json`` prints it."""
        return {
            **self.header.to_json(),
            "declaration": self.declaration,
            "completion_requests": [r.to_json() for r in self.completion_requests],
            "amendments": [a.to_json() for a in self.amendments],
            "members": [m.to_json() for m in self.members],
            "conflicts": [c.to_json() for c in self.conflicts],
            "assessments": [a.to_json() for a in self.assessments],
            "site_visits": [v.to_json() for v in self.site_visits],
            "decisions": [d.to_json() for d in self.decisions],
            "certificate": self.certificate.to_json() if self.certificate else None,
            "appeals": [a.to_json() for a in self.appeals],
            "revocations": [r.to_json() for r in self.revocations],
            "resolutions": [r.to_json() for r in self.resolutions],
            "history": [e.to_json() for e in self.history],
        }
