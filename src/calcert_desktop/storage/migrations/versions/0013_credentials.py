"""credentials: a password (an Argon2id hash) per person, and the failed sign-ins counted

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-09

Until now anyone at the keyboard could act as anyone (``--user`` alone, a chooser in the
window). ``credentials`` holds one row per person who has a password: its Argon2id hash,
whether it is a temporary one an administrator set (to be changed at the next sign-in),
when it was set, and the failed attempts in a row with the last one's time (the growing
delay of ``domain.accounts``). A database from before has no row: its first start asks for
the administrator's password (``calcert init`` or the first-start dialog), and the
administrator gives everyone else a temporary one.

The text column compares by its bytes on PostgreSQL ("C"), as migration 0012 made every
other one.

Downgrading (development, and the tests of earlier migrations, which take a database of
today back): the table goes, and with it the audit log's entries about its rows, so that the
database is what version 0012 made: it never had a credential, and ``calcert check`` would
otherwise find entries for rows no table holds.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "credentials",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("password_hash", _text(200), nullable=False),
        sa.Column("must_change", sa.Boolean(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_credentials_user_id_users")),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_credentials")),
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM audit_log WHERE entity = 'credentials'"))
    op.drop_table("credentials")
