"""Declaring: a complete declaration file registered as a case (filed at once on request)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.services.context import Actor, AppContext, writing
from calcert_desktop.services.installation_role import office_only
from calcert_desktop.services.process.new_case import check_declaration, new_case
from calcert_desktop.services.process.perform import run_in
from calcert_desktop.services.process.step import ActionResult


def declare(
    ctx: AppContext,
    actor: Actor,
    data: dict[str, Any],
    *,
    received_on: date | None = None,
    source_dir: Path | None = None,
    confirmed: bool = False,
) -> ActionResult:
    """Register a complete declaration as a case; with ``received_on`` also file it at once
    (which, like filing, warns of another open case of the institution unless ``confirmed``).

    All or nothing: the attachment files are kept in the database in the registration's own
    transaction, so a refused registration (or a refused file) leaves none of them behind.
    """
    actor.require(Role.OFFICE)
    declaration = check_declaration(data)
    with writing(ctx, actor, "declare") as session:
        office_only(session, "rejestracja zgłoszenia")
        stored = attachments.store_declared(session, declaration.to_dict(), source_dir)
        case = new_case(stored)
        session.add(case)
        session.flush()
        if received_on is not None:
            return run_in(session, ctx, actor, case, Action.FILE, received_on,
                          confirmed=confirmed)  # fmt: skip
        return ActionResult(
            case.draft_code,
            CaseState.DRAFT,
            f"Zarejestrowano zgłoszenie jako szkic {case.draft_code}.",
            Changes.of(Kind.DRAFTS, Kind.CASES, references=(case.draft_code,)),
        )
