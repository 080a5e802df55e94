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
    "data_key.locked": (
        "Baza danych w folderze {path} jest zaszyfrowana: otwiera ją hasło jednej z osób "
        "(albo klucz odzyskiwania biura)."
    ),
    "data_key.wrong_password": (
        "Nieprawidłowy login lub hasło — baza danych pozostała zamknięta."
    ),
    "data_key.wrong_recovery": (
        "To nie jest klucz odzyskiwania tej bazy danych — sprawdź słowa i spróbuj ponownie."
    ),
    "data_key.not_a_file": (
        "Szyfrowana jest baza w pliku tej instalacji; bazę na serwerze PostgreSQL chroni "
        "serwer (jego dysk i kopie zapasowe)."
    ),
    "data_key.already": "Baza danych tej instalacji jest już zaszyfrowana.",
    "data_key.sheet_folder_missing": (
        "Folder {path} nie istnieje — wskaż istniejący folder na arkusz klucza odzyskiwania "
        "(nic nie zaszyfrowano)."
    ),
    "data_key.no_passwords": (
        "Nikt nie ma jeszcze hasła: ustaw najpierw hasło administratora (calcert init)."
    ),
    "data_key.copy_failed": (
        "Zaszyfrowana kopia bazy nie przeszła sprawdzenia ({detail}) — baza pozostała "
        "niezaszyfrowana i nietknięta."
    ),
    "data_key.bad_words": (
        "Klucz odzyskiwania to 24 słowa z listy, w kolejności z wydruku — sprawdź, czy żadnego "
        "nie brakuje i czy są dobrze przepisane."
    ),
    "account.recovery_needed": (
        "Nowe hasło bez starego ustawia się kluczem odzyskiwania (calcert recover)."
    ),
    "data_key.words_needed": (
        "Podaj klucz odzyskiwania: 24 słowa w jednym wierszu (--password-fd albo z klawiatury)."
    ),
    "data_key.not_encrypted": (
        "Baza danych w folderze {path} nie jest zaszyfrowana: klucz odzyskiwania nie jest "
        "jej potrzebny (zapomniane hasło nadaje na nowo administrator)."
    ),
    "data_key.damaged": (
        "Plik klucza danych {path} jest uszkodzony — bez niego zaszyfrowanej bazy nie da się "
        "otworzyć. Przywróć go z kopii zapasowej albo użyj klucza odzyskiwania."
    ),
}
