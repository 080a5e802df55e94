"""What a row of the paper-era register can hold, and which of a spreadsheet's columns holds
what (issue 23): the fields of an imported case, the Polish headings offices give them, the
mapping guessed from a file's heading row, and the key of a file's layout under which the
mapping the office confirmed is remembered.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from calcert_desktop.domain.polish_text import fold


@dataclass(frozen=True)
class RegisterField:
    """One field of an imported row: its key, its Polish name, whether every row needs it,
    and the headings (folded) that name it in offices' spreadsheets."""

    key: str
    label: str
    required: bool
    headings: tuple[str, ...]


FIELDS: tuple[RegisterField, ...] = (
    RegisterField("name", "Nazwa instytucji", True,
                  ("nazwa instytucji", "nazwa", "instytucja", "nazwa podmiotu", "podmiot",
                   "organizacja", "nazwa organizacji", "posiadacz certyfikatu")),
    RegisterField("type", "Typ instytucji", True,
                  ("typ instytucji", "typ", "rodzaj instytucji", "rodzaj", "rodzaj podmiotu",
                   "forma")),
    RegisterField("street", "Ulica i numer", False, ("ulica i numer", "ulica", "adres")),
    RegisterField("postal_code", "Kod pocztowy", False, ("kod pocztowy", "kod")),
    RegisterField("town", "Miejscowość", True, ("miejscowosc", "miasto", "siedziba")),
    RegisterField("voivodeship", "Województwo", True, ("wojewodztwo", "woj", "woj.")),
    RegisterField("nip", "NIP", False, ("nip", "numer nip")),
    RegisterField("reference", "Numer sprawy", False,
                  ("numer sprawy", "nr sprawy", "znak sprawy", "sygnatura")),
    RegisterField("received_on", "Data wpływu", False,
                  ("data wplywu", "data zgloszenia", "wplynelo", "data wniosku")),
    RegisterField("decided_on", "Data decyzji Komisji", False,
                  ("data decyzji komisji", "data decyzji", "data rozstrzygniecia",
                   "data odmowy")),
    RegisterField("outcome", "Rozstrzygnięcie", False,
                  ("rozstrzygniecie", "decyzja", "wynik", "status")),
    RegisterField("number", "Numer certyfikatu", False,
                  ("numer certyfikatu", "nr certyfikatu", "certyfikat nr", "certyfikat")),
    RegisterField("issued_on", "Data wydania", False,
                  ("data wydania", "data wydania certyfikatu", "wydano", "data przyznania")),
    RegisterField("valid_until", "Ważny do", False,
                  ("wazny do", "data waznosci", "termin waznosci", "waznosc", "wazny do dnia")),
    RegisterField("revoked_on", "Data odebrania", False,
                  ("data odebrania", "odebrano", "data cofniecia", "data odebrania certyfikatu")),
    RegisterField("reasons", "Uzasadnienie", False,
                  ("uzasadnienie", "powod", "przyczyna", "powod odmowy", "powod odebrania")),
    RegisterField("renews", "Poprzedni certyfikat", False,
                  ("poprzedni certyfikat", "odnowienie", "odnawia certyfikat",
                   "nr poprzedniego certyfikatu")),
)  # fmt: skip

BY_KEY: dict[str, RegisterField] = {field.key: field for field in FIELDS}
REQUIRED: tuple[str, ...] = tuple(field.key for field in FIELDS if field.required)


def _heading(text: object) -> str:
    """A heading as compared: folded, without a trailing colon or stray punctuation."""
    return fold(str(text or "")).strip(" :*.")


def guess_mapping(header: Sequence[object]) -> dict[int, str]:
    """Column index → field key for the headings we recognise (each field once: the first
    column whose heading names it)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, text in enumerate(header):
        heading = _heading(text)
        for field in FIELDS:
            if field.key not in taken and heading in field.headings:
                mapping[index] = field.key
                taken.add(field.key)
                break
    return mapping


def missing_fields(mapping: Mapping[int, str]) -> list[str]:
    """The required fields no column is mapped to, by their Polish names."""
    mapped = set(mapping.values())
    return [BY_KEY[key].label for key in REQUIRED if key not in mapped]


def layout_key(header: Sequence[object]) -> str:
    """The file layout's key: its headings (folded) in order, hashed. Two exports of the
    same spreadsheet share it, so the mapping confirmed once is offered again."""
    joined = "\x1f".join(_heading(text) for text in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def mapping_by_heading(header: Sequence[object], mapping: Mapping[int, str]) -> dict[str, str]:
    """The mapping as heading → field key (how it is remembered and written to a file)."""
    return {str(header[index]): key for index, key in mapping.items() if index < len(header)}


def mapping_from_headings(header: Sequence[object], named: Mapping[str, str]) -> dict[int, str]:
    """Column index → field key from a heading → field mapping (a remembered one, or the
    command line's ``--mapping`` file); headings compared folded. Unknown field keys are
    refused by :func:`unknown_keys` before this is used."""
    wanted = {_heading(text): key for text, key in named.items() if key}
    return {index: wanted[_heading(text)] for index, text in enumerate(header)
            if _heading(text) in wanted}  # fmt: skip


def with_headings(mapping: Mapping[int, str], header: Sequence[object],
                  named: Mapping[str, str]) -> dict[int, str]:  # fmt: skip
    """``mapping`` with the columns ``named`` (heading → field key) mapped as they say, an
    empty key leaving that column out; a field named there leaves any other column."""
    given = {_heading(text): key for text, key in named.items()}
    chosen = {key for key in given.values() if key}
    result = {index: key for index, key in mapping.items()
              if key not in chosen and _heading(header[index]) not in given}  # fmt: skip
    for index, text in enumerate(header):
        key = given.get(_heading(text))
        if key:
            result[index] = key
    return dict(sorted(result.items()))


def unknown_keys(named: Mapping[str, str]) -> list[str]:
    """The field keys of a heading → field mapping that are no field of ours."""
    return [key for key in named.values() if key and key not in BY_KEY]
