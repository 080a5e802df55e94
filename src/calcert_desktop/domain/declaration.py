"""One institution's filled application form (a declaration file), as typed frozen data.

The file format is documented in ``forms/README.md`` and checked by
``forms/declaration.schema.json``. :meth:`Declaration.from_dict` reads a complete file,
:meth:`Declaration.from_partial` a draft; :meth:`Declaration.to_dict` writes either back.
The filing rules (what must be filled, what is invalid) live in
:mod:`calcert_desktop.domain.declaration_checks` and are re-exported here.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from calcert_desktop.domain.declaration_bounds import bound_errors
from calcert_desktop.domain.declaration_checks import (
    check_for_filing,
    completeness,
    filing_errors,
    missing_for_filing,
    validate_values,
)
from calcert_desktop.domain.declaration_schema import schema_errors
from calcert_desktop.domain.errors import ValidationErrors
from calcert_desktop.domain.json_text import parse_json
from calcert_desktop.domain.text_rules import is_blank

__all__ = [
    "Address",
    "AttachmentRef",
    "Declaration",
    "EligibilityAnswer",
    "Institution",
    "ModelOfWork",
    "Person",
    "Signature",
    "StandardEntry",
    "check_for_filing",
    "completeness",
    "declaration_from_json",
    "declaration_to_json",
    "filing_errors",
    "missing_for_filing",
    "normalize_text",
    "validate_values",
]


# Stripped from both ends: spaces, tabs and line ends. Not other control characters or
# line separators: those are refused by the checks, not silently dropped.
_EDGE_SPACE = "".join(
    chr(code) for code in range(0x3001) if unicodedata.category(chr(code)) == "Zs"
) + "\t\n"


def normalize_text(value: str) -> str:
    """User text as stored: NFC, Windows line ends turned into ``\\n``, outer spaces stripped.

    Text of invisible characters only (zero-width spaces, a byte-order mark) becomes empty.
    """
    if is_blank(value):
        return ""
    unified = value.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", unified).strip(_EDGE_SPACE)


@dataclass(frozen=True)
class Address:
    """Postal address; ``voivodeship`` is the lowercase name (``"małopolskie"``)."""

    street: str = ""
    postal_code: str = ""
    town: str = ""
    voivodeship: str = ""


@dataclass(frozen=True)
class Institution:
    """The applicant institution; ``type`` is an institution type code of the form."""

    name: str = ""
    type: str = ""
    address: Address = field(default_factory=Address)
    phone: str = ""
    email: str | None = None
    nip: str | None = None
    regon: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class Person:
    """The submitter or the head of the institution (the head has no phone or e-mail)."""

    name: str = ""
    position: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class EligibilityAnswer:
    """The institution's answer to one eligibility condition of the form."""

    code: str
    met: bool


@dataclass(frozen=True)
class StandardEntry:
    """The declaration of one standard: ticked or not, the report's text, evidence files."""

    code: str
    declared: bool = False
    description: str | None = None
    evidence: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ModelOfWork:
    """The methodical model of community work: fields of activity and its description."""

    fields: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class AttachmentRef:
    """A file attached to the declaration; ``path`` is relative to the declaration file."""

    kind: str
    file_name: str
    path: str | None = None
    size_bytes: int | None = None
    sha256: str | None = None


@dataclass(frozen=True)
class Signature:
    """Place and date of signing; ``date`` is kept as typed (``YYYY-MM-DD`` once valid)."""

    place: str = ""
    date: str = ""


