"""letter templates and signing keys: the office's versions of the letters' wording, and the
public keys that seal certificates

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

``letter_templates`` keeps every saved version of a kind of letter's fixed wording (never
changed once saved); a generated document records the version it used. ``signing_keys``
holds the public Ed25519 keys a certificate's QR code can be checked against: this
installation's own and those imported from other installations. ``certificate_seals`` keeps
each certificate's signed payload and short code, so every copy prints the same ones.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "letter_templates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("texts", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by_id", sa.Uuid(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["saved_by_id"], ["users.id"], name=op.f("fk_letter_templates_saved_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_templates")),
        sa.UniqueConstraint("kind", "version", name=op.f("uq_letter_templates_kind_version")),
    )
    op.create_table(
        "signing_keys",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_keys")),
        sa.UniqueConstraint("key_id", name=op.f("uq_signing_keys_key_id")),
    )
    op.create_table(
        "certificate_seals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("certificate_id", sa.Uuid(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificates.id"],
            name=op.f("fk_certificate_seals_certificate_id_certificates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_seals")),
        sa.UniqueConstraint("certificate_id", name=op.f("uq_certificate_seals_certificate_id")),
    )
    with op.batch_alter_table("certificate_seals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_seals_code"), ["code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certificate_seals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_seals_code"))
    op.drop_table("certificate_seals")
    op.drop_table("signing_keys")
    op.drop_table("letter_templates")
