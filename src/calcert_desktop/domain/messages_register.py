"""Polish messages of the paper-era register's import (issue 23), and the names of its
columns, so that a refused row's reason names the column to correct."""

from __future__ import annotations

from calcert_desktop.domain.register_fields import FIELDS

REGISTER_FIELD_LABELS: dict[str, str] = {f"register.{field.key}": field.label for field in FIELDS}

REGISTER_MESSAGES: dict[str, str] = {
    "register.bad_date": "„{value}” nie jest datą — wpisz ją jako dd.mm.rrrr, np. 12.03.2019.",
    "register.no_such_date": "nie ma takiego dnia: „{value}”.",
    "register.bad_certificate_number": (
        "„{value}” nie jest numerem certyfikatu — wpisz go tak jak {example}."
    ),
    "register.bad_reference": "„{value}” nie jest numerem sprawy — wpisz go tak jak CAL/2019/0012.",
    "register.bad_nip": (
        "NIP „{value}” jest błędny (nie zgadza się cyfra kontrolna) — popraw go albo zostaw "
        "pole puste."
    ),
    "register.bad_outcome": (
        "nie wiadomo, co znaczy „{value}” — wpisz „przyznano”, „odmowa” albo „odebrano”."
    ),
    "register.no_outcome": (
        "Wiersz nie ma numeru certyfikatu ani rozstrzygnięcia „odmowa” — nie wiadomo, jaką "
        "sprawę utworzyć. Wpisz numer certyfikatu albo „odmowa” z datą decyzji."
    ),
    "register.refused_with_number": (
        "rozstrzygnięcie to „odmowa”, a wiersz ma numer certyfikatu {number} — popraw jedno z "
        "nich."
    ),
    "register.revoked_without_date": "rozstrzygnięcie to „odebrano” — wpisz datę odebrania.",
    "register.issued_required": "brak daty wydania certyfikatu {number}.",
    "register.refusal_date_required": "brak daty decyzji o odmowie.",
    "register.validity": (
        "certyfikat {number} wydany {issued} jest ważny pięć lat, do {expected}, a w pliku "
        "jest {given}."
    ),
    "register.number_year": (
        "certyfikat {number} ma w numerze rok {year}, a wydano go w roku {issued_year}."
    ),
    "register.reference_year": (
        "sprawa {reference} ma w numerze rok {year}, a wniosek wpłynął w roku {received_year}."
    ),
    "register.date_order": "{later} jest wcześniej niż {earlier_label} ({earlier}).",
    "register.future_date": "{value} to data z przyszłości.",
    "register.revoked_after_expiry": (
        "odebrano {revoked}, a certyfikat był ważny tylko do {until}."
    ),
    "register.duplicate_in_file": "{value} jest już w wierszu {row} tego pliku.",
    "register.duplicate_in_database": "{value} jest już w bazie — ma go: {holder}.",
    "register.file_unreadable": "Nie mogę przeczytać pliku {path}: {reason}.",
    "register.no_header": (
        "W pliku nie ma wiersza nagłówków — pierwszy wiersz z tekstem powinien nazywać kolumny "
        "(np. Nazwa instytucji, Miejscowość, Województwo, Numer certyfikatu)."
    ),
    "register.unknown_fields": (
        "Przypisanie kolumn zawiera nieznane pola: {fields} — do wyboru: {known}."
    ),
    "register.mapping_unreadable": "Nie mogę odczytać przypisania kolumn z {path}: {reason}",
    "register.mapping_shape": (
        "{path}: przypisanie kolumn to obiekt JSON, np. "
        "{{\"Nazwa\": \"name\", \"Nr certyfikatu\": \"number\"}}."
    ),
    "register.unmapped": (
        "Nie wskazano kolumn z polami: {fields} — przypisz je, zanim zaimportujesz plik."
    ),
    "register.cancelled": "Import przerwano — nic nie zapisano.",
    "register.unknown_previous": (
        "poprzedniego certyfikatu {number} nie ma ani w bazie, ani w tym pliku."
    ),
}
