"""Polish messages of the certificate seals and their keys."""

SEAL_MESSAGES: dict[str, str] = {
    "seal.no_certificate": "W rejestrze nie ma certyfikatu nr {number}.",
    "key.malformed": (
        "To nie jest klucz publiczny CALcert — oczekiwano jednego wiersza w postaci "
        "CALKEY1:<identyfikator>:<klucz>, takiego jak zapisuje polecenie calcert keys export."
    ),
    "key.id_mismatch": (
        "Identyfikator {key_id} nie odpowiada kluczowi w tym tekście — plik jest uszkodzony "
        "albo zmieniony. Poproś o ponowny eksport klucza."
    ),
    "key.label_required": "Podaj opis klucza, np. nazwę instalacji lub biura, z którego pochodzi.",
    "key.already_known": "Klucz {key_id} jest już znany w tej instalacji („{label}”).",
    "key.missing": (
        "W bazie danych brak klucza prywatnego {key_id} biura — nie można opatrzyć "
        "certyfikatu pieczęcią. Przywróć bazę z kopii zapasowej; jeśli klucz przepadł, "
        "administrator może utworzyć nowy: calcert keys new."
    ),
    "key.corrupt": (
        "Klucz prywatny {key_id} biura zapisany w bazie danych jest uszkodzony albo nie pasuje "
        "do jego klucza publicznego. Przywróć bazę z kopii zapasowej; jeśli klucz przepadł, "
        "administrator może utworzyć nowy: calcert keys new."
    ),
    "key.backup_exists": (
        "Plik {path} już istnieje — wskaż nową nazwę pliku kopii wycofywanego klucza."
    ),
    "key.backup_in_keys_folder": (
        "Kopii wycofywanego klucza nie można zapisać w folderze kluczy tej instalacji ({path}) "
        "— wskaż miejsce poza folderem danych, np. nośnik przechowywany w sejfie."
    ),
    "key.unknown": "Klucz {key_id} nie jest znany w tej instalacji (zob. calcert keys show).",
    "key.retire_local": (
        "Klucz {key_id} należy do tej instalacji — wycofuje się go, tworząc nowy: "
        "calcert keys new."
    ),
    "key.already_retired": "Klucz {key_id} został już wycofany (dnia {day}).",
    "key.retire_future": (
        "Data wycofania klucza {value} jest w przyszłości — podaj dzień, w którym biuro "
        "wycofało klucz (najpóźniej dzisiaj)."
    ),
    "key.file_unreadable": "Nie można odczytać pliku klucza {path}: {detail}",
    "seal.empty": (
        "Wpisz lub zeskanuj treść kodu QR z certyfikatu (zaczyna się od CAL1.), numer "
        "certyfikatu z kodem weryfikacyjnym albo sam kod weryfikacyjny."
    ),
    "seal.unrecognised": (
        "Nie rozpoznano „{value}” — podaj treść kodu QR (zaczyna się od CAL1.), numer "
        "certyfikatu z kodem weryfikacyjnym (np. CJ-001/2025 7KQ2-M9XD-4HTA) albo sam kod "
        "weryfikacyjny (12 znaków)."
    ),
}
