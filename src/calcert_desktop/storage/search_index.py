"""Substring search over the cases' folded search text: SQLite's FTS5 ``trigram`` index,
PostgreSQL's pg_trgm GIN index.

The one home of the index's engine-specific parts (design.md): the table names, the clause
"the case matches these folded words" (an FTS5 ``MATCH`` on SQLite, ``LIKE`` served by the
trigram index on PostgreSQL, plain ``LIKE`` anywhere else) and stopping a query that is no
longer wanted.

On SQLite the index is an FTS5 table ``case_search`` (its own copy of the text) whose rowid
is the integer key of ``case_search_keys``, which maps it to the case's id. It is keyed by
the id column, not by the implicit rowid of ``cases``: ``cases`` has a UUID primary key, so
its rowid may change on VACUUM, whereas an explicit INTEGER PRIMARY KEY never does. Triggers
on ``cases`` (created by migration 0002) keep both tables in step with every insert, change
of ``search_text`` and delete, however the row is written (ORM, bulk insert, plain SQL).

On PostgreSQL (migration 0012) a GIN index with ``gin_trgm_ops`` on ``cases.search_text``
answers ``LIKE '%word%'`` for words of three characters or more, and the case list's
indexes carry the search text too (``INCLUDE``), so that walking a list in its order and
testing each case reads the index alone. Which of the two a query uses is the planner's
choice, made on the statistics of the column (a finer histogram than the default, 1,000
values) and the words themselves, which are written into the statement for that reason.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    Table,
    Text,
    and_,
    bindparam,
    select,
    true,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Uuid

from calcert_desktop.storage.models import ATTENTION_INDEX, Case

log = logging.getLogger(__name__)

SEARCH_TABLE = "case_search"
KEYS_TABLE = "case_search_keys"

# PostgreSQL's GIN index of the same trigrams over cases.search_text (pg_trgm, migration 0012).
TRIGRAM_INDEX = "ix_cases_search_trgm"

# The trigram tokenizer indexes every run of three characters: shorter words cannot use it.
MIN_INDEXED = 3

# Kept out of the models' metadata: the ORM never writes them, the triggers do.
_meta = MetaData()
_keys = Table(
    KEYS_TABLE,
    _meta,
    Column("key", Integer, primary_key=True),
    Column("case_id", Uuid, nullable=False, unique=True),
)
_fts = Table(SEARCH_TABLE, _meta, Column("rowid", Integer), Column("search_text", Text))


def is_index_table(name: str | None) -> bool:
    """True for the index's tables and FTS5's shadow tables (not in the models' metadata,
    so Alembic's comparison and autogenerate must leave them alone)."""
    return bool(name) and (name == KEYS_TABLE or str(name).startswith(SEARCH_TABLE))


def compared(name: str | None, kind: str, _parent: object = None) -> bool:
    """Alembic's ``include_name``: False for the search index's own objects (the FTS5
    tables on SQLite, the trigram index on PostgreSQL), which the models do not declare,
    and for the "needs action first" index, whose CASE PostgreSQL stores rewritten (its IN
    as ``= ANY (ARRAY[…])``), so that a comparison of texts would always differ. Its tests
    check it otherwise: the migration's text against the model's, and that the list's
    order reads it on both engines."""
    if kind == "table":
        return not is_index_table(name)
    return not (kind == "index" and name in (TRIGRAM_INDEX, ATTENTION_INDEX))


def compared_object(
    _object: object, name: str | None, kind: str, _reflected: bool, _compare_to: object
) -> bool:
    """Alembic's ``include_object``: :func:`compared` for the models' side as well (the
    attention index is declared in the models, so ``include_name`` alone leaves it in)."""
    return compared(name, kind)


def fts_phrase(word: str) -> str:
    """``word`` as one FTS5 string: quoted, inner quotes doubled, so that user input such
    as ``OR``, ``NEAR(``, ``*`` or ``-`` is searched for, never run as query syntax."""
    return '"' + word.replace('"', '""') + '"'


def _like_pattern(word: str) -> str:
    escaped = word.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


class CaseMatches(ColumnElement[bool]):
    """The clause "the case's search text contains every one of these folded words".

    Its values are bound parameters visible to SQLAlchemy's statement cache, so a search
    is compiled once per shape (how many long and short words), not once per keystroke.
    """

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's own declaration style)
        ("fts_query", InternalTraversal.dp_clauseelement_tuple),
        ("short", InternalTraversal.dp_clauseelement_tuple),
        ("every", InternalTraversal.dp_clauseelement_tuple),
    ]
    # A condition in itself: without this, SQLite (no native booleans) gets "(...) = 1",
    # which hides the IN from the planner and turns the index lookup into a table scan.
    _is_implicitly_boolean = True

    def __init__(self, words: tuple[str, ...]) -> None:
        long = [w for w in words if len(w) >= MIN_INDEXED]
        # Space-separated strings are ANDed by FTS5: one MATCH for all the long words.
        phrases = " ".join(fts_phrase(w) for w in long)
        self.fts_query = (bindparam(None, phrases, type_=Text, unique=True),) if long else ()
        self.short = tuple(
            bindparam(None, _like_pattern(w), type_=Text, unique=True)
            for w in words
            if len(w) < MIN_INDEXED
        )
        self.every = tuple(
            bindparam(None, _like_pattern(w), type_=Text, unique=True) for w in words
        )


