"""row versions: the records people edit count their updates, so that a write based on an
older version is refused rather than silently overwriting another person's change

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-06

``row_version`` (1 for every existing record) on ``cases``, ``assessments``,
``site_visits``, ``settings`` and ``users``: SQLAlchemy's ``version_id_col``. Not in batch
mode: a NOT NULL column with a default is a plain ALTER TABLE on SQLite too, and the case
table (with its search triggers and expression indexes) must not be copied and moved.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("cases", "assessments", "site_visits", "settings", "users")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_column(table, "row_version")  # SQLite 3.35+ drops a plain column in place
