"""The rules of a signer as the administrator sets one (:mod:`signature_slots` names the
slots and the functions): what a person may type for a function and a gender, which slot
they mean, and every problem of a signer before it is stored.

Pure: no database.
"""

from __future__ import annotations

from calcert_desktop.domain import office
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.limits import MAX_FUNCTION_CHARS, MAX_SIGNER_NAME_CHARS
from calcert_desktop.domain.polish_text import fold
from calcert_desktop.domain.signature_slots import (
    FUNCTIONS,
    GENDER_LABELS,
    SLOTS,
    SignerSetting,
    default_function,
    field,
    kind_label,
    slot_codes,
)
from calcert_desktop.domain.text_rules import check_text

# What a person may type for a gender (folded: no diacritics, lower case).
TYPED_GENDERS: dict[str, str] = {
    "": "", "-": "",
    "m": "m", "meski": "m", "mezczyzna": "m", "pan": "m",
    "f": "f", "k": "f", "z": "f", "zenski": "f", "kobieta": "f", "pani": "f",
}  # fmt: skip


def parse_function(text: str) -> str:
    """The function a person typed: a code of :data:`FUNCTIONS` when it names one (its code,
    or either form, diacritics and case aside), otherwise the words as typed; empty: the
    slot's default."""
    typed = fold(text)
    if not typed:
        return ""
    for code, function in FUNCTIONS.items():
        if typed in (fold(code), fold(function.masculine), fold(function.feminine)):
            return code
    return " ".join(text.split())


def cleaned(kind: str, slot: str, setting: SignerSetting) -> SignerSetting:
    """A signer as typed, as it is stored: the name trimmed, the function as a code when it
    names a known one (none when it is the slot's own: the default), the gender as "m", "f"
    or "" (a word it cannot read is kept, for :func:`problems` to name)."""
    gender = setting.gender
    if gender not in GENDER_LABELS:
        gender = TYPED_GENDERS.get(fold(gender), gender)
    function = parse_function(office.cleaned(setting.function))
    if function == default_function(kind, slot):
        function = ""
    return SignerSetting(office.cleaned(setting.name), function, gender)


def parse_gender(text: str, field: str = "gender") -> str:
    """ "m", "f" or "" from what a person typed (m, f, k, męski, żeński, kobieta...)."""
    code = TYPED_GENDERS.get(fold(text))
    if code is None:
        raise ValidationError("signer.unknown_gender", field, value=text.strip())
    return code


def find_slot(kind: str, slot: str | None) -> str:
    """The slot code for what was typed: its number; none for a kind with one slot."""
    if kind not in SLOTS:
        known = ", ".join(SLOTS)
        raise ValidationError("signer.unknown_kind", None, value=kind, known=known)
    codes = slot_codes(kind)
    if slot is None or not slot.strip():
        if len(codes) == 1:
            return codes[0]
        raise ValidationError("signer.slot_required", None, kind=kind_label(kind),
                              known=_slot_list(kind))  # fmt: skip
    if slot.strip() not in codes:
        raise ValidationError("signer.unknown_slot", None, kind=kind_label(kind),
                              value=slot.strip(), known=_slot_list(kind))  # fmt: skip
    return slot.strip()


def _slot_list(kind: str) -> str:
    return ", ".join(f"{code} ({slot.label})" for code, slot in zip(slot_codes(kind), SLOTS[kind],
                                                                    strict=True))  # fmt: skip


def problems(kind: str, slot: str, setting: SignerSetting) -> list[ValidationError]:
    """What is wrong with ``setting`` as the signer of slot ``slot`` of ``kind``: the name
    or own function too long or with control characters, an unknown gender, a named signer
    of a function with two forms but no gender."""
    found: list[ValidationError] = []
    name_field = field(kind, slot, "name")
    problem = check_text(setting.name, name_field, max_length=MAX_SIGNER_NAME_CHARS)
    if problem is not None:
        found.append(problem)
    if setting.function and setting.function not in FUNCTIONS:
        problem = check_text(setting.function, field(kind, slot, "function"),
                             max_length=MAX_FUNCTION_CHARS)  # fmt: skip
        if problem is not None:
            found.append(problem)
    if setting.gender not in GENDER_LABELS:
        found.append(ValidationError("signer.unknown_gender", field(kind, slot, "gender"),
                                     value=setting.gender))  # fmt: skip
    function = FUNCTIONS.get(setting.function or default_function(kind, slot))
    if setting.name and not setting.gender and function is not None and function.gendered:
        found.append(ValidationError(
            "signer.gender_required", field(kind, slot, "gender"), name=setting.name,
            masculine=function.masculine, feminine=function.feminine,
        ))  # fmt: skip
    return found
