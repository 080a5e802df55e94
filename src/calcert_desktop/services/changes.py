"""What a write changed (as Anki's ``OpChanges``): the kinds of records and the cases.

Every service that writes returns a :class:`Changes`; a front end that shows data asks
:meth:`Changes.concerns` whether what it shows is touched, and reloads only then. The value
is plain data: no Qt, no SQLAlchemy, so the command line can ignore it for free.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """A kind of record a write may change (named after what the user sees)."""

    CASES = "cases"  # a case's row: state, dates, deadlines, institution
    DRAFTS = "drafts"  # the applications list: drafts and applications awaiting the check
    APPLICATION = "application"  # the filed declaration and its attachments
    COMPLETION = "completion"  # requests to complete an application
    COMMISSION = "commission"  # members and experts assigned to a case, conflicts of interest
    ASSESSMENTS = "assessments"
    VISITS = "visits"  # site visits and their findings
    DECISIONS = "decisions"  # decisions and votes
    CERTIFICATES = "certificates"  # certificates and their seals: the register
    APPEALS = "appeals"
    REVOCATIONS = "revocations"
    DOCUMENTS = "documents"  # generated PDF documents
    HISTORY = "history"  # the audit log of a case
    PEOPLE = "people"
    SETTINGS = "settings"
    TEMPLATES = "templates"  # the wording of letters
    KEYS = "keys"  # signing keys
    BOARD = "board"  # the Board's resolutions and appointments


# The tables a step of the process writes, by the kind the user sees them as.
_TABLE_KINDS: dict[str, Kind] = {
    "cases": Kind.CASES,
    "declarations": Kind.APPLICATION,
    "amendments": Kind.APPLICATION,
    "completion_requests": Kind.COMPLETION,
    "assignments": Kind.COMMISSION,
    "conflicts": Kind.COMMISSION,
    "assessments": Kind.ASSESSMENTS,
    "site_visits": Kind.VISITS,
    "visit_findings": Kind.VISITS,
    "decisions": Kind.DECISIONS,
    "votes": Kind.DECISIONS,
    "certificates": Kind.CERTIFICATES,
    "certificate_seals": Kind.CERTIFICATES,
    "appeals": Kind.APPEALS,
    "revocations": Kind.REVOCATIONS,
    "generated_documents": Kind.DOCUMENTS,
    "letter_templates": Kind.TEMPLATES,
    "signing_keys": Kind.KEYS,
    "users": Kind.PEOPLE,
    "settings": Kind.SETTINGS,
    "resolutions": Kind.BOARD,
    "resolution_votes": Kind.BOARD,
    "appointments": Kind.BOARD,
}


def kinds_of_tables(tables: Iterable[str]) -> frozenset[Kind]:
    """The kinds of the tables written (bookkeeping tables such as counters count as none)."""
    return frozenset(_TABLE_KINDS[name] for name in tables if name in _TABLE_KINDS)


@dataclass(frozen=True)
class Changes:
    """Kinds of records changed and the cases they belong to.

    ``references`` names the cases touched; ``all_cases`` says the change reaches cases
    not named (a setting that moves every appeal deadline, a restored database). Kinds
    that belong to no case (people, settings, templates, keys) need no reference.
    """

    kinds: frozenset[Kind] = frozenset()
    references: frozenset[str] = frozenset()
    all_cases: bool = False

    @classmethod
    def of(cls, *kinds: Kind, references: Iterable[str] = (), all_cases: bool = False) -> Changes:
        """Changes of ``kinds`` in the cases ``references``."""
        return cls(frozenset(kinds), frozenset(r for r in references if r), all_cases)

    @classmethod
    def everything(cls) -> Changes:
        """Every kind in every case: after a restore or demo data, nothing shown holds."""
        return cls(frozenset(Kind), frozenset(), True)

    def merge(self, other: Changes) -> Changes:
        """What this and ``other`` changed together."""
        return Changes(
            self.kinds | other.kinds,
            self.references | other.references,
            self.all_cases or other.all_cases,
        )

    def concerns(self, *kinds: Kind, reference: str | None = None) -> bool:
        """Whether any of ``kinds`` changed (in the case ``reference``, when given)."""
        if not self.kinds.intersection(kinds):
            return False
        return reference is None or self.all_cases or reference in self.references

    def __bool__(self) -> bool:
        return bool(self.kinds)


# The kinds that belong to one case (the others belong to the whole installation).
CASE_KINDS: frozenset[Kind] = frozenset(Kind) - {
    Kind.PEOPLE,
    Kind.SETTINGS,
    Kind.TEMPLATES,
    Kind.KEYS,
    Kind.BOARD,
}

NOTHING = Changes()
EVERYTHING = Changes.everything()


@dataclass(frozen=True)
class Done:
    """A write's Polish summary with what it changed; prints as the summary."""

    message: str
    changes: Changes

    def __str__(self) -> str:
        return self.message
