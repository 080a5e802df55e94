"""The versioned definitions of the application form ("Zgłoszenie do Certyfikatu").

A form version is a JSON file ``forms/zgloszenie/vN.json`` (see ``forms/README.md``); a
released file is never edited, a change of the standards is a new version. This module finds
the folder, lists the versions and turns a file into frozen dataclasses.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from calcert_desktop.domain.errors import DomainError, ValidationError

FORM_ID = "zgloszenie"
SCHEMA_FILE_NAME = "declaration.schema.json"
FORMS_DIR_ENV = "CALCERT_FORMS_DIR"
_VERSION_FILE = re.compile(r"^v([1-9][0-9]*)\.json$")


# The declaration's fields that hold paragraphs (the report under each standard and the
# model of work, bounded by the form's ``long_text_max_length``); every other text of a
# declaration is one line. ``*`` stands for one key (a standard's code).
MULTI_LINE_FIELDS = ("standards.*.description", "model_of_work.description")


def is_multi_line(path: str) -> bool:
    """True when the declaration's field at the dotted ``path`` may hold line breaks."""
    parts = path.split(".")
    for pattern in (field.split(".") for field in MULTI_LINE_FIELDS):
        if len(pattern) == len(parts) and all(
            wanted in ("*", part) for wanted, part in zip(pattern, parts, strict=True)
        ):
            return True
    return False


@dataclass(frozen=True)
class Choice:
    """One option of a closed list: a stable code and its Polish label."""

    code: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class EligibilityCondition:
    """A condition the institution must meet before it may apply at all."""

    code: str
    label: str
    text: str


@dataclass(frozen=True)
class Standard:
    """One of the points the institution declares it meets (S1, S2, ...)."""

    code: str
    number: int
    title: str
    text: str


@dataclass(frozen=True)
class Voivodeship:
    """A voivodeship: its two-digit TERYT code and lowercase Polish name (what is stored)."""

    code: str
    name: str


@dataclass(frozen=True)
class AttachmentKind:
    """A kind of file attached to the application."""

    code: str
    label: str
    required_for_filing: bool


class FieldKind(StrEnum):
    """How a single-line field is checked (and which widget the GUI offers)."""

    TEXT = "text"
    CHOICE = "choice"
    POSTAL_CODE = "postal_code"
    PHONE = "phone"
    EMAIL = "email"
    NIP = "nip"
    REGON = "regon"
    URL = "url"
    DATE = "date"


@dataclass(frozen=True)
class FieldSpec:
    """A single-line field of the declaration (institution, people, signature).

    ``path`` is the dotted path in the declaration file; ``choices`` names the list of
    :class:`FormDefinition` the value must come from (for ``kind == CHOICE``).
    """

    path: str
    label: str
    required: bool
    max_length: int | None
    kind: FieldKind
    choices: str | None = None
    hint: str = ""


@dataclass(frozen=True)
class FormDefinition:
    """One version of the application form, as loaded from ``forms/zgloszenie/vN.json``."""

    form_id: str
    version: str
    title: str
    subtitle: str
    valid_from: date
    request_text: str
    declaration_text: str
    institution_types: tuple[Choice, ...]
    eligibility: tuple[EligibilityCondition, ...]
    standards: tuple[Standard, ...]
    fields_of_activity: tuple[Choice, ...]
    voivodeships: tuple[Voivodeship, ...]
    attachment_kinds: tuple[AttachmentKind, ...]
    assessment_scale: tuple[Choice, ...]
    institution_fields: tuple[FieldSpec, ...]
    long_text_max_length: int
    file_name_max_length: int

    @property
    def standard_codes(self) -> tuple[str, ...]:
        """Codes of the standards in form order (``S1`` ... ``S9`` in version 1)."""
        return tuple(standard.code for standard in self.standards)

    def standard(self, code: str) -> Standard | None:
        """The standard with this code, or ``None``."""
        return next((s for s in self.standards if s.code == code), None)

    def eligibility_condition(self, code: str) -> EligibilityCondition | None:
        """The eligibility condition with this code, or ``None``."""
        return next((c for c in self.eligibility if c.code == code), None)

    def institution_type(self, code: str) -> Choice | None:
        """The institution type with this code, or ``None``."""
        return _find(self.institution_types, code)

    def field_of_activity(self, code: str) -> Choice | None:
        """The field of activity with this code, or ``None``."""
        return _find(self.fields_of_activity, code)

    def voivodeship(self, name: str) -> Voivodeship | None:
        """The voivodeship with this lowercase name (what a declaration stores), or ``None``."""
        return next((v for v in self.voivodeships if v.name == name), None)

    def voivodeship_by_code(self, code: str) -> Voivodeship | None:
        """The voivodeship with this TERYT code (``"12"``), or ``None``."""
        return next((v for v in self.voivodeships if v.code == code), None)

    def attachment_kind(self, code: str) -> AttachmentKind | None:
        """The attachment kind with this code, or ``None``."""
        return next((k for k in self.attachment_kinds if k.code == code), None)

    def field_spec(self, path: str) -> FieldSpec | None:
        """The description of the field at this dotted path, or ``None``."""
        return next((f for f in self.institution_fields if f.path == path), None)

    def choices(self, list_name: str) -> tuple[Choice, ...]:
        """A closed list of the form as plain choices; ``code`` is the value a declaration stores.

        A declaration stores a voivodeship by its name, as written on an address
        ("małopolskie"), so for ``voivodeships`` the choice's code is the name too.
        """
        if list_name == "voivodeships":
            return tuple(Choice(v.name, v.name, v.code) for v in self.voivodeships)
        if list_name == "attachment_kinds":
            return tuple(Choice(k.code, k.label) for k in self.attachment_kinds)
        if list_name in ("institution_types", "fields_of_activity", "assessment_scale"):
            chosen: tuple[Choice, ...] = getattr(self, list_name)
            return chosen
        raise KeyError(list_name)