@dataclass(frozen=True)
class Declaration:
    """A declaration file. Optional values absent from the file are ``None``."""

    form_version: str = ""
    institution: Institution = field(default_factory=Institution)
    submitter: Person = field(default_factory=Person)
    head: Person = field(default_factory=Person)
    eligibility: tuple[EligibilityAnswer, ...] = ()
    standards: tuple[StandardEntry, ...] = ()
    model_of_work: ModelOfWork = field(default_factory=ModelOfWork)
    attachments: tuple[AttachmentRef, ...] | None = None
    signature: Signature = field(default_factory=Signature)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Declaration:
        """A complete declaration file; raises :class:`ValidationErrors` on schema violations.

        Every error has code ``declaration.schema`` and the dotted JSON path as field.
        """
        return cls._build(data, partial=False)

    @classmethod
    def from_partial(cls, data: Mapping[str, Any]) -> Declaration:
        """A draft: missing keys become empty values, but present ones must have right types."""
        return cls._build(data, partial=True)

    @classmethod
    def from_checked(cls, data: Mapping[str, Any]) -> Declaration:
        """A declaration whose shape :meth:`from_partial` or :meth:`from_dict` has already
        checked (a stored one): parsed without checking it again."""
        return _parse(dict(data))

    @classmethod
    def empty(cls, form_version: str) -> Declaration:
        """A new blank draft for the given form version."""
        return cls(form_version=form_version)

    @classmethod
    def _build(cls, data: Mapping[str, Any], *, partial: bool) -> Declaration:
        plain = dict(data) if isinstance(data, Mapping) else data
        # Sizes first: the schema check would walk 600,000 attachments for minutes.
        errors = bound_errors(plain) or schema_errors(plain, partial=partial)
        if errors:
            raise ValidationErrors(errors)
        return _parse(plain)

    def to_dict(self) -> dict[str, Any]:
        """The declaration file's content; ``from_dict(d).to_dict() == d`` for normalised text."""
        data: dict[str, Any] = {
            "form_version": self.form_version,
            "institution": _institution_dict(self.institution),
            "submitter": _without_none(
                name=self.submitter.name,
                position=self.submitter.position,
                phone=self.submitter.phone,
                email=self.submitter.email,
            ),
            "head": _without_none(
                name=self.head.name,
                position=self.head.position,
                phone=self.head.phone,
                email=self.head.email,
            ),
            "eligibility": {answer.code: answer.met for answer in self.eligibility},
            "standards": {entry.code: _standard_dict(entry) for entry in self.standards},
            "model_of_work": {
                "fields": list(self.model_of_work.fields),
                "description": self.model_of_work.description,
            },
        }
        if self.attachments is not None:
            data["attachments"] = [_attachment_dict(a) for a in self.attachments]
        data["signature"] = {"place": self.signature.place, "date": self.signature.date}
        return data

    def standard(self, code: str) -> StandardEntry | None:
        """The entry for the standard with this code, or ``None``."""
        return next((entry for entry in self.standards if entry.code == code), None)

    def eligibility_met(self, code: str) -> bool:
        """True when the institution confirmed the eligibility condition with this code."""
        return any(answer.code == code and answer.met for answer in self.eligibility)

    def attachments_of_kind(self, kind: str) -> tuple[AttachmentRef, ...]:
        """The attachments of one kind (``report``, ``statute``, ...)."""
        return tuple(a for a in self.attachments or () if a.kind == kind)

    def value_at(self, path: str) -> str | None:
        """The text at a dotted field path (``institution.address.town``), ``None`` if absent."""
        node: Any = self
        for name in path.split("."):
            node = getattr(node, name, None)
        return node if isinstance(node, str) else None


def declaration_from_json(
    text: str, source: str = "<zgłoszenie>", *, partial: bool = False
) -> Declaration:
    """A declaration from JSON text; ``source`` names the file in error messages.

    Raises ``ValidationError("declaration.malformed_json")`` for text that is not JSON, a
    ``json.*`` error for duplicate keys, deep nesting or huge numbers
    (:func:`~calcert_desktop.domain.json_text.parse_json`), and :class:`ValidationErrors`
    for a file of the wrong structure.
    """
    return Declaration._build(parse_json(text, source), partial=partial)


