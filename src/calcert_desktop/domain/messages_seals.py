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
        "Brak pliku klucza prywatnego {path} (klucz {key_id} tej instalacji) — nie można "
        "opatrzyć certyfikatu pieczęcią. Przywróć folder „klucze” z kopii zapasowej; jeśli "
        "klucz przepadł, administrator może utworzyć nowy: calcert keys new."
    ),
    "key.corrupt": (
        "Plik klucza prywatnego {path} jest uszkodzony albo nie pasuje do klucza {key_id} "
        "tej instalacji. Przywróć go z kopii zapasowej; jeśli klucz przepadł, administrator "
        "może utworzyć nowy: calcert keys new."
    ),
    "key.unreadable": "Nie można odczytać pliku klucza prywatnego {path}: {detail}",
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
