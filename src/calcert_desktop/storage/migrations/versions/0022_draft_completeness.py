"""a draft's completeness, stored when it is saved (issue 22, point 1)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07

``cases.completeness``: the share (0..1) of the filing requirements a draft meets, written
with the other columns derived from the declaration whenever a draft's declaration changes,
so that the list of applications is one query instead of reading and checking every draft.
Like the sort keys and the search text it is derived, so left out of the audit log; it is
filled here for the drafts already there (with the program's rule: the value the list
showed); the list shows a filed case as complete, whatever the column holds.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from calcert_desktop.storage.case_columns import completeness_of

    # Plain ALTER TABLE ... ADD COLUMN (a batch would copy and drop a table others use).
    op.add_column("cases", sa.Column("completeness", sa.Float(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT c.id, c.form_version, d.body FROM cases c JOIN declarations d ON d.case_id = c.id"
        " WHERE c.state = 'draft'"
    )).all()  # fmt: skip
    found = [
        {"id": case_id, "share": share}
        for case_id, version, body in rows
        if (share := completeness_of(body, version)) is not None
    ]
    if found:
        bind.execute(sa.text("UPDATE cases SET completeness = :share WHERE id = :id"), found)


def downgrade() -> None:
    op.drop_column("cases", "completeness")  # SQLite 3.35+ drops a plain column in place