def _find(choices: tuple[Choice, ...], code: str) -> Choice | None:
    return next((c for c in choices if c.code == code), None)


@functools.cache
def _package_dir() -> Path:
    # The same folder as Path(calcert_desktop.__file__).parent, without importing outside domain/.
    return Path(__file__).resolve().parents[1]


def forms_dir() -> Path:
    """The folder holding the form definitions and the declaration schema.

    ``$CALCERT_FORMS_DIR`` if set; else the copy shipped inside the package (wheel or frozen
    app, ``calcert_desktop/_data/forms``); else the repository's ``forms/`` (development).
    """
    override = os.environ.get(FORMS_DIR_ENV)
    if override:
        return Path(override)
    shipped = _package_dir() / "_data" / "forms"
    if shipped.is_dir():
        return shipped
    return _package_dir().parent.parent / "forms"


def available_versions() -> list[str]:
    """Versions of the application form present on disk, oldest first (``["1", "2"]``)."""
    folder = forms_dir() / FORM_ID
    if not folder.is_dir():
        return []
    numbers = [
        int(match.group(1))
        for match in (_VERSION_FILE.match(entry.name) for entry in folder.iterdir())
        if match is not None
    ]
    return [str(number) for number in sorted(numbers)]


def load_form(version: str | None = None) -> FormDefinition:
    """The form definition of ``version`` (``None``: the newest one); loaded once, then cached.

    Raises ``ValidationError("form.unknown_version", "form_version")`` for a version with no
    file, and ``DomainError("form.invalid_definition")`` for a damaged file.
    """
    versions = available_versions()
    if not versions:
        raise DomainError("form.missing_definitions", path=str(forms_dir() / FORM_ID))
    if version is None:
        version = versions[-1]
    if version not in versions:
        raise ValidationError("form.unknown_version", "form_version", version=version)
    return _load_form_file(str(forms_dir() / FORM_ID / f"v{version}.json"), version)


def load_declaration_schema() -> dict[str, Any]:
    """The JSON Schema of a declaration file (cached; callers must not modify it)."""
    return _load_schema_file(str(forms_dir() / SCHEMA_FILE_NAME))


@functools.cache
def _load_schema_file(path: str) -> dict[str, Any]:
    try:
        loaded = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DomainError("form.invalid_definition", path=path, detail=str(exc)) from exc
    if not isinstance(loaded, dict):
        raise DomainError("form.invalid_definition", path=path, detail="not a JSON object")
    return loaded


# Keyed by the file's path, so pointing CALCERT_FORMS_DIR elsewhere loads the other file.
@functools.cache
def _load_form_file(path: str, version: str) -> FormDefinition:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        form = _parse_form(raw)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        detail = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
        raise DomainError("form.invalid_definition", path=path, detail=detail) from exc
    if form.form_id != FORM_ID or form.version != version:
        detail = f"file declares form {form.form_id!r} version {form.version!r}"
        raise DomainError("form.invalid_definition", path=path, detail=detail)
    return form


def _parse_form(raw: dict[str, Any]) -> FormDefinition:
    standards = tuple(
        Standard(code=item["code"], number=index, title=item["title"], text=item["text"])
        for index, item in enumerate(raw["standards"], start=1)
    )
    if len({s.code for s in standards}) != len(standards):
        raise ValueError("duplicate standard codes")
    return FormDefinition(
        form_id=raw["form_id"],
        version=raw["version"],
        title=raw["title"],
        subtitle=raw.get("subtitle", ""),
        valid_from=date.fromisoformat(raw["valid_from"]),
        request_text=raw.get("request_text", ""),
        declaration_text=raw.get("declaration_text", ""),
        institution_types=_choices(raw["institution_types"]),
        eligibility=tuple(
            EligibilityCondition(item["code"], item["label"], item["text"])
            for item in raw["eligibility"]
        ),
        standards=standards,
        fields_of_activity=_choices(raw["fields_of_activity"]),
        voivodeships=tuple(Voivodeship(v["code"], v["name"]) for v in raw["voivodeships"]),
        attachment_kinds=tuple(
            AttachmentKind(k["code"], k["label"], bool(k["required_for_filing"]))
            for k in raw["attachment_kinds"]
        ),
        assessment_scale=_choices(raw["assessment_scale"]),
        institution_fields=tuple(_field_spec(item) for item in raw["institution_fields"]),
        long_text_max_length=int(raw["long_text_max_length"]),
        file_name_max_length=int(raw["file_name_max_length"]),
    )


def _choices(items: list[dict[str, Any]]) -> tuple[Choice, ...]:
    return tuple(Choice(i["code"], i["label"], i.get("description", "")) for i in items)


def _field_spec(item: dict[str, Any]) -> FieldSpec:
    max_length = item.get("max_length")
    return FieldSpec(
        path=item["path"],
        label=item["label"],
        required=bool(item["required"]),
        max_length=None if max_length is None else int(max_length),
        kind=FieldKind(item["kind"]),
        choices=item.get("choices"),
        hint=item.get("hint", ""),
    )
