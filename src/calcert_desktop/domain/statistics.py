"""Yearly statistics of the certification process, counted from dated records.

The figures come from what was recorded and when, never from a case's state today: a case
refused in December and overturned on appeal in January counts as refused in the first
year and as an overturned appeal in the second. For a calendar year Y:

- ``received``: cases whose written request was received (``received_on``) in Y; drafts
  have no date of receipt and are not counted. ``renewals``: those of them that renew an
  earlier certificate.
- ``decided``, ``granted``, ``refused``: the Commission's first-instance decisions (grant
  or refuse) dated in Y, whatever the Board decided on appeal later.
- ``median_days``: the median number of days from the case's receipt to those decisions
  (decisions of Y; None when there were none).
- ``appeals_refusal`` / ``appeals_revocation``: appeals received in Y, by the kind of the
  decision appealed against (a refusal, a revocation).
- ``appeals_*_upheld`` / ``appeals_*_overturned``: the Board's decisions on appeals dated
  in Y (uphold or overturn), by what the appeal they settled was against.
- ``revocations``: the Commission's decisions to revoke a certificate dated in Y.
- ``expiries``: certificates whose validity ended in Y: a certificate expires on the day
  after its last day of validity unless it is revoked on that day (a revocation decided
  before that day and not overturned on appeal by then); one whose revocation the Board
  overturns only after that day expires on the day of the overturn.
- ``valid_at_end``: certificates valid on 31 December of Y (issued on or before it, valid
  until it or later, and not revoked then, as above); for a year not yet over, on the day
  the statistics are made.

The range's total adds up the years, but its median is over all the range's decisions and
its valid certificates are those at the end of the last year. The breakdowns use the
voivodeship and the institution type stored with each case (its filed declaration, as
amended); "nie podano" where the case has none.
"""

from __future__ import annotations

import statistics as _stats
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from calcert_desktop.domain.dates import expires_on
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.statistics_tables import (
    FIGURES,
    Figures,
    Period,
    Row,
    YearlyStatistics,
    type_rows,
    voivodeship_rows,
)

Key = Hashable  # a record's id as the caller has it (a UUID from the database)
TOTAL = "total"  # the key of the range's total among the periods
_Group = tuple[str, str]  # ("all", "") / ("voivodeship", name) / ("type", code)