def case_matches(words: Iterable[str]) -> ColumnElement[bool]:
    """A clause over ``cases``: each word (already folded, see ``polish_text.fold``) occurs
    in the search text as a substring. Words of three characters or more use the trigram
    index; shorter ones a ``LIKE`` scan of the index's narrow copy of the text."""
    kept = tuple(dict.fromkeys(w for w in words if w))
    return CaseMatches(kept) if kept else true()


def _like(column: Any, pattern: Any) -> ColumnElement[bool]:
    return column.like(pattern, escape="/")


@compiles(CaseMatches)
def _compile_portable(element: CaseMatches, compiler: SQLCompiler, **kw: Any) -> str:
    """Any database but SQLite: LIKE on the folded column, one word at a time."""
    clause = and_(*(_like(Case.search_text, p) for p in element.every))
    return compiler.process(clause, **kw)


def _compile_words_postgresql(every: tuple[Any, ...], compiler: SQLCompiler, **kw: Any) -> str:
    """PostgreSQL: LIKE on the folded column, each word's pattern written into the SQL.

    The trigram index serves the LIKE; whether to use it (a selective word: its few matches,
    then sorted) or to walk a list index in its order (a broad word: the first page after a
    few hundred cases) the planner decides from each pattern's estimated share of the cases.
    A pattern sent as a parameter hides it from the plan psycopg's prepared statements end
    up reusing (after five runs of the same SQL): every word would get the same plan.
    The SQL is still compiled once per shape (SQLAlchemy writes the values in at execution).
    """
    clause = and_(*(_like(Case.search_text, p) for p in every))
    return compiler.process(clause, **{**kw, "literal_execute": True})


@compiles(CaseMatches, "postgresql")
def _compile_postgresql(element: CaseMatches, compiler: SQLCompiler, **kw: Any) -> str:
    """PostgreSQL: the trigram index's LIKE (see :func:`_compile_words_postgresql`)."""
    return _compile_words_postgresql(element.every, compiler, **kw)


@compiles(CaseMatches, "sqlite")
def _compile_sqlite(element: CaseMatches, compiler: SQLCompiler, **kw: Any) -> str:
    """SQLite: the case's id among those the FTS5 index finds."""
    conditions = [_fts.c.search_text.match(q) for q in element.fts_query]
    conditions.extend(_like(_fts.c.search_text, p) for p in element.short)
    found = (
        select(_keys.c.case_id)
        .select_from(_fts.join(_keys, _keys.c.key == _fts.c.rowid))
        .where(*conditions)
    )
    return compiler.process(Case.id.in_(found), **kw)


# --- the first page: walking the list's order, testing each case -----------------------

# FTS5 keeps its copy of the text in this shadow table (rowid ``id``, first column ``c0``):
# read by rowid it is the narrowest place to test a case against a word.
_content = Table(
    f"{SEARCH_TABLE}_content", _meta, Column("id", Integer, primary_key=True), Column("c0", Text)
)


class CaseContains(ColumnElement[bool]):
    """The clause "this case's search text contains every word", tested row by row.

    Unlike :class:`CaseMatches` (which finds every match through the index, then the order
    is applied), this lets a query walk a list index in its order and stop at a ``LIMIT``:
    for a broad word the first page is found after a few hundred cases.
    """

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's own declaration style)
        ("every", InternalTraversal.dp_clauseelement_tuple),
    ]
    _is_implicitly_boolean = True

    def __init__(self, words: tuple[str, ...]) -> None:
        self.every = tuple(
            bindparam(None, _like_pattern(w), type_=Text, unique=True) for w in words
        )


def case_contains(words: Iterable[str]) -> ColumnElement[bool]:
    """Like :func:`case_matches`, but tested on each case in turn (no index lookup): for a
    query that walks the list in its order and stops after a page."""
    kept = tuple(dict.fromkeys(w for w in words if w))
    return CaseContains(kept) if kept else true()


@compiles(CaseContains)
def _compile_contains_portable(element: CaseContains, compiler: SQLCompiler, **kw: Any) -> str:
    clause = and_(*(_like(Case.search_text, p) for p in element.every))
    return compiler.process(clause, **kw)


