"""The substring search index: kept in step with cases by triggers, safe against FTS query
syntax in user input, built from existing rows by migration 0002."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.domain.polish_text import fold
from calcert_desktop.services.applications import declare as declaring
from calcert_desktop.services.applications import drafts
from calcert_desktop.services.context import AppContext, reading, resolve_actor
from calcert_desktop.services.process import perform
from calcert_desktop.storage.models import Case
from calcert_desktop.storage.search_index import case_matches, fts_phrase
from calcert_desktop.storage.store import open_database
from downgrades import downgrade

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"




def declare(ctx: AppContext, name: str, town: str = "Łącko") -> str:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["institution"]["name"] = name
    data["institution"]["address"]["town"] = town
    actor = resolve_actor(ctx, "biuro")
    return declaring.declare(ctx, actor, data, source_dir=EXAMPLE.parent).reference


def found(ctx: AppContext, text: str) -> set[str]:
    """Draft codes of the cases the index finds for ``text``."""
    with reading(ctx) as session:
        query = select(Case.draft_code).where(case_matches(fold(text).split()))
        return set(session.scalars(query))


def by_like(ctx: AppContext, text: str) -> set[str]:
    """The same search without the index: LIKE on the folded column for every word."""
    with reading(ctx) as session:
        query = select(Case.draft_code)
        for word in fold(text).split():
            query = query.where(Case.search_text.contains(word, autoescape=True))
        return set(session.scalars(query))


def index_rows(database: Path) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(database)) as connection:
        return set(
            connection.execute(
                "SELECT k.case_id, s.search_text FROM case_search s "
                "JOIN case_search_keys k ON k.key = s.rowid"
            )
        )


def case_rows(database: Path) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(database)) as connection:
        return set(connection.execute("SELECT id, search_text FROM cases"))


@pytest.mark.sqlite_only("SQLite's FTS5 tables and triggers (the server's: test_server_search)")
def test_index_follows_insert_update_and_delete(ctx):
    first = declare(ctx, "Fundacja Wiosna", "Łódź")
    second = declare(ctx, "Stowarzyszenie Jesień", "Gdańsk")
    assert index_rows(ctx.paths.database) == case_rows(ctx.paths.database)
    assert found(ctx, "lodz") == {first}
    assert found(ctx, "jesien gdansk") == {second}

    # Filing gives the case its number: the search text changes, and so does the index.
    biuro = resolve_actor(ctx, "biuro")
    perform.perform(ctx, biuro, first, "file", on=date(2025, 4, 3))
    with reading(ctx) as session:
        reference = session.scalar(select(Case.reference).where(Case.draft_code == first))
    assert reference and found(ctx, reference) == {first}
    assert index_rows(ctx.paths.database) == case_rows(ctx.paths.database)

    drafts.delete_draft(ctx, biuro, second)
    assert found(ctx, "jesien") == set()
    assert index_rows(ctx.paths.database) == case_rows(ctx.paths.database)


def test_short_words_and_query_syntax_search_as_plain_text(ctx):
    names = [
        'Fundacja "Ala" OR NOT Łódź*',
        "Klub AND-NEAR (test) ^ń",
        "Ośrodek Pomocy Społecznej w Oleśnie",
        "Dom Dziecka nr 2",
    ]
    for name in names:
        declare(ctx, name)
    inputs = [
        '"ala"',
        'ala"',
        '"',
        "or",
        "OR NOT",
        "łódź*",
        "*",
        "near(",
        "(test)",
        "and-near",
        "^",
        "ń",
        "o",
        "nr 2",
        "2",
        "po sp",
        "pomocy spol",
        "fundacja -ala",
        "%",
        "_",
        "a_a",
    ]
    for text in inputs:
        assert found(ctx, text) == by_like(ctx, text), text
    assert found(ctx, '"ala" or') and found(ctx, "nr 2") and found(ctx, "po sp")


def test_each_word_is_one_quoted_fts_string():
    assert fts_phrase("lodz") == '"lodz"'
    assert fts_phrase('a"b') == '"a""b"'


@pytest.mark.sqlite_only("migration 0002 builds SQLite's FTS5 index from the file's cases")
def test_migration_from_0001_indexes_the_cases_already_there(ctx):
    names = {declare(ctx, "Fundacja Wiosna", "Łódź"), declare(ctx, "Klub Razem", "Kraków")}
    downgrade(ctx, "0001")
    ctx.close()
    with closing(sqlite3.connect(ctx.paths.database)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "case_search" not in tables and "cases_search_insert" not in tables

    ctx.db = open_database(ctx.paths, create=False)  # migrates 0001 -> head, backup first
    assert list(ctx.paths.backups.glob("przed-aktualizacja-0001-*.sqlite3"))
    assert index_rows(ctx.paths.database) == case_rows(ctx.paths.database)
    assert len(index_rows(ctx.paths.database)) == 2
    assert found(ctx, "lodz") | found(ctx, "krakow") == names
    later = declare(ctx, "Stowarzyszenie Tęcza", "Toruń")  # the triggers work after it
    assert found(ctx, "tecza torun") == {later}
