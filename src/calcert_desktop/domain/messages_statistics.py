"""Polish messages of the yearly statistics (``calcert stats``, their export)."""

from __future__ import annotations

STATISTICS_MESSAGES: dict[str, str] = {
    "statistics.bad_range": (
        "Rok początkowy ({first}) jest późniejszy niż rok końcowy ({last}) — podaj najpierw wcześniejszy rok."
    ),
    "statistics.year_out_of_range": (
        "Rok {value} jest poza zakresem — statystykę można sporządzić za lata od {low} do {high}."
    ),
    "statistics.bad_suffix": (
        "Statystykę zapisuje się do pliku .xlsx, .pdf albo .json — nazwa „{value}” ma inne rozszerzenie."
    ),
}
