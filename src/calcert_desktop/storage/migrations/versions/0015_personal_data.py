"""personal data (RODO): erasures recorded, views of personal data logged, the audit log's
triggers let an erasure through

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

- ``erasures``: one row per erasure of a person's data (on request or at the end of its
  retention period), audited like every record: its entry in the log is what the erased
  values name (storage/audit_chain.py).
- ``personal_data_views``: who saw which case's personal data, when, and how.
- The audit log's triggers are replaced: they still refuse every delete and every change,
  except an erasure (the old or new value replaced by an erased value carrying the digest
  it had; every other column as it was), which keeps the chain whole.

Downgrading puts 0014's triggers back and drops the two tables (an erasure's entries stay
in the log: development only).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from calcert_desktop.storage import audit_chain

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DROP_SQLITE = (
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
)
DROP_SERVER = (
    "DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "DROP FUNCTION IF EXISTS audit_log_append_only()",
)


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def _triggers(sqlite: Sequence[str], server: Sequence[str]) -> None:
    on_server = op.get_bind().dialect.name == "postgresql"
    for statement in DROP_SERVER if on_server else DROP_SQLITE:
        op.execute(sa.text(statement))
    for statement in server if on_server else sqlite:
        op.execute(sa.text(statement))


def upgrade() -> None:
    op.create_table(
        "erasures",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_user_id", sa.Uuid(), nullable=True),
        sa.Column("reason", _text(20), nullable=False),
        sa.Column("subject_kind", _text(20), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["by_user_id"], ["users.id"],
                                name=op.f("fk_erasures_by_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )  # fmt: skip
    op.create_table(
        "personal_data_views",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("user_login", _text(64), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("what", _text(40), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_personal_data_views_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_data_views")),
    )  # fmt: skip
    op.create_index("ix_personal_data_views_case", "personal_data_views", ["case_id", "at"])
    op.create_index("ix_personal_data_views_user", "personal_data_views", ["user_id", "at"])
    _triggers(audit_chain.SQLITE_TRIGGERS, audit_chain.SERVER_TRIGGERS)


def downgrade() -> None:
    from importlib import import_module

    before = import_module("calcert_desktop.storage.migrations.versions.0014_audit_chain")
    _triggers(before.SQLITE_TRIGGERS, before.SERVER_TRIGGERS)
    op.drop_index("ix_personal_data_views_user", table_name="personal_data_views")
    op.drop_index("ix_personal_data_views_case", table_name="personal_data_views")
    op.drop_table("personal_data_views")
    op.drop_table("erasures")
