"""The site-visit protocol as the expert writes it on site (issue 19, point 3), usually on a
laptop with no network: per standard the rating, the finding, what was seen and the files
and photos taken as evidence; the summary; the institution's representative, whether they
acknowledged the protocol, their remarks.

It is saved as it is typed (:func:`save`, one small transaction each, so a crash loses at
most the last keystrokes), read back when the protocol is opened again (:func:`open_draft`),
and becomes the visit's results in one step (:func:`finish`: the action "record-visit" with
every field, the draft removed in the same transaction). Only the visit's expert writes it
(or the office typing in a paper protocol); on a laptop, only in a case handed to it for
that visit."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from calcert_desktop.documents.visit_protocol import (
    StandardFinding,
    VisitProtocol,
    visit_protocol_pdf,
)
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.assessment_rules import RATINGS
from calcert_desktop.domain.errors import PermissionDenied, TransitionRefused, ValidationError
from calcert_desktop.domain.limits import MAX_MULTI_LINE_CHARS, MAX_ONE_LINE_CHARS
from calcert_desktop.domain.roles import Role
from calcert_desktop.services import office
from calcert_desktop.services.applications.attachments import checked_content, store_content
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.documents.records import address_of
from calcert_desktop.services.installation_role import require_handed
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process import case_facts
from calcert_desktop.services.process.step import ActionResult
from calcert_desktop.storage import blobs
from calcert_desktop.storage.models import Case, SiteVisit, User, VisitProtocolDraft

MAX_EVIDENCE = 50  # files per standard
FIELDS = ("rating", "finding", "observations")


@dataclass
class StandardEntry:
    """What the expert wrote of one standard."""

    code: str
    title: str
    rating: str = ""  # "" until rated
    finding: str = ""
    observations: str = ""
    evidence: list[dict[str, str]] = field(default_factory=list)  # {"sha256", "name"}


@dataclass
class ProtocolDraft:
    """The protocol being written: the case's facts and every field."""

    reference: str
    institution: str
    town: str
    expert: str
    planned_for: date
    visited_on: date
    standards: list[StandardEntry]
    summary: str = ""
    representative: str = ""
    acknowledged: bool = False
    remarks: str = ""
    saved_at: datetime | None = None

    def body(self) -> dict[str, Any]:
        """The fields as the draft stores them."""
        return {
            "visited_on": self.visited_on.isoformat(), "summary": self.summary,
            "representative": self.representative, "acknowledged": self.acknowledged,
            "remarks": self.remarks,
            "standards": {s.code: {"rating": s.rating, "finding": s.finding,
                                   "observations": s.observations, "evidence": s.evidence}
                          for s in self.standards},
        }  # fmt: skip


def _standards(case: Case) -> list[tuple[str, str]]:
    from calcert_desktop.domain.forms import load_form

    return [(s.code, s.title) for s in load_form(case.form_version).standards]


def _open_visit(session: Session, case: Case, actor: Actor) -> SiteVisit:
    visit = case_facts.open_visit(session, case)
    reference = display_reference(case)
    if visit is None:
        raise TransitionRefused("protocol.no_open_visit", None, reference=reference)
    require_handed(session, case, actor.login, Action.RECORD_VISIT, reference)
    expert = session.get(User, visit.expert_id)
    if Role.OFFICE not in actor.roles and (expert is None or expert.login != actor.login):
        raise PermissionDenied("protocol.not_the_expert", None, reference=reference,
                               expert=expert.full_name if expert else "—")  # fmt: skip
    return visit


def _text(value: Any, limit: int, name: str) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValidationError("protocol.bad_field", name)
    return value


