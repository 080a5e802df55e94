"""Migration 0009: the amendments table, and the cases' NIP filled from the declarations
already there (ten digits; nothing for a missing or malformed one), with the search index's
triggers and the audit log's check intact."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from typing import Any

import pytest

from calcert_desktop.domain.errors import NeedsConfirmation
from calcert_desktop.services.admin import maintenance
from calcert_desktop.services.applications import declare, drafts
from calcert_desktop.services.context import resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.storage.store import open_database
from cli_support import EXAMPLE, admin_of
from downgrades import downgrade


def declared(ctx, nip: str | None) -> str:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = "2024-02-10"
    if nip is None:
        data["institution"].pop("nip")
    else:
        data["institution"]["nip"] = nip
    return declare.declare(ctx, resolve_actor(ctx, "biuro"), data).reference


def columns(path, table: str) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


@pytest.mark.sqlite_only("a database of an earlier version, made in a SQLite file")
def test_the_cases_already_there_get_their_nip(ctx):
    malformed = {"institution": {"name": "Fundacja Wiosna", "nip": "734-285-01"}}  # a draft's
    office = resolve_actor(ctx, "biuro")
    expected = {
        declared(ctx, "PL 734 285 01 65"): "7342850165",
        declared(ctx, None): None,
        drafts.save_draft(ctx, office, malformed).reference: None,
    }
    downgrade(ctx, "0005")
    ctx.close()
    assert "nip" not in columns(ctx.paths.database, "cases")
    assert not columns(ctx.paths.database, "amendments")

    ctx.db = open_database(ctx.paths, create=False)  # migrates 0005 -> head, backup first
    assert list(ctx.paths.backups.glob("przed-aktualizacja-0005-*.sqlite3"))
    assert {"id", "case_id", "amended_on", "reason"} <= columns(ctx.paths.database, "amendments")
    with closing(sqlite3.connect(ctx.paths.database)) as connection:
        stored = dict(connection.execute("SELECT draft_code, nip FROM cases").fetchall())
        triggers = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert stored == expected
    assert "cases_search_insert" in triggers  # the table was altered, not copied and moved
    # Filing after the upgrade finds the institution by the NIP the migration filled.
    kept = next(code for code, nip in expected.items() if nip)
    first = perform.perform(ctx, office, kept, "file", date(2024, 3, 1)).reference
    again = declared(ctx, "7342850165")
    with pytest.raises(NeedsConfirmation) as warned:
        perform.perform(ctx, office, again, "file", date(2024, 3, 2))
    assert first in warned.value.message
    report = maintenance.check(ctx, admin_of(ctx))
    assert report.ok, report.summary()
