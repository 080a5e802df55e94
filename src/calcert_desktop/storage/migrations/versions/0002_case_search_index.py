"""case search index: FTS5 trigram table over cases.search_text, kept by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The DDL is written out here (not imported from storage.search_index) so that this step
stays what it was when later versions change the index. On a database other than SQLite
nothing is created: the search falls back to LIKE there.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UPGRADE = (
    # An explicit INTEGER PRIMARY KEY: stable through VACUUM, unlike the rowid of cases.
    """CREATE TABLE case_search_keys (
        key INTEGER PRIMARY KEY,
        case_id CHAR(32) NOT NULL UNIQUE
    )""",
    "CREATE VIRTUAL TABLE case_search USING fts5(search_text, tokenize='trigram')",
    """CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
        INSERT INTO case_search_keys (case_id) VALUES (new.id);
        INSERT INTO case_search (rowid, search_text)
            VALUES ((SELECT key FROM case_search_keys WHERE case_id = new.id), new.search_text);
    END""",
    """CREATE TRIGGER cases_search_update AFTER UPDATE OF id, search_text ON cases BEGIN
        UPDATE case_search_keys SET case_id = new.id WHERE case_id = old.id;
        UPDATE case_search SET search_text = new.search_text
            WHERE rowid = (SELECT key FROM case_search_keys WHERE case_id = new.id);
    END""",
    """CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
        DELETE FROM case_search
            WHERE rowid = (SELECT key FROM case_search_keys WHERE case_id = old.id);
        DELETE FROM case_search_keys WHERE case_id = old.id;
    END""",
    # The cases already there.
    "INSERT INTO case_search_keys (case_id) SELECT id FROM cases ORDER BY id",
    """INSERT INTO case_search (rowid, search_text)
        SELECT k.key, c.search_text FROM case_search_keys k JOIN cases c ON c.id = k.case_id""",
    "INSERT INTO case_search (case_search) VALUES ('optimize')",
)

DOWNGRADE = (
    "DROP TRIGGER cases_search_delete",
    "DROP TRIGGER cases_search_update",
    "DROP TRIGGER cases_search_insert",
    "DROP TABLE case_search",
    "DROP TABLE case_search_keys",
)


def _run(statements: Sequence[str]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _run(UPGRADE)


def downgrade() -> None:
    _run(DOWNGRADE)
