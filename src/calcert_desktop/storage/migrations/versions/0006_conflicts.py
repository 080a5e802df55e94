"""conflicts of interest: one table for everyone who may declare one in a case

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Until now a conflict of interest was two columns of a member's assignment, so only an
assigned Commission member could have one. The regulations' impartiality (issue 16) needs a
Board member, the chair when not assigned, or an expert to declare one too: ``conflicts``
holds every declaration (case, person, date, reason) and is the only place they live. The
declarations already made move there, each with an audit entry of its own (so that
``calcert check`` finds the new rows accounted for), and the assignment columns go.
Downgrading (for development) puts the declarations of assigned members back; those of
anyone else are lost, and their entries stay in the audit log, which is never rewritten.
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables as this step knows them (not imported from models: later versions change them).
ASSIGNMENTS = sa.table(
    "assignments",
    sa.column("id", sa.Uuid()),
    sa.column("case_id", sa.Uuid()),
    sa.column("member_id", sa.Uuid()),
    sa.column("conflict_declared_on", sa.Date()),
    sa.column("conflict_reason", sa.Text()),
)
CONFLICTS = sa.table(
    "conflicts",
    sa.column("id", sa.Uuid()),
    sa.column("case_id", sa.Uuid()),
    sa.column("person_id", sa.Uuid()),
    sa.column("declared_on", sa.Date()),
    sa.column("reason", sa.Text()),
)
AUDIT_LOG = sa.table(
    "audit_log",
    sa.column("id", sa.Uuid()),
    sa.column("at", sa.DateTime()),
    sa.column("seq", sa.Integer()),
    sa.column("user_id", sa.Uuid()),
    sa.column("user_login", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("case_id", sa.Uuid()),
    sa.column("operation", sa.String()),
    sa.column("old", sa.Text()),
    sa.column("new", sa.Text()),
)


def _logged(values: dict[str, object]) -> str:
    """Values as the audit log writes them (storage.audit: hex ids, ISO dates, sorted keys)."""
    plain = {
        key: value.hex if isinstance(value, uuid.UUID)
        else value.isoformat() if isinstance(value, date) else value
        for key, value in values.items()
    }  # fmt: skip
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("declared_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_conflicts_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["users.id"], name=op.f("fk_conflicts_person_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
        sa.UniqueConstraint("case_id", "person_id", name=op.f("uq_conflicts_case_id_person_id")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_case_id"), ["case_id"], unique=False)

    bind = op.get_bind()
    declared = bind.execute(
        sa.select(
            ASSIGNMENTS.c.case_id, ASSIGNMENTS.c.member_id,
            ASSIGNMENTS.c.conflict_declared_on, ASSIGNMENTS.c.conflict_reason,
        ).where(ASSIGNMENTS.c.conflict_declared_on.is_not(None))
    ).all()  # fmt: skip
    now = datetime.now(UTC).replace(tzinfo=None)
    rows, entries = [], []
    for seq, (case_id, member_id, declared_on, reason) in enumerate(declared, start=1):
        row = {"id": uuid.uuid4(), "case_id": case_id, "person_id": member_id,
               "declared_on": declared_on, "reason": reason or ""}  # fmt: skip
        rows.append(row)
        entries.append({
            "id": uuid.uuid4(), "at": now, "seq": seq, "user_id": None,
            "user_login": "system", "action": "migration", "entity": "conflicts",
            "entity_id": row["id"].hex, "case_id": case_id, "operation": "insert",
            "old": None, "new": _logged(row),
        })  # fmt: skip
    if rows:
        op.bulk_insert(CONFLICTS, rows)
        op.bulk_insert(AUDIT_LOG, entries)

    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_column("conflict_reason")
        batch_op.drop_column("conflict_declared_on")


def downgrade() -> None:
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("conflict_declared_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("conflict_reason", sa.Text(), nullable=True))
    bind = op.get_bind()
    for case_id, person_id, declared_on, reason in bind.execute(
        sa.select(
            CONFLICTS.c.case_id, CONFLICTS.c.person_id, CONFLICTS.c.declared_on,
            CONFLICTS.c.reason,
        )
    ):  # fmt: skip
        bind.execute(
            ASSIGNMENTS.update()
            .where(ASSIGNMENTS.c.case_id == case_id, ASSIGNMENTS.c.member_id == person_id)
            .values(conflict_declared_on=declared_on, conflict_reason=reason)
        )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_case_id"))
    op.drop_table("conflicts")
