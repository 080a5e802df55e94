"""A declaration checked as the institution signed it, and the draft case that holds it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from calcert_desktop.domain.declaration import Declaration, missing_for_filing, validate_values
from calcert_desktop.domain.errors import ValidationErrors
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.numbering import draft_code
from calcert_desktop.domain.states import CaseState
from calcert_desktop.storage.case_columns import fill_derived
from calcert_desktop.storage.ids import new_id
from calcert_desktop.storage.models import Case


def check_declaration(data: dict[str, Any]) -> Declaration:
    """Parse and fully validate a declaration as the institution signed it (all nine points)."""
    declaration = Declaration.from_dict(data)
    form = load_form(declaration.form_version)
    errors = [*validate_values(declaration, form), *missing_for_filing(declaration, form)]
    if errors:
        raise ValidationErrors(errors)
    return declaration


def new_case(
    data: dict[str, Any],
    created: datetime | None = None,
    case_id: uuid.UUID | None = None,
    *,
    stays_draft: bool = True,
    reference: str | None = None,
) -> Case:
    """A draft case holding the declaration ``data`` (not yet added to a session);
    ``stays_draft=False`` when the caller moves it on at once (see ``fill_derived``), with
    its ``reference`` if it has one already (the register's import: searched from the start)."""
    case_id = case_id or new_id()
    case = Case(
        id=case_id,
        draft_code=draft_code(case_id.hex),
        reference=reference,
        state=CaseState.DRAFT.value,
        form_version=str(data.get("form_version") or load_form(None).version),
        created_at=created or datetime.now(UTC).replace(tzinfo=None),
    )
    fill_derived(case, data, stays_draft=stays_draft)
    return case