def _apply(draft: ProtocolDraft, body: Any) -> None:
    """``body`` (as :meth:`ProtocolDraft.body` makes it) onto ``draft``, checked."""
    if not isinstance(body, dict):
        raise ValidationError("protocol.bad_field", "body")
    draft.summary = _text(body.get("summary", ""), MAX_MULTI_LINE_CHARS, "summary")
    draft.representative = _text(body.get("representative", ""), 200, "representative")
    draft.remarks = _text(body.get("remarks", ""), MAX_MULTI_LINE_CHARS, "remarks")
    draft.acknowledged = bool(body.get("acknowledged", False))
    try:
        draft.visited_on = date.fromisoformat(str(body.get("visited_on",
                                                           draft.visited_on.isoformat())))
    except ValueError:
        raise ValidationError("protocol.bad_field", "visited_on") from None
    given = body.get("standards", {})
    if not isinstance(given, dict):
        raise ValidationError("protocol.bad_field", "standards")
    for entry in draft.standards:
        values = given.get(entry.code) or {}
        if not isinstance(values, dict):
            raise ValidationError("protocol.bad_field", entry.code)
        rating = values.get("rating", "")
        if rating not in ("", *RATINGS):
            raise ValidationError("rating.unknown", "findings", value=str(rating))
        entry.rating = rating
        entry.finding = _text(values.get("finding", ""), MAX_MULTI_LINE_CHARS, entry.code)
        entry.observations = _text(values.get("observations", ""), MAX_MULTI_LINE_CHARS,
                                   entry.code)  # fmt: skip
        evidence = values.get("evidence", [])
        if not isinstance(evidence, list) or len(evidence) > MAX_EVIDENCE:
            raise ValidationError("protocol.bad_field", entry.code)
        entry.evidence = [{"sha256": _text(item.get("sha256"), 64, entry.code),
                           "name": _text(item.get("name", ""), MAX_ONE_LINE_CHARS, entry.code)}
                          for item in evidence if isinstance(item, dict)]  # fmt: skip