def declaration_to_json(declaration: Declaration) -> str:
    """The declaration as UTF-8-ready JSON text (Polish letters unescaped, two-space indent)."""
    return json.dumps(declaration.to_dict(), ensure_ascii=False, indent=2) + "\n"


# --- reading a schema-valid dict -----------------------------------------------------------


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return normalize_text(value) if isinstance(value, str) else ""


def _optional_text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return normalize_text(value) if isinstance(value, str) else None


def _texts(values: list[str]) -> tuple[str, ...]:
    return tuple(normalize_text(value) for value in values)


def _parse(data: Mapping[str, Any]) -> Declaration:
    institution = data.get("institution", {})
    address = institution.get("address", {})
    standards = data.get("standards", {})
    model = data.get("model_of_work", {})
    signature = data.get("signature", {})
    attachments = data.get("attachments")
    return Declaration(
        form_version=_text(data, "form_version"),
        institution=Institution(
            name=_text(institution, "name"),
            type=_text(institution, "type"),
            address=Address(
                street=_text(address, "street"),
                postal_code=_text(address, "postal_code"),
                town=_text(address, "town"),
                voivodeship=_text(address, "voivodeship"),
            ),
            phone=_text(institution, "phone"),
            email=_optional_text(institution, "email"),
            nip=_optional_text(institution, "nip"),
            regon=_optional_text(institution, "regon"),
            website=_optional_text(institution, "website"),
        ),
        submitter=_person(data.get("submitter", {})),
        head=_person(data.get("head", {})),
        eligibility=tuple(
            EligibilityAnswer(code, met) for code, met in data.get("eligibility", {}).items()
        ),
        standards=tuple(_standard(code, entry) for code, entry in standards.items()),
        model_of_work=ModelOfWork(
            fields=_texts(model.get("fields", [])), description=_text(model, "description")
        ),
        attachments=None if attachments is None else tuple(_attachment(a) for a in attachments),
        signature=Signature(place=_text(signature, "place"), date=_text(signature, "date")),
    )


def _person(data: Mapping[str, Any]) -> Person:
    return Person(
        name=_text(data, "name"),
        position=_optional_text(data, "position"),
        phone=_optional_text(data, "phone"),
        email=_optional_text(data, "email"),
    )


def _standard(code: str, entry: Mapping[str, Any]) -> StandardEntry:
    evidence = entry.get("evidence")
    return StandardEntry(
        code=code,
        declared=bool(entry.get("declared", False)),
        description=_optional_text(entry, "description"),
        evidence=None if evidence is None else _texts(evidence),
    )


def _attachment(data: Mapping[str, Any]) -> AttachmentRef:
    size = data.get("size_bytes")
    return AttachmentRef(
        kind=_text(data, "kind"),
        file_name=_text(data, "file_name"),
        path=_optional_text(data, "path"),
        # JSON allows 2048.0 for an integer; keep it an int.
        size_bytes=None if size is None else int(size),
        sha256=_optional_text(data, "sha256"),
    )


# --- writing -------------------------------------------------------------------------------


def _without_none(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _institution_dict(institution: Institution) -> dict[str, Any]:
    address = institution.address
    return _without_none(
        name=institution.name,
        type=institution.type,
        address={
            "street": address.street,
            "postal_code": address.postal_code,
            "town": address.town,
            "voivodeship": address.voivodeship,
        },
        phone=institution.phone,
        email=institution.email,
        nip=institution.nip,
        regon=institution.regon,
        website=institution.website,
    )


def _standard_dict(entry: StandardEntry) -> dict[str, Any]:
    evidence = None if entry.evidence is None else list(entry.evidence)
    return _without_none(declared=entry.declared, description=entry.description, evidence=evidence)


def _attachment_dict(attachment: AttachmentRef) -> dict[str, Any]:
    return _without_none(
        kind=attachment.kind,
        file_name=attachment.file_name,
        path=attachment.path,
        size_bytes=attachment.size_bytes,
        sha256=attachment.sha256,
    )
