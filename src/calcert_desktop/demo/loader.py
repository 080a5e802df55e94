"""Realistic demo data: people in every role and cases spread over every state.

Each case follows a plan (:mod:`demo_script`) whose steps are checked against the
workflow's transition table; :mod:`demo_writer` writes its records with the history a real
case would have. Reproducible: the same seed gives the same data.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcert_desktop.demo import script
from calcert_desktop.demo.board import board_day, write_board
from calcert_desktop.demo.declarations import make_declaration
from calcert_desktop.demo.office import write_office
from calcert_desktop.demo.writer import CaseWriter, Staff, make_staff
from calcert_desktop.domain.actions import Action as A
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.numbering import certificate_number, reference_number
from calcert_desktop.domain.plural import counted, plural
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.states import CaseState as S
from calcert_desktop.services.auth.passwords import share_password
from calcert_desktop.services.changes import Changes
from calcert_desktop.services.context import Actor, AppContext, writing
from calcert_desktop.services.process.new_case import new_case
from calcert_desktop.storage import audit
from calcert_desktop.storage.case_columns import draft_completeness, refresh_search
from calcert_desktop.storage.models import Base, Case, Counter, User

CASES_PER_BATCH = 1000  # written together; one commit at the end
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote."""

    cases: int
    people: int
    by_state: dict[str, int]
    message: str

    @property
    def changes(self) -> Changes:
        """Demo data reaches every kind of record."""
        return Changes.everything()


# Final states that only make sense if the case's last act was recent.
RECENT = {
    S.FILED, S.INCOMPLETE, S.REVIEW, S.SITE_VISIT, S.GRANTED, S.REFUSED, S.REFUSAL_APPEALED,
    S.REVOCATION, S.CHARGED, S.REVOKED, S.REVOCATION_APPEALED,
}  # fmt: skip


def _start(rng: random.Random, plan: script.Plan, today: date) -> date | None:
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


@dataclass
class _Outline:
    """Pass one's decisions for a case: its plan, dates, numbers and renewal link."""

    plan: script.Plan
    start: date | None
    reference: str | None = None
    certificate: tuple[int, int] | None = None  # (year, seq)
    renews: int | None = None
    resolutions: dict[int, tuple[int, int]] = field(default_factory=dict)  # event -> (year, seq)


def _outline(
    rng: random.Random, cases: int, staff: Staff, standards: list[str], today: date
) -> tuple[list[_Outline], dict[tuple[str, int], int]]:
    """Plan every case and number them in date order (light: no texts, no records yet)."""
    outlines: list[_Outline] = []
    expired: list[int] = []
    for index in range(cases):
        final = script.choose_final(rng, index)
        plan = script.plan_case(rng, final, staff.members, standards)
        outline = _Outline(plan, _start(rng, plan, today))
        if expired and final in RECENT | {S.DRAFT} and rng.random() < 0.15:
            outline.renews = expired.pop(rng.randrange(len(expired)))
        if final == S.EXPIRED:
            expired.append(index)
        outlines.append(outline)
    last: dict[tuple[str, int], int] = {}

    def number(kind: str, dated: list[tuple[date, int]]) -> None:
        for day, index in sorted(dated):
            seq = last[(kind, day.year)] = last.get((kind, day.year), 0) + 1
            if kind == "reference":
                outlines[index].reference = reference_number(day.year, seq)
            else:
                outlines[index].certificate = (day.year, seq)

    number("reference", [(o.start, i) for i, o in enumerate(outlines) if o.start])
    issued = [
        (o.start + timedelta(days=e.day), i)
        for i, o in enumerate(outlines)
        if o.start
        for e in o.plan.events
        if e.action == A.ISSUE
    ]
    number("certificate", issued)
    return outlines, last


BOARD_ACTS = (A.ISSUE, A.UPHOLD, A.OVERTURN)


def _number_resolutions(
    outlines: list[_Outline], day: date, last: dict[tuple[str, int], int]
) -> list[tuple[int, int]]:
    """Number the Board's resolutions in date order: its own two on ``day`` (appointing the
    Commission, naming the responsible person: returned), then every case's acts."""
    dated: list[tuple[date, int, int, int]] = [(day, 0, 0, -1), (day, 0, 1, -1)]
    for index, outline in enumerate(outlines):
        if outline.start is None:
            continue
        for position, event in enumerate(outline.plan.events):
            if event.action in BOARD_ACTS:
                dated.append((outline.start + timedelta(days=event.day), 1, index, position))
    own: list[tuple[int, int]] = []
    for when, _, index, position in sorted(dated):
        seq = last[("resolution", when.year)] = last.get(("resolution", when.year), 0) + 1
        if position < 0:
            own.append((when.year, seq))
        else:
            outlines[index].resolutions[position] = (when.year, seq)
    return own


