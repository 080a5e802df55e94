"""Retention periods (RODO's storage limitation), our decision where the regulations are
silent, each an office setting:

- a draft application never filed and unchanged for ``retention_draft_months`` is deleted;
- a closed case (final refusal or revocation, expired certificate, withdrawn) closed more
  than ``retention_closed_years`` ago keeps its institution, decisions and certificate (the
  register and the numbering need them) but loses the data of the people of its declaration;
- a view of personal data is kept in its log for ``retention_views_months``.

:func:`plan` says what a purge would do (nothing written); :func:`purge` does it in one
transaction, recorded as an erasure (reason "retention") with what it erased in the log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from calcert_desktop.domain.dates import add_months, add_years
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CLOSED_STATES, CaseState
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.config import get_int
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.lookup import display_reference
from calcert_desktop.services.privacy import erasing
from calcert_desktop.services.privacy.subjects import holds_people
from calcert_desktop.storage.models import AuditEntry, Case, Erasure, PersonalDataView


@dataclass(frozen=True)
class Due:
    """A case a purge reaches: its number, institution, and the day its period counts from."""

    reference: str
    institution: str
    since: date


@dataclass(frozen=True)
class RetentionPlan:
    """What a purge would do today, and the periods it applies."""

    drafts: tuple[Due, ...]
    closed: tuple[Due, ...]
    views: int
    draft_months: int
    closed_years: int
    view_months: int

    @property
    def empty(self) -> bool:
        return not (self.drafts or self.closed or self.views)


def _periods(session: Session) -> tuple[int, int, int]:
    return (get_int(session, "retention_draft_months"), get_int(session, "retention_closed_years"),
            get_int(session, "retention_views_months"))  # fmt: skip


def _due_drafts(session: Session, before: date) -> list[tuple[Case, date]]:
    """Drafts whose last recorded change is older than ``before``."""
    drafts = select(Case.id).where(Case.state == CaseState.DRAFT.value)
    last = (
        select(AuditEntry.case_id, func.max(AuditEntry.at).label("last"))
        .where(AuditEntry.case_id.in_(drafts)).group_by(AuditEntry.case_id).subquery()
    )  # fmt: skip
    rows = session.execute(
        select(Case, func.coalesce(last.c.last, Case.created_at))
        .outerjoin(last, last.c.case_id == Case.id)
        .where(Case.state == CaseState.DRAFT.value)
    ).tuples()  # fmt: skip
    found = []
    for case, changed in rows:
        day = changed.date() if isinstance(changed, datetime) else changed
        if day < before:
            found.append((case, day))
    return found


def _due_closed(session: Session, before: date) -> list[tuple[Case, date]]:
    """Closed cases closed before ``before`` whose declaration still names people."""
    rows = session.scalars(
        select(Case).where(Case.state.in_(CLOSED_STATES), Case.state_since < before)
    )
    return [(case, case.state_since) for case in rows if holds_people(case) and case.state_since]


def _cutoffs(ctx: AppContext, periods: tuple[int, int, int]) -> tuple[date, date, datetime]:
    today = ctx.today()
    drafts, closed, views = periods
    view_cutoff = datetime.combine(add_months(today, -views), datetime.min.time())
    return add_months(today, -drafts), add_years(today, -closed), view_cutoff


def _due(c: Case, since: date) -> Due:
    return Due(display_reference(c), c.institution_name, since)


def plan(ctx: AppContext, actor: Actor) -> RetentionPlan:
    """What a purge would do today (administrators); nothing is written."""
    actor.require(Role.ADMIN)
    with reading(ctx) as session:
        periods = _periods(session)
        drafts_before, closed_before, views_before = _cutoffs(ctx, periods)
        views = session.scalar(
            select(func.count(PersonalDataView.id)).where(PersonalDataView.at < views_before)
        )
        return RetentionPlan(
            tuple(_due(c, d) for c, d in _due_drafts(session, drafts_before)),
            tuple(_due(c, d) for c, d in _due_closed(session, closed_before)),
            int(views or 0), *periods,
        )  # fmt: skip


def purge(ctx: AppContext, actor: Actor) -> Done:
    """Do what :func:`plan` lists, in one transaction (administrators)."""
    actor.require(Role.ADMIN)
    with writing(ctx, actor, "retention-purge") as session:
        drafts_before, closed_before, views_before = _cutoffs(ctx, _periods(session))
        drafts = {c.id: c for c, _d in _due_drafts(session, drafts_before)}
        closed = {c.id: c for c, _d in _due_closed(session, closed_before)}
        erasure = erasing.begin(ctx, actor, "retention", "contact")
        if drafts or closed:
            erasing.erase_contacts(session, {**drafts, **closed}, erasing.every_role, erasure)
        for case in drafts.values():  # the draft itself goes; its log keeps no one's data
            if case.declaration_text is not None:
                session.delete(case.declaration_text)
            session.delete(case)
        if drafts:
            session.flush()
            erasure.entries += _erase_deleted(session, drafts, erasure)
        views = session.execute(
            delete(PersonalDataView).where(PersonalDataView.at < views_before)
        ).rowcount  # fmt: skip
        if drafts or closed:
            erasing.finish(session, erasure)
    message = (f"Usunięto szkice: {len(drafts)}; usunięto dane osób ze spraw zamkniętych: "
               f"{len(closed)}; usunięto stare wpisy rejestru wglądów: {views}.")  # fmt: skip
    return Done(message, Changes.of(Kind.CASES, Kind.DRAFTS, Kind.APPLICATION, Kind.HISTORY,
                                    all_cases=True))  # fmt: skip


def _erase_deleted(session: Session, drafts: dict[uuid.UUID, Case], erasure: Erasure) -> int:
    """The deletion entries of the drafts' declarations (their old values) erased too."""
    from calcert_desktop.storage import audit_erasure

    eraser = erasing.body_eraser(erasing.every_role)
    return audit_erasure.erase_entries(
        session, "declarations", {case_id.hex: eraser for case_id in drafts}, erasure.id.hex
    )