# --- the dated facts --------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFact:
    """A case: when its written request came in, where, what kind of institution."""

    id: Key
    received_on: date | None
    voivodeship: str
    institution_type: str
    renewal: bool = False
    # The groups its events count in (made once: a case has many events).
    groups: tuple[_Group, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        groups = (("all", ""), ("voivodeship", self.voivodeship.strip()),
                  ("type", self.institution_type.strip()))  # fmt: skip
        object.__setattr__(self, "groups", groups)


@dataclass(frozen=True)
class DecisionFact:
    """A decision: the Commission's (grant, refuse, revoke, discontinue) or the Board's on
    an appeal (uphold, overturn)."""

    id: Key
    case_id: Key
    body: str  # commission / board
    kind: str
    decided_on: date


@dataclass(frozen=True)
class AppealFact:
    """An appeal against the decision ``against_id``, settled by ``outcome_id`` (or not yet)."""

    id: Key
    case_id: Key
    against_id: Key
    received_on: date
    outcome_id: Key | None = None


@dataclass(frozen=True)
class CertificateFact:
    """A certificate of a case: issued on, valid until (its last day)."""

    case_id: Key
    issued_on: date
    valid_until: date


@dataclass(frozen=True)
class Facts:
    """Everything the statistics are counted from."""

    cases: Sequence[CaseFact] = ()
    decisions: Sequence[DecisionFact] = ()
    appeals: Sequence[AppealFact] = ()
    certificates: Sequence[CertificateFact] = ()


# --- counting ---------------------------------------------------------------------------


_COUNTED = tuple(name for name in FIGURES if name != "median_days")


class _Book:
    """Counts by (period, group, figure) and decision times by (period, group); a period is
    a year of the range or :data:`TOTAL`. One flat counter: 100,000 cases make a few
    hundred thousand events."""

    def __init__(self, first_year: int, last_year: int) -> None:
        self.years = range(first_year, last_year + 1)
        self.counts: Counter[tuple[int | str, _Group, str]] = Counter()
        self.days: dict[tuple[int | str, _Group], list[int]] = {}

    def add(self, day: date, case: CaseFact, figure: str, days: int | None = None) -> None:
        """One event of ``case`` on ``day`` (ignored outside the range)."""
        if day.year in self.years:
            for period in (day.year, TOTAL):
                self.put(period, case, figure, days)

    def put(self, period: int | str, case: CaseFact, figure: str, days: int | None = None) -> None:
        """One event of ``case`` counted in ``period``."""
        for group in case.groups:
            self.counts[(period, group, figure)] += 1
            if days is not None:
                times = self.days.get((period, group))
                if times is None:
                    self.days[(period, group)] = [days]
                else:
                    times.append(days)

    def figures(self, period: int | str, group: _Group) -> Figures:
        days = self.days.get((period, group))
        median = float(_stats.median(days)) if days else None
        counts = {name: self.counts[(period, group, name)] for name in _COUNTED}
        return Figures(**counts, median_days=median)  # type: ignore[arg-type]

    def keys(self, dimension: str) -> set[str]:
        return {key for (_period, (dim, key), _figure) in self.counts if dim == dimension}


def stock_day(year: int, as_of: date) -> date:
    """The day a year's valid certificates are counted on: 31 December, or ``as_of`` for
    the year not over yet."""
    end = date(year, 12, 31)
    return as_of if year == as_of.year and as_of < end else end


def compute(facts: Facts, first_year: int, last_year: int, as_of: date) -> YearlyStatistics:
    """The statistics of the years ``first_year`` to ``last_year`` from ``facts`` (see the
    module's docstring for what each figure counts)."""
    cases = {case.id: case for case in facts.cases}
    decisions = {decision.id: decision for decision in facts.decisions}
    book = _Book(first_year, last_year)
    for case in facts.cases:
        if case.received_on is not None:
            book.add(case.received_on, case, "received")
            if case.renewal:
                book.add(case.received_on, case, "renewals")
    _count_decisions(book, cases, facts.decisions)
    _count_appeals(book, cases, decisions, facts.appeals)
    _count_certificates(book, cases, decisions, facts, first_year, last_year, as_of)
    years = tuple(_period(book, year, first_year, last_year, as_of)
                  for year in range(first_year, last_year + 1))  # fmt: skip
    total = _period(book, None, first_year, last_year, as_of) if last_year > first_year else None
    return YearlyStatistics(first_year, last_year, as_of, years, total)


def _count_decisions(
    book: _Book, cases: dict[Key, CaseFact], decisions: Iterable[DecisionFact]
) -> None:
    for decision in decisions:
        case = cases.get(decision.case_id)
        if case is None or decision.body != "commission":
            continue
        if decision.kind in ("grant", "refuse"):
            days = (decision.decided_on - case.received_on).days if case.received_on else None
            book.add(decision.decided_on, case, "decided", days)
            outcome = "granted" if decision.kind == "grant" else "refused"
            book.add(decision.decided_on, case, outcome)
        elif decision.kind == "revoke":
            book.add(decision.decided_on, case, "revocations")


_AGAINST = {"refuse": "refusal", "revoke": "revocation"}
_OUTCOMES = {"uphold": "upheld", "overturn": "overturned"}


def _count_appeals(
    book: _Book,
    cases: dict[Key, CaseFact],
    decisions: dict[Key, DecisionFact],
    appeals: Sequence[AppealFact],
) -> None:
    settled = {appeal.outcome_id: appeal for appeal in appeals if appeal.outcome_id is not None}
    for appeal in appeals:
        case, against = cases.get(appeal.case_id), decisions.get(appeal.against_id)
        if case is not None and against is not None and against.kind in _AGAINST:
            book.add(appeal.received_on, case, f"appeals_{_AGAINST[against.kind]}")
    for decision in decisions.values():
        if decision.body != "board" or decision.kind not in _OUTCOMES:
            continue
        appeal = settled.get(decision.id)
        case = cases.get(decision.case_id)
        against = decisions.get(appeal.against_id) if appeal else None
        if case is not None and against is not None and against.kind in _AGAINST:
            figure = f"appeals_{_AGAINST[against.kind]}_{_OUTCOMES[decision.kind]}"
            book.add(decision.decided_on, case, figure)


# A revocation of a certificate: decided on, overturned on appeal on (None: it stands).
_Revocation = tuple[date, date | None]


def _revocations(
    decisions: dict[Key, DecisionFact], appeals: Sequence[AppealFact]
) -> dict[Key, list[_Revocation]]:
    """Each case's revocations (a case has one certificate) with the day each was
    overturned on appeal, if it was."""
    overturned: dict[Key, date] = {}
    for appeal in appeals:
        outcome = decisions.get(appeal.outcome_id) if appeal.outcome_id is not None else None
        if outcome is not None and outcome.kind == "overturn":
            overturned[appeal.against_id] = outcome.decided_on
    found: dict[Key, list[_Revocation]] = {}
    for decision in decisions.values():
        if decision.body == "commission" and decision.kind == "revoke":
            revocation = (decision.decided_on, overturned.get(decision.id))
            found.setdefault(decision.case_id, []).append(revocation)
    return found


def revoked_on(day: date, revocations: Iterable[_Revocation]) -> bool:
    """Whether a certificate with ``revocations`` stands revoked on ``day``."""
    return any(decided <= day and (over is None or over > day) for decided, over in revocations)


def expiry_day(certificate: CertificateFact, revocations: Sequence[_Revocation]) -> date | None:
    """The day ``certificate`` expired (or will): the day after its last day of validity,
    unless revoked before it; the day of the last overturn when its revocation was
    overturned only after that day; None when it stays revoked."""
    day = expires_on(certificate.valid_until)
    before = [over for decided, over in revocations if decided < day]
    if not before:
        return day
    if any(over is None for over in before):
        return None
    return max(day, *(over for over in before if over is not None))


def _count_certificates(
    book: _Book,
    cases: dict[Key, CaseFact],
    decisions: dict[Key, DecisionFact],
    facts: Facts,
    first_year: int,
    last_year: int,
    as_of: date,
) -> None:
    revocations = _revocations(decisions, facts.appeals)
    for certificate in facts.certificates:
        case = cases.get(certificate.case_id)
        if case is None:
            continue
        own = revocations.get(certificate.case_id, [])
        expired = expiry_day(certificate, own)
        if expired is not None:
            book.add(expired, case, "expiries")
        for year in range(first_year, last_year + 1):
            day = stock_day(year, as_of)
            if certificate.issued_on <= day <= certificate.valid_until and not revoked_on(day, own):
                book.put(year, case, "valid_at_end")
                if year == last_year:
                    book.put(TOTAL, case, "valid_at_end")


# --- the periods' tables ----------------------------------------------------------------


def _period(book: _Book, year: int | None, first_year: int, last_year: int, as_of: date) -> Period:
    period: int | str = TOTAL if year is None else year
    return Period(
        year=year,
        first_year=first_year,
        last_year=last_year,
        stock_on=stock_day(last_year if year is None else year, as_of),
        overall=book.figures(period, ("all", "")),
        by_voivodeship=tuple(Row(key, label, book.figures(period, ("voivodeship", key)))
                             for key, label in voivodeship_rows(book.keys("voivodeship"))),
        by_institution_type=tuple(Row(key, label, book.figures(period, ("type", key)))
                                  for key, label in type_rows(book.keys("type"))),
    )  # fmt: skip


# --- what may be asked for --------------------------------------------------------------

EARLIEST_YEAR = 1990  # the paper-era register reaches back no further
EXPORT_SUFFIXES = (".xlsx", ".pdf", ".json")


def check_years(first_year: int, last_year: int, today: date) -> None:
    """ValidationError (Polish) unless the years run forwards, from :data:`EARLIEST_YEAR` to
    the current year (a year to come has nothing to count yet)."""
    if first_year > last_year:
        raise ValidationError("statistics.bad_range", None, first=first_year, last=last_year)
    for year in (first_year, last_year):
        if not EARLIEST_YEAR <= year <= today.year:
            raise ValidationError("statistics.year_out_of_range", None, value=year,
                                  low=EARLIEST_YEAR, high=today.year)  # fmt: skip


def export_suffix(name: str) -> str:
    """The suffix of the file ``name`` the statistics are written to (".xlsx", ".pdf",
    ".json"; case ignored), or ValidationError naming the file."""
    path = PurePath(name)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise ValidationError("statistics.bad_suffix", "file", value=path.name or name)
    return suffix
