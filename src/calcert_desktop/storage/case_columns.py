"""Columns derived from a case's declaration, written whenever it changes: the Polish sort
keys, the folded search text (SQLite's LIKE and lower() fold ASCII only) and a draft's
completeness."""

from __future__ import annotations

import json
from typing import Any

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.open_cases import nip_key
from calcert_desktop.domain.polish_text import fold, sort_key
from calcert_desktop.domain.states import CaseState
from calcert_desktop.domain.validation import parse_iso_date
from calcert_desktop.storage.models import Case, DeclarationText
from calcert_desktop.storage.versions import touch


def _get(data: dict[str, Any], *path: str) -> str:
    node: Any = data
    for key in path:
        if not isinstance(node, dict):
            return ""
        node = node.get(key)
    return node.strip() if isinstance(node, str) else ""


def declaration_of(case: Case) -> dict[str, Any]:
    """The case's declaration as a dictionary."""
    return json.loads(case.declaration_text.body) if case.declaration_text else {}


def declaration_body(data: dict[str, Any]) -> str:
    """The declaration ``data`` as its row stores it."""
    return _BODY.encode(data)


# json.dumps(…, ensure_ascii=False, sort_keys=True) made once, not for every declaration
_BODY = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def derived_values(data: dict[str, Any], form_version: str, reference: str | None,
                   draft_code: str) -> dict[str, Any]:  # fmt: skip
    """Every column derived from the declaration ``data`` but its completeness, of a case
    of ``form_version`` (kept when the declaration names none), ``reference`` and
    ``draft_code`` (both searched)."""
    name = _get(data, "institution", "name")
    town = _get(data, "institution", "address", "town")
    voivodeship = _get(data, "institution", "address", "voivodeship")
    signed = _get(data, "signature", "date")
    return {
        "form_version": _get(data, "form_version") or form_version,
        "institution_name": name,
        "name_sort": sort_key(name),
        "town": town,
        "town_sort": sort_key(town),
        "voivodeship": voivodeship,
        "institution_type": _get(data, "institution", "type"),
        "nip": nip_key(_get(data, "institution", "nip")),
        # Strictly RRRR-MM-DD: a draft's "2026-W48-2" is no signature date.
        "signed_on": parse_iso_date(signed) if signed else None,
        "search_text": _search_text([name, town, voivodeship, reference or "", draft_code], data),
    }


def fill_derived(case: Case, data: dict[str, Any], *, stays_draft: bool = True) -> None:
    """Store ``data`` as the case's declaration and refresh every column derived from it.

    ``stays_draft=False``: the caller moves a new case past the draft in the same write
    (the demo's past cases), so its completeness is not measured (0.8 ms a declaration)."""
    body = declaration_body(data)
    if case.declaration_text is None:
        case.declaration_text = DeclarationText(case_id=case.id, body=body)
    elif case.declaration_text.body != body:
        case.declaration_text.body = body
        touch(case)  # the declaration is the case's: a changed one is a new version of it
    derived = derived_values(data, case.form_version, case.reference, case.draft_code)
    for key, value in derived.items():
        setattr(case, key, value)
    case.completeness = draft_completeness(case, data) if stays_draft else None


def draft_completeness(case: Case, data: dict[str, Any]) -> float | None:
    """The share (0..1) of the filing requirements a draft's declaration ``data`` meets, or
    ``None`` for a case past the draft (filed: complete by definition) and for a declaration
    whose shape does not parse (the list of applications then reads it and says why)."""
    if case.state != CaseState.DRAFT:
        return None
    return _completeness(data, case.form_version)


def completeness_of(body: str, form_version: str | None) -> float | None:
    """:func:`draft_completeness` of a declaration stored as JSON text (migration 0022)."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return _completeness(data, form_version) if isinstance(data, dict) else None


def _completeness(data: dict[str, Any], form_version: str | None) -> float | None:
    from calcert_desktop.domain.declaration import Declaration, completeness
    from calcert_desktop.domain.forms import load_form

    try:  # the writes that store a declaration have checked its shape (no second check)
        declaration = Declaration.from_checked(data)
        return completeness(declaration, load_form(declaration.form_version or form_version))
    except (DomainError, AttributeError, TypeError, ValueError):  # a shape that does not
        return None  # parse: the list reads the declaration itself and says what is wrong


def refresh_search(case: Case, data: dict[str, Any] | None = None) -> None:
    """Rewrite the folded search text (after the reference or the declaration changed)."""
    if data is None:
        data = declaration_of(case)
    case.search_text = _search_text(
        [case.institution_name, case.town, case.voivodeship, case.reference or "",
         case.draft_code], data)  # fmt: skip


def _search_text(columns: list[str], data: dict[str, Any]) -> str:
    """The folded search text of a case's ``columns`` (name, town, voivodeship, reference,
    draft code) and the numbers and people its declaration ``data`` names."""
    parts = [
        *columns,
        _get(data, "institution", "nip"),
        _get(data, "institution", "regon"),
        _get(data, "submitter", "name"),
        _get(data, "head", "name"),
    ]
    return fold(" | ".join(p for p in parts if p))
