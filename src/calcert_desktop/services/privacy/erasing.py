"""Erasing people's data inside one transaction, for a request (erasure.py) and at the end
of a retention period (retention.py): the records, then every audit entry that holds the
data (storage/audit_erasure.py), and an ``erasures`` row that the erased values name."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcert_desktop.domain.personal_data import CONTACT_ROLES, erase_people, erased_name
from calcert_desktop.domain.polish_text import sort_key
from calcert_desktop.services.context import Actor, AppContext
from calcert_desktop.storage import audit_erasure
from calcert_desktop.storage.case_columns import declaration_of, fill_derived
from calcert_desktop.storage.ids import new_id
from calcert_desktop.storage.models import Case, Credential, Erasure, User

# Which roles of one declaration (a version of it, as recorded) to erase.
RolesIn = Callable[[dict[str, Any]], list[str]]


def every_role(_body: dict[str, Any]) -> list[str]:
    """All the people of a declaration (retention: the case is past its period)."""
    return list(CONTACT_ROLES)


def begin(ctx: AppContext, actor: Actor, reason: str, kind: str) -> Erasure:
    """The erasure's record, its id known before anything is erased (added by
    :func:`finish`)."""
    return Erasure(id=new_id(), at=ctx.now(), by_user_id=None if actor.system else actor.id,
                   reason=reason, subject_kind=kind, cases=0, entries=0)  # fmt: skip


def finish(session: Session, erasure: Erasure) -> Erasure:
    session.add(erasure)
    session.flush()
    return erasure


def body_eraser(roles_in: RolesIn) -> audit_erasure.Eraser:
    """What replaces people's data in a ``declarations`` entry: in its body (JSON text),
    the people ``roles_in`` finds in that version of it."""

    def erase(values: dict[str, Any]) -> dict[str, Any]:
        body = values.get("body")
        if not isinstance(body, str):
            return values
        try:
            data = json.loads(body)
        except ValueError:
            return values
        erased = erase_people(data, roles_in(data))
        if erased == data:
            return values
        return {**values, "body": json.dumps(erased, ensure_ascii=False, sort_keys=True)}

    return erase


def erase_contacts(
    session: Session, cases: Mapping[uuid.UUID, Case], roles_in: RolesIn, erasure: Erasure
) -> None:
    """The people ``roles_in`` finds erased from each case's declaration (and its search
    text) and from every audit entry of its declarations; counted on ``erasure``."""
    for case in cases.values():
        data = declaration_of(case)
        fill_derived(case, erase_people(data, roles_in(data)))
    session.flush()
    eraser = body_eraser(roles_in)
    erasure.cases += len(cases)
    erasure.entries += audit_erasure.erase_entries(
        session, "declarations", {case_id.hex: eraser for case_id in cases}, erasure.id.hex
    )


def erase_account(session: Session, user: User, erasure: Erasure) -> str:
    """A (deactivated) account's name replaced, its password removed, its name erased from
    the log's entries about it; the new name. The login stays: the log's entries of the
    person's acts are hashed with it."""
    number = session.scalar(select(func.count(Erasure.id)).where(Erasure.subject_kind == "account"))
    name = erased_name(int(number or 0) + 1)
    credential = session.get(Credential, user.id)
    if credential is not None:
        session.delete(credential)
    user.full_name, user.name_sort = name, sort_key(name)
    session.flush()

    def erase(values: dict[str, Any]) -> dict[str, Any]:
        return {**values, "full_name": name} if "full_name" in values else values

    erasure.entries += audit_erasure.erase_entries(
        session, "users", {user.id.hex: erase}, erasure.id.hex
    )
    return name
