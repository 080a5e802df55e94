"""The filled application form of a case (filed, or a draft by its draft code) as a PDF:
its declaration read into plain data, every label and fixed sentence taken from the form
version the case was declared on, so a new form version needs no code change."""

from __future__ import annotations

from datetime import date
from typing import Any

from calcert_desktop.documents import application_form
from calcert_desktop.documents.application_form import (
    ApplicationData,
    Condition,
    Entry,
    StandardEntry,
)
from calcert_desktop.domain.forms import FieldKind, FieldSpec, FormDefinition, load_form
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.validation import parse_iso_date
from calcert_desktop.services.context import AppContext, reading
from calcert_desktop.services.documents.kind import DocumentKind
from calcert_desktop.services.documents.letters import EXTREME_OFFICE
from calcert_desktop.services.lookup import display_reference, find_case
from calcert_desktop.services.office import details as office_details
from calcert_desktop.storage.case_columns import declaration_of

KIND = application_form.KIND
LABEL = "Zgłoszenie do Certyfikatu"


def _value(data: object, path: str) -> Any:
    node = data
    for key in path.split("."):
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _text(data: object, path: str) -> str:
    value = _value(data, path)
    return value.strip() if isinstance(value, str) else ""


def _shown(form: FormDefinition, spec: FieldSpec, value: str) -> str:
    """A field's value as printed: a closed list's code as its label."""
    if spec.kind == FieldKind.CHOICE and spec.choices and value:
        try:
            choice = next((c for c in form.choices(spec.choices) if c.code == value), None)
        except KeyError:
            choice = None
        return choice.label if choice else value
    return value


def _entries(form: FormDefinition, declaration: dict[str, Any], *groups: str) -> tuple[Entry, ...]:
    return tuple(
        Entry(spec.label, _shown(form, spec, _text(declaration, spec.path)))
        for spec in form.institution_fields
        if spec.path.split(".")[0] in groups
    )


def _label(form: FormDefinition, path: str, fallback: str) -> str:
    spec = form.field_spec(path)
    return spec.label if spec else fallback


def _date(text: str) -> date | None:
    return parse_iso_date(text)  # strictly RRRR-MM-DD, as the declaration was checked


def application_data(
    declaration: dict[str, Any],
    form: FormDefinition,
    reference: str,
    office: OfficeDetails = DEFAULT_OFFICE,
) -> ApplicationData:
    """What the filled form of ``declaration`` prints, labelled by ``form``, addressed to
    ``office``."""
    ticked = _value(declaration, "eligibility") or {}
    standards = _value(declaration, "standards") or {}
    chosen = set(_value(declaration, "model_of_work.fields") or [])
    attachments = [a for a in _value(declaration, "attachments") or [] if isinstance(a, dict)]

    def standard(entry: Any) -> StandardEntry:
        filled = standards.get(entry.code) if isinstance(standards, dict) else None
        filled = filled if isinstance(filled, dict) else {}
        evidence = filled.get("evidence") or []
        return StandardEntry(
            code=entry.code, number=entry.number, title=entry.title, text=entry.text,
            declared=filled.get("declared") is True,
            description=_text(filled, "description"),
            evidence=tuple(str(name) for name in evidence if str(name).strip()),
        )  # fmt: skip

    def attachment(item: dict[str, Any]) -> Entry:
        kind = form.attachment_kind(str(item.get("kind", "")))
        return Entry(kind.label if kind else str(item.get("kind", "")), _text(item, "file_name"))

    signed = _text(declaration, "signature.date")
    return ApplicationData(
        reference=reference,
        form_title=form.title,
        form_subtitle=form.subtitle,
        form_version=form.version,
        request_text=form.request_text,
        declaration_text=form.declaration_text,
        institution=_entries(form, declaration, "institution"),
        people=_entries(form, declaration, "submitter", "head"),
        eligibility=tuple(
            Condition(c.label, c.text, isinstance(ticked, dict) and ticked.get(c.code) is True)
            for c in form.eligibility
        ),
        standards=tuple(standard(entry) for entry in form.standards),
        fields_of_activity=tuple((c.label, c.code in chosen) for c in form.fields_of_activity),
        model_description=_text(declaration, "model_of_work.description"),
        attachments=tuple(attachment(item) for item in attachments),
        place_label=_label(form, "signature.place", "Miejsce"),
        place=_text(declaration, "signature.place"),
        date_label=_label(form, "signature.date", "Data"),
        signed_on=_date(signed),
        signed_on_text=signed,
        institution_name=_text(declaration, "institution.name"),
        office=office,
    )


