"""Realistic demo data: people in every role and cases spread over every state.

Each case follows a plan (:mod:`demo_script`) whose steps are checked against the
workflow's transition table; :mod:`demo_writer` writes its records with the history a real
case would have. Reproducible: the same seed gives the same data.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from calcert_desktop.demo.declarations import make_declaration
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.numbering import certificate_number, reference_number
from calcert_desktop.domain.states import CaseState as S
from calcert_desktop.services import demo_script
from calcert_desktop.services.context import AppContext, writing
from calcert_desktop.services.demo_writer import CaseWriter, Staff, make_staff
from calcert_desktop.services.filing import new_case
from calcert_desktop.storage import audit
from calcert_desktop.storage.case_columns import refresh_search
from calcert_desktop.storage.models import Base, Case, Certificate, Counter, User

BATCH = 2000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote."""

    cases: int
    people: int
    by_state: dict[str, int]
    message: str


# Final states that only make sense if the case's last act was recent.
RECENT = {
    S.FILED, S.INCOMPLETE, S.REVIEW, S.SITE_VISIT, S.GRANTED, S.REFUSED, S.REFUSAL_APPEALED,
    S.REVOCATION, S.CHARGED, S.REVOKED, S.REVOCATION_APPEALED,
}  # fmt: skip


def _start(rng: random.Random, plan: demo_script.Plan, today: date) -> date | None:
    """The day of the written request, so that the plan ends sensibly before today."""
    span = plan.span
    if plan.final == S.DRAFT:
        return None
    if plan.final in (S.REFUSED, S.REVOKED):
        slack = rng.randint(0, 10)  # still within the 14 days to appeal
    elif plan.final in RECENT:
        slack = rng.randint(0, 30)
    elif plan.final == S.CERTIFIED:
        slack = rng.randint(0, 5 * 365 - 60)
    elif plan.final == S.EXPIRED:
        slack = 5 * 365 + 62 + rng.randint(0, 4 * 365)
    else:
        slack = rng.randint(0, 6 * 365)
    return today - timedelta(days=span + slack)


def _number(items: list[tuple[date, Any]], kind: str) -> dict[tuple[str, int], int]:
    """Give yearly sequence numbers in date order; returns the last number per year."""
    last: dict[tuple[str, int], int] = {}
    for day, obj in sorted(items, key=lambda item: (item[0], str(item[1].id))):
        seq = last.get((kind, day.year), 0) + 1
        last[(kind, day.year)] = seq
        if kind == "reference":
            obj.reference = reference_number(day.year, seq)
        else:
            obj.seq, obj.number = seq, certificate_number(day.year, seq)
    return last


def fill(
    ctx: AppContext, *, cases: int, seed: int, progress: Progress | None = None
) -> DemoSummary:
    """Write the demo people and ``cases`` cases into an empty database."""
    if cases < 0:
        raise DomainError("demo.negative", value=cases)
    with writing(ctx, None, "demo") as session:
        if session.scalar(select(func.count()).select_from(Case)):
            raise DomainError("demo.not_empty", path=str(ctx.paths.root))
    rng = random.Random(seed)
    today = ctx.today()
    staff = make_staff(rng)
    standards = [s.code for s in load_form(None).standards]
    writer = CaseWriter(rng, staff, standards, today)
    entries: list[tuple[Case, demo_script.Plan, date | None]] = []
    expired: list[Case] = []
    for index in range(cases):
        final = demo_script.choose_final(rng, index)
        plan = demo_script.plan_case(rng, final, staff.members, standards)
        start = _start(rng, plan, today)
        signed = (start or today) - timedelta(days=rng.randint(1, 10))
        data = make_declaration(rng, signed_on=signed)
        renewed = None
        if expired and final in RECENT | {S.DRAFT} and rng.random() < 0.15:
            renewed = expired.pop(rng.randrange(len(expired)))
            data = {**json.loads(renewed.declaration), "signature": data["signature"]}
        case = new_case(data, created=datetime.combine(start or signed, time(9, 0)))
        case.id = uuid.UUID(int=rng.getrandbits(128), version=4)
        case.draft_code = "ROB-" + case.id.hex[:8].upper()
        if renewed is not None:
            case.renews_case_id = renewed.id
        writer.write(case, plan, start)
        if final == S.EXPIRED:
            expired.append(case)
        entries.append((case, plan, start))
    last = _number([(c.received_on, c) for c, _, _ in entries if c.received_on], "reference")
    certificates = [o for o in writer.objects if isinstance(o, Certificate)]
    last |= _number([(c.issued_on, c) for c in certificates], "certificate")
    for case, _, _ in entries:
        refresh_search(case)
    _write(ctx, staff, writer.objects, last, progress, cases)
    by_state: dict[str, int] = {}
    for case, _, _ in entries:
        by_state[case.state] = by_state.get(case.state, 0) + 1
    message = (
        f"Utworzono {cases} spraw demonstracyjnych i {len(staff.users)} osób "
        f"(ziarno {seed}). Zaloguj się np. jako: biuro, przewodniczaca, czlonek1, ekspert, zarzad."
    )
    return DemoSummary(cases, len(staff.users), by_state, message)


def _write(
    ctx: AppContext,
    staff: Staff,
    objects: list[Base],
    last: dict[tuple[str, int], int],
    progress: Progress | None,
    total: int,
) -> None:
    """Insert everything in batches of whole cases (a case never lands half-written)."""
    with writing(ctx, None, "demo") as session:
        existing = set(session.scalars(select(User.login)))
        for login, user in staff.users.items():
            if login not in existing:
                audit.attribute([user], audit.AuditContext(None, "system", "demo"))
                session.add(user)
        for (kind, year), value in sorted(last.items()):
            session.add(Counter(kind=kind, year=year, last=value))
    case_count = 0
    batch: list[Base] = []
    for obj in objects:
        if isinstance(obj, Case) and len(batch) >= BATCH:
            _commit(ctx, batch)
            batch = []
            if progress:
                progress(case_count, total)
        if isinstance(obj, Case):
            case_count += 1
        batch.append(obj)
    if batch:
        _commit(ctx, batch)
    if progress:
        progress(total, total)


def _commit(ctx: AppContext, batch: list[Base]) -> None:
    # Our models declare few relationship()s, so the unit of work cannot order the inserts:
    # flush table by table in foreign-key order instead (parents before children).
    by_table: dict[str, list[Base]] = {}
    for obj in batch:
        by_table.setdefault(obj.__tablename__, []).append(obj)
    with writing(ctx, None, "demo") as session:
        for table in Base.metadata.sorted_tables:
            if table.name in by_table:
                session.add_all(by_table[table.name])
                session.flush()
