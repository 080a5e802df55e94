"""packages exchanged between the office and its laptops (issue 19)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

- ``installations.box_key``: the public X25519 key packages are encrypted to (issue 19,
  point 2); empty for an installation registered before it existed (registered again to
  receive packages). This installation's own is derived from its exchange key.
- ``packages``: every package this installation made or read (audited): its id, the other
  installation, its sequence number, its kind, the person who made it and when.
- ``package_cases``: the cases a package handed over and the state of the work handed with
  each (the office checks a laptop's returned work against it; a laptop records only what
  was handed to it).

Downgrading drops them (development only).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def _long_text() -> sa.types.TypeEngine[str]:
    return sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def upgrade() -> None:
    op.add_column("installations", sa.Column("box_key", _text(64), nullable=True))
    op.create_table(
        "packages",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("direction", _text(4), nullable=False),
        sa.Column("peer_key_id", _text(16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", _text(10), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("person_login", _text(64), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.Column("file_sha256", _text(64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packages")),
        sa.UniqueConstraint("direction", "peer_key_id", "sequence",
                            name=op.f("uq_packages_direction_peer_key_id_sequence")),
    )  # fmt: skip
    op.create_table(
        "package_cases",
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("person_login", _text(64), nullable=False),
        sa.Column("work", _text(10), nullable=False),
        sa.Column("base", _long_text(), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["packages.id"],
                                name=op.f("fk_package_cases_package_id_packages")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_package_cases_case_id_cases")),
        sa.PrimaryKeyConstraint("package_id", "case_id", name=op.f("pk_package_cases")),
    )  # fmt: skip
    op.create_index(op.f("ix_package_cases_case_id"), "package_cases", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_package_cases_case_id"), table_name="package_cases")
    op.drop_table("package_cases")
    op.drop_table("packages")
    op.drop_column("installations", "box_key")
