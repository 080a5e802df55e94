"""The filing rules of a declaration: what is invalid, what is missing, how complete it is.

Regulation 2: the institution must meet every point of the form and present a report
illustrating how it realises the standards. "Invalid" (:func:`validate_values`) is about
values that are present; "missing" (:func:`missing_for_filing`) is about what must be present
before the office may file the case. Import these from
:mod:`calcert_desktop.domain.declaration`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from calcert_desktop.domain.attachment_rules import check_attachment_name
from calcert_desktop.domain.errors import ValidationError, ValidationErrors
from calcert_desktop.domain.forms import FormDefinition, is_multi_line
from calcert_desktop.domain.text_rules import check_characters
from calcert_desktop.domain.validation import (
    check_choice,
    check_field,
    check_field_of_activity,
    check_file_name,
    check_max_length,
    check_relative_path,
    check_required,
    check_sha256,
)

if TYPE_CHECKING:
    # Only for annotations: declaration.py imports this module to re-export its functions.
    from calcert_desktop.domain.declaration import Declaration


def validate_values(
    declaration: Declaration, form: FormDefinition, *, today: date | None = None
) -> list[ValidationError]:
    """Problems of the values that are filled in (bad NIP, unknown code, date in the future).

    Empty values are not reported here; see :func:`missing_for_filing`. ``today`` bounds the
    signature date (default: the system date).
    """
    # Characters first: a name with ESC in it is wrong before it is anything else.
    errors: list[ValidationError | None] = list(_character_errors(declaration, form))
    if declaration.form_version and declaration.form_version != form.version:
        errors.append(
            ValidationError(
                "form.version_mismatch",
                "form_version",
                declared=declaration.form_version,
                version=form.version,
            )
        )
    for spec in form.institution_fields:
        errors.append(check_field(spec, declaration.value_at(spec.path), form, today=today))
    errors.extend(_eligibility_errors(declaration, form))
    errors.extend(_standards_errors(declaration, form))
    for code in declaration.model_of_work.fields:
        errors.append(check_field_of_activity(code, form, "model_of_work.fields"))
    errors.append(
        check_max_length(
            declaration.model_of_work.description,
            form.long_text_max_length,
            "model_of_work.description",
        )
    )
    errors.extend(_attachment_errors(declaration, form))
    return [error for error in errors if error is not None]


def missing_for_filing(declaration: Declaration, form: FormDefinition) -> list[ValidationError]:
    """What must still be filled before filing, one error per unmet requirement."""
    return [error for error in _requirements(declaration, form) if error is not None]


def filing_errors(
    declaration: Declaration, form: FormDefinition, *, today: date | None = None
) -> list[ValidationError]:
    """Invalid values followed by missing requirements: empty when the case may be filed."""
    return validate_values(declaration, form, today=today) + missing_for_filing(declaration, form)


def check_for_filing(
    declaration: Declaration, form: FormDefinition, *, today: date | None = None
) -> None:
    """Raise :class:`ValidationErrors` unless the declaration may be filed."""
    errors = filing_errors(declaration, form, today=today)
    if errors:
        raise ValidationErrors(errors)


def completeness(declaration: Declaration, form: FormDefinition) -> float:
    """Share (0..1) of the filing requirements met, for the list of drafts."""
    results = list(_requirements(declaration, form))
    if not results:
        return 1.0
    return sum(1 for error in results if error is None) / len(results)


def _requirements(
    declaration: Declaration, form: FormDefinition
) -> Iterator[ValidationError | None]:
    """One item per filing requirement: ``None`` when met, else the error saying what to do."""
    for spec in form.institution_fields:
        if spec.required:
            yield check_required(declaration.value_at(spec.path), spec.path)
    for condition in form.eligibility:
        if declaration.eligibility_met(condition.code):
            yield None
        else:
            yield ValidationError(
                "eligibility.not_met", f"eligibility.{condition.code}", label=condition.label
            )
    for standard in form.standards:
        entry = declaration.standard(standard.code)
        if entry is not None and entry.declared:
            yield None
        else:
            yield ValidationError(
                "standard.not_declared",
                f"standards.{standard.code}",
                standard=standard.code,
                number=standard.number,
                title=standard.title,
            )
    # The report is either a text per standard or one attached document covering them all.
    has_report = bool(declaration.attachments_of_kind("report"))
    for standard in form.standards:
        entry = declaration.standard(standard.code)
        if has_report or (entry is not None and entry.description):
            yield None
        else:
            yield ValidationError(
                "report.missing",
                f"standards.{standard.code}.description",
                standard=standard.code,
                number=standard.number,
                title=standard.title,
            )
    model = declaration.model_of_work
    yield None if model.fields else ValidationError("model_of_work.missing", "model_of_work.fields")
    yield (
        None
        if model.description
        else ValidationError("model_of_work.missing", "model_of_work.description")
    )
    for kind in form.attachment_kinds:
        if kind.required_for_filing:
            if declaration.attachments_of_kind(kind.code):
                yield None
            else:
                yield ValidationError(
                    "attachment.missing", "attachments", kind=kind.code, label=kind.label
                )


def _texts(declaration: Declaration, form: FormDefinition) -> Iterator[tuple[str, str | None]]:
    """Every text of the declaration with its dotted field path."""
    yield "form_version", declaration.form_version
    for spec in form.institution_fields:
        yield spec.path, declaration.value_at(spec.path)
    for entry in declaration.standards:
        yield f"standards.{entry.code}.description", entry.description
        for name in entry.evidence or ():
            yield f"standards.{entry.code}.evidence", name
    for code in declaration.model_of_work.fields:
        yield "model_of_work.fields", code
    yield "model_of_work.description", declaration.model_of_work.description
    for index, attachment in enumerate(declaration.attachments or ()):
        prefix = f"attachments.{index}"
        yield f"{prefix}.kind", attachment.kind
        yield f"{prefix}.file_name", attachment.file_name
        yield f"{prefix}.path", attachment.path
        yield f"{prefix}.sha256", attachment.sha256


def _character_errors(
    declaration: Declaration, form: FormDefinition
) -> Iterator[ValidationError]:
    """Control characters, hidden direction changes, line breaks in one-line fields."""
    for path, value in _texts(declaration, form):
        error = check_characters(value, path, multi_line=is_multi_line(path))
        if error is not None:
            yield error


def _eligibility_errors(
    declaration: Declaration, form: FormDefinition
) -> Iterator[ValidationError]:
    known = ", ".join(condition.code for condition in form.eligibility)
    for answer in declaration.eligibility:
        if form.eligibility_condition(answer.code) is None:
            yield ValidationError(
                "eligibility.unknown", f"eligibility.{answer.code}", value=answer.code, known=known
            )


def _standards_errors(
    declaration: Declaration, form: FormDefinition
) -> Iterator[ValidationError | None]:
    known = ", ".join(form.standard_codes)
    for entry in declaration.standards:
        prefix = f"standards.{entry.code}"
        if form.standard(entry.code) is None:
            yield ValidationError("standard.unknown", prefix, value=entry.code, known=known)
        yield check_max_length(
            entry.description, form.long_text_max_length, f"{prefix}.description"
        )
        for name in entry.evidence or ():
            yield check_file_name(name, f"{prefix}.evidence")
            yield check_max_length(name, form.file_name_max_length, f"{prefix}.evidence")


def _attachment_errors(
    declaration: Declaration, form: FormDefinition
) -> Iterator[ValidationError | None]:
    kinds = form.choices("attachment_kinds")
    for index, attachment in enumerate(declaration.attachments or ()):
        prefix = f"attachments.{index}"
        yield check_required(attachment.kind, f"{prefix}.kind") or check_choice(
            attachment.kind, kinds, f"{prefix}.kind"
        )
        yield (
            check_required(attachment.file_name, f"{prefix}.file_name")
            or check_file_name(attachment.file_name, f"{prefix}.file_name")
            or check_attachment_name(attachment.file_name, f"{prefix}.file_name")
        )
        yield check_max_length(
            attachment.file_name, form.file_name_max_length, f"{prefix}.file_name"
        )
        yield check_relative_path(attachment.path, f"{prefix}.path")
        yield check_sha256(attachment.sha256, f"{prefix}.sha256")
