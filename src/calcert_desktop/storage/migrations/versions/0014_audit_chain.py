"""the audit log append-only and hash-chained, its head signed with the office's key

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05

- ``audit_log`` gains ``chain_pos`` (the entry's place, unique), ``prev_hash`` and
  ``entry_hash`` (storage/audit_chain.py); the entries already there are chained in the order
  (time, place in their transaction, id), the one order both engines agree on.
- ``audit_head``: one row (made with the log's first entries), the last place and hash,
  and the office's signature over them, signed right after the upgrade (storage/migrate.py)
  with the office's key, made then if the database has none.
- The database refuses to change or delete an entry: triggers ``BEFORE UPDATE`` and
  ``BEFORE DELETE`` on both engines (and ``BEFORE TRUNCATE`` on PostgreSQL) that raise an
  error naming the log as append-only. Whoever drops them can change entries, and the chain
  then names the first one changed.

Downgrading drops the triggers first, then the head and the columns.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from calcert_desktop.storage import audit_chain as audit_chain_sql

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The triggers as this revision made them (0015 replaces them with ones that also let an
# erasure of a person's data through; storage/audit_chain.py holds those).
REFUSAL = audit_chain_sql.REFUSAL
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
    f"""CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
)
SERVER_TRIGGERS = (
    f"""CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'insufficient_privilege'; END $$""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
)
DROP_SQLITE = (
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
)
DROP_SERVER = (
    "DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "DROP FUNCTION IF EXISTS audit_log_append_only()",
)


def _hash_text() -> sa.types.TypeEngine[str]:
    return sa.String(64).with_variant(sa.String(64, collation="C"), "postgresql")


def upgrade() -> None:
    from calcert_desktop.storage import audit_chain

    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("chain_pos", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("prev_hash", _hash_text(), nullable=True))
        batch.add_column(sa.Column("entry_hash", _hash_text(), nullable=True))
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("hash", _hash_text(), nullable=False),
        sa.Column("key_id", sa.String(16).with_variant(sa.String(16, collation="C"),
                                                       "postgresql"), nullable=True),
        sa.Column("signature", sa.String(128).with_variant(sa.String(128, collation="C"),
                                                           "postgresql"), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    audit_chain.chain_existing(op.get_bind(), datetime.now(UTC).replace(tzinfo=None))
    op.create_index("ix_audit_chain_pos", "audit_log", ["chain_pos"], unique=True)
    server = op.get_bind().dialect.name == "postgresql"
    for statement in SERVER_TRIGGERS if server else SQLITE_TRIGGERS:
        op.execute(sa.text(statement))


def downgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    for statement in DROP_SERVER if server else DROP_SQLITE:
        op.execute(sa.text(statement))
    op.drop_index("ix_audit_chain_pos", table_name="audit_log")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("chain_pos")
