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
    # Plain ALTER TABLE ... ADD COLUMN (a batch would copy and drop tables others refer to).
    op.add_column("visit_findings", sa.Column("observations", _long_text(), nullable=False,
                                              server_default=""))  # fmt: skip
    op.add_column("visit_findings", sa.Column("evidence", _long_text(), nullable=False,
                                              server_default=""))  # fmt: skip
    op.add_column("site_visits", sa.Column("representative", _text(200), nullable=False,
                                           server_default=""))  # fmt: skip
    op.add_column("site_visits", sa.Column("acknowledged", sa.Boolean(), nullable=False,
                                           server_default=sa.false()))  # fmt: skip
    op.add_column("site_visits", sa.Column("remarks", _long_text(), nullable=False,
                                           server_default=""))  # fmt: skip
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
    for table, column in (("site_visits", "remarks"), ("site_visits", "acknowledged"),
                          ("site_visits", "representative"), ("visit_findings", "evidence"),
                          ("visit_findings", "observations")):  # fmt: skip
        op.drop_column(table, column)  # SQLite 3.35+ drops a plain column in place
