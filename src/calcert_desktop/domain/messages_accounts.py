"""Polish messages of accounts: signing in, passwords, the first administrator."""

from __future__ import annotations

from calcert_desktop.domain.accounts import MIN_PASSWORD_LENGTH

ACCOUNT_MESSAGES: dict[str, str] = {
    "account.refused": (
        "Nieprawidłowy login lub hasło. Sprawdź, czy nie jest włączony Caps Lock, i spróbuj "
        "ponownie; o nowe hasło poproś administratora."
    ),
    "account.wait": (
        "Zbyt wiele nieudanych prób logowania na konto „{login}”. Następna próba będzie "
        "możliwa za {wait} (o {until})."
    ),
    "account.refused_wait": (
        "Nieprawidłowy login lub hasło. Po kolejnych nieudanych próbach następna będzie "
        "możliwa dopiero za {wait} (o {until}); o nowe hasło poproś administratora."
    ),
    "account.must_change": (
        "Hasło konta „{login}” jest tymczasowe — zmień je, zanim zaczniesz pracę: "
        "calcert --user {login} change-password (albo przy logowaniu w programie)."
    ),
    "account.password_needed": (
        "Podaj hasło konta „{login}”: program zapyta o nie, gdy działa w terminalu; skrypt "
        "poda je przez --password-fd N albo z menedżera haseł systemu (--stored-password, "
        "zapamiętane przez calcert remember-password)."
    ),
    "account.password_short": (
        f"Hasło jest za krótkie — musi mieć co najmniej {MIN_PASSWORD_LENGTH} znaków "
        "(najlepiej kilka słów)."
    ),
    "account.password_spaces": "Hasło nie może zaczynać się ani kończyć spacją.",
    "account.password_repetitive": (
        "Hasło składa się z kilku powtarzanych znaków — wybierz trudniejsze do odgadnięcia."
    ),
    "account.password_has_login": "Hasło nie może zawierać loginu konta.",
    "account.password_mismatch": "Powtórzone hasło różni się od pierwszego — wpisz je ponownie.",
    "account.password_same": "Nowe hasło musi różnić się od dotychczasowego.",
    "account.first_admin_exists": (
        "Administrator ma już hasło — pierwsze hasło ustawia się tylko raz. Hasła zmienia "
        "administrator (calcert set-password) albo sama osoba (calcert change-password)."
    ),
    "account.first_admin_needed": (
        "W bazie nie ma jeszcze administratora z hasłem. Ustaw je przy pierwszym uruchomieniu "
        "programu albo poleceniem: calcert init"
    ),
    "account.no_keyring": (
        "W tym systemie nie działa menedżer haseł (błąd {detail}) — hasła nie można zapamiętać "
        "bezpiecznie; podaj je przez --password-fd N."
    ),
    "account.not_stored": (
        "W menedżerze haseł tego komputera nie ma hasła konta „{login}” dla tej bazy. "
        "Zapamiętaj je: calcert --user {login} remember-password"
    ),
    "account.bad_fd": (
        "Nie można odczytać hasła z deskryptora pliku {fd}: {detail}. Podaj numer otwartego "
        "deskryptora (np. --password-fd 3 i 3<plik_z_haslem)."
    ),
    "account.fd_empty": (
        "Deskryptor pliku {fd} nie podał hasła (potrzebna jest kolejna linia: {what})."
    ),
}
