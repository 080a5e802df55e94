"""Reading cases: the filtered list as plain dictionaries (JSON-ready, so the command line
prints them), narrowed to the cases the acting person may read. One case's whole file is
:mod:`case_file`'s."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from calcert_desktop.domain.polish_text import fold
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.access import visible_to
from calcert_desktop.services.context import Actor, AppContext, reading
from calcert_desktop.storage.models import (
    Case,
    Certificate,
    User,
    case_number,
)
from calcert_desktop.storage.search_index import case_matches


@dataclass(frozen=True)
class CaseFilter:
    """What the case list is narrowed to; every part optional."""

    states: Sequence[str] = ()
    search: str = ""
    year: int | None = None
    voivodeship: str | None = None
    institution_type: str | None = None
    limit: int | None = None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def filtered(query: Select[Any], flt: CaseFilter) -> Select[Any]:
    """Apply a filter to a query over ``cases``; search is folded, so 'lodz' finds 'Łódź'."""
    if flt.states:
        query = query.where(Case.state.in_([CaseState(s).value for s in flt.states]))
    if flt.search.strip():
        query = query.where(case_matches(fold(flt.search).split()))
    if flt.year is not None:
        query = query.where(Case.received_on.between(date(flt.year, 1, 1), date(flt.year, 12, 31)))
    if flt.voivodeship:
        query = query.where(Case.voivodeship == flt.voivodeship)
    if flt.institution_type:
        query = query.where(Case.institution_type == flt.institution_type)
    return query


def list_cases(ctx: AppContext, actor: Actor, flt: CaseFilter) -> list[dict[str, Any]]:
    """Cases matching ``flt`` that ``actor`` may read (an expert: their visits' cases), in
    Polish alphabetical order of the institution."""
    rapporteur = aliased(User)
    query = (
        select(
            Case.reference,
            Case.draft_code,
            Case.institution_name,
            Case.town,
            Case.voivodeship,
            Case.state,
            Case.state_since,
            Case.received_on,
            Case.next_deadline,
            rapporteur.full_name,
            Certificate.number,
        )
        .outerjoin(rapporteur, rapporteur.id == Case.rapporteur_id)
        .outerjoin(Certificate, Certificate.case_id == Case.id)
        # The number shown (a draft's code before filing), not the reference alone: engines
        # put a missing reference first (SQLite) or last (PostgreSQL).
        .order_by(Case.name_sort, case_number())
    )
    query = visible_to(filtered(query, flt), actor)
    if flt.limit:
        query = query.limit(flt.limit)
    today = ctx.today()
    labels = {state.value: state.label for state in CaseState}
    with reading(ctx) as session:
        return [
            {
                "reference": row.reference or row.draft_code,
                "institution": row.institution_name,
                "town": row.town,
                "voivodeship": row.voivodeship,
                "state": row.state,
                "state_label": labels[row.state],
                "state_since": _iso(row.state_since),
                "days_in_state": (today - row.state_since).days if row.state_since else None,
                "received_on": _iso(row.received_on),
                "next_deadline": _iso(row.next_deadline),
                "rapporteur": row.full_name,
                "certificate": row.number,
            }
            for row in session.execute(query)
        ]


def count_by_state(ctx: AppContext) -> dict[str, int]:
    """How many cases are in each state."""
    with reading(ctx) as session:
        rows = session.execute(select(Case.state, func.count()).group_by(Case.state))
        return {state: count for state, count in rows}
