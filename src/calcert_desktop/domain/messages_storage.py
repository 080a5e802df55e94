"""Polish messages of the database's upkeep: the consistency check, restores, and what
SQLite reports (never shown raw)."""

from __future__ import annotations

# The sequences' names as the consistency messages use them.
SEQUENCE_LABELS: dict[str, str] = {
    "reference": "numerów spraw (CAL/rok/NNNN)",
    "certificate": "numerów certyfikatów (CJ-NNN/rok)",
    "resolution": "numerów uchwał Zarządu (N/rok)",
}

STORAGE_MESSAGES: dict[str, str] = {
    # calcert check: numbering
    "check.counter_missing": (
        "Numery {kind} z roku {year} są w użyciu (do {highest}), ale brak ich licznika — "
        "kolejny nadany numer powtórzyłby istniejący."
    ),
    "check.counter_unused": (
        "Licznik {kind} z roku {year} stoi na {last}, a żaden numer z tego roku nie jest w "
        "użyciu — to pozostałość przerwanego wczytywania danych lub zmiany poza programem."
    ),
    "check.counter_ahead": (
        "Licznik {kind} z roku {year} stoi na {last}, a najwyższy numer w użyciu to {highest} "
        "— numeracja pominęłaby numery (pozostałość przerwanego wczytywania danych?)."
    ),
    "check.counter_behind": (
        "Licznik {kind} z roku {year} stoi na {last}, a w użyciu jest już numer {highest} — "
        "kolejny nadany numer powtórzyłby istniejący."
    ),
    "check.sequence_gaps": "W numeracji {kind} z roku {year} brakuje numerów: {missing}.",
    "check.integrity": "plik bazy danych jest uszkodzony — problemów spójności: {count}",
    "check.foreign_keys": "wiersze wskazują nieistniejące rekordy — problemów: {count}",
    "check.bad_reference": "Sprawa ma numer „{number}” w nieznanym formacie (oczekiwano CAL/rok/NNNN).",
    "check.certificate_number": (
        "Certyfikat „{number}” ma zapisany rok {year} i kolejny numer {seq}, które do tego "
        "numeru nie pasują."
    ),
    "check.resolution_number": (
        "Uchwała Zarządu „{number}” ma zapisany rok {year} i kolejny numer {seq}, które do "
        "tego numeru nie pasują."
    ),
    # restore
    "storage.restore_same_file": (
        "Plik {path} to obecna baza danych — nie można przywrócić bazy z niej samej. Wskaż "
        "plik kopii."
    ),
    "storage.restore_unsound": (
        "Kopia {path} nie przeszła sprawdzenia, więc nie przywrócono jej (baza danych "
        "pozostała bez zmian). Znalezione problemy: {detail}"
    ),
    "storage.restore_in_use": (
        "Folder danych {path} jest otwarty w programie okienkowym CALcert — zamknij program "
        "i przywróć kopię ponownie (baza danych pozostała bez zmian)."
    ),
    "storage.no_schema_revision": (
        "Plik {path} nie jest bazą danych CALcert (nie zapisano w nim wersji schematu)."
    ),
    "storage.restore_failed": "Nie udało się przywrócić bazy danych: {detail}.",
    "storage.database_error": "Operacja na bazie danych nie powiodła się: {detail}.",
    # what SQLite reports, as the reason in a sentence above
    "sqlite.readonly": "plik bazy danych lub jej folder jest tylko do odczytu (brak uprawnień do zapisu)",
    "sqlite.cantopen": "nie można otworzyć pliku bazy danych (brak pliku, folderu lub uprawnień)",
    "sqlite.full": "brak miejsca na dysku",
    "sqlite.corrupt": "plik bazy danych jest uszkodzony",
    "sqlite.notadb": "to nie jest plik bazy danych SQLite",
    "sqlite.busy": "baza danych jest zajęta przez inny program",
    "sqlite.ioerr": "błąd odczytu lub zapisu na dysku",
    "sqlite.perm": "brak uprawnień do pliku bazy danych",
    "sqlite.other": "błąd bazy danych SQLite ({name})",
}
