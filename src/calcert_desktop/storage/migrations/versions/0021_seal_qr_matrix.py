"""the QR matrix of a certificate's seal, stored with it (issue 22, point 3)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07

``certificate_seals.qr_matrix``: the QR code of the seal's payload as its modules
(``N:hex``, N×N bits row by row), made once when the seal is made, so that printing a
certificate draws the code without encoding it (reportlab's encoder tries the eight masks
in pure Python: some 50 ms). Empty for a seal made before: such a certificate's code is
encoded when it is first printed in a run of the program.

Downgrading keeps the column (development only): the versions before ignore it, and the
matrices the audit log recorded stay true, so an upgrade again finds the log and the rows
agreeing (a seal made before this revision has no matrix in its log entry and none stored).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _long_text() -> sa.types.TypeEngine[str]:
    return sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("certificate_seals")}
    if "qr_matrix" not in columns:  # kept by a downgrade: nothing to add
        # Plain ALTER TABLE ... ADD COLUMN (a batch would copy and drop a table others use).
        op.add_column("certificate_seals", sa.Column("qr_matrix", _long_text(), nullable=True))


def downgrade() -> None:
    pass  # the column stays (see above)
