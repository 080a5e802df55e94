"""Polish messages of the encrypted installation: its data key's keyring file."""

from __future__ import annotations

ENCRYPTION_MESSAGES: dict[str, str] = {
    "data_key.bad_credential": (
        "Hasło tej osoby zapisano w formacie, którym nie da się zabezpieczyć klucza danych; "
        "administrator musi nadać jej nowe hasło."
    ),
    "data_key.unreadable": (
        "Nie udało się odczytać pliku klucza danych {path}: {detail}. Sprawdź uprawnienia do "
        "folderu danych."
    ),
    "data_key.damaged": (
        "Plik klucza danych {path} jest uszkodzony — bez niego zaszyfrowanej bazy nie da się "
        "otworzyć. Przywróć go z kopii zapasowej albo użyj klucza odzyskiwania."
    ),
}
