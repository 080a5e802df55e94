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
) -> ActionResult:
    """Register a complete declaration as a case; with ``received_on`` also file it at once."""
    actor.require(Role.OFFICE)
    declaration = check_declaration(data)
    stored = attachments.store_declared(ctx.paths.attachments, declaration.to_dict(), source_dir)
    with writing(ctx, actor, "declare") as session:
        case = new_case(stored)
        session.add(case)
        session.flush()
        if received_on is not None:
            return run_in(session, ctx, actor, case, Action.FILE, received_on)
        return ActionResult(
            case.draft_code,
            CaseState.DRAFT,
            f"Zarejestrowano zgłoszenie jako szkic {case.draft_code}.",
            Changes.of(Kind.DRAFTS, Kind.CASES, references=(case.draft_code,)),
        )