def fill(
    ctx: AppContext, actor: Actor, *, cases: int, seed: int, progress: Progress | None = None
) -> DemoSummary:
    """Write the demo people and ``cases`` cases into an empty database, all or nothing.

    Pass one plans and numbers every case; pass two writes them a thousand at a time, so
    memory stays flat however many cases are asked for. Everything (people, counters and
    cases) is one transaction: an interrupted demo leaves the database as it was.

    Only an administrator loads it (``actor``, who is recorded as having added the people);
    the demo's people get the administrator's password, so that any of them can be tried.
    """
    actor.require(Role.ADMIN)
    if cases < 0:
        raise DomainError("demo.negative", value=cases)
    with writing(ctx, actor, "demo") as session:
        _require_empty(ctx, session)
        rng = random.Random(seed)
        today = ctx.today()
        staff = make_staff(rng)
        standards = [s.code for s in load_form(None).standards]
        outlines, last = _outline(rng, cases, staff, standards, today)
        day = board_day([o.start for o in outlines if o.start], today)
        own = _number_resolutions(outlines, day, last)
        _write_people(session, staff, last, actor)
        share_password(session, ctx, actor)
        write_office(session, staff.team)
        write_board(session, staff, day, own, seed)
        writer = CaseWriter(random.Random(seed * 7919 + 1), staff, standards, today)
        by_state = _write_cases(session, writer, outlines, today, progress)
    message = (
        f"Utworzono {counted(cases, 'sprawę', 'sprawy', 'spraw')} "
        f"{plural(cases, 'demonstracyjną', 'demonstracyjne', 'demonstracyjnych')} i "
        f"{counted(len(staff.users), 'osobę', 'osoby', 'osób')} "
        f"(ziarno {seed}). Zaloguj się np. jako: biuro, przewodniczaca, czlonek1, ekspert, "
        "zarzad (uchwały Zarządu: zarzad i zarzad2 głosują) — hasłem administratora."
    )
    return DemoSummary(cases, len(staff.users), by_state, message)


def _require_empty(ctx: AppContext, session: Session) -> None:
    """Refuse a database that already has cases or numbers given."""
    if session.scalar(select(func.count()).select_from(Case)):
        raise DomainError("demo.not_empty", path=str(ctx.paths.root))
    if session.scalar(select(func.count()).select_from(Counter)):
        raise DomainError("demo.numbers_in_use", path=str(ctx.paths.root))


def _write_cases(
    session: Session,
    writer: CaseWriter,
    outlines: list[_Outline],
    today: date,
    progress: Progress | None,
) -> dict[str, int]:
    """Write every outlined case, a batch at a time, in the caller's transaction."""
    cases = len(outlines)
    sources = {o.renews: None for o in outlines if o.renews is not None}
    kept: dict[int, tuple[uuid.UUID, dict[str, Any]]] = {}
    by_state: dict[str, int] = {}
    for index, outline in enumerate(outlines):
        if index and index % CASES_PER_BATCH == 0:
            _insert(session, writer.take())
            if progress:
                progress(index, cases)
        signed = (outline.start or today) - timedelta(days=writer.rng.randint(1, 10))
        data = make_declaration(writer.rng, signed_on=signed)
        if outline.renews is not None:
            source_id, source_data = kept.pop(outline.renews)
            data = {**source_data, "signature": data["signature"]}
        case = new_case(
            data,
            created=datetime.combine(outline.start or signed, time(9, 0)),
            case_id=uuid.UUID(int=writer.rng.getrandbits(128), version=4),
            stays_draft=False,  # measured below for the drafts the writer leaves
        )
        case.reference = outline.reference
        if outline.renews is not None:
            case.renews_case_id = source_id
        certificate = writer.write(
            case, outline.plan, outline.start, outline.resolutions, outline.certificate
        )
        if certificate is not None and outline.certificate is not None:
            year, seq = outline.certificate
            certificate.year, certificate.seq = year, seq
            certificate.number = certificate_number(year, seq)
        if case.state == S.DRAFT:
            case.completeness = draft_completeness(case, data)
        refresh_search(case)
        if index in sources:
            kept[index] = (case.id, data)
        by_state[case.state] = by_state.get(case.state, 0) + 1
    _insert(session, writer.take())
    if progress:
        progress(cases, cases)
    return by_state


def _write_people(
    session: Session, staff: Staff, last: dict[tuple[str, int], int], actor: Actor
) -> None:
    """The demo's people (added by ``actor``) and the sequences' final numbers."""
    existing = set(session.scalars(select(User.login)))
    for login, user in staff.users.items():
        if login not in existing:
            audit.attribute([user], audit.AuditContext(actor.id, actor.login, "demo"))
            session.add(user)
    for (kind, year), value in sorted(last.items()):
        session.add(Counter(kind=kind, year=year, last=value))
    session.flush()  # the people before the cases that name them


def _insert(session: Session, batch: list[Base | audit.NewRow]) -> None:
    """Insert a batch of whole cases (the transaction is committed once, by the caller)."""
    audit.insert_records(session, batch)
