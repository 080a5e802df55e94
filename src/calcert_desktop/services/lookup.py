"""Finding a case by what a user types: a reference, a draft code, or its id."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import NotFound
from calcert_desktop.domain.numbering import DRAFT_PREFIX, normalize_draft_code
from calcert_desktop.storage.models import Case


def find_case(session: Session, reference: str, *, for_update: bool = False) -> Case:
    """The case named by ``reference`` (CAL/2026/0001, ROB-1A2B3-C4D5E or a UUID), or NotFound."""
    text = reference.strip().upper()
    query = select(Case)
    if text.startswith(DRAFT_PREFIX):
        query = query.where(Case.draft_code == normalize_draft_code(text))
    elif text.startswith("CAL/"):
        # Numbers are stored as domain.numbering writes them, in capitals: compared as they
        # are, the unique index finds the case (upper() of the column read every case).
        query = query.where(Case.reference == text)
    else:
        try:
            query = query.where(Case.id == uuid.UUID(text.lower()))
        except ValueError:
            raise NotFound("lookup.case", "reference", reference=reference) from None
    case = session.scalar(query.with_for_update() if for_update else query)
    if case is None:
        raise NotFound("lookup.case", "reference", reference=reference)
    return case


def display_reference(case: Case) -> str:
    """The number users know a case by: its reference, or its draft code before filing."""
    return case.reference or case.draft_code
