"""Dates as Polish documents write them: "14 marca 2025 r." in running text, "14.03.2025"
in tables."""

from __future__ import annotations

from datetime import date

from calcert_desktop.documents.text import NBSP

# The month names in the genitive, as a date is read ("14 marca").
MONTHS_GENITIVE = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
    "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
)  # fmt: skip



def long_date(day: date | None, *, unbreakable: bool = False) -> str:
    """``day`` as "14 marca 2025 r."; '' for None. With ``unbreakable`` the spaces around
    the month and before "r." are no-break spaces, so that "r." never starts a line."""
    if day is None:
        return ""
    space = NBSP if unbreakable else " "
    return f"{day.day}{space}{MONTHS_GENITIVE[day.month - 1]} {day.year}{space}r."


def short_date(day: date | None) -> str:
    """``day`` as "14.03.2025" (columns of a table); '' for None."""
    return day.strftime("%d.%m.%Y") if day else ""
