"""The words the spreadsheet and the PDF report of the yearly statistics share: who made
them and when, what an unfinished year's figures mean, the breakdowns' titles, and the
numbers written the Polish way."""

from __future__ import annotations

from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.documents.text import NBSP
from calcert_desktop.domain.office import OfficeDetails
from calcert_desktop.domain.statistics_tables import Period, YearlyStatistics

BY_VOIVODESHIP = "Według województw"
BY_TYPE = "Według typu instytucji"
SUMMARY = "Podsumowanie lat"
VOIVODESHIP = "Województwo"
INSTITUTION_TYPE = "Typ instytucji"
YEAR = "Rok"
PERIOD = "Okres"
TOTAL = "Razem"
CHART_RECEIVED = "Zgłoszenia i decyzje Komisji w kolejnych latach"
CHART_CERTIFICATES = "Certyfikaty w kolejnych latach"
BREAKDOWN_NOTE = (
    "Województwo i typ instytucji — według danych sprawy (zgłoszenia z późniejszymi "
    "zmianami); „nie podano”: sprawy bez tej informacji."
)


def made_by(statistics: YearlyStatistics, office: OfficeDetails) -> str:
    """The line under the title: "Sporządzono 7 grudnia 2026 r. · <the office's name>"."""
    return f"Sporządzono {long_date(statistics.as_of)} · {office.name}"


def unfinished_note(statistics: YearlyStatistics) -> str:
    """What the figures of a year not yet over mean ('' when every year is over)."""
    year = statistics.unfinished_year
    if year is None:
        return ""
    return (
        f"Rok {year} jeszcze trwa: liczby obejmują zdarzenia do {long_date(statistics.as_of)}, "
        "a certyfikaty ważne — na ten dzień."
    )


def period_title(period: Period) -> str:
    """The period in a heading: "Rok 2025" or "Razem 2024–2026"."""
    return f"{YEAR} {period.label}" if period.year is not None else f"{TOTAL} {period.label}"


def number(value: int | float | None) -> str:
    """A figure as Polish text: thousands grouped by a no-break space, a decimal comma, a
    dash for no value (a median without decisions)."""
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", NBSP).replace(".", ",")
    return f"{int(value):,}".replace(",", NBSP)
