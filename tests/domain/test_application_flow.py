"""The application wizard's flow: pages in order, and every error shown on exactly one page."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
from collections import Counter
from datetime import date
from typing import Any

import pytest

from calcert_desktop.domain import application_flow as flow
from calcert_desktop.domain.declaration import (
    Declaration,
    filing_errors,
    missing_for_filing,
    validate_values,
)
from calcert_desktop.domain.errors import ValidationError, ValidationErrors
from calcert_desktop.domain.forms import FormDefinition, forms_dir, load_form

TODAY = date(2025, 6, 1)
ORDER = ["institution", "people", "eligibility", "standards", "model_of_work", "attachments",
         "summary"]  # fmt: skip


@pytest.fixture(scope="module")
def form() -> FormDefinition:
    return load_form("1")


@pytest.fixture
def example() -> dict[str, Any]:
    path = forms_dir() / "examples" / "declaration-example.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def bad_values(example: dict[str, Any], form: FormDefinition) -> dict[str, Any]:
    """The example with a wrong value in every kind of place validate_values looks at."""
    data = copy.deepcopy(example)
    institution = data["institution"]
    institution.update(name="x" * 1000, type="nieznany", phone="abc", email="x@", nip="123",
                       regon="1", website="ftp:://zz")  # fmt: skip
    institution["address"].update(postal_code="22-1", voivodeship="mazowsze", street="y" * 1000)
    data["submitter"].update(phone="12", email="bez-malpy")
    data["head"]["position"] = "p" * 1000
    data["eligibility"]["nieznany_warunek"] = True
    too_long = "d" * (form.long_text_max_length + 1)
    data["standards"]["S1"]["description"] = too_long
    data["standards"]["S1"]["evidence"] = ["../x.pdf", "f" * (form.file_name_max_length + 5)]
    data["standards"]["S12"] = {"declared": True}
    data["model_of_work"]["fields"].append("nieznane_pole")
    data["model_of_work"]["description"] = too_long
    data["attachments"] += [
        {"kind": "", "file_name": "", "path": "/abs/x.pdf", "sha256": "zz"},
        {"kind": "nieznany", "file_name": "a/b.pdf"},
    ]
    data["signature"]["date"] = "2099-01-01"
    return data


def all_errors(declaration: Declaration, form: FormDefinition) -> list[ValidationError]:
    return [
        *validate_values(declaration, form, today=TODAY),
        *missing_for_filing(declaration, form),
    ]


def owners(field: str) -> list[str]:
    return [page.id for page in flow.PAGES if page.owns(field)]


def key(error: ValidationError) -> tuple[str, str | None, str]:
    return (error.code, error.field, repr(sorted(error.params.items())))


def assert_partition(declaration: Declaration, form: FormDefinition) -> list[ValidationError]:
    """Each error lies on exactly one page, and the pages together show every error."""
    errors = all_errors(declaration, form)
    for error in errors:
        assert error.field is not None, error
        assert len(owners(error.field)) == 1, (error.field, owners(error.field))
    shown = [e for p in flow.PAGES for e in flow.page_errors(declaration, form, p.id, today=TODAY)]
    assert Counter(map(key, shown)) == Counter(map(key, errors))
    return errors


# --- the pages ---------------------------------------------------------------------------


def test_pages_in_order_with_polish_titles() -> None:
    assert [p.id for p in flow.PAGES] == ORDER
    assert len({p.title for p in flow.PAGES}) == len(flow.PAGES)
    assert flow.page("institution").title == "Dane instytucji"
    assert flow.page("attachments").title == "Załączniki"
    assert all(p.title and p.fields for p in flow.PAGES)
    assert flow.page("people").fields == ("submitter", "head")
    with pytest.raises(dataclasses.FrozenInstanceError):
        flow.page("summary").title = "x"  # type: ignore[misc]


def test_next_and_previous_walk_the_pages() -> None:
    walked = ["institution"]
    while (following := flow.next_page(walked[-1])) is not None:
        walked.append(following)
    assert walked == ORDER
    back = ["summary"]
    while (earlier := flow.previous_page(back[-1])) is not None:
        back.append(earlier)
    assert back == ORDER[::-1]
    assert flow.next_page("summary") is None and flow.previous_page("institution") is None
    with pytest.raises(KeyError):
        flow.next_page("nie-ma-takiej")


def test_prefixes_match_whole_segments_and_unknown_fields_go_to_the_summary() -> None:
    assert flow.page_of("institution.address.town") == "institution"
    assert flow.page_of("head.name") == "people"
    assert flow.page_of("standards.S3.evidence") == "standards"
    assert flow.page_of("attachments") == "attachments"
    assert flow.page_of("signature.date") == "summary"
    assert flow.page_of("form_version") == "summary"
    assert flow.page_of(None) == "summary"
    assert flow.page_of("institution_extra") == "summary"
    assert flow.page_of("nieznane.pole") == "summary"


# --- every field and every error on exactly one page --------------------------------------


def test_every_field_of_the_form_definition_is_on_exactly_one_page(form: FormDefinition) -> None:
    for spec in form.institution_fields:
        assert len(owners(spec.path)) == 1, spec.path
    pages = {spec.path: flow.page_of(spec.path) for spec in form.institution_fields}
    assert pages["institution.address.voivodeship"] == "institution"
    assert pages["submitter.email"] == "people" and pages["head.position"] == "people"
    assert pages["signature.place"] == "summary" and pages["signature.date"] == "summary"
    for condition in form.eligibility:
        assert owners(f"eligibility.{condition.code}") == ["eligibility"]
    for standard in form.standards:
        assert owners(f"standards.{standard.code}.description") == ["standards"]


def test_every_error_of_an_empty_declaration_is_on_exactly_one_page(form: FormDefinition) -> None:
    declaration = Declaration.from_partial({})
    errors = assert_partition(declaration, form)
    fields = {e.field for e in errors}
    assert {"institution.name", "submitter.name", "head.name", "signature.place",
            "eligibility.osl_in_documents", "standards.S9", "standards.S9.description",
            "model_of_work.fields", "model_of_work.description"} <= fields  # fmt: skip
    # Version 1 requires no attachment kind; a form that does puts the gap on its page.
    kinds = tuple(dataclasses.replace(k, required_for_filing=True) for k in form.attachment_kinds)
    strict = dataclasses.replace(form, attachment_kinds=kinds)
    errors = assert_partition(declaration, strict)
    assert {e.field for e in errors if e.code == "attachment.missing"} == {"attachments"}
    assert [e.code for e in flow.page_errors(declaration, strict, "attachments")] == [
        "attachment.missing"
    ] * len(kinds)


def test_every_error_of_bad_values_is_on_exactly_one_page(
    example: dict[str, Any], form: FormDefinition
) -> None:
    declaration = Declaration.from_partial(bad_values(example, form))
    errors = assert_partition(declaration, form)
    assert {e.code for e in errors} >= {
        "too_long", "choice.unknown", "postal_code.invalid", "phone.invalid", "email.invalid",
        "nip.length", "regon.length", "website.invalid", "date.future", "eligibility.unknown",
        "file_name.invalid", "standard.unknown", "required", "attachment.path_invalid",
        "sha256.invalid",
    }  # fmt: skip
    pages_with_errors = {flow.page_of(e.field) for e in errors}
    assert pages_with_errors == set(ORDER)
    # A form version the definition does not match, and a date that is no date.
    other = bad_values(example, form)
    other["form_version"] = "2"
    other["signature"]["date"] = "14.03.2025"
    declaration = Declaration.from_partial(other)
    errors = assert_partition(declaration, form)
    assert {("form.version_mismatch", "form_version"), ("date.invalid", "signature.date")} <= {
        (e.code, e.field) for e in errors
    }
    summary = flow.page_errors(declaration, form, "summary", today=TODAY)
    assert {e.code for e in summary} == {"form.version_mismatch", "date.invalid"}


def test_shape_errors_of_a_draft_name_fields_of_the_pages() -> None:
    with pytest.raises(ValidationErrors) as caught:
        Declaration.from_partial(
            {"institution": {"name": 5}, "head": {"name": []}, "standards": {"S1": {"declared": 1}}}
        )
    assert sorted(flow.page_of(e.field) for e in caught.value.errors) == [
        "institution", "people", "standards"
    ]  # fmt: skip


# --- validity and the summary ------------------------------------------------------------


def test_the_example_is_valid_on_every_page(example: dict[str, Any], form: FormDefinition) -> None:
    declaration = Declaration.from_dict(example)
    for p in flow.PAGES:
        assert flow.page_errors(declaration, form, p.id, today=TODAY) == []
        assert flow.page_is_valid(declaration, form, p.id, today=TODAY)
    assert flow.missing_by_page(declaration, form, today=TODAY) == {}


def test_an_empty_draft_may_not_go_past_any_page(form: FormDefinition) -> None:
    declaration = Declaration.from_partial({})
    institution = flow.page_errors(declaration, form, "institution")
    assert {e.code for e in institution} == {"required"}
    required = [s.path for s in form.institution_fields if s.required]
    assert [e.field for e in institution] == [p for p in required if p.startswith("institution.")]
    valid = [page_id for page_id in ORDER if flow.page_is_valid(declaration, form, page_id)]
    assert valid == ["attachments"]  # version 1 requires no attachment kind


def test_summary_is_valid_only_when_the_application_may_be_filed(
    example: dict[str, Any], form: FormDefinition
) -> None:
    example["standards"]["S4"]["declared"] = False
    declaration = Declaration.from_dict(example)
    assert flow.page_errors(declaration, form, "summary", today=TODAY) == []
    assert not flow.page_is_valid(declaration, form, "summary", today=TODAY)
    assert not flow.page_is_valid(declaration, form, "standards", today=TODAY)
    assert flow.page_is_valid(declaration, form, "institution", today=TODAY)
    missing = flow.missing_by_page(declaration, form, today=TODAY)
    assert list(missing) == ["standards"]
    assert [(e.code, e.field) for e in missing["standards"]] == [
        ("standard.not_declared", "standards.S4")
    ]


def test_missing_by_page_groups_in_page_order(
    example: dict[str, Any], form: FormDefinition
) -> None:
    example["signature"]["place"] = ""
    example["institution"]["nip"] = "734-285-01-66"
    example["eligibility"]["team_familiarised"] = False
    declaration = Declaration.from_dict(example)
    missing = flow.missing_by_page(declaration, form, today=TODAY)
    assert list(missing) == ["institution", "eligibility", "summary"]
    assert [e.code for e in missing["institution"]] == ["nip.checksum"]
    assert [e.field for e in missing["eligibility"]] == ["eligibility.team_familiarised"]
    assert [e.field for e in missing["summary"]] == ["signature.place"]
    flat = [e for errors in missing.values() for e in errors]
    assert Counter(map(key, flat)) == Counter(
        map(key, filing_errors(declaration, form, today=TODAY))
    )
    empty = flow.missing_by_page(Declaration.from_partial({}), form)
    assert list(empty) == [p for p in ORDER if p != "attachments"]


def test_the_flow_needs_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, calcert_desktop.domain.application_flow\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
