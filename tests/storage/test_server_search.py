"""Search and order on a PostgreSQL server (migration 0012): every text column compared by
its bytes, the trigram index under the search, the list indexes with the search text, a
server that refuses the extension, a query cancelled on the server, hostile search words.

Run on either engine's suite (a server is started for them when the suite runs on SQLite).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import String, select, text
from sqlalchemy.dialects import postgresql

from any_server import any_server, drop_database, new_database  # noqa: F401
from calcert_desktop.cli.main import main
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.forms import forms_dir
from calcert_desktop.domain.polish_text import fold
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.applications import declare
from calcert_desktop.services.context import AppContext, reading, resolve_actor
from calcert_desktop.storage.models import Base, Case
from calcert_desktop.storage.search_index import (
    TRIGRAM_INDEX,
    QueryStopped,
    case_contains,
    case_matches,
    stoppable,
)
from calcert_desktop.storage.store import open_database
from cli_support import institution_nip, run_main

EXAMPLE = forms_dir() / "examples" / "declaration-example.json"
HOSTILE_NAMES = (
    "Fundacja „100%” _razem_",
    "Stowarzyszenie O'Brien",
    "Dom \\ Ucieczki",
    "Klub $1 i %(x)s",
    "Koło '' OR 1=1 --",
)


@pytest.fixture(scope="module")
def server_ctx(tmp_path_factory: pytest.TempPathFactory, any_server) -> Iterator[AppContext]:  # noqa: F811
    """A database on the server with the schema, two people and a few cases."""
    name = new_database(any_server)
    folder = tmp_path_factory.mktemp("serwer")
    url = any_server.url(name)
    base = ["--database", url, "--data-dir", str(folder)]
    assert run_main(base, "init", "--no-encryption") == 0
    assert run_main(base, "add-user", "biuro", "Ewa Zalewska", "--roles", "office",
                    user="admin") == 0  # fmt: skip
    paths = DataPaths(folder, url)
    ctx = AppContext(paths, open_database(paths, create=False))
    office = resolve_actor(ctx, "biuro")
    for institution in ("Łódzkie Centrum", *HOSTILE_NAMES):
        data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        data["institution"].update(name=institution, nip=institution_nip())
        declare.declare(ctx, office, data, source_dir=EXAMPLE.parent)
    yield ctx
    ctx.close()
    drop_database(any_server, name)


def test_every_text_column_compares_by_its_bytes(server_ctx):
    with reading(server_ctx) as session:
        columns = session.execute(
            text(
                "SELECT table_name, column_name, collation_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name <> 'alembic_version'"
                " AND data_type IN ('text', 'character varying')"
            )
        ).all()
    assert len(columns) > 50
    assert [c for c in columns if c.collation_name != "C"] == []


def test_the_models_give_every_text_column_the_c_collation_on_the_server():
    dialect = postgresql.dialect()
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, String):
                rendered = column.type.compile(dialect=dialect)
                assert rendered.endswith('COLLATE "C"'), (table.name, column.name, rendered)
                assert "COLLATE" not in column.type.compile()  # SQLite's type is unchanged


def test_the_search_can_use_the_trigram_index_and_the_list_indexes_hold_the_text(server_ctx):
    with reading(server_ctx) as session:
        # Five cases: left alone, the planner would read them all; barred from reading a
        # table or an index in order, it must show that the trigram index serves the clause.
        for plan_kind in ("seqscan", "indexscan", "indexonlyscan"):
            session.execute(text(f"SET LOCAL enable_{plan_kind} = off"))
        for clause in (case_matches(["lodz", "centrum"]), case_contains(["lodz"])):
            statement = select(Case.id).where(clause)
            compiled = statement.compile(
                dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
            )
            assert "'%%lodz%%'" in str(compiled)  # the word itself, for the planner
            plan = session.execute(text("EXPLAIN " + str(compiled).replace("%%", "%"))).all()
            assert TRIGRAM_INDEX in " ".join(row[0] for row in plan)
        indexes = dict(
            session.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'cases'")
            ).all()
        )
        target = session.scalar(
            text(
                "SELECT attstattarget FROM pg_attribute"
                " WHERE attrelid = 'cases'::regclass AND attname = 'search_text'"
            )
        )
    for name in ("ix_cases_list_number", "ix_cases_list_name", "ix_cases_list_town"):
        assert indexes[name].endswith("INCLUDE (search_text)"), indexes[name]
    assert "gin_trgm_ops" in indexes[TRIGRAM_INDEX]
    assert target == 1000


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_words_are_searched_for_as_they_are(server_ctx, name):
    with reading(server_ctx) as session:
        texts = dict(session.execute(select(Case.draft_code, Case.search_text)).all())
        for word in (fold(name), *fold(name).split(), "%", "_", "'", "\\", "$1", "%(x)s"):
            words = word.split()
            expected = {c for c, found_in in texts.items() if all(w in found_in for w in words)}
            for clause in (case_matches(words), case_contains(words)):
                found = set(session.scalars(select(Case.draft_code).where(clause)))
                assert found == expected, (word, clause)
    assert len(expected) < len(texts)  # the last word, "%(x)s", is in one case only


def test_a_server_that_refuses_the_extension_gets_a_polish_message(any_server, tmp_path, capsys):  # noqa: F811
    name = new_database(any_server)
    try:
        import psycopg

        with psycopg.connect(any_server.url(name).replace("+psycopg", ""), autocommit=True) as c:
            # The owner gives up its right to create in the database: as a role that is
            # neither owner nor superuser, and was not given CREATE on it.
            c.execute(f'REVOKE CREATE ON DATABASE "{name}" FROM CURRENT_USER')
        url = any_server.url(name)
        paths = DataPaths(tmp_path, url)
        with pytest.raises(DomainError) as refused:
            open_database(paths, create=True)
        assert refused.value.code == "server.search_extension_refused"
        words = refused.value.message
        assert "CREATE EXTENSION pg_trgm" in words and "GRANT CREATE ON DATABASE" in words
        assert "Baza pozostała bez zmian" in words
        # The command line says the same, in one line, and leaves the database empty.
        assert main(["--database", url, "--data-dir", str(tmp_path), "init"]) != 0
        err = capsys.readouterr().err
        assert "pg_trgm" in err and "Traceback" not in err
        with psycopg.connect(url.replace("+psycopg", "")) as c:
            tables = c.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
            ).fetchone()[0]
        assert tables == 0
    finally:
        drop_database(any_server, name)


def test_a_query_is_cancelled_on_the_server_when_no_longer_wanted(server_ctx):
    wanted = threading.Event()
    timer = threading.Timer(0.2, wanted.set)
    timer.start()
    try:
        with reading(server_ctx) as session, pytest.raises(QueryStopped):
            connection = session.connection()
            with stoppable(connection, cancelled=wanted.is_set):
                connection.execute(text("SELECT pg_sleep(60)"))  # returns only if cancelled
    finally:
        timer.cancel()
    # The pool's connection is fine afterwards, and a query not cancelled runs to its end.
    with reading(server_ctx) as session:
        connection = session.connection()
        with stoppable(connection, cancelled=lambda: False):
            assert connection.execute(text("SELECT 1 FROM pg_sleep(0.1)")).scalar() == 1


def test_a_query_no_longer_wanted_before_it_began_is_not_sent(server_ctx):
    with reading(server_ctx) as session, pytest.raises(QueryStopped):
        with stoppable(session.connection(), cancelled=lambda: True):
            session.execute(text("SELECT pg_sleep(60)"))
