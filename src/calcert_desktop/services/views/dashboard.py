"""The Commission's dashboard of all cases: filtered, sorted ids, then rows by the page.

Built for 100,000 cases: :func:`case_ids` filters and sorts in SQL and returns only ids;
the list asks :func:`rows_for` for the few rows on screen. After a keystroke the list first
asks :func:`first_page` (the head of the sorted list, found in milliseconds), then
:func:`ids_and_counts` (every id and the counts per state, which may take a few hundred
milliseconds and can be cancelled when the user types on). Sorting is Polish alphabetical
order through the stored sort keys, searching is diacritics-insensitive through the folded
search text and its index (``storage.search_index``).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, case, extract, func, select
from sqlalchemy.engine import Connection

from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.polish_text import fold, sort_key
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.access import may_list, visible_to
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.services.views.queries import CaseFilter, filtered
from calcert_desktop.storage.case_keys import case_key, keys_in
from calcert_desktop.storage.models import Assignment, Case, User, attention_keys, case_number
from calcert_desktop.storage.search_index import QueryStopped, case_contains, stoppable

# Raised by ids_and_counts when its ``cancelled`` says so (the answer is no longer wanted).
Cancelled = QueryStopped

# The first page: as many rows as the list fetches at once (dashboard_model.PAGE_SIZE).
FIRST_PAGE = 200
# How far the first page may walk the list in its order, testing each case against the
# search, before it gives up and asks the search index instead (SQLite virtual machine
# instructions: some 20 ms on the 2-core machine of benchmarks/README.md; a word found in
# one case in twelve still fills its page in time). A broad word fills a page within a few
# hundred cases; a selective one would walk all 100,000 (0.3 s), while the index finds its
# few matches at once.
WALK_STEPS = 100_000

# A case as the list knows it: its id as the driver gives it (hex text on SQLite, not
# converted to uuid.UUID: making 100,000 UUID objects doubled the time of the whole query;
# a UUID on PostgreSQL, made by the driver). Opaque to the list: compared, never parsed.
CaseKey = str | uuid.UUID
_KEY = case_key()


class SortColumn(StrEnum):
    """What the list can be sorted by (one per column of the dashboard)."""

    REFERENCE = "reference"
    INSTITUTION = "institution"
    TOWN = "town"
    STATE = "state"
    DAYS_IN_STATE = "days_in_state"
    NEXT_DEADLINE = "next_deadline"
    RAPPORTEUR = "rapporteur"
    # No column: what needs action first (the list's default order; its keys are
    # ``storage.models.attention_keys``).
    ATTENTION = "attention"


@dataclass(frozen=True)
class DashboardQuery:
    """The filters and the order of the list; every filter optional."""

    search: str = ""
    states: tuple[str, ...] = ()
    year: int | None = None
    voivodeship: str | None = None
    institution_type: str | None = None
    assigned_to_me: bool = False
    deadline_passed: bool = False
    sort: SortColumn = SortColumn.REFERENCE
    descending: bool = False


@dataclass(frozen=True)
class DashboardRow:
    """One line of the list."""

    id: uuid.UUID
    reference: str  # the case number, or the draft's code before filing
    institution: str
    town: str
    state: str
    state_label: str
    days_in_state: int | None
    next_deadline: date | None
    deadline_passed: bool
    rapporteur: str | None


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers: (code, Polish label) pairs and the years with cases."""

    years: list[int] = field(default_factory=list)
    voivodeships: list[tuple[str, str]] = field(default_factory=list)
    institution_types: list[tuple[str, str]] = field(default_factory=list)


def _state_order() -> ColumnElement[int]:
    """The state's rank in Polish alphabetical order of its label."""
    ranked = sorted(CaseState, key=lambda s: sort_key(s.label))
    return case({s.value: rank for rank, s in enumerate(ranked)}, value=Case.state, else_=99)


