"""The overview: what needs action now, and the numbers behind the two charts.

Every list is one query on an indexed column (``cases.state``, ``certificates.valid_until``)
with a LIMIT, plus a count for its title, so it stays quick with 100,000 cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from calcert_desktop.domain.dates import add_months, appeal_deadline
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services import access, config
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.storage.models import Case, Certificate, Decision, Revocation

LIST_LIMIT = 100  # rows fetched per list; the title still gives the full count
WAITING_LIMIT = 20

DECIDED = (CaseState.REFUSED.value, CaseState.REVOKED.value)

# States in which the office or the Commission must act next, with what they must do.
WAITING_FOR: dict[CaseState, str] = {
    CaseState.FILED: "biuro: kontrola formalna zgłoszenia",
    CaseState.REVIEW: "Komisja: ocena i decyzja",
    CaseState.SITE_VISIT: "Komisja: wizytacja eksperta",
    CaseState.REVOCATION: "Komisja: postępowanie wyjaśniające",
}
TO_DELIVER = {
    CaseState.REFUSED.value: "biuro: doręczenie decyzji o odmowie",
    CaseState.REVOKED.value: "biuro: doręczenie decyzji o odebraniu",
}
RESPONSE_HEARD = "Komisja: rozstrzygnięcie po odpowiedzi na zarzuty"

CERTIFICATE_STATUSES: dict[str, str] = {
    "valid": "ważne",
    "revoked": "odebrane",
    "expired": "wygasłe",
}


@dataclass(frozen=True)
class DueItem:
    """A case with a date by which something must happen."""

    reference: str
    institution: str
    what: str  # Polish: what is due
    due_on: date
    days_left: int  # negative: that many days overdue


@dataclass(frozen=True)
class WaitingItem:
    """A case waiting for the office or the Commission, and since when."""

    reference: str
    institution: str
    what: str  # Polish: who must do what
    since: date
    days_waiting: int


@dataclass(frozen=True)
class DueList:
    """The first rows of one list and how many there are in all."""

    items: tuple[DueItem, ...]
    total: int


@dataclass(frozen=True)
class WaitingList:
    """The cases waiting longest and how many are waiting in all."""

    items: tuple[WaitingItem, ...]
    total: int


@dataclass(frozen=True)
class Overview:
    """What needs action on ``today``."""

    today: date
    appeals: DueList
    responses: DueList
    expiring: DueList
    waiting: WaitingList


@dataclass(frozen=True)
class StateCount:
    """How many cases are in one state."""

    state: str
    label: str
    count: int
    closed: bool  # nothing more will happen to these cases


@dataclass(frozen=True)
class YearCount:
    """Certificates issued in one year, by their status now."""

    year: int
    valid: int
    revoked: int
    expired: int

    @property
    def total(self) -> int:
        """Every certificate issued that year."""
        return self.valid + self.revoked + self.expired


@dataclass(frozen=True)
class ChartData:
    """The numbers of the two overview charts."""

    by_state: tuple[StateCount, ...]
    by_year: tuple[YearCount, ...]


def _count(session: Session, query: Select[Any]) -> int:
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


def _latest_decision(column: Any) -> Any:
    """``column`` of the case's newest refusal or revocation (a correlated subquery)."""
    return (
        select(column)
        .where(Decision.case_id == Case.id, Decision.kind.in_(("refuse", "revoke")))
        .order_by(Decision.decided_on.desc(), Decision.id)
        .limit(1)
        .scalar_subquery()
    )


def _appeals(session: Session, today: date, actor: Actor) -> DueList:
    days = config.get_int(session, "appeal_days")
    decided = select(
        Case.reference,
        Case.institution_name,
        Case.state,
        _latest_decision(Decision.decided_on).label("decided_on"),
        _latest_decision(Decision.delivered_on).label("delivered_on"),
    ).where(Case.state.in_(DECIDED))
    inner = access.visible_to(decided, actor).subquery()
    # The window runs from delivery (from the decision while delivery is not recorded, as
    # domain.dates.appeal_deadline has it); it is open while its last day has not passed.
    start = func.coalesce(inner.c.delivered_on, inner.c.decided_on)
    query = (
        select(inner)
        .where(start >= today - timedelta(days=days))
        .order_by(start, inner.c.reference)
    )
    what = {
        CaseState.REFUSED.value: "odwołanie od odmowy",
        CaseState.REVOKED.value: "odwołanie od odebrania certyfikatu",
    }
    items = []
    for row in session.execute(query.limit(LIST_LIMIT)):
        last_day = appeal_deadline(row.decided_on, row.delivered_on, days)
        text = what[row.state]
        if row.delivered_on is None:
            text += " (decyzji nie doręczono)"
        items.append(
            DueItem(row.reference, row.institution_name, text, last_day, (last_day - today).days)
        )
    return DueList(tuple(items), _count(session, query))


