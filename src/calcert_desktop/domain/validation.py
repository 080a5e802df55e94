"""Validators of what a user types: each returns a :class:`ValidationError` or ``None``.

They never raise. Format validators (postal code, phone, e-mail, NIP, ...) accept an empty
value: whether a field must be filled is :func:`check_required`'s question, asked separately,
so the same validator serves optional fields and drafts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath

from calcert_desktop.domain.dates import add_years
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import Choice, FieldKind, FieldSpec, FormDefinition
from calcert_desktop.domain.identifiers import (
    is_nip_well_formed,
    is_regon_well_formed,
    is_valid_nip,
    is_valid_regon,
    normalize_nip,
    normalize_regon,
)
from calcert_desktop.domain.limits import DATE_WINDOWS, DateWindow
from calcert_desktop.domain.text_rules import is_blank

_POSTAL_CODE = re.compile(r"^[0-9]{2}-[0-9]{3}$")
_PHONE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2014()]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")
_WEBSITE = re.compile(r"^(?:https?://)?[^\s/@.]+(?:\.[^\s/@.]+)+(?::[0-9]+)?(?:/\S*)?$", re.I)
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


def _filled(value: str | None) -> str | None:
    """The stripped value, or ``None`` when there is nothing to check (invisible-only text)."""
    if value is None or is_blank(value):
        return None
    return value.strip() or None


def check_required(value: str | None, field: str) -> ValidationError | None:
    """``required`` when the value is missing, empty, or only spaces or invisible characters."""
    if _filled(value) is None:
        return ValidationError("required", field)
    return None


def check_max_length(value: str | None, max_length: int, field: str) -> ValidationError | None:
    """``too_long`` when the stripped value has more than ``max_length`` characters."""
    if value is None:
        return None
    length = len(value.strip())
    if length > max_length:
        return ValidationError("too_long", field, length=length, max_length=max_length)
    return None


def check_postal_code(
    value: str | None, field: str = "institution.address.postal_code"
) -> ValidationError | None:
    """``postal_code.invalid`` unless the value is a Polish postal code ``NN-NNN``."""
    text = _filled(value)
    if text is None:
        return None
    if not _POSTAL_CODE.fullmatch(text):
        return ValidationError("postal_code.invalid", field, value=text)
    return None


def normalize_phone(value: str) -> str | None:
    """The nine digits of a Polish phone number, or ``None`` if it is not one.

    Spaces, dashes and parentheses are ignored, and so are a ``+48``/``0048`` country prefix
    and the ``0`` trunk prefix older letterheads print before the area code ("(0-71) ...").
    """
    digits = _PHONE_SEPARATORS.sub("", value.strip())
    if digits.startswith("+48"):
        digits = digits[3:]
    elif digits.startswith("0048"):
        digits = digits[4:]
    elif len(digits) == 10 and digits.startswith("0"):
        digits = digits[1:]
    # Polish subscriber numbers never start with 0.
    if len(digits) != 9 or not (digits.isascii() and digits.isdigit()) or digits[0] == "0":
        return None
    return digits


def check_phone(value: str | None, field: str = "institution.phone") -> ValidationError | None:
    """``phone.invalid`` unless the value is a nine-digit Polish phone number."""
    text = _filled(value)
    if text is None:
        return None
    if normalize_phone(text) is None:
        return ValidationError("phone.invalid", field, value=text)
    return None


def check_email(value: str | None, field: str = "institution.email") -> ValidationError | None:
    """``email.invalid`` unless the value has one ``@``, no spaces and a dot in the domain."""
    text = _filled(value)
    if text is None:
        return None
    if not _EMAIL.fullmatch(text):
        return ValidationError("email.invalid", field, value=text)
    return None


def check_website(value: str | None, field: str = "institution.website") -> ValidationError | None:
    """``website.invalid`` unless the value looks like ``www.example.pl`` or an http(s) URL."""
    text = _filled(value)
    if text is None:
        return None
    if not _WEBSITE.fullmatch(text):
        return ValidationError("website.invalid", field, value=text)
    return None


def check_nip(value: str | None, field: str = "institution.nip") -> ValidationError | None:
    """``nip.length`` unless ten digits (separators allowed); ``nip.checksum`` if wrong sum."""
    text = _filled(value)
    if text is None:
        return None
    if not is_nip_well_formed(text):
        return ValidationError("nip.length", field, value=text)
    if set(normalize_nip(text)) == {"0"}:  # passes the checksum, belongs to no one
        return ValidationError("nip.all_zeros", field, value=text)
    if not is_valid_nip(text):
        return ValidationError("nip.checksum", field, value=text)
    return None


def check_regon(value: str | None, field: str = "institution.regon") -> ValidationError | None:
    """``regon.length`` unless 9 or 14 digits; ``regon.checksum`` if they don't add up."""
    text = _filled(value)
    if text is None:
        return None
    if not is_regon_well_formed(text):
        return ValidationError("regon.length", field, value=text)
    if set(normalize_regon(text)) == {"0"}:  # passes the checksum, belongs to no one
        return ValidationError("regon.all_zeros", field, value=text)
    if not is_valid_regon(text):
        return ValidationError("regon.checksum", field, value=text)
    return None