def _where(
    query: Select[Any], actor: Actor, q: DashboardQuery, today: date, *, states: bool
) -> Select[Any]:
    flt = CaseFilter(
        states=q.states if states else (),
        search=q.search,
        year=q.year,
        voivodeship=q.voivodeship,
        institution_type=q.institution_type,
    )
    query = filtered(query, flt)
    if q.assigned_to_me:
        mine = select(Assignment.case_id).where(Assignment.member_id == actor.id)
        query = query.where(Case.id.in_(mine))
    query = visible_to(query, actor)  # an expert: only the cases of their site visits
    if q.deadline_passed:
        query = query.where(Case.next_deadline < today)
    return query


def _ordered(query: Select[Any], q: DashboardQuery) -> Select[Any]:
    sort = SortColumn(q.sort)
    number = case_number()
    if sort == SortColumn.ATTENTION:
        keys = attention_keys()  # as ix_cases_list_attention holds them (storage)
        return query.order_by(*(key.desc() if q.descending else key for key in keys))
    if sort == SortColumn.RAPPORTEUR:
        query = query.outerjoin(User, User.id == Case.rapporteur_id)
        key: Any = User.name_sort
    else:
        key = {
            SortColumn.REFERENCE: number,
            SortColumn.INSTITUTION: Case.name_sort,
            SortColumn.TOWN: Case.town_sort,
            SortColumn.STATE: _state_order(),
            # More days in the state is an earlier date of entering it.
            SortColumn.DAYS_IN_STATE: Case.state_since,
            SortColumn.NEXT_DEADLINE: Case.next_deadline,
        }[sort]
    descending = q.descending != (sort == SortColumn.DAYS_IN_STATE)
    key = key.desc() if descending else key.asc()
    if sort in NULLABLE:
        key = key.nulls_last()  # cases without a deadline or a rapporteur stay at the end
    if sort == SortColumn.REFERENCE:
        return query.order_by(key)  # the number is unique
    # Ties by the number: a total, stable order (the one of the list indexes in storage).
    return query.order_by(key, number)


NULLABLE = (SortColumn.DAYS_IN_STATE, SortColumn.NEXT_DEADLINE, SortColumn.RAPPORTEUR)


def _may_view(actor: Actor) -> None:
    may_list(actor)


def case_ids(ctx: AppContext, actor: Actor, query: DashboardQuery) -> list[CaseKey]:
    """The keys of the cases matching ``query``, in its order."""
    _may_view(actor)
    with reading(ctx) as session:
        return _case_ids(session.connection(), actor, query, ctx.today())


def _case_ids(
    connection: Connection, actor: Actor, query: DashboardQuery, today: date
) -> list[CaseKey]:
    statement = _ordered(_where(select(_KEY), actor, query, today, states=True), query)
    # Core, not ORM, execution: plain column values need none of the ORM's bookkeeping.
    return connection.execute(statement).scalars().all()  # fetched at once, not row by row


def first_page(
    ctx: AppContext, actor: Actor, query: DashboardQuery, limit: int | None = None
) -> list[CaseKey]:
    """The first ``limit`` (default :data:`FIRST_PAGE`) keys of :func:`case_ids` (the same
    cases, in the same order), fast whatever the search: what the list shows right after a
    keystroke.

    With a search, the cases are first walked in the list's order (its index) and each
    tested against the words, up to a budget of steps: a broad word, costly for the index
    (long posting lists, tens of thousands of matches to sort), fills the page after a few
    hundred cases. A selective word runs out of the budget; the index then finds its few
    matches and only those are sorted. (On PostgreSQL the first statement is already the
    answer: the server's planner makes that choice itself, see storage/search_index.py.)
    """
    _may_view(actor)
    limit = FIRST_PAGE if limit is None else limit
    today = ctx.today()
    words = fold(query.search).split()
    with reading(ctx) as session:
        connection = session.connection()
        if words:
            walk = _where(select(_KEY), actor, replace(query, search=""), today, states=True)
            walk = _ordered(walk.where(case_contains(words)), query).limit(limit)
            try:
                with stoppable(connection, steps=WALK_STEPS):
                    return connection.execute(walk).scalars().all()
            except QueryStopped:
                pass  # a selective search: the index is the faster way
        statement = _where(select(_KEY), actor, query, today, states=True)
        return connection.execute(_ordered(statement, query).limit(limit)).scalars().all()


