"""installations that exchange packages (issue 19): their identities and this one's key

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

- ``installations``: the office and the laptops this installation knows, each with its
  public exchange key (exchange/identity.py), one of them marked as this installation
  itself; audited.
- ``installation_private_keys``: the private half of this installation's exchange key.

Downgrading drops both (the audit log keeps its entries about them: development only).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "installations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key_id", _text(16), nullable=False),
        sa.Column("public_key", _text(64), nullable=False),
        sa.Column("name", _text(200), nullable=False),
        sa.Column("role", _text(10), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installations")),
        sa.UniqueConstraint("key_id", name=op.f("uq_installations_key_id")),
    )
    op.create_table(
        "installation_private_keys",
        sa.Column("key_id", _text(16), nullable=False),
        sa.Column("pem", sa.Text().with_variant(sa.Text(collation="C"), "postgresql"),
                  nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["key_id"], ["installations.key_id"],
                                name=op.f("fk_installation_private_keys_key_id_installations")),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_installation_private_keys")),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("installation_private_keys")
    op.drop_table("installations")
