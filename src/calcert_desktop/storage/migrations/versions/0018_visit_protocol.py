"""the site-visit protocol as the expert writes it on site (issue 19, point 3)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

- ``visit_findings.observations``: what the expert saw, per standard, beside the finding;
  ``visit_findings.evidence``: the files and photos taken as evidence (JSON list of
  ``{"sha256", "name"}``, the files themselves kept as blobs).
- ``site_visits.representative`` (the institution's representative: name and position),
  ``site_visits.acknowledged`` (they acknowledged the protocol on site) and
  ``site_visits.remarks`` (their remarks).
- ``visit_protocol_drafts``: the protocol being written on a laptop, saved as it is typed
  (a crash loses nothing); removed when the visit's results are recorded.

Downgrading drops them (development only).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sa.types.TypeEngine[str]:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def _long_text() -> sa.types.TypeEngine[str]:
    return sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("visit_findings") as batch:
        batch.add_column(sa.Column("observations", _long_text(), nullable=False,
                                   server_default=""))  # fmt: skip
        batch.add_column(sa.Column("evidence", _long_text(), nullable=False,
                                   server_default=""))  # fmt: skip
    with op.batch_alter_table("site_visits") as batch:
        batch.add_column(sa.Column("representative", _text(200), nullable=False,
                                   server_default=""))  # fmt: skip
        batch.add_column(sa.Column("acknowledged", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))  # fmt: skip
        batch.add_column(sa.Column("remarks", _long_text(), nullable=False, server_default=""))
    op.create_table(
        "visit_protocol_drafts",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("body", _long_text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", _text(64), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["site_visits.id"],
                                name=op.f("fk_visit_protocol_drafts_visit_id_site_visits")),
        sa.PrimaryKeyConstraint("visit_id", name=op.f("pk_visit_protocol_drafts")),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("visit_protocol_drafts")
    with op.batch_alter_table("site_visits") as batch:
        batch.drop_column("remarks")
        batch.drop_column("acknowledged")
        batch.drop_column("representative")
    with op.batch_alter_table("visit_findings") as batch:
        batch.drop_column("evidence")
        batch.drop_column("observations")
