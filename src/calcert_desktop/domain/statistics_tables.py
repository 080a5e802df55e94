"""The tables of the yearly statistics (domain.statistics counts them): the figures of one
group of cases in one period, the breakdowns' rows in their order, the periods of a range.
Plain data, for the spreadsheet, the PDF report, the JSON file and the GUI page alike."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.polish_text import sort_key
from calcert_desktop.domain.statistics_labels import FIGURE_LABELS, NOT_GIVEN, type_label

# --- the figures ------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The figures of one period for one group of cases (domain.statistics says what each
    counts); the fields'
    order is the tables' column order."""

    received: int = 0
    renewals: int = 0
    decided: int = 0
    granted: int = 0
    refused: int = 0
    median_days: float | None = None
    appeals_refusal: int = 0
    appeals_refusal_upheld: int = 0
    appeals_refusal_overturned: int = 0
    revocations: int = 0
    appeals_revocation: int = 0
    appeals_revocation_upheld: int = 0
    appeals_revocation_overturned: int = 0
    expiries: int = 0
    valid_at_end: int = 0

    def value(self, name: str) -> int | float | None:
        """The figure ``name`` (one of :data:`FIGURES`)."""
        value: int | float | None = getattr(self, name)
        return value

    def to_json(self) -> dict[str, int | float | None]:
        """The figures by name."""
        return {name: self.value(name) for name in FIGURES}


FIGURES: tuple[str, ...] = tuple(f.name for f in fields(Figures))
assert set(FIGURES) == set(FIGURE_LABELS), "every figure has its Polish label"


@dataclass(frozen=True)
class Row:
    """One group of a breakdown: a voivodeship or an institution type."""

    key: str  # as stored with the cases ("" for none)
    label: str
    figures: Figures


@dataclass(frozen=True)
class Period:
    """One year of the range (``year``), or the whole range (``year`` None)."""

    year: int | None
    first_year: int
    last_year: int
    stock_on: date  # the day ``valid_at_end`` is counted on
    overall: Figures
    by_voivodeship: tuple[Row, ...]
    by_institution_type: tuple[Row, ...]

    @property
    def label(self) -> str:
        """ "2025", or the range: "2024–2026"."""
        if self.year is not None:
            return str(self.year)
        return range_label(self.first_year, self.last_year)

    def to_json(self) -> dict[str, Any]:
        """The period's figures, overall and in each breakdown's rows."""
        return {
            "year": self.year,
            "label": self.label,
            "valid_counted_on": self.stock_on.isoformat(),
            "overall": self.overall.to_json(),
            "by_voivodeship": [_row_json(row) for row in self.by_voivodeship],
            "by_institution_type": [_row_json(row) for row in self.by_institution_type],
        }


def _row_json(row: Row) -> dict[str, Any]:
    return {"key": row.key, "label": row.label, **row.figures.to_json()}


@dataclass(frozen=True)
class YearlyStatistics:
    """The statistics of the years ``first_year`` to ``last_year``, made on ``as_of``."""

    first_year: int
    last_year: int
    as_of: date
    years: tuple[Period, ...]
    total: Period | None  # None when the range is one year
    figure_labels: dict[str, str] = field(default_factory=lambda: dict(FIGURE_LABELS))

    @property
    def periods(self) -> tuple[Period, ...]:
        """Each year, then the range's total (when there is more than one year)."""
        return (*self.years, self.total) if self.total else self.years

    @property
    def last(self) -> Period:
        """The period the breakdowns' charts show: the total, or the one year."""
        return self.total or self.years[-1]

    @property
    def title(self) -> str:
        """ "Statystyka certyfikacji za 2025 r." or "… za lata 2024–2026"."""
        if self.first_year == self.last_year:
            return f"Statystyka certyfikacji za {self.first_year} r."
        return f"Statystyka certyfikacji za lata {range_label(self.first_year, self.last_year)}"

    @property
    def unfinished_year(self) -> int | None:
        """The range's year that was not over on ``as_of`` (its figures are to that day)."""
        if self.last_year == self.as_of.year and self.as_of < date(self.as_of.year, 12, 31):
            return self.last_year
        return None

    def to_json(self) -> dict[str, Any]:
        """The numbers with the Polish names of the figures (for ``stats -o FILE.json``)."""
        return {
            "title": self.title,
            "first_year": self.first_year,
            "last_year": self.last_year,
            "as_of": self.as_of.isoformat(),
            "figures": dict(self.figure_labels),
            "periods": [period.to_json() for period in self.periods],
        }


def range_label(first_year: int, last_year: int) -> str:
    """ "2025" or "2024–2026" (an en dash, as Polish writes ranges)."""
    return str(first_year) if first_year == last_year else f"{first_year}–{last_year}"


def voivodeship_rows(seen: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(stored value, label) of every voivodeship in Polish order, then any other value the
    cases hold, then "nie podano" (the cases without one)."""
    known = [v.name for v in load_form().voivodeships]
    others = {key for key in seen if key and key not in known}
    names = sorted(known, key=sort_key) + sorted(others, key=sort_key)
    return [*((name, name) for name in names), ("", NOT_GIVEN)]


def type_rows(seen: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(stored code, label) of every institution type in the form's order, then any other
    code the cases hold, then "nie podano"."""
    form = load_form()
    known = [choice.code for choice in form.institution_types]
    others = sorted({key for key in seen if key and key not in known}, key=sort_key)
    rows = [(code, type_label(code, choice.label))
            for code, choice in zip(known, form.institution_types, strict=True)]  # fmt: skip
    return [*rows, *((code, code) for code in others), ("", NOT_GIVEN)]
