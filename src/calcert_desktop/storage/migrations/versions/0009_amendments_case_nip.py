"""amendments and the case's NIP: the reason of each change to a filed application, and the
institution's NIP as a column filing looks other open cases up by

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-04

``amendments`` holds one row per change to a filed declaration with its reason (audited, so
the case's history shows it beside the change). ``cases.nip`` is derived from the
declaration (ten digits, or NULL when absent or malformed), like the sort and search
columns: filled here for the cases already there, and left out of the audit log.
"""

import json
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The NIP as the app matches it (domain.open_cases.nip_key as of this revision): separators
# and a "PL" prefix dropped, then exactly ten ASCII digits.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2014]+")
_PREFIX = re.compile(r"^PL", re.IGNORECASE)
_TEN_DIGITS = re.compile(r"[0-9]{10}")


def _nip_key(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    digits = _SEPARATORS.sub("", _PREFIX.sub("", text.strip()))
    return digits if _TEN_DIGITS.fullmatch(digits) else None


def _declared_nip(body: str) -> str | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    institution = data.get("institution") if isinstance(data, dict) else None
    return _nip_key(institution.get("nip")) if isinstance(institution, dict) else None


def upgrade() -> None:
    op.create_table(
        "amendments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("amended_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_amendments_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendments")),
    )
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendments_case_id"), ["case_id"], unique=False)
    # Not in batch mode: a nullable column is a plain ALTER TABLE on SQLite too, and the
    # table (with its search triggers and expression indexes) must not be copied and moved.
    op.add_column("cases", sa.Column("nip", sa.String(length=10), nullable=True))
    op.create_index(op.f("ix_cases_nip"), "cases", ["nip"], unique=False)
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT case_id, body FROM declarations")).all()
    found = [{"id": case_id, "nip": nip} for case_id, body in rows if (nip := _declared_nip(body))]
    if found:
        bind.execute(sa.text("UPDATE cases SET nip = :nip WHERE id = :id"), found)


def downgrade() -> None:
    op.drop_index(op.f("ix_cases_nip"), table_name="cases")
    op.drop_column("cases", "nip")  # SQLite 3.35+ drops a plain column in place
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendments_case_id"))
    op.drop_table("amendments")