def ids_and_counts(
    ctx: AppContext,
    actor: Actor,
    query: DashboardQuery,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[CaseKey], dict[str, int]]:
    """:func:`case_ids` and :func:`state_counts` together, as the list asks for them after
    every keystroke: with a search and no state filter, one pass of the search gives both
    (the search is the costly part; running it twice doubled a broad keystroke).

    ``cancelled`` is asked now and then while the database works (SQLite: between steps of
    its virtual machine; PostgreSQL: every few hundredths of a second, the server then
    cancelling the statement): once it is true the work stops and :data:`Cancelled` is
    raised, so that a newer keystroke need not wait for an answer nobody wants any more.
    """
    _may_view(actor)
    with reading(ctx) as session:
        connection = session.connection()
        guard = stoppable(connection, cancelled=cancelled) if cancelled else nullcontext()
        with guard:
            if query.states or not query.search.strip():
                ids = _case_ids(connection, actor, query, ctx.today())
                return ids, _state_counts(connection, actor, query, ctx.today())
            statement = select(_KEY, Case.state)
            statement = _ordered(_where(statement, actor, query, ctx.today(), states=True), query)
            rows = connection.execute(statement).all()
    return [key for key, _ in rows], dict(Counter(state for _, state in rows))


def rows_for(ctx: AppContext, ids: Sequence[CaseKey]) -> dict[CaseKey, DashboardRow]:
    """The rows of these cases (a page of the list), in one query by primary key."""
    if not ids:
        return {}
    statement = (
        select(
            _KEY,
            Case.reference,
            Case.draft_code,
            Case.institution_name,
            Case.town,
            Case.state,
            Case.state_since,
            Case.next_deadline,
            User.full_name,
        )
        .outerjoin(User, User.id == Case.rapporteur_id)
        .where(keys_in(ids))
    )
    today = ctx.today()
    labels = {state.value: state.label for state in CaseState}
    with reading(ctx) as session:
        # Unpacked as tuples: a page is fetched while the user scrolls, every row counts.
        return {
            key: DashboardRow(
                id=key if isinstance(key, uuid.UUID) else uuid.UUID(key),
                reference=reference or draft_code,
                institution=institution,
                town=town,
                state=state,
                state_label=labels[state],
                days_in_state=(today - since).days if since else None,
                next_deadline=deadline,
                deadline_passed=deadline is not None and deadline < today,
                rapporteur=rapporteur_name,
            )
            for (
                key,
                reference,
                draft_code,
                institution,
                town,
                state,
                since,
                deadline,
                rapporteur_name,
            ) in session.connection().execute(statement).tuples().all()
        }


def state_counts(ctx: AppContext, actor: Actor, query: DashboardQuery) -> dict[str, int]:
    """How many cases match ``query`` in each state, its state filter left out (so that
    the state list can show what choosing each state would give)."""
    _may_view(actor)
    with reading(ctx) as session:
        return _state_counts(session.connection(), actor, query, ctx.today())


def _state_counts(
    connection: Connection, actor: Actor, query: DashboardQuery, today: date
) -> dict[str, int]:
    statement = select(Case.state, func.count()).group_by(Case.state)
    statement = _where(statement, actor, query, today, states=False)
    return {state: count for state, count in connection.execute(statement)}


def filter_choices(ctx: AppContext) -> FilterChoices:
    """The years with received cases (newest first), and the voivodeships and institution
    types of the form definition with their Polish labels."""
    form = load_form(None)
    year = extract("year", Case.received_on)
    with reading(ctx) as session:
        years = [
            int(y)
            for y in session.scalars(
                select(year).where(Case.received_on.is_not(None)).distinct().order_by(year.desc())
            )
        ]
    voivodeships = sorted(form.voivodeships, key=lambda v: sort_key(v.name))
    return FilterChoices(
        years=years,
        voivodeships=[(v.name, v.name) for v in voivodeships],
        institution_types=[(c.code, c.label) for c in form.institution_types],
    )
