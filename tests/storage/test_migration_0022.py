"""Migration 0022: a draft's completeness stored with it, filled for the drafts already there
with the value the list of applications showed, and left out of the audit log."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import sqlalchemy as sa

from calcert_desktop.services.admin import maintenance
from calcert_desktop.services.applications import declare, drafts
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.storage.store import open_database
from cli_support import EXAMPLE, admin_of
from downgrades import downgrade


def completeness_column(ctx) -> dict[str, float | None] | None:
    """Draft code -> stored completeness, or None while the column does not exist."""
    with ctx.db.engine.connect() as connection:
        if "completeness" not in {c["name"] for c in sa.inspect(connection).get_columns("cases")}:
            return None
        rows = connection.execute(sa.text("SELECT draft_code, completeness FROM cases"))
        return dict(rows.tuples().all())


def test_the_drafts_already_there_get_their_completeness(ctx):
    office = resolve_actor(ctx, "biuro")
    example: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    half = copy.deepcopy(example)
    half.pop("standards")
    saved = [
        drafts.save_draft(ctx, office, {"institution": {"name": "Świetlica Żółw"}}),
        drafts.save_draft(ctx, office, half),
        drafts.save_draft(ctx, office, example),
    ]
    signed = copy.deepcopy(example)
    signed["signature"]["date"] = "2024-02-10"
    declared = declare.declare(ctx, office, signed).reference
    filed = perform.perform(ctx, office, declared, "file", date(2024, 3, 1))
    before = drafts.list_applications(ctx, office)
    downgrade(ctx, "0021")
    assert completeness_column(ctx) is None
    ctx.close()

    ctx.db = open_database(ctx.paths, create=False)  # migrates 0021 -> head
    stored = completeness_column(ctx)
    assert stored is not None
    assert {code: stored[code] for code in (s.reference for s in saved)} == {
        s.reference: s.completeness for s in saved
    }  # fmt: skip
    assert len({s.completeness for s in saved}) == 3  # three different shares
    with ctx.db.engine.connect() as connection:
        others = connection.execute(
            sa.text("SELECT draft_code, completeness FROM cases WHERE state != 'draft'")
        ).all()
    # The filed application: the list shows it complete without a stored share.
    assert len(others) == 1 and others[0][1] is None
    assert filed.reference in {i.reference for i in before}
    assert drafts.list_applications(ctx, office) == before
    report = maintenance.check(ctx, admin_of(ctx))
    assert report.ok, report.summary()
