"""Polish messages of personal data (RODO): finding a person, erasing, exporting, purging."""

from __future__ import annotations

PRIVACY_MESSAGES: dict[str, str] = {
    "privacy.one_subject": (
        "Wskaż jedną osobę: login konta, adres e-mail albo imię i nazwisko (tylko jedno z nich)."
    ),
    "privacy.nothing_found": "Nie znaleziono danych osoby: {who}.",
    "privacy.refused": "Nie można teraz usunąć danych osoby ({who}). {reasons}",
    "privacy.bad_format": (
        "Wykaz danych osoby zapisuje się jako .json albo .pdf — zmień rozszerzenie pliku {path}."
    ),
}