def open_draft(ctx: AppContext, actor: Actor, reference: str) -> ProtocolDraft:
    """The protocol of the case's planned visit: as last saved, or empty."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        visit = _open_visit(session, case, actor)
        expert = session.get(User, visit.expert_id)
        draft = ProtocolDraft(
            display_reference(case), case.institution_name, case.town,
            expert.full_name if expert else "", visit.planned_for, ctx.today(),
            [StandardEntry(code, title) for code, title in _standards(case)],
        )  # fmt: skip
        saved = session.get(VisitProtocolDraft, visit.id)
        if saved is not None:
            _apply(draft, json.loads(saved.body))
            draft.saved_at = saved.saved_at
        return draft


def save(ctx: AppContext, actor: Actor, draft: ProtocolDraft) -> datetime:
    """Save the protocol as it stands (the autosave); when it was saved."""
    body = draft.body()
    _apply(draft, json.loads(json.dumps(body)))  # the same checks as reading it back
    with writing(ctx, actor, "protocol-draft") as session:
        case = find_case(session, draft.reference)
        visit = _open_visit(session, case, actor)
        now = ctx.now()
        row = session.get(VisitProtocolDraft, visit.id)
        text = json.dumps(body, ensure_ascii=False, sort_keys=True)
        if row is None:
            session.add(VisitProtocolDraft(visit_id=visit.id, body=text, saved_at=now,
                                           saved_by=actor.login))  # fmt: skip
        else:
            row.body, row.saved_at, row.saved_by = text, now, actor.login
    draft.saved_at = now
    return now


def add_evidence(ctx: AppContext, actor: Actor, reference: str, source: Path
                 ) -> dict[str, str]:  # fmt: skip
    """Keep a file or photo taken as evidence (checked like an attachment); what the
    protocol names it by. Kept until the protocol no longer names it."""
    data = checked_content(source, source.name, field="evidence", name_field="evidence")
    with writing(ctx, actor, "protocol-evidence") as session:
        _open_visit(session, find_case(session, reference), actor)
        digest, _ = store_content(session, data, staged=True)
    return {"sha256": digest, "name": source.name}


def evidence_file(ctx: AppContext, reference: str, digest: str) -> bytes:
    """The content of an evidence file (to show it)."""
    with reading(ctx) as session:
        find_case(session, reference)
        return blobs.read(session, digest)


def findings_of(draft: ProtocolDraft) -> dict[str, tuple[str, str, str, str]]:
    """The rated standards as the action takes them: rating, finding, observations, the
    evidence (JSON)."""
    return {
        s.code: (s.rating, s.finding, s.observations,
                 json.dumps(s.evidence, ensure_ascii=False) if s.evidence else "")
        for s in draft.standards if s.rating
    }  # fmt: skip


def finish(ctx: AppContext, actor: Actor, draft: ProtocolDraft) -> ActionResult:
    """Record the visit's results from the protocol (the action "record-visit", dated the
    day of the visit) and remove the draft, in one transaction."""
    from calcert_desktop.services.process.perform import run_in

    _apply(draft, json.loads(json.dumps(draft.body())))
    with writing(ctx, actor, Action.RECORD_VISIT.value) as session:
        case = find_case(session, draft.reference, for_update=True)
        visit = _open_visit(session, case, actor)
        params = {"summary": draft.summary, "findings": findings_of(draft),
                  "representative": draft.representative,
                  "acknowledged": draft.acknowledged, "remarks": draft.remarks}  # fmt: skip
        result = run_in(session, ctx, actor, case, Action.RECORD_VISIT, draft.visited_on,
                        params)  # fmt: skip
        blobs.keep(session, [item["sha256"] for s in draft.standards for item in s.evidence])
        session.execute(delete(VisitProtocolDraft).where(VisitProtocolDraft.visit_id == visit.id))
    return result


def _on_paper(session: Session, case: Case, visit: SiteVisit, **fields: Any) -> VisitProtocol:
    """The protocol of ``visit`` as the document prints it: the case's facts and ``fields``."""
    expert = session.get(User, visit.expert_id)
    return VisitProtocol(
        reference=display_reference(case),
        institution=case.institution_name,
        address=address_of(case),
        town=case.town,
        expert=expert.full_name if expert else "",
        planned_for=visit.planned_for,
        office=office.details(session),
        **fields,
    )


def _finding_on_paper(entry: StandardEntry) -> StandardFinding:
    names = tuple(item["name"] for item in entry.evidence)
    return StandardFinding(entry.code, entry.title, entry.rating or None, entry.finding,
                           entry.observations, names)  # fmt: skip


def draft_pdf(ctx: AppContext, actor: Actor, draft: ProtocolDraft) -> bytes:
    """The protocol as written so far, dated the day of the visit: to print on site for the
    representative to read and sign. A standard not yet rated prints as such; until the
    representative has acknowledged it, a box to tick and lines for what is not typed in."""
    _apply(draft, json.loads(json.dumps(draft.body())))  # the same checks as saving it
    with reading(ctx) as session:
        case = find_case(session, draft.reference)
        paper = _on_paper(
            session, case, _open_visit(session, case, actor),
            visited_on=draft.visited_on,
            findings=tuple(_finding_on_paper(entry) for entry in draft.standards),
            summary=draft.summary,
            representative=draft.representative,
            acknowledged=True if draft.acknowledged else None,
            remarks=draft.remarks,
        )  # fmt: skip
    return visit_protocol_pdf(paper)


def blank_pdf(ctx: AppContext, actor: Actor, reference: str) -> bytes:
    """The blank protocol of the case's planned visit, to fill in by hand on site: the
    case's facts, every standard's title with its rating as three boxes to tick, ruled
    lines for the texts, the signatures."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        paper = _on_paper(
            session, case, _open_visit(session, case, actor),
            visited_on=None,
            findings=tuple(StandardFinding(code, title) for code, title in _standards(case)),
        )  # fmt: skip
    return visit_protocol_pdf(paper, blank=True)
