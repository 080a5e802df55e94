"""Polish messages of the office's details and the documents' signers, and the labels of
their fields (the settings' keys), so a refusal names the field to fix."""

from __future__ import annotations

from calcert_desktop.domain.signature_slots import all_slots, field, slot_label

# The office's details (settings, ``domain/office.py``) as the forms and the messages name
# them; here, not there, so that the catalogue of messages needs none of the rules.
OFFICE_LABELS: dict[str, str] = {
    "office.name": "pełna nazwa organizacji",
    "office.name_genitive": "nazwa w dopełniaczu",
    "office.address1": "adres: ulica i numer",
    "office.address2": "adres: kod pocztowy i miejscowość",
    "office.phone": "telefon",
    "office.email": "adres e-mail",
    "office.website": "strona internetowa",
    "office.place": "miejscowość na pismach i certyfikacie",
    "office.timestamp_url": "serwer znacznika czasu (podpis elektroniczny)",
}

OFFICE_MESSAGES: dict[str, str] = {
    "office.timestamp_url_invalid": (
        "Adres serwera znacznika czasu musi zaczynać się od http:// albo https://, np. "
        "http://time.certum.pl — wpisano „{value}”."
    ),
    "signer.unknown_kind": (
        "Dokument „{value}” nie ma podpisów do ustawienia — do wyboru: {known}."
    ),
    "signer.slot_required": (
        "Dokument „{kind}” ma więcej podpisów — wskaż który opcją --slot: {known}."
    ),
    "signer.unknown_slot": "Dokument „{kind}” nie ma podpisu „{value}” — do wyboru: {known}.",
    "signer.unknown_gender": (
        "Nieznana wartość „{value}” — wpisz m (męski) albo f (żeński); pusta: nie podano."
    ),
    "signer.gender_required": (
        "Wybierz rodzaj dla osoby podpisującej ({name}): funkcja ma dwie formy — "
        "„{masculine}” (m) i „{feminine}” (f)."
    ),
    "settings.signer_options": (
        "Opcje --slot, --name, --function i --gender dotyczą tylko polecenia "
        "„calcert settings signer RODZAJ”."
    ),
    "settings.usage": (
        'Podaj ustawienie i wartość, np.: calcert settings set office.name "Nazwa" '
        '(pusta wartość "" przywraca domyślną).'
    ),
}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


SIGNER_PARTS = {"name": "imię i nazwisko", "function": "funkcja", "gender": "rodzaj gramatyczny"}

OFFICE_FIELD_LABELS: dict[str, str] = {
    **{key: _capitalised(label) for key, label in OFFICE_LABELS.items()},
    **{
        field(kind, slot, part): f"{slot_label(kind, slot)} — {words}"
        for kind, slot in all_slots()
        for part, words in SIGNER_PARTS.items()
    },
}
