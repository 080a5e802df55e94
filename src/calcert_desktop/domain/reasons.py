"""Drafts of the written reasons of a refusal or a revocation, from what the case holds.

The regulations want reasons in writing; the Commission has already written them piecemeal
in its assessment comments (and the expert in the visit's findings), or in the charges. A
draft gathers them per standard for the chair to edit; it decides nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from calcert_desktop.domain.forms import Standard

# The worse rating comes first: a standard is described by the worst rating it got.
SHORTFALL_RATINGS = ("not", "partly")
RATING_WORDS = {"not": "nie spełnia", "partly": "spełnia częściowo"}


def _day(value: date) -> str:
    return f"{value:%d.%m.%Y} r."


@dataclass(frozen=True)
class Remark:
    """One rating below "meets" with its comment (from a member or the visit's expert)."""

    standard: str
    rating: str
    comment: str
    from_visit: bool = False
    author: str = ""  # the login of the member or the expert


def refusal_draft(
    standards: Sequence[Standard],
    remarks: Iterable[Remark],
    withdrawn: frozenset[str] = frozenset(),
) -> str:
    """Reasons grouped per standard (form order, with its title); '' when nothing fell short.

    The remarks of the ``withdrawn`` (people who declared a conflict of interest in the
    case, even after giving them) are no part of the Commission's reasons."""
    by_standard: dict[str, list[Remark]] = {}
    for remark in remarks:
        if remark.author in withdrawn:
            continue
        if remark.rating in SHORTFALL_RATINGS:
            by_standard.setdefault(remark.standard, []).append(remark)
    if not by_standard:
        return ""
    parts = ["Komisja Certyfikacyjna stwierdziła, że instytucja nie spełnia standardów:"]
    for standard in standards:
        found = by_standard.get(standard.code)
        if not found:
            continue
        worst = min(found, key=lambda r: SHORTFALL_RATINGS.index(r.rating)).rating
        lines = [f"{standard.number}. {standard.title} ({standard.code}) – {RATING_WORDS[worst]}:"]
        seen: set[str] = set()
        for remark in sorted(found, key=lambda r: r.from_visit):
            text = remark.comment.strip()
            if not text or text in seen:
                continue
            seen.add(text)
            lines.append(f"– {'Wizytacja: ' if remark.from_visit else ''}{text}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def revocation_draft(
    charged_on: date | None,
    charges: str,
    response_on: date | None,
    response: str,
    response_due: date | None,
) -> str:
    """Reasons of a revocation built on the written charges and the institution's answer."""
    if not charges.strip():
        return ""
    when = f" z dnia {_day(charged_on)}" if charged_on else ""
    parts = [
        f"Komisja Certyfikacyjna podtrzymuje zarzuty sformułowane na piśmie{when}:",
        charges.strip(),
    ]
    if response_on is not None:
        parts.append(f"Odpowiedź instytucji z dnia {_day(response_on)} nie usunęła zarzutów:")
        parts.append(response.strip())
    elif response_due is not None:
        due = _day(response_due)
        parts.append(f"Instytucja nie odpowiedziała na zarzuty w wyznaczonym terminie ({due}).")
    return "\n\n".join(parts)