def _responses(session: Session, today: date, actor: Actor) -> DueList:
    query = (
        select(Case.reference, Case.institution_name, Revocation.response_due)
        .join(Revocation, Revocation.case_id == Case.id)
        .where(
            Case.state == CaseState.CHARGED.value,
            Revocation.outcome.is_(None),
            Revocation.response_received_on.is_(None),
            Revocation.response_due.is_not(None),
        )
        .order_by(Revocation.response_due, Case.reference)
    )
    query = access.visible_to(query, actor)
    items = tuple(
        DueItem(
            row.reference,
            row.institution_name,
            "odpowiedź instytucji na zarzuty"
            if row.response_due >= today
            else "odpowiedź na zarzuty po terminie: Komisja może rozstrzygnąć",
            row.response_due,
            (row.response_due - today).days,
        )
        for row in session.execute(query.limit(LIST_LIMIT))
    )
    return DueList(items, _count(session, query))


def _expiring(session: Session, today: date, actor: Actor) -> DueList:
    months = config.get_int(session, "reminder_months")
    query = (
        select(Case.reference, Case.institution_name, Certificate.number, Certificate.valid_until)
        .join(Case, Case.id == Certificate.case_id)
        .where(Certificate.status == "valid", Certificate.valid_until <= add_months(today, months))
        .order_by(Certificate.valid_until, Certificate.number)
    )
    query = access.visible_to(query, actor)
    items = tuple(
        DueItem(
            row.reference,
            row.institution_name,
            f"certyfikat {row.number} traci ważność"
            if row.valid_until >= today
            else f"certyfikat {row.number} wygasł: zapisz wygaśnięcie",
            row.valid_until,
            (row.valid_until - today).days,
        )
        for row in session.execute(query.limit(LIST_LIMIT))
    )
    return DueList(items, _count(session, query))


def _waiting(session: Session, today: date, actor: Actor) -> WaitingList:
    delivered = _latest_decision(Decision.delivered_on)
    heard = exists().where(
        Revocation.case_id == Case.id,
        Revocation.outcome.is_(None),
        Revocation.response_received_on.is_not(None),
    )
    query = (
        select(Case.reference, Case.institution_name, Case.state, Case.state_since)
        .where(
            Case.state_since.is_not(None),
            or_(
                Case.state.in_([s.value for s in WAITING_FOR]),
                and_(Case.state.in_(DECIDED), delivered.is_(None)),
                and_(Case.state == CaseState.CHARGED.value, heard),
            ),
        )
        .order_by(Case.state_since, Case.reference)
    )
    query = access.visible_to(query, actor)
    labels = {state.value: text for state, text in WAITING_FOR.items()}
    labels |= TO_DELIVER | {CaseState.CHARGED.value: RESPONSE_HEARD}
    items = tuple(
        WaitingItem(
            row.reference,
            row.institution_name,
            labels[row.state],
            row.state_since,
            (today - row.state_since).days,
        )
        for row in session.execute(query.limit(WAITING_LIMIT))
    )
    return WaitingList(items, _count(session, query))


def needs_action(ctx: AppContext, actor: Actor) -> Overview:
    """The four lists of the overview, as of ``ctx.today()``, of the cases ``actor`` reads."""
    access.may_list(actor)
    today = ctx.today()
    with reading(ctx) as session:
        return Overview(
            today,
            _appeals(session, today, actor),
            _responses(session, today, actor),
            _expiring(session, today, actor),
            _waiting(session, today, actor),
        )


def chart_data(ctx: AppContext, actor: Actor) -> ChartData:
    """Cases by state (process order, every state) and certificates by year of issue: counts
    only, no case's data, for anyone who follows cases."""
    access.may_list(actor)
    with reading(ctx) as session:
        counts = dict(session.execute(select(Case.state, func.count()).group_by(Case.state)).all())
        years: dict[int, dict[str, int]] = {}
        rows = session.execute(
            select(Certificate.year, Certificate.status, func.count()).group_by(
                Certificate.year, Certificate.status
            )
        )
        for year, status, count in rows:
            years.setdefault(year, {})[status] = count
    by_state = tuple(
        StateCount(s.value, s.label, counts.get(s.value, 0), s.is_closed) for s in CaseState
    )
    by_year = tuple(
        YearCount(year, got.get("valid", 0), got.get("revoked", 0), got.get("expired", 0))
        for year, got in sorted(years.items())
    )
    return ChartData(by_state, by_year)
