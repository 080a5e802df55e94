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
from calcert_desktop.storage.case_columns import derived_values, fill_derived
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
    case = Case(**_own_values(data, created, case_id, reference))
    fill_derived(case, data, stays_draft=stays_draft)
    return case


def new_case_values(data: dict[str, Any], *, reference: str | None) -> dict[str, Any]:
    """Every column of :func:`new_case`'s case moved on at once (``stays_draft=False``),
    as plain values: for a bulk writer that inserts them itself (the register's import);
    its declaration's row holds :func:`~case_columns.declaration_body`."""
    values = _own_values(data, None, None, reference)
    derived = derived_values(data, values["form_version"], reference, values["draft_code"])
    return {**values, **derived}


def _own_values(data: dict[str, Any], created: datetime | None, case_id: uuid.UUID | None,
                reference: str | None) -> dict[str, Any]:  # fmt: skip
    """A new draft case's columns that its declaration does not give."""
    case_id = case_id or new_id()
    return {
        "id": case_id,
        "draft_code": draft_code(case_id.hex),
        "reference": reference,
        "state": CaseState.DRAFT.value,
        "form_version": str(data.get("form_version") or load_form(None).version),
        "created_at": created or datetime.now(UTC).replace(tzinfo=None),
    }
