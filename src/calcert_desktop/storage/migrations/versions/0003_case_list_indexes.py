"""case list indexes: the dashboard's orders read from covering indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Sorting 100,000 cases by number, name or town read every wide case row (0.3 s); these
indexes hold the sort key, the number that breaks ties and the id, so SQLite scans one
index in order instead. Portable SQL (expression indexes exist in PostgreSQL too).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NUMBER = sa.text("coalesce(reference, draft_code)")
# SQLite (3.40) counts an index as covering only if it holds every column the query uses.
COLUMNS = ["id", "reference", "draft_code"]


def upgrade() -> None:
    op.create_index("ix_cases_list_number", "cases", [NUMBER, *COLUMNS])
    op.create_index("ix_cases_list_name", "cases", ["name_sort", NUMBER, *COLUMNS])
    op.create_index("ix_cases_list_town", "cases", ["town_sort", NUMBER, *COLUMNS])


def downgrade() -> None:
    op.drop_index("ix_cases_list_town", "cases")
    op.drop_index("ix_cases_list_name", "cases")
    op.drop_index("ix_cases_list_number", "cases")
