"""Polish messages about attachment files: the same for the command line and the wizard."""

ATTACHMENT_MESSAGES: dict[str, str] = {
    "attachment.type": "Plik {name} ma nieobsługiwany typ — dołącz plik: {allowed}.",
    "attachment.content_mismatch": (
        "Zawartość pliku {name} nie odpowiada rozszerzeniu: to nie jest plik {expected}, tylko "
        "{actual} — dołącz właściwy plik albo popraw jego rozszerzenie."
    ),
    "attachment.too_large": (
        "Plik {name} ma {size} MB — największy dopuszczalny rozmiar to {limit} MB."
    ),
    "attachment.empty": "Plik {name} jest pusty — dołącz plik z treścią.",
    "attachment.name_unsafe": (
        "Nazwa pliku „{value}” {problem} — zmień nazwę pliku, np. na raport.pdf."
    ),
    "attachment.missing_file": (
        "Nie znaleziono pliku załącznika {path} — sprawdź ścieżkę do pliku."
    ),
    "attachment.not_stored": (
        "Pliku załącznika „{name}” nie ma w bazie danych programu — zgłoszenie tylko go "
        "wymienia (np. wpisane z papieru) albo plik usunięto. Poproś instytucję o kopię."
    ),
    "attachment.not_viewable": (
        "Załącznika „{name}” program nie otworzy: jego zawartość nie odpowiada rozszerzeniu "
        "albo typ nie jest obsługiwany ({allowed}). Poproś instytucję o właściwy plik."
    ),
}
