"""Dates as Polish documents write them: "14 marca 2025 r." (the month in the genitive)."""

from __future__ import annotations

from datetime import date

MONTHS_GENITIVE = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
    "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
)  # fmt: skip


def long_date(day: date) -> str:
    """``day`` written out: ``14 marca 2025 r.``"""
    return f"{day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year} r."
