"""the paper-era register's imports (issue 23, point 1)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07

- ``register_imports``: a file of the paper-era register brought in: its name, SHA-256,
  who imported it and when, its rows and the cases made, the column mapping used.
- ``register_import_cases``: which case each accepted row made (the file named again, so
  that the case's history says where it came from), and whether the row gave the date the
  request was received.

Downgrading drops them (development only).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def _long_text() -> sa.types.TypeEngine[str]:
    return sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "register_imports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("file_name", _text(255), nullable=False),
        sa.Column("file_sha256", _text(64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Uuid(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("mapping", _long_text(), nullable=False),
        sa.ForeignKeyConstraint(["imported_by_id"], ["users.id"],
                                name=op.f("fk_register_imports_imported_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_imports")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_register_imports_file_sha256")),
    )  # fmt: skip
    op.create_table(
        "register_import_cases",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("import_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", _text(255), nullable=False),
        sa.Column("file_sha256", _text(64), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("received_given", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_register_import_cases_case_id_cases")),
        sa.ForeignKeyConstraint(["import_id"], ["register_imports.id"],
                                name=op.f("fk_register_import_cases_import_id_register_imports")),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_register_import_cases")),
    )  # fmt: skip
    op.create_index(op.f("ix_register_import_cases_import_id"), "register_import_cases",
                    ["import_id"])  # fmt: skip


def downgrade() -> None:
    op.drop_index(op.f("ix_register_import_cases_import_id"), table_name="register_import_cases")
    op.drop_table("register_import_cases")
    op.drop_table("register_imports")
