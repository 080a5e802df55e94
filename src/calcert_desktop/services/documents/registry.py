"""Every kind of document the program makes, in one list, in the order the case file and the
previews offer them: the case's own course (not the order modules happened to be imported).

:data:`CODES` names each kind with the module of this package that declares it, so that one
document is made without importing every other kind's module and what it renders with
(:func:`kind`); :data:`KINDS`, the kinds themselves, loads them all when first asked for.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calcert_desktop.services.documents.kind import DocumentKind

# (code, module): the module of :mod:`calcert_desktop.services.documents` whose ``KINDS``
# (or ``FILING_KINDS``, ``REVOCATION_KINDS``) holds the kind.
CODES: tuple[tuple[str, str], ...] = (
    ("application", "application"),
    ("acknowledgement", "notices"),
    ("completion-request", "notices"),
    ("certificate", "certificate"),
    ("refusal", "letters"),
    ("charges", "letters"),
    ("revocation", "letters"),
    ("appeal-decision", "letters"),
    ("discontinuation", "notices"),
    ("visit-protocol", "records"),
    ("decision-record", "records"),
    ("renewal-reminder", "reminders"),
)
# The lists of kinds a module may declare them in.
_LISTS = ("KINDS", "FILING_KINDS", "REVOCATION_KINDS")


def kind(code: str) -> DocumentKind | None:
    """The kind ``code`` (None when there is no such), importing only its own module."""
    module = dict(CODES).get(code)
    if module is None:
        return None
    declared = importlib.import_module(f"{__package__}.{module}")
    for name in _LISTS:
        for found in getattr(declared, name, ()):
            if found.code == code:
                return found
    raise LookupError(f"{module} declares no kind {code!r}")


@cache
def _all() -> tuple[DocumentKind, ...]:
    found = tuple(kind(code) for code, _ in CODES)
    return tuple(k for k in found if k is not None)


def __getattr__(name: str) -> tuple[DocumentKind, ...]:
    """``KINDS``: every kind, in the order of :data:`CODES` (imported when first asked)."""
    if name == "KINDS":
        return _all()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
