"""the Board as a body: its resolutions with their votes, and its appointments (the
Commission's members and chair, the person responsible for certification)

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-04

``resolutions`` holds the Board's resolutions (a yearly number from the ``resolution``
counter, the date, the subject, the case if any, the result), ``resolution_votes`` how each
Board member taking part voted, ``appointments`` who holds which function from which day
to which.

Commission membership was a role an administrator ticked; it is now held by appointment.
So that an existing database keeps working, every active or inactive holder of the role
``commission_chair`` gets an open-ended appointment as chair, every other holder of
``commission_member`` one as member, both marked ``basis = 'migration'`` with no
resolution and starting on 2000-01-01 (the earliest date the program accepts: the seat
predates the records). The two role codes leave ``users.roles``. Every row written here
gets its audit entry (action ``migration``, by the system), so ``calcert check`` still finds
the audit log complete.
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COMMISSION_ROLES = ("commission_chair", "commission_member")
SINCE = date(2000, 1, 1)

USERS = sa.table("users", sa.column("id", sa.Uuid()), sa.column("roles", sa.String()))
APPOINTMENTS = sa.table(
    "appointments",
    sa.column("id", sa.Uuid()),
    sa.column("person_id", sa.Uuid()),
    sa.column("function", sa.String()),
    sa.column("starts_on", sa.Date()),
    sa.column("ends_on", sa.Date()),
    sa.column("basis", sa.String()),
    sa.column("resolution_id", sa.Uuid()),
    sa.column("ended_by_id", sa.Uuid()),
)
AUDIT = sa.table(
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


def _create_tables() -> None:
    op.create_table(
        "resolutions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("decision_id", sa.Uuid(), nullable=True),
        sa.Column("certificate_id", sa.Uuid(), nullable=True),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_resolutions_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificates.id"],
            name=op.f("fk_resolutions_certificate_id_certificates"),
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name=op.f("fk_resolutions_decision_id_decisions")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_resolutions_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolutions")),
        sa.UniqueConstraint("number", name=op.f("uq_resolutions_number")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_resolutions_year_seq")),
    )
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resolutions_adopted_on"), ["adopted_on"])
        batch_op.create_index(batch_op.f("ix_resolutions_case_id"), ["case_id"])
    op.create_table(
        "resolution_votes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resolution_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("vote", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_resolution_votes_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["users.id"], name=op.f("fk_resolution_votes_member_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolutions.id"],
            name=op.f("fk_resolution_votes_resolution_id_resolutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution_votes")),
        sa.UniqueConstraint(
            "resolution_id", "member_id", name=op.f("uq_resolution_votes_resolution_id_member_id")
        ),
    )
    with op.batch_alter_table("resolution_votes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resolution_votes_case_id"), ["case_id"])
        batch_op.create_index(batch_op.f("ix_resolution_votes_resolution_id"), ["resolution_id"])
    op.create_table(
        "appointments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("function", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column("resolution_id", sa.Uuid(), nullable=True),
        sa.Column("ended_by_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ended_by_id"],
            ["resolutions.id"],
            name=op.f("fk_appointments_ended_by_id_resolutions"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["users.id"], name=op.f("fk_appointments_person_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolutions.id"],
            name=op.f("fk_appointments_resolution_id_resolutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_person_id"), ["person_id"])


def _dumps(values: dict) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _Log:
    """Audit entries of this migration, written as the services' audit log writes them."""

    def __init__(self, connection: sa.Connection) -> None:
        self.connection = connection
        self.at = datetime.now(UTC).replace(tzinfo=None)
        self.seq = 0

    def write(self, entity: str, key: str, operation: str, old: dict | None, new: dict | None):
        self.seq += 1
        self.connection.execute(
            sa.insert(AUDIT).values(
                id=uuid.uuid4(), at=self.at, seq=self.seq, user_id=None, user_login="system",
                action="migration", entity=entity, entity_id=key, case_id=None,
                operation=operation, old=_dumps(old) if old is not None else None,
                new=_dumps(new) if new is not None else None,
            )
        )  # fmt: skip


def _codes(roles: str) -> list[str]:
    return [code for code in (roles or "").split(",") if code]


def upgrade() -> None:
    _create_tables()
    connection = op.get_bind()
    log = _Log(connection)
    holders = connection.execute(sa.select(USERS.c.id, USERS.c.roles)).all()
    for user_id, roles in sorted(holders, key=lambda row: row[0].hex):
        codes = _codes(roles)
        if not set(codes) & set(COMMISSION_ROLES):
            continue
        function = "chair" if "commission_chair" in codes else "member"
        values = {
            "id": uuid.uuid4(), "person_id": user_id, "function": function, "starts_on": SINCE,
            "ends_on": None, "basis": "migration", "resolution_id": None, "ended_by_id": None,
        }  # fmt: skip
        connection.execute(sa.insert(APPOINTMENTS).values(**values))
        logged = {
            **values, "id": values["id"].hex, "person_id": user_id.hex,
            "starts_on": SINCE.isoformat(),
        }  # fmt: skip
        log.write("appointments", values["id"].hex, "insert", None, logged)
        kept = ",".join(code for code in codes if code not in COMMISSION_ROLES)
        connection.execute(sa.update(USERS).where(USERS.c.id == user_id).values(roles=kept))
        log.write("users", user_id.hex, "update", {"roles": roles}, {"roles": kept})


def downgrade() -> None:
    connection = op.get_bind()
    log = _Log(connection)
    open_seats = connection.execute(
        sa.select(APPOINTMENTS.c.person_id, APPOINTMENTS.c.function).where(
            APPOINTMENTS.c.ends_on.is_(None), APPOINTMENTS.c.function != "responsible"
        )
    ).all()
    wanted: dict[uuid.UUID, set[str]] = {}
    for person_id, function in open_seats:
        codes = {"commission_member"} | ({"commission_chair"} if function == "chair" else set())
        wanted.setdefault(person_id, set()).update(codes)
    for person_id, codes in sorted(wanted.items(), key=lambda item: item[0].hex):
        roles = connection.execute(
            sa.select(USERS.c.roles).where(USERS.c.id == person_id)
        ).scalar_one()
        back = ",".join(sorted(set(_codes(roles)) | codes))
        connection.execute(sa.update(USERS).where(USERS.c.id == person_id).values(roles=back))
        log.write("users", person_id.hex, "update", {"roles": roles}, {"roles": back})
    for table in ("appointments", "resolution_votes", "resolutions"):
        for (key,) in connection.execute(sa.text(f"SELECT id FROM {table}")):
            log.write(table, uuid.UUID(str(key)).hex, "delete", {}, None)
    for (year,) in connection.execute(
        sa.text("SELECT year FROM counters WHERE kind = 'resolution'")
    ):
        log.write("counters", f"resolution:{year}", "delete", {}, None)
    connection.execute(sa.text("DELETE FROM counters WHERE kind = 'resolution'"))
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_person_id"))
    op.drop_table("appointments")
    with op.batch_alter_table("resolution_votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resolution_votes_resolution_id"))
        batch_op.drop_index(batch_op.f("ix_resolution_votes_case_id"))
    op.drop_table("resolution_votes")
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resolutions_case_id"))
        batch_op.drop_index(batch_op.f("ix_resolutions_adopted_on"))
    op.drop_table("resolutions")
