"""Drafts of the application form that never lose work: the wizard saves as the user types.

A draft is a case in state ``draft`` holding a partial declaration. Saving checks only the
shape of what was typed (right types; missing things are fine) and writes nothing when the
stored declaration would not change, so a save per keystroke costs no audit entries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from calcert_desktop.domain.conflicts import flatten
from calcert_desktop.domain.declaration import Declaration, completeness
from calcert_desktop.domain.errors import PermissionDenied, TransitionRefused
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.messages import field_label
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import APPLICATION_STATES, CaseState
from calcert_desktop.services import access, conflicts
from calcert_desktop.services.changes import NOTHING, Changes, Kind
from calcert_desktop.services.context import Actor, AppContext, reading, writing
from calcert_desktop.services.installation_role import office_only
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.process.new_case import new_case
from calcert_desktop.storage import audit
from calcert_desktop.storage.case_columns import declaration_of, fill_derived
from calcert_desktop.storage.models import AuditEntry, Case

# Who writes application drafts (new, continued, deleted): the office types in the paper form.
DRAFT_WRITERS: tuple[Role, ...] = (Role.OFFICE,)


def draft_refusal(actor: Actor) -> PermissionDenied | None:
    """Why ``actor`` may not write drafts (the error every draft write raises), or ``None``.

    The GUI asks this before it offers the wizard, so nobody types a form they cannot save.
    """
    if actor.roles & set(DRAFT_WRITERS):
        return None
    return PermissionDenied(
        "draft.writer_required", roles=" lub ".join(role.label for role in DRAFT_WRITERS)
    )


def _require_writer(actor: Actor) -> None:
    refusal = draft_refusal(actor)
    if refusal is not None:
        raise refusal


def can_edit_drafts(actor: Actor) -> bool:
    """True when ``actor`` may start, continue and delete application drafts."""
    return draft_refusal(actor) is None


@dataclass(frozen=True)
class DraftInfo:
    """One application as the list of drafts shows it."""

    reference: str  # the draft code ROB-… before filing, CAL/<year>/<NNNN> after
    institution: str  # may be '' while the name is not typed yet
    completeness: float  # share (0..1) of the filing requirements met
    saved_at: datetime  # the last change, from the audit log (UTC, naive)
    state: CaseState
    changes: Changes = field(default=NOTHING, compare=False)  # what the save that gave it changed
    # The case's row version as read or saved: the wizard's next save names it, so a draft
    # another person saved meanwhile is never overwritten (services/conflicts.py).
    version: int = field(default=0, compare=False)


def _last_change() -> ColumnElement[datetime]:
    """Per case: the time of its newest audit entry (the case's creation if it has none)."""
    newest = (
        select(func.max(AuditEntry.at))
        .where(AuditEntry.case_id == Case.id)
        .correlate(Case)
        .scalar_subquery()
    )
    return func.coalesce(newest, Case.created_at)


def _info(case: Case, data: dict[str, Any], saved_at: datetime) -> DraftInfo:
    declaration = Declaration.from_partial(data)
    form = load_form(declaration.form_version or case.form_version or None)
    return DraftInfo(
        reference=display_reference(case),
        institution=case.institution_name,
        completeness=completeness(declaration, form),
        saved_at=saved_at,
        state=CaseState(case.state),
        version=case.row_version,
    )


def _info_in(session: Session, case: Case) -> DraftInfo:
    # A save's own entries join the log when it commits: its time is the newest then.
    saved_at = audit.pending_time(session, case.id) or session.scalar(
        select(_last_change()).where(Case.id == case.id)
    )
    return _info(case, declaration_of(case), saved_at or case.created_at)


def _require_draft(case: Case) -> None:
    if case.state != CaseState.DRAFT:
        raise TransitionRefused(
            "draft.not_a_draft",
            "reference",
            reference=display_reference(case),
            state=CaseState(case.state).label,
        )


def _normalised(declaration: Declaration, default_version: str | None) -> dict[str, Any]:
    """The declaration as stored; a draft always names its form version (the newest if none).

    Raises ``ValidationError("form.unknown_version")`` for a version with no definition.
    """
    version = declaration.form_version or default_version
    form = load_form(version or None)
    data = declaration.to_dict()
    data["form_version"] = form.version
    return data


def save_draft(
    ctx: AppContext,
    actor: Actor,
    data: dict[str, Any],
    reference: str | None = None,
    version: int | None = None,
) -> DraftInfo:
    """Save the wizard's partial declaration ``data``: a new draft, or over draft ``reference``.

    Only the shape is checked (:class:`ValidationErrors` for a value of the wrong type; then
    nothing is written); gaps and invalid values are the wizard's to show. Saving data equal
    to what is stored writes nothing. Refuses (``draft.not_a_draft``) a case already filed,
    and (:class:`ChangedMeanwhile`, with both versions) a draft saved by someone else since
    the writer read its ``version`` (the :attr:`DraftInfo.version` it got; None: no check).
    """
    _require_writer(actor)
    declaration = Declaration.from_partial(data)
    with writing(ctx, actor, "save_draft") as session:
        office_only(session, "zgłoszenie")  # a laptop records only what was handed to it
        if reference is None:
            case = new_case(_normalised(declaration, None))
            session.add(case)
            written = True
        else:
            case = find_case(session, reference, for_update=True)
            _require_draft(case)
            stored = _normalised(declaration, case.form_version)
            _expect_version(session, case, version, stored)
            written = declaration_of(case) != stored
            if written:
                fill_derived(case, stored)
        session.flush()  # the audit entries now exist, so the info names this save's time
        info = _info_in(session, case)
    if not written:  # the same data again: nothing changed
        return info
    changes = Changes.of(Kind.DRAFTS, Kind.HISTORY, references=(info.reference,))
    return replace(info, changes=changes)


def _expect_version(
    session: Session, case: Case, version: int | None, yours: dict[str, Any]
) -> None:
    """Refuse unless the draft (locked) is still at ``version``: the refusal compares the
    declaration typed with the one saved meanwhile, field by field."""
    mine, theirs = flatten(yours), flatten(declaration_of(case))
    conflicts.expect(
        session, case, version, mine, theirs,
        record=f"szkic zgłoszenia {display_reference(case)}",
        label=lambda path: field_label(path) or path,
        case_id=case.id,  # the declaration's changes are the case's
        keys=sorted({*mine, *theirs}),
    )  # fmt: skip


def load_draft(
    ctx: AppContext, actor: Actor, reference: str
) -> tuple[DraftInfo, dict[str, Any]]:
    """A draft and its declaration, to refill the wizard (if ``actor`` may read it).

    NotFound for an unknown reference; ``draft.not_a_draft`` once it has been filed.
    """
    with reading(ctx) as session:
        case = access.readable_case(session, actor, reference)
        _require_draft(case)
        return _info_in(session, case), declaration_of(case)


def list_applications(
    ctx: AppContext, actor: Actor, states: Iterable[CaseState] = APPLICATION_STATES
) -> list[DraftInfo]:
    """Every draft and every filed application (``states``) ``actor`` may read, the most
    recently changed first.

    One query of columns: a draft's completeness is stored when it is saved; a filed
    application passed the filing checks, so it is complete by definition. Only a draft
    saved before completeness was stored (migration 0022) has its declaration read.
    """
    wanted = [CaseState(s).value for s in states]
    last_change = _last_change().label("saved_at")
    query = access.visible_to(
        select(
            Case.id, Case.reference, Case.draft_code, Case.institution_name, Case.state,
            Case.completeness, Case.row_version, last_change,
        ).where(Case.state.in_(wanted)),
        actor,
    )  # fmt: skip
    with reading(ctx) as session:
        rows = session.execute(query).all()
        unknown = [row.id for row in rows if row.state == CaseState.DRAFT and row.completeness
                   is None]  # fmt: skip
        computed = _computed_completeness(session, unknown) if unknown else {}
    infos = [
        DraftInfo(
            reference=row.reference or row.draft_code,
            institution=row.institution_name,
            completeness=_shown_completeness(row, computed),
            saved_at=row.saved_at,
            state=CaseState(row.state),
            version=row.row_version if row.state == CaseState.DRAFT else 0,
        )
        for row in rows
    ]
    # The newest change first; at the same moment a draft before a filed application.
    infos.sort(key=lambda info: (info.saved_at, info.state == CaseState.DRAFT), reverse=True)
    return infos


def _shown_completeness(row: Any, computed: dict[Any, float]) -> float:
    if row.state != CaseState.DRAFT:
        return 1.0
    return row.completeness if row.completeness is not None else computed[row.id]


def _computed_completeness(session: Session, ids: list[Any]) -> dict[Any, float]:
    """Completeness read from the declarations of drafts saved before it was stored."""
    cases = session.scalars(
        select(Case).where(Case.id.in_(ids)).options(selectinload(Case.declaration_text))
    )
    return {case.id: _info(case, declaration_of(case), case.created_at).completeness
            for case in cases}  # fmt: skip


def latest_unfinished(ctx: AppContext, actor: Actor) -> DraftInfo | None:
    """The draft changed most recently that ``actor`` may read, or ``None`` (offered back
    when the program starts)."""
    last_change = _last_change().label("saved_at")
    query = access.visible_to(
        select(Case, last_change)
        .where(Case.state == CaseState.DRAFT.value)
        .order_by(last_change.desc(), Case.created_at.desc(), Case.draft_code)
        .limit(1),
        actor,
    )
    with reading(ctx) as session:
        row = session.execute(query).tuples().first()
        if row is None:
            return None
        case, saved_at = row
        return _info(case, declaration_of(case), saved_at)


def delete_draft(ctx: AppContext, actor: Actor, reference: str) -> Changes:
    """Delete a draft that was never filed: its declaration and its case, both audited.

    Attachment files stay in the store: they are kept by content and may be shared.
    """
    _require_writer(actor)
    with writing(ctx, actor, "delete_draft") as session:
        case = find_case(session, reference, for_update=True)
        _require_draft(case)
        shown = display_reference(case)
        if case.declaration_text is not None:
            session.delete(case.declaration_text)
        session.delete(case)
    return Changes.of(Kind.DRAFTS, Kind.HISTORY, references=(shown,))
