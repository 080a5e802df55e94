"""The register as the GUI lists it: every certificate read once, then searched and
filtered in memory as the user types.

The register holds one row per certificate ever issued (thousands at most, not the
100,000 cases of the dashboard), so it is read whole; each row's searchable text is
folded once here (diacritics and case: "lodz" finds "Łódź"), and a keystroke only
compares strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents.register import STATUS_LABELS, RegisterEntry
from calcert_desktop.domain.polish_text import fold
from calcert_desktop.services.access import ANYONE
from calcert_desktop.services.context import Actor, AppContext
from calcert_desktop.services.documents.register_export import register_rows

# The statuses in the order the GUI offers them (codes of RegisterEntry.status_on).
STATUSES: tuple[str, ...] = tuple(STATUS_LABELS)


@dataclass(frozen=True)
class RegisterListing:
    """Every register entry on ``as_of`` (the day it was read), in Polish order."""

    as_of: date
    entries: tuple[RegisterEntry, ...]
    statuses: tuple[str, ...]  # each entry's status on ``as_of``
    folded: tuple[str, ...]  # each entry's searchable text, folded

    def matching(self, text: str = "", status: str | None = None) -> list[RegisterEntry]:
        """The entries whose number, institution, town, voivodeship or case number contain
        every word of ``text`` (diacritics and case ignored), with ``status`` if given."""
        words = fold(text).split()
        return [
            entry
            for entry, code, haystack in zip(self.entries, self.statuses, self.folded, strict=True)
            if (status is None or code == status) and all(w in haystack for w in words)
        ]

    def counts(self, entries: Sequence[RegisterEntry] | None = None) -> dict[str, int]:
        """How many of ``entries`` (default: all) are valid, revoked and expired."""
        chosen = self.entries if entries is None else entries
        counts = dict.fromkeys(STATUSES, 0)
        for entry in chosen:
            code = entry.status_on(self.as_of)
            counts[code] = counts.get(code, 0) + 1
        return counts


def searchable(entry: RegisterEntry) -> str:
    """The folded text a search looks in."""
    parts = (entry.number, entry.institution, entry.town, entry.voivodeship, entry.reference)
    return fold(" ".join(parts))


def listing_of(entries: Sequence[RegisterEntry], as_of: date) -> RegisterListing:
    """``entries`` (in the order given) ready to be searched, their status on ``as_of``."""
    return RegisterListing(
        as_of=as_of,
        entries=tuple(entries),
        statuses=tuple(entry.status_on(as_of) for entry in entries),
        folded=tuple(searchable(entry) for entry in entries),
    )


def load_register(ctx: AppContext, actor: Actor) -> RegisterListing:
    """The whole register as on today (a valid certificate past its last day counts as
    expired), in Polish order of the institutions, ready to be searched (it is public:
    anyone with a role in the process)."""
    actor.require(*ANYONE)
    return listing_of(register_rows(ctx), ctx.today())
