"""Who saw which case's personal data: recorded as it is shown (the case file, an
attachment, a person's export), listed for an administrator.

A view is its own small transaction, before the data is handed over: a view that cannot be
recorded is not given. The same person seeing the same case the same way again within
``VIEW_COALESCE`` is one view (the case file is read again after every action); that is
looked up in a read first, so that opening a case file again takes no write lock."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from calcert_desktop.domain.personal_data import VIEW_COALESCE, VIEW_KINDS
from calcert_desktop.domain.roles import Role
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.storage.models import Case, PersonalDataView


def record(ctx: AppContext, actor: Actor, case_id: uuid.UUID | None, what: str) -> None:
    """``actor`` sees the personal data of the case ``case_id`` (None: a person's export)
    as ``what`` (:data:`VIEW_KINDS`)."""
    assert what in VIEW_KINDS, what
    if actor.system:
        return
    now = ctx.now()
    recent = (
        select(PersonalDataView.id).where(
            PersonalDataView.user_id == actor.id,
            PersonalDataView.case_id.is_(None) if case_id is None
            else PersonalDataView.case_id == case_id,
            PersonalDataView.what == what,
            PersonalDataView.at >= now - VIEW_COALESCE,
        ).limit(1)
    )  # fmt: skip
    with reading(ctx) as session:  # seen lately: nothing to write, no write lock to wait for
        if session.scalar(recent) is not None:
            return
    with ctx.db.writer_sessions() as session, session.begin():
        session.add(PersonalDataView(at=now, user_id=actor.id, user_login=actor.login,
                                     case_id=case_id, what=what))  # fmt: skip


@dataclass(frozen=True)
class View:
    """One recorded view: when (UTC), who, which case (its number), how (in Polish)."""

    at: datetime
    login: str
    reference: str | None
    what: str


def list_views(
    ctx: AppContext, actor: Actor, *, reference: str | None = None, login: str | None = None,
    limit: int = 1000,
) -> list[View]:  # fmt: skip
    """The latest views (newest first) of one case's data, or by one person (administrators)."""
    actor.require(Role.ADMIN)
    with reading(ctx) as session:
        query = (
            select(PersonalDataView, Case)
            .outerjoin(Case, Case.id == PersonalDataView.case_id)
            .order_by(PersonalDataView.at.desc())
            .limit(limit)
        )
        if reference:
            query = query.where(PersonalDataView.case_id == find_case(session, reference).id)
        if login:
            query = query.where(PersonalDataView.user_login == login.strip().lower())
        return [
            View(row.at, row.user_login, display_reference(case) if case else None,
                 VIEW_KINDS.get(row.what, row.what))
            for row, case in session.execute(query).tuples()
        ]  # fmt: skip
