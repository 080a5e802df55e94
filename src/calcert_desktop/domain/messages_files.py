"""Polish messages of the files kept in the database (attachments, generated documents):
reading them back, moving an older data folder's files in, and what ``calcert check`` finds."""

from __future__ import annotations

FILE_MESSAGES: dict[str, str] = {
    "blob.missing": "Pliku {name} nie ma w bazie danych.",
    "blob.damaged": (
        "Plik {name} zapisany w bazie danych jest uszkodzony ({detail}) — nie otwarto go. "
        "Sprawdź bazę poleceniem calcert check i przywróć ją z kopii zapasowej."
    ),
    "blob.source_changed": (
        "Plik {name} zmienił się w trakcie zapisywania go do bazy danych — nic nie zapisano; "
        "spróbuj ponownie."
    ),
    "legacy.move_failed": (
        "Nie udało się przenieść plików z folderu danych ({folder}) do bazy danych: {detail}. "
        "Nic nie zostało zmienione — pliki pozostały w folderze."
    ),
    # calcert check: one line each, after the section's title
    "check.blob_damaged": "plik {sha} ({size} B) jest uszkodzony: {detail}",
    "check.document_missing": (
        "dokument {name} (sprawa {case}): brak jego pliku w bazie danych"
    ),
    "check.document_differs": (
        "dokument {name} (sprawa {case}): plik w bazie ma inny rozmiar niż zapisany przy "
        "dokumencie ({stored} B zamiast {expected} B)"
    ),
    "check.key_missing": (
        "klucz pieczęci {key_id} biura (w użyciu) nie ma klucza prywatnego w bazie danych"
    ),
}
