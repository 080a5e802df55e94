"""Who signs each kind of document: its signature slots, the functions a signer may hold
(each in a masculine and a feminine form) and the signer's grammatical gender, so that a
letter says "Przewodnicząca Komisji Certyfikacyjnej" under a woman's name, never
"Przewodniczący(-a)".

One list, :data:`SLOTS`, names the signature slots of every document kind that has them; a
new letter of the office adds one line there and gets its signers in the settings, the
command line and the settings page. The administrator sets a slot's signer
(``services/admin/office.py``, checked by :mod:`signers`); a slot nobody set prints its
default function without a name (the masculine form, the generic one of Polish official
documents), never a slash or a bracketed ending.

Pure data and wording: no database, no errors (the messages' catalogue reads the labels).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from calcert_desktop.domain.case_labels import DOCUMENT_KINDS


class Gender(StrEnum):
    """A signer's grammatical gender: it picks the form of the function."""

    MASCULINE = "m"
    FEMININE = "f"


GENDER_LABELS: dict[str, str] = {"": "nie podano", "m": "męski", "f": "żeński"}


@dataclass(frozen=True)
class Function:
    """A function a signer holds, in its masculine and feminine forms (the same words when
    the function does not change with the person)."""

    masculine: str
    feminine: str

    def form(self, gender: str) -> str:
        """The form for ``gender`` ("f": feminine; "m" or unknown: masculine)."""
        return self.feminine if gender == Gender.FEMININE else self.masculine

    @property
    def gendered(self) -> bool:
        """Whether the two forms differ (then a named signer needs a gender)."""
        return self.masculine != self.feminine


FUNCTIONS: dict[str, Function] = {
    "commission_chair": Function(
        "Przewodniczący Komisji Certyfikacyjnej", "Przewodnicząca Komisji Certyfikacyjnej"
    ),
    "commission_vice_chair": Function(
        "Wiceprzewodniczący Komisji Certyfikacyjnej", "Wiceprzewodnicząca Komisji Certyfikacyjnej"
    ),
    "commission_secretary": Function(
        "Sekretarz Komisji Certyfikacyjnej", "Sekretarz Komisji Certyfikacyjnej"
    ),
    "commission_member": Function(
        "Członek Komisji Certyfikacyjnej", "Członkini Komisji Certyfikacyjnej"
    ),
    "board_president": Function("Prezes Zarządu", "Prezeska Zarządu"),
    "board_vice_president": Function("Wiceprezes Zarządu", "Wiceprezeska Zarządu"),
    "board_member": Function("Członek Zarządu", "Członkini Zarządu"),
    "responsible_person": Function(
        "Osoba odpowiedzialna za proces certyfikacji", "Osoba odpowiedzialna za proces certyfikacji"
    ),
    "office_head": Function("Kierownik biura", "Kierowniczka biura"),
    "recorder": Function("Protokolant", "Protokolantka"),
}


@dataclass(frozen=True)
class SignatureSlot:
    """One place to sign on a document kind, with the function it takes when nobody set it."""

    label: str  # Polish: "podpis", "pierwszy podpis"
    function: str  # a code of FUNCTIONS


def _one(function: str) -> tuple[SignatureSlot, ...]:
    return (SignatureSlot("podpis", function),)


# Every document kind that carries signatures of the office, with its slots in the order
# they are printed (left to right). The kind codes are those of case_labels.DOCUMENT_KINDS.
# The site-visit protocol is signed by the expert who made that visit and by the
# institution: people of the case, not standing signers, so it has no slot here.
SLOTS: dict[str, tuple[SignatureSlot, ...]] = {
    "certificate": (
        SignatureSlot("pierwszy podpis", "board_president"),
        SignatureSlot("drugi podpis", "board_member"),
    ),
    "refusal": _one("commission_chair"),
    "charges": _one("commission_chair"),
    "revocation": _one("commission_chair"),
    "appeal-decision": _one("board_president"),
    "acknowledgement": _one("office_head"),
    "completion-request": _one("office_head"),
    "discontinuation": _one("commission_chair"),
    "renewal-reminder": _one("office_head"),
    "decision-record": (
        SignatureSlot("pierwszy podpis", "commission_chair"),
        SignatureSlot("drugi podpis", "recorder"),
    ),
}


def kind_label(kind: str) -> str:
    """The document kind's Polish name, capitalised: "Pismo o odmowie przyznania…"."""
    name = DOCUMENT_KINDS.get(kind, kind)
    return name[:1].upper() + name[1:]


def slot_codes(kind: str) -> tuple[str, ...]:
    """The slots of ``kind`` as they are typed and stored: "1", "2"…"""
    return tuple(str(number) for number in range(1, len(SLOTS[kind]) + 1))


def setting_key(kind: str, slot: str) -> str:
    """Where a slot's signer is stored: ``signer.refusal.1``."""
    return f"signer.{kind}.{slot}"


def slot_label(kind: str, slot: str) -> str:
    """ "Certyfikat, drugi podpis"; a kind with one slot: its name alone."""
    slots = SLOTS[kind]
    if len(slots) == 1:
        return kind_label(kind)
    return f"{kind_label(kind)}, {slots[int(slot) - 1].label}"


def all_slots() -> list[tuple[str, str]]:
    """Every (kind, slot) in the order of :data:`SLOTS`."""
    return [(kind, slot) for kind in SLOTS for slot in slot_codes(kind)]


@dataclass(frozen=True)
class SignerSetting:
    """A slot's signer as stored: a name (may be empty: signed by hand), a function (a code
    of :data:`FUNCTIONS`, the function in the signer's own words, or empty: the slot's
    default) and a grammatical gender ("m", "f" or empty: not given)."""

    name: str = ""
    function: str = ""
    gender: str = ""

    def to_text(self) -> str:
        """The stored form (JSON)."""
        fields = {"name": self.name, "function": self.function, "gender": self.gender}
        return json.dumps(fields, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_text(cls, text: str) -> SignerSetting:
        """The stored form read back; anything unreadable counts as nothing set."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        fields = {key: data.get(key) for key in ("name", "function", "gender")}
        if not all(isinstance(value, str) for value in fields.values()):
            return cls()
        return cls(**fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Signature:
    """A signature line as printed: the signer's name (empty: to write by hand) and the
    function in its right form."""

    name: str
    function: str


def function_text(code_or_words: str, gender: str) -> str:
    """The function as printed: a known code in the form for ``gender``, other words as
    they are."""
    known = FUNCTIONS.get(code_or_words)
    return known.form(gender) if known else code_or_words


def default_function(kind: str, slot: str) -> str:
    """The code of the function slot ``slot`` of ``kind`` prints when none is set."""
    return SLOTS[kind][int(slot) - 1].function


def signature(kind: str, slot: str, setting: SignerSetting) -> Signature:
    """What slot ``slot`` of ``kind`` prints for ``setting`` (the slot's default function
    when none is set)."""
    code = setting.function or default_function(kind, slot)
    return Signature(setting.name, function_text(code, setting.gender))


def signatures(kind: str, settings: dict[tuple[str, str], SignerSetting]) -> tuple[Signature, ...]:
    """Every signature line of ``kind`` (none for a kind without slots)."""
    if kind not in SLOTS:
        return ()
    return tuple(
        signature(kind, slot, settings.get((kind, slot), SignerSetting()))
        for slot in slot_codes(kind)
    )


def field(kind: str, slot: str, part: str) -> str:
    """The field a problem of a slot's ``part`` (name, function, gender) is reported on."""
    return f"{setting_key(kind, slot)}.{part}"
