"""search and order on the server: a pg_trgm index on the folded search text, and every
text column compared by its bytes (collation "C") on PostgreSQL

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-08

PostgreSQL only; on SQLite nothing changes (its FTS5 index is migration 0002's, and SQLite
compares text by its bytes already).

- ``CREATE EXTENSION IF NOT EXISTS pg_trgm`` (a trusted extension since PostgreSQL 13: the
  database's owner may create it) and a GIN trigram index on ``cases.search_text``: the
  search's ``LIKE '%word%'`` uses it for words of three characters or more. A server that
  refuses the extension (or lacks it) gets a Polish message saying what its administrator
  must do; the whole upgrade is then rolled back, the database stays as it was.
- The case list's three indexes (0003) carry the search text as well (``INCLUDE``): a
  first page walked in the list's order tests each case on the index alone, without a
  visit to the wide case row (a broad word: the first 200 cases within a few hundred;
  a word in one case in fifty: a tenth of the index). The planner chooses between that
  walk and the trigram index from the column's statistics, kept finer than the default
  (1,000 values instead of 100: a town's name in 0.3% of the cases is told from one in 3%).
- Every text column of our tables gets the "C" collation, so that the server sorts and
  compares text as SQLite does (by its bytes) whatever locale the database was created
  with (pl_PL, en_US, an ICU locale): lists are ordered by stored sort keys
  (``domain.polish_text.sort_key``) and numbers, whose byte order is the order we want.
  One ``ALTER TABLE`` per table with all its columns, so that an index over two of them
  (``coalesce(reference, draft_code)``) never sees two collations; PostgreSQL rebuilds
  the indexes on those columns.

The columns are read from the catalogue, not listed here: this step gives every text column
of every table at this revision the "C" collation.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EXTENSION = "pg_trgm"
INDEX = "ix_cases_search_trgm"
STATISTICS = 1000

NUMBER = sa.text("coalesce(reference, draft_code)")
# As migration 0003 made them: a sort key, the number, the number's columns.
LIST_INDEXES = {
    "ix_cases_list_number": [NUMBER, "id", "reference", "draft_code"],
    "ix_cases_list_name": ["name_sort", NUMBER, "id", "reference", "draft_code"],
    "ix_cases_list_town": ["town_sort", NUMBER, "id", "reference", "draft_code"],
}
PRIVILEGE_REFUSED = "42501"  # insufficient_privilege

# Our tables' text columns (not Alembic's own), with their exact type and collation.
TEXT_COLUMNS = """
    SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), coll.collname
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_collation coll ON coll.oid = a.attcollation
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0
      AND NOT a.attisdropped AND a.atttypid IN ('text'::regtype, 'varchar'::regtype)
      AND c.relname <> 'alembic_version'
    ORDER BY c.relname, a.attnum
"""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _collate(bind: sa.Connection, collation: str) -> None:
    """Every text column of our tables to ``collation`` ("C", or "default" going back)."""
    by_table: dict[str, list[str]] = {}
    for table, column, type_, current in bind.execute(sa.text(TEXT_COLUMNS)):
        if current != collation:
            by_table.setdefault(table, []).append(
                f"ALTER COLUMN {_quote(column)} TYPE {type_} COLLATE {_quote(collation)}"
            )
    for table, changes in by_table.items():
        op.execute(f"ALTER TABLE {_quote(table)} {', '.join(changes)}")


def _create_extension(bind: sa.Connection) -> None:
    """pg_trgm in this database, or a Polish error saying what the administrator must do."""
    from calcert_desktop.domain.errors import DomainError

    available = bind.execute(
        sa.text("SELECT installed_version FROM pg_available_extensions WHERE name = :name"),
        {"name": EXTENSION},
    ).first()
    where = {"database": bind.engine.url.database or "", "user": bind.engine.url.username or ""}
    if available is None:
        raise DomainError("server.search_extension_missing", **where)
    if available[0] is not None:
        return  # already there (the administrator created it, or another program did)
    try:
        bind.execute(sa.text(f"CREATE EXTENSION IF NOT EXISTS {EXTENSION}"))
    except sa.exc.DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != PRIVILEGE_REFUSED:
            raise
        detail = str(error.orig).strip().splitlines()[0]
        raise DomainError("server.search_extension_refused", detail=detail, **where) from error


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    _create_extension(bind)
    for name in LIST_INDEXES:  # made again below: not rebuilt twice by the new collation
        op.drop_index(name, table_name="cases")
    _collate(bind, "C")
    for name, columns in LIST_INDEXES.items():
        op.create_index(name, "cases", columns, postgresql_include=["search_text"])
    op.create_index(
        INDEX,
        "cases",
        ["search_text"],
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.execute(f"ALTER TABLE cases ALTER COLUMN search_text SET STATISTICS {STATISTICS}")
    op.execute("ANALYZE cases")  # the planner's first choices by the new statistics


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE cases ALTER COLUMN search_text SET STATISTICS -1")
    op.drop_index(INDEX, table_name="cases")
    for name in LIST_INDEXES:
        op.drop_index(name, table_name="cases")
    _collate(bind, "default")
    for name, columns in LIST_INDEXES.items():
        op.create_index(name, "cases", columns)
    # The extension stays: other objects of the database may use it by now.
