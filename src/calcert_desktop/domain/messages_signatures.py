"""Polish messages of electronic signatures of documents (PAdES: documents/pades.py,
services/documents/signing.py)."""

SIGNATURE_MESSAGES: dict[str, str] = {
    "signature.p12_unreadable": (
        "Nie można odczytać pliku certyfikatu {path}: {detail}. Sprawdź, czy plik istnieje "
        "i czy masz do niego dostęp."
    ),
    "signature.p12_rejected": (
        "Nie udało się otworzyć pliku certyfikatu {path}: hasło jest niepoprawne albo to nie "
        "jest plik PKCS#12 (.p12, .pfx) z kluczem prywatnym. Sprawdź hasło i plik."
    ),
    "signature.card_library": (
        "Nie można wczytać biblioteki karty {path} ({detail}). Wskaż bibliotekę PKCS#11 "
        "dostarczoną z oprogramowaniem karty (plik .dll w systemie Windows, .so w Linuksie)."
    ),
    "signature.no_card": (
        "Biblioteka {path} nie widzi żadnej karty. Włóż kartę do czytnika i spróbuj ponownie."
    ),
    "signature.card_not_found": (
        "Nie znaleziono karty o etykiecie „{token}”. Sprawdź etykietę albo pomiń ją, jeśli "
        "w czytniku jest jedna karta."
    ),
    "signature.card_choose": (
        "Czytnik widzi kilka kart ({labels}). Podaj etykietę karty, którą chcesz podpisać."
    ),
    "signature.pin_wrong": "PIN jest niepoprawny. Uwaga: kilka błędnych prób zablokuje kartę.",
    "signature.pin_locked": (
        "PIN karty jest zablokowany. Odblokuj go oprogramowaniem karty (kodem PUK)."
    ),
    "signature.card_failed": (
        "Karta odmówiła operacji ({detail}). Wyjmij kartę, włóż ją ponownie i spróbuj jeszcze "
        "raz."
    ),
    "signature.card_no_key": (
        "Na karcie nie ma klucza z certyfikatem{key_note}, którym można podpisać dokument."
    ),
    "signature.card_choose_key": (
        "Na karcie jest kilka certyfikatów ({labels}). Podaj etykietę tego, którym chcesz "
        "podpisać."
    ),
    "signature.not_pdf": "Ten plik nie jest poprawnym dokumentem PDF — nie można go podpisać.",
    "signature.self_check_failed": (
        "Podpisany dokument nie przeszedł sprawdzenia podpisu, więc nie został zapisany. "
        "Spróbuj ponownie; jeśli błąd się powtarza, użyj innego certyfikatu."
    ),
    "signature.password_needed": (
        "Podaj {what}: w terminalu program zapyta o nie sam, skrypt poda je przez "
        "--password-fd."
    ),
    "signature.key_needed": (
        "Wskaż certyfikat: --p12 PLIK (plik .p12 lub .pfx) albo --pkcs11 BIBLIOTEKA (karta)."
    ),
    "signature.document_missing": (
        "Tego dokumentu nie ma już w bazie danych — odśwież listę dokumentów sprawy."
    ),
    "signature.target_usage": (
        "Podaj plik PDF albo rodzaj dokumentu i numer sprawy, np.: calcert sign certificate "
        "CAL/2026/0001 --p12 moj_certyfikat.p12"
    ),
    "signature.output_with_case": (
        "Opcja -o dotyczy podpisywania pliku z dysku; podpisany dokument sprawy zostaje "
        "zapisany przy sprawie (zapisz jego kopię poleceniem z listy dokumentów)."
    ),
    "signature.no_signed_document": (
        "Sprawa {reference} nie ma podpisanego dokumentu „{kind}”."
    ),
    "signature.not_signed": "Dokument {name} nie ma podpisu elektronicznego.",
}