@compiles(CaseContains, "postgresql")
def _compile_contains_postgresql(
    element: CaseContains, compiler: SQLCompiler, **kw: Any
) -> str:
    """PostgreSQL: the same clause as :class:`CaseMatches`. The planner walks the list's
    index (which includes the search text: no visit to the case rows) when the words are
    broad, and asks the trigram index when they are selective; no step budget is needed."""
    return _compile_words_postgresql(element.every, compiler, **kw)


@compiles(CaseContains, "sqlite")
def _compile_contains_sqlite(element: CaseContains, compiler: SQLCompiler, **kw: Any) -> str:
    """SQLite: the index's narrow copy of the text, not the wide case row."""
    text = (
        select(_content.c.c0)
        .select_from(_keys.join(_content, _content.c.id == _keys.c.key))
        .where(_keys.c.case_id == Case.id)
        .correlate(Case)
        .scalar_subquery()
    )
    if len(element.every) == 1:
        return compiler.process(_like(text, element.every[0]), **kw)
    # Several words: the text read once per case, each word tested on it.
    found = (
        select(_keys.c.case_id)
        .select_from(_keys.join(_content, _content.c.id == _keys.c.key))
        .where(_keys.c.case_id == Case.id, *(_like(_content.c.c0, p) for p in element.every))
    )
    return compiler.process(found.correlate(Case).exists(), **kw)


# --- stopping a query: a budget of steps, or the user moved on -------------------------


class QueryStopped(Exception):
    """A query ran out of its step budget, or was cancelled (see :func:`stoppable`)."""


# SQLite calls the progress handler every this many virtual machine instructions.
_STEP = 1000


@contextmanager
def stoppable(
    connection: Connection, steps: int | None = None, cancelled: Callable[[], bool] | None = None
) -> Iterator[None]:
    """Run queries on ``connection`` that stop (raising :class:`QueryStopped`) after about
    ``steps`` virtual machine instructions, or as soon as ``cancelled()`` is true.

    SQLite: its progress handler counts the steps and asks ``cancelled``. PostgreSQL: the
    server is asked to cancel the running statement once ``cancelled()`` is true (checked
    every few hundredths of a second); ``steps`` does not apply there (the planner chooses
    between walking a list and the trigram index, see :func:`case_contains`). Any other
    database: the queries run to the end.
    """
    if connection.dialect.name == "postgresql":
        with _cancellable_on_server(connection, cancelled):
            yield
        return
    raw = connection.connection.driver_connection
    if connection.dialect.name != "sqlite" or raw is None:
        yield
        return
    state = {"left": steps, "fired": False}

    def progress() -> int:
        if state["left"] is not None:
            state["left"] -= _STEP
            if state["left"] <= 0:
                state["fired"] = True
                return 1
        if cancelled is not None and cancelled():
            state["fired"] = True
            return 1
        return 0

    raw.set_progress_handler(progress, _STEP)
    try:
        yield
    except DBAPIError as error:
        if state["fired"]:
            raise QueryStopped from error
        raise
    finally:
        raw.set_progress_handler(None, _STEP)


# How often a server's query asks whether it is still wanted (seconds).
_POLL = 0.02
_QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE of a statement cancelled on request


@contextmanager
def _cancellable_on_server(
    connection: Connection, cancelled: Callable[[], bool] | None
) -> Iterator[None]:
    """PostgreSQL: a watcher thread asks ``cancelled`` while the block runs and, once it is
    true, has the server cancel the statement running (libpq's cancel request on its own
    connection; a server idle between statements ignores it). The block then raises
    :class:`QueryStopped`; the caller's transaction is rolled back as after any error."""
    raw = connection.connection.driver_connection
    if cancelled is None or raw is None:
        yield
        return
    if cancelled():  # no longer wanted before it began: the server is not asked at all
        raise QueryStopped
    from psycopg import Error as DriverError

    done, fired = threading.Event(), threading.Event()
    cancel = getattr(raw, "cancel_safe", None) or raw.cancel

    def watch() -> None:
        while not done.wait(_POLL):
            if cancelled():
                fired.set()
                try:
                    cancel()
                except (DriverError, OSError):  # the statement then just runs to its end
                    log.warning("could not cancel a query on the server", exc_info=True)
                return

    watcher = threading.Thread(target=watch, name="calcert-cancel", daemon=True)
    watcher.start()
    try:
        yield
    except DBAPIError as error:
        if fired.is_set() and getattr(error.orig, "sqlstate", None) == _QUERY_CANCELED:
            raise QueryStopped from error
        raise
    finally:
        done.set()
        watcher.join()