def case_application(ctx: AppContext, reference: str) -> ApplicationData:
    """The filled form of case ``reference`` (a reference or a draft code)."""
    with reading(ctx) as session:
        case = find_case(session, reference)
        declaration = declaration_of(case)
        form = load_form(_text(declaration, "form_version") or case.form_version or None)
        return application_data(declaration, form, display_reference(case),
                                office_details(session))  # fmt: skip


def extreme_data() -> ApplicationData:
    """A form at the limits: a 250-character name, long address and people, every field
    of activity, and 300-word descriptions with evidence for all nine standards."""
    from calcert_desktop.services.documents.certificate import extreme_data as certificate

    example = certificate()
    form = load_form()
    words = example.model_of_work.split()
    description = " ".join(words[:150]) + "\n\n" + " ".join(words[150:300])
    declaration: dict[str, Any] = {
        "institution": {
            "name": example.institution,
            "type": "other",
            "address": {
                "street": example.address.street,
                "postal_code": example.address.postal_code,
                "town": example.address.town,
                "voivodeship": example.address.voivodeship,
            },
            "phone": "+48 18 444 61 23 wew. 1234, 601 234 567 (sekretariat, w godz. 8–16)",
            "email": "sekretariat.centrum-aktywnosci-lokalnej@swietochlowice-zrodla.org.pl",
            "nip": "734-285-01-65",
            "regon": "49177031200000",
            "website": "https://www.centrum-aktywnosci-lokalnej-swietochlowice-zrodla.org.pl/",
        },
        "submitter": {
            "name": "Maria Konstancja Żółkiewska-Wierzbicka-Grzegorzewska",
            "position": "Starsza organizatorka społeczności lokalnej, koordynatorka Zespołu "
            "Organizowania Społeczności Lokalnej i Wolontariatu",
            "phone": "+48 601 234 567",
            "email": "m.zolkiewska-wierzbicka-grzegorzewska@swietochlowice-zrodla.org.pl",
        },
        "head": {
            "name": "Bożydar Świętopełk Grzegorzewski-Żółkiewski",
            "position": "Prezes Zarządu Stowarzyszenia i dyrektor Centrum Aktywności Lokalnej",
        },
        "eligibility": {c.code: True for c in form.eligibility},
        "standards": {
            s.code: {
                "declared": True,
                "description": description,
                "evidence": [
                    f"zalacznik-{s.code.lower()}-{n}-dokumentacja-dzialan-"
                    "organizatorow-spolecznosci-lokalnej-2021-2025.pdf"
                    for n in (1, 2)
                ],
            }
            for s in form.standards
        },
        "model_of_work": {
            "fields": [c.code for c in form.fields_of_activity],
            "description": example.model_of_work,
        },
        "attachments": [
            {"kind": k.code, "file_name": f"{k.code}-" + "bardzo-dluga-nazwa-pliku-" * 8 + ".pdf"}
            for k in form.attachment_kinds
        ],
        "signature": {"place": example.address.town, "date": "2026-03-14"},
    }
    return application_data(declaration, form, "CAL/2026/9999", EXTREME_OFFICE)


def render_extreme() -> bytes:
    """The extreme form as PDF bytes (for the previews)."""
    return application_form.render(extreme_data())


def build(ctx: AppContext, reference: str) -> bytes:
    """The filled application form of case ``reference``."""
    return application_form.render(case_application(ctx, reference))


# The kinds of document this module builds, in the order they are offered.
KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(KIND, LABEL, build, extreme=render_extreme, file_title="Zgłoszenie"),
)
