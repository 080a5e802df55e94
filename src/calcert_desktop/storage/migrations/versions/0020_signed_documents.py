"""generated documents signed electronically (issue 21, point 5)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07

A signed document is stored beside the unsigned one, as a ``generated_documents`` row of its
own: ``signed_from_id`` names the document it signs (no foreign key: a copy between engines
writes a table's rows in any order), ``signer`` the certificate's holder, ``signed_at`` the
signing time (the time stamp's when there is one), ``timestamped`` whether a time-stamping
server stamped it. All empty for a document as generated.

Downgrading drops them (development only).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN (a batch would copy and drop a table others refer to).
    op.add_column("generated_documents", sa.Column("signed_from_id", sa.Uuid(), nullable=True))
    op.add_column("generated_documents", sa.Column("signer", _text(200), nullable=True))
    op.add_column("generated_documents", sa.Column("signed_at", sa.DateTime(), nullable=True))
    op.add_column("generated_documents", sa.Column("timestamped", sa.Boolean(), nullable=True))


def downgrade() -> None:
    for column in ("timestamped", "signed_at", "signer", "signed_from_id"):
        op.drop_column("generated_documents", column)  # SQLite 3.35+ drops it in place
