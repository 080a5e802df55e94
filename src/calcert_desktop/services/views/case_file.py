"""One case's file as a person may read it, for every front end (the case window and
``calcert show``), read in one transaction.

The read rules (:mod:`calcert_desktop.services.access`): an expert reads only the cases of
their site visits; a person with a declared conflict of interest in the case gets no
assessment of anyone: not in the matrix, not in the list, not in the values of the history.
The assessments of a member who declared a conflict after assessing leave the matrix and
the list (the history keeps them). No path reads a case file without an acting person.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services import access
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.lookup import display_reference
from calcert_desktop.services.privacy import views
from calcert_desktop.services.process import deadlines, resolutions
from calcert_desktop.services.views.assessments import matrix_in
from calcert_desktop.services.views.case_file_model import (
    AmendmentEntry,
    AppealEntry,
    AssessmentEntry,
    CaseFile,
    CaseHeader,
    CertificateEntry,
    CompletionRequest,
    ConflictEntry,
    DecisionEntry,
    Finding,
    HistoryEntry,
    ImportOrigin,
    Member,
    RevocationEntry,
    Visit,
)
from calcert_desktop.storage import models as m
from calcert_desktop.storage.audit_chain import ERASED_KEY
from calcert_desktop.storage.case_columns import declaration_of
from calcert_desktop.storage.file_refs import evidence_of

# Records whose logged values a member with a conflict of interest does not read.
WITHHELD_RECORDS = frozenset({"assessments"})
# Logged values that are people's ids, shown by login (readable history).
PERSON_KEYS = (
    "rapporteur_id", "member_id", "person_id", "expert_id", "issued_by_id", "recorded_by_id",
)  # fmt: skip


def load(ctx: AppContext, actor: Actor, reference: str) -> CaseFile:
    """The case file of ``reference`` as ``actor`` may read it (NotFound, or PermissionDenied
    for an expert asking for a case that is not one of their visits); the view recorded
    (services/privacy/views.py)."""
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        read = _CaseReader(session, case)
        matrix = matrix_in(session, case, actor)
        withheld = matrix.withheld
        header = read.header()
        declaration = declaration_of(case)
        conflicts = read.conflicts()
        parts = dict(
            completion_requests=read.completion_requests(),
            amendments=read.amendments(),
            members=read.members(conflicts),
            conflicts=conflicts,
            assessments=() if withheld else read.assessments(conflicts),
            site_visits=read.visits(),
            decisions=read.decisions(),
            certificate=read.certificate(),
            appeals=read.appeals(),
            revocations=read.revocations(),
            resolutions=tuple(resolutions.in_case(session, case)),
            history=read.history(withheld),
            people=read.people(),
        )
        form = load_form(header.form_version)
        labels = {kind.code: kind.label for kind in form.attachment_kinds}
        items = list(declaration.get("attachments") or [])
        files = tuple(attachments.describe(session, items, labels))
        case_id = case.id
    views.record(ctx, actor, case_id, "case_file")  # its people's data is in it (RODO)
    return CaseFile(
        header=header, declaration=declaration, matrix=matrix, attachments=files,
        standards=form.standards, **parts,
    )  # fmt: skip


class _CaseReader:
    """The rows of one case, read in the caller's session, as read models."""

    def __init__(self, session: Session, case: m.Case) -> None:
        self.session = session
        self.case = case
        self.logins = {
            uid: login for uid, login in session.execute(select(m.User.id, m.User.login))
        }

    def _rows(self, model: Any, *order: Any) -> list[Any]:
        # The key breaks ties: rows of one day are then listed alike on every engine and
        # in every copy (without it SQLite lists them as stored, a server as it finds them).
        query = select(model).filter_by(case_id=self.case.id).order_by(*order, model.id)
        return list(self.session.scalars(query))

    def header(self) -> CaseHeader:
        case = self.case
        renewal_of = self.session.get(m.Case, case.renews_case_id) if case.renews_case_id else None
        return CaseHeader(
            case.reference, case.draft_code, case.state, CaseState(case.state).label,
            case.state_since, case.form_version, case.received_on, case.next_deadline,
            display_reference(renewal_of) if renewal_of else None,
            deadlines.closes_on(self.session, case), self._imported(),
        )  # fmt: skip

    def _imported(self) -> ImportOrigin | None:
        """The paper-era register's file and row the case came from, if it did."""
        found = self.session.execute(
            select(m.RegisterImportCase.file_name, m.RegisterImportCase.file_sha256,
                   m.RegisterImportCase.row_number, m.RegisterImport.imported_at, m.User.login)
            .join(m.RegisterImport, m.RegisterImport.id == m.RegisterImportCase.import_id)
            .join(m.User, m.User.id == m.RegisterImport.imported_by_id)
            .where(m.RegisterImportCase.case_id == self.case.id)
        ).first()  # fmt: skip
        return ImportOrigin(*found) if found else None

    def completion_requests(self) -> tuple[CompletionRequest, ...]:
        return tuple(
            CompletionRequest(r.requested_on, r.reason, r.due_on, r.completed_on)
            for r in self._rows(m.CompletionRequest, m.CompletionRequest.requested_on)
        )

    def amendments(self) -> tuple[AmendmentEntry, ...]:
        return tuple(
            AmendmentEntry(a.amended_on, a.reason)
            for a in self._rows(m.Amendment, m.Amendment.amended_on)
        )

    def conflicts(self) -> tuple[ConflictEntry, ...]:
        assigned = set(
            self.session.scalars(select(m.Assignment.member_id).filter_by(case_id=self.case.id))
        )
        return tuple(
            ConflictEntry(self.logins[c.person_id], c.declared_on, c.reason,
                          c.person_id in assigned)
            for c in self._rows(m.Conflict, m.Conflict.declared_on)
        )  # fmt: skip

    def members(self, conflicts: tuple[ConflictEntry, ...]) -> tuple[Member, ...]:
        declared = {c.login: c for c in conflicts}
        result = []
        for a in self._rows(m.Assignment, m.Assignment.assigned_on):
            login = self.logins[a.member_id]
            conflict = declared.get(login)
            result.append(Member(
                login, a.assigned_on, a.is_rapporteur,
                conflict.declared_on if conflict else None, conflict.reason if conflict else None,
            ))  # fmt: skip
        return tuple(result)

    def assessments(self, conflicts: tuple[ConflictEntry, ...]) -> tuple[AssessmentEntry, ...]:
        """The assessments that count: a member who declared a conflict has withdrawn
        from the case, and theirs stay in the history only."""
        withdrawn = {c.login for c in conflicts}
        rows = self._rows(m.Assessment, m.Assessment.standard, m.Assessment.assessed_on)
        return tuple(
            AssessmentEntry(self.logins[a.member_id], a.standard, a.rating, a.comment,
                            a.evidence, a.assessed_on)
            for a in rows
            if self.logins[a.member_id] not in withdrawn
        )  # fmt: skip

    def visits(self) -> tuple[Visit, ...]:
        findings: dict[Any, dict[str, Finding]] = {}
        for f in self._rows(m.VisitFinding, m.VisitFinding.standard):
            evidence = tuple((i["name"], i["sha256"]) for i in evidence_of(f.evidence))
            findings.setdefault(f.visit_id, {})[f.standard] = Finding(
                f.rating, f.finding, f.observations, evidence)
        return tuple(
            Visit(self.logins[v.expert_id], v.planned_for, v.visited_on, v.status, v.summary,
                  v.cancel_reason, findings.get(v.id, {}), v.representative, v.acknowledged,
                  v.remarks)
            for v in self._rows(m.SiteVisit, m.SiteVisit.scheduled_on)
        )  # fmt: skip

    def decisions(self) -> tuple[DecisionEntry, ...]:
        votes: dict[Any, dict[str, str]] = {}
        for vote in self._rows(m.Vote):
            votes.setdefault(vote.decision_id, {})[self.logins[vote.member_id]] = vote.vote
        return tuple(
            DecisionEntry(d.kind, d.body, d.decided_on, d.delivered_on, d.reasons,
                          votes.get(d.id, {}))
            for d in self._rows(m.Decision, m.Decision.decided_on)
        )  # fmt: skip

    def certificate(self) -> CertificateEntry | None:
        row = self.session.scalar(select(m.Certificate).filter_by(case_id=self.case.id))
        if row is None:
            return None
        return CertificateEntry(row.number, row.issued_on, row.valid_until, row.status)

    def appeals(self) -> tuple[AppealEntry, ...]:
        return tuple(
            AppealEntry(a.received_on, a.grounds, a.outcome)
            for a in self._rows(m.Appeal, m.Appeal.received_on)
        )

    def revocations(self) -> tuple[RevocationEntry, ...]:
        return tuple(
            RevocationEntry(r.opened_on, r.reason, r.charges, r.charged_on, r.response_due,
                            r.response_received_on, r.response_text, r.outcome)
            for r in self._rows(m.Revocation, m.Revocation.opened_on)
        )  # fmt: skip

    def history(self, withheld: bool) -> tuple[HistoryEntry, ...]:
        """The audit log; with ``withheld``, the assessments' entries without their values."""
        who = {uid.hex: login for uid, login in self.logins.items()}
        entries = self.session.scalars(
            select(m.AuditEntry)
            .where(m.AuditEntry.case_id == self.case.id)
            .order_by(m.AuditEntry.at, m.AuditEntry.seq, m.AuditEntry.id)
        )
        result = []
        for e in entries:
            hidden = withheld and e.entity in WITHHELD_RECORDS
            old = None if hidden else _people_named(e.old, who)
            new = None if hidden else _people_named(e.new, who)
            result.append(
                HistoryEntry(e.at, e.user_login, e.action, e.entity, e.operation, old, new, hidden)
            )
        return tuple(result)

    def people(self) -> dict[str, str]:
        """Every person's full name by login (the history names people who left the case)."""
        rows = self.session.execute(select(m.User.login, m.User.full_name))
        return {login: name for login, name in rows}


def _people_named(values: str | None, who: dict[str, str]) -> dict[str, Any] | None:
    """Audit values with people's ids replaced by their logins (an erasure's mark left out:
    the erased data reads "[usunięto]")."""
    if not values:
        return None
    data: dict[str, Any] = json.loads(values)
    data.pop(ERASED_KEY, None)  # a person's data erased here: services/privacy
    for key in PERSON_KEYS:
        if data.get(key) in who:
            data[key] = who[data[key]]
    return data
