"""files in the database: attachments and generated documents as content-addressed blobs,
the office's seal private key in a table

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

Every PC of an office on one server must see the same attachments, documents and seal key,
so they move from the data folder (``zalaczniki/``, ``dokumenty/``, ``klucze/``) into the
database. ``blobs`` names each file by its SHA-256 (size, when stored, whether it is still
staged), ``blob_chunks`` holds its bytes in pieces of at most 1 MiB; ``seal_private_keys``
holds the private half of a local signing key as PEM. The tables are made empty here: the
files of an existing data folder are moved in when it is next opened
(storage/legacy_files.py), in one transaction after this migration, and removed from the
folder only after that commit.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("staged", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    with op.batch_alter_table("blobs", schema=None) as batch_op:
        batch_op.create_index("ix_blobs_staged", ["staged", "created_at"], unique=False)
    op.create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_blob_chunks_sha256_blobs")
        ),
        sa.PrimaryKeyConstraint("sha256", "n", name=op.f("pk_blob_chunks")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Scans, PDFs and office documents are compressed already: PostgreSQL need not try
        # again on every 1 MiB chunk (out of line, uncompressed).
        op.execute("ALTER TABLE blob_chunks ALTER COLUMN content SET STORAGE EXTERNAL")
    op.create_table(
        "seal_private_keys",
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("pem", sa.Text(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["key_id"],
            ["signing_keys.key_id"],
            name=op.f("fk_seal_private_keys_key_id_signing_keys"),
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_seal_private_keys")),
    )


def downgrade() -> None:
    op.drop_table("seal_private_keys")
    op.drop_table("blob_chunks")
    with op.batch_alter_table("blobs", schema=None) as batch_op:
        batch_op.drop_index("ix_blobs_staged")
    op.drop_table("blobs")