def parse_iso_date(value: str) -> date | None:
    """The date written as ``YYYY-MM-DD``, or ``None`` (other ISO forms are refused too)."""
    text = value.strip()
    # date.fromisoformat alone also accepts "20250314" and week dates; users write one form.
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def check_iso_date(
    value: str | None, field: str, *, latest: date | None = None, earliest: date | None = None
) -> ValidationError | None:
    """``date.invalid`` unless ``YYYY-MM-DD``; ``date.future`` when after ``latest`` and
    ``date.too_early`` when before ``earliest`` (each if given)."""
    text = _filled(value)
    if text is None:
        return None
    parsed = parse_iso_date(text)
    if parsed is None:
        return ValidationError("date.invalid", field, value=text)
    if latest is not None and parsed > latest:
        return ValidationError("date.future", field, value=text, today=latest.isoformat())
    if earliest is not None and parsed < earliest:
        return ValidationError("date.too_early", field, value=text, earliest=earliest.isoformat())
    return None


def check_window_date(value: str | None, field: str, *, today: date) -> ValidationError | None:
    """:func:`check_iso_date` within the field's row of :data:`limits.DATE_WINDOWS`
    (a signature: from 2000 to today); a field without a row may not be after today."""
    window = DATE_WINDOWS.get(field, DateWindow(None, 0))
    latest = add_years(today, window.years_ahead)
    return check_iso_date(value, field, latest=latest, earliest=window.earliest)


def check_choice(
    value: str | None, choices: Iterable[Choice], field: str
) -> ValidationError | None:
    """``choice.unknown`` unless the value is the code of one of ``choices``."""
    text = _filled(value)
    if text is None:
        return None
    options = list(choices)
    if text in {choice.code for choice in options}:
        return None
    allowed = ", ".join(
        choice.code if choice.code == choice.label else f"{choice.code} ({choice.label})"
        for choice in options
    )
    return ValidationError("choice.unknown", field, value=text, allowed=allowed)


def check_institution_type(
    value: str | None, form: FormDefinition, field: str = "institution.type"
) -> ValidationError | None:
    """``choice.unknown`` unless the value is an institution type code of ``form``."""
    return check_choice(value, form.institution_types, field)


def check_voivodeship(
    value: str | None, form: FormDefinition, field: str = "institution.address.voivodeship"
) -> ValidationError | None:
    """``choice.unknown`` unless the value is a voivodeship's lowercase name (``"małopolskie"``)."""
    return check_choice(value, form.choices("voivodeships"), field)


def check_field_of_activity(
    value: str | None, form: FormDefinition, field: str = "model_of_work.fields"
) -> ValidationError | None:
    """``choice.unknown`` unless the value is a field-of-activity code of ``form``."""
    return check_choice(value, form.fields_of_activity, field)


def check_field(
    spec: FieldSpec, value: str | None, form: FormDefinition, *, today: date | None = None
) -> ValidationError | None:
    """The first problem of a filled single-line field described by ``spec``, or ``None``.

    Checks length, then format by ``spec.kind``; an empty value passes (see
    :func:`check_required`). Dates may not be after ``today`` (default: the system date).
    """
    if _filled(value) is None:
        return None
    if spec.max_length is not None:
        too_long = check_max_length(value, spec.max_length, spec.path)
        if too_long is not None:
            return too_long
    match spec.kind:
        case FieldKind.CHOICE:
            choices = form.choices(spec.choices) if spec.choices else ()
            return check_choice(value, choices, spec.path)
        case FieldKind.POSTAL_CODE:
            return check_postal_code(value, spec.path)
        case FieldKind.PHONE:
            return check_phone(value, spec.path)
        case FieldKind.EMAIL:
            return check_email(value, spec.path)
        case FieldKind.NIP:
            return check_nip(value, spec.path)
        case FieldKind.REGON:
            return check_regon(value, spec.path)
        case FieldKind.URL:
            return check_website(value, spec.path)
        case FieldKind.DATE:
            return check_window_date(value, spec.path, today=today or date.today())
    return None  # FieldKind.TEXT: any text within the length limit


def check_file_name(value: str | None, field: str) -> ValidationError | None:
    """``file_name.invalid`` when the value is not a bare file name (no folders, not ``..``)."""
    text = _filled(value)
    if text is None:
        return None
    # A name with a folder in it could write outside the case's folder when files are saved.
    if "/" in text or "\\" in text or text in (".", "..") or ":" in text:
        return ValidationError("file_name.invalid", field, value=text)
    return None


def check_relative_path(value: str | None, field: str) -> ValidationError | None:
    """``attachment.path_invalid`` unless a relative path that stays below its folder."""
    text = _filled(value)
    if text is None:
        return None
    # Checked as both Windows and POSIX paths: files travel between offices' machines.
    windows, posix = PureWindowsPath(text), PurePosixPath(text)
    escapes = ".." in windows.parts or ".." in posix.parts
    if windows.is_absolute() or windows.drive or windows.root or posix.is_absolute() or escapes:
        return ValidationError("attachment.path_invalid", field, value=text)
    return None


def check_sha256(value: str | None, field: str) -> ValidationError | None:
    """``sha256.invalid`` unless 64 hexadecimal digits (either case)."""
    text = _filled(value)
    if text is None:
        return None
    if not _SHA256.fullmatch(text):
        return ValidationError("sha256.invalid", field, value=text)
    return None
