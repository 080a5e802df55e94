"""Polish messages of the office's database server (PostgreSQL): choosing it, reaching it,
copying an office's data to it, and two people changing the same record."""

from __future__ import annotations

SERVER_MESSAGES: dict[str, str] = {
    "server.bad_url": (
        "Adres bazy danych „{url}” jest niepoprawny: {detail}. Podaj go w postaci "
        "postgresql://użytkownik@serwer:5432/nazwa_bazy albo ścieżkę pliku SQLite."
    ),
    "server.field_empty": "Pole „{label}” jest puste — wpisz je, aby połączyć się z serwerem.",
    "server.bad_connection_file": (
        "Plik {path} z adresem serwera bazy danych jest uszkodzony ({detail}). Wskaż serwer "
        "ponownie: calcert db connect ADRES (albo usuń plik, aby wrócić do bazy w tym "
        "komputerze)."
    ),
    "server.unreachable": (
        "Nie można połączyć się z serwerem bazy danych {server}: {detail}. Sprawdź, czy serwer "
        "jest włączony i dostępny w sieci biura; program połączy się ponownie sam, gdy serwer "
        "wróci. Nic nie zostało zapisane częściowo."
    ),
    "server.connection_lost": (
        "Połączenie z serwerem bazy danych {server} zostało przerwane. Ostatnia operacja nie "
        "została zapisana (nic nie zapisano częściowo) — ponów ją, gdy serwer będzie dostępny; "
        "program połączy się ponownie sam."
    ),
    "server.commit_uncertain": (
        "Połączenie z serwerem bazy danych {server} zostało przerwane w chwili zapisu. "
        "Operacja została zapisana w całości albo wcale — nic nie zapisano częściowo. "
        "Gdy serwer będzie dostępny, odśwież widok i sprawdź, czy trzeba ją ponowić; program "
        "połączy się ponownie sam."
    ),
    "server.auth_failed": (
        "Serwer bazy danych {server} odrzucił hasło użytkownika {user}. Podaj właściwe hasło: "
        "calcert db connect ADRES (hasło trafi do menedżera haseł systemu)."
    ),
    "server.no_database": (
        "Na serwerze {server} nie ma bazy danych „{database}”. Utwórz ją (README: „Serwer bazy "
        "danych biura”) albo popraw nazwę w adresie."
    ),
    "server.password_needed": (
        "Serwer bazy danych {server} wymaga hasła użytkownika {user}, a w menedżerze haseł tego "
        "komputera go nie ma. Podaj je: calcert db connect ADRES (albo w Ustawieniach)."
    ),
    "server.not_initialised": (
        "Baza danych {server} jest pusta — nie ma w niej jeszcze tabel programu. Przygotuj ją "
        "poleceniem: calcert db init"
    ),
    "server.newer_schema": (
        "Baza danych {server} ma schemat w wersji {found}, nowszej niż zna ten program "
        "({known}). Zaktualizuj program na tym komputerze."
    ),
    "server.migration_failed": (
        "Aktualizacja schematu bazy danych {server} nie powiodła się: {detail}. Serwer wycofał "
        "całą aktualizację — baza pozostała bez zmian."
    ),
    "server.keyring_unavailable": (
        "W tym systemie nie działa menedżer haseł (błąd {detail}), więc hasła do serwera nie można "
        "zapamiętać bezpiecznie. Podaj hasło w zmiennej PGPASSWORD albo w pliku pgpass "
        "(dokumentacja PostgreSQL) — program nie zapisuje haseł w zwykłych plikach."
    ),
    "server.not_postgres": (
        "„{url}” nie jest adresem serwera PostgreSQL. Polecenie db connect wskazuje serwer; "
        "aby wrócić do bazy w tym komputerze, użyj: calcert db disconnect"
    ),
    "server.permission": (
        "Użytkownik bazy danych nie ma uprawnień do tej operacji na serwerze {server}: "
        "{detail}. Poproś administratora serwera o uprawnienia właściciela bazy."
    ),
    # two people changing the same record
    # (domain/conflicts.py; {record} names it: "Sprawa CAL/2026/0001", "Ustawienie „…”")
    "conflict.changed_meanwhile": (
        "{record}: w międzyczasie zmieniła to inna osoba — {who}, {when}. Twoich zmian nie "
        "zapisano (nic nie zostało nadpisane). Odśwież widok, porównaj obie wersje i wprowadź "
        "zmiany ponownie."
    ),
    "conflict.deleted_meanwhile": (
        "{record}: w międzyczasie usunęła to inna osoba — {who}, {when}. Twoich zmian nie "
        "zapisano."
    ),
    "conflict.difference": "{field} — Twoja wersja: {yours}; zapisana: {theirs}",
    "conflict.nobody_known": "nie wiadomo kto (brak wpisu w dzienniku zmian)",
    "conflict.system": "program (czynność automatyczna)",
    # the server gave up one of two transactions waiting for each other (a deadlock) or
    # could not serialise them: nothing of it was written
    "conflict.try_again": (
        "Inna osoba zapisywała w tej samej chwili te same dane, więc serwer bazy danych "
        "wycofał Twoją operację — nic nie zapisano. Ponów ją."
    ),
    # copying an office (calcert db copy)
    "copy.encrypted_to_file": (
        "Baza {where} jest zaszyfrowana, a kopia do pliku SQLite byłaby jawna — kopiuj ją na "
        "serwer PostgreSQL albo zrób zaszyfrowaną kopię zapasową: calcert backup."
    ),
    "copy.same_database": "Baza źródłowa i docelowa to ta sama baza ({where}) — nic nie skopiowano.",
    "copy.target_not_empty": (
        "Baza docelowa {where} zawiera już dane ({rows}, np. w tabeli {table}). "
        "Kopiowanie odbywa się tylko do pustej bazy — nic nie skopiowano."
    ),
    "copy.target_newer": (
        "Baza docelowa {where} ma schemat w wersji {found}, nowszej niż zna ten program "
        "({known}) — nic nie skopiowano. Użyj nowszej wersji programu."
    ),
    "copy.no_such_place": (
        "Nie ma katalogu ani pliku {where}. Podaj istniejący katalog danych, plik bazy SQLite "
        "(np. kopia.sqlite3) albo adres serwera postgresql://… — nic nie skopiowano."
    ),
    "copy.target_schema": (
        "Baza docelowa {where} ma schemat w wersji {found}, a ten program zna {known} — nic "
        "nie skopiowano. Otwórz ją najpierw tym programem (calcert init)."
    ),
    "copy.source_schema": (
        "Baza źródłowa {where} ma schemat w wersji {found}, a ten program zna {known}. "
        "Otwórz ją najpierw tym programem (zaktualizuje schemat) — nic nie skopiowano."
    ),
    "copy.source_missing": (
        "Baza źródłowa {where} nie istnieje albo nie jest bazą CALcert — nic nie skopiowano."
    ),
    "copy.failed": (
        "Kopiowanie do bazy {where} nie powiodło się przy tabeli {table}: {detail}. Kopia "
        "została wycofana (baza docelowa pozostała bez zmian), źródło jest nietknięte."
    ),
    "copy.mismatch": (
        "Sprawdzenie kopii nie powiodło się w tabeli {table}: {detail}. Kopia została wycofana "
        "(baza docelowa pozostała bez zmian), źródło jest nietknięte."
    ),
    # backups of a server's database (calcert backup / restore on PostgreSQL)
    "backup.dump_failed": (
        "Program pg_dump nie wykonał kopii bazy danych {server}: {detail}. Nie zapisano pliku."
    ),
    "backup.dump_mismatch": (
        "Kopia z programu pg_dump nie zgadza się z bazą danych w tabeli {table} ({detail}) — "
        "nie zapisano pliku. Spróbuj ponownie."
    ),
    "backup.server_archive_on_file": (
        "Plik {path} to kopia bazy danych serwera PostgreSQL (archiwum pg_dump z PostgreSQL "
        "{version}), a ta instalacja używa bazy SQLite w pliku. Przywróć ją na instalacji "
        "połączonej z serwerem (calcert db connect) — baza danych pozostała bez zmian."
    ),
    "backup.plain_sql": (
        "Plik {path} to zrzut SQL w postaci tekstu, a nie kopia z polecenia calcert backup. "
        "Przywrócić można archiwum pg_dump w formacie własnym (-Fc) albo plik SQLite — baza "
        "danych pozostała bez zmian."
    ),
    "backup.archive_newer_server": (
        "Kopia {path} pochodzi z serwera PostgreSQL {found}, a ten serwer ma wersję {server}. "
        "Przywróć ją na serwerze PostgreSQL {major} lub nowszym — baza danych pozostała bez "
        "zmian."
    ),
    "backup.no_pg_restore": (
        "Do przywrócenia archiwum pg_dump {path} (PostgreSQL {version}) potrzebny jest program "
        "pg_restore w wersji {major} lub nowszej (narzędzia klienckie PostgreSQL), a nie "
        "znaleziono go w tym komputerze. Zainstaluj je albo przywróć kopię w postaci pliku "
        "SQLite — baza danych pozostała bez zmian."
    ),
    "backup.archive_unreadable": (
        "Archiwum {path} jest uszkodzone albo nieczytelne dla programu pg_restore ({detail}) — "
        "baza danych pozostała bez zmian."
    ),
    "backup.archive_not_calcert": (
        "Archiwum {path} nie zawiera bazy danych CALcert ({detail}) — baza danych pozostała "
        "bez zmian."
    ),
    "backup.restore_failed": (
        "Przywracanie kopii {path} na serwerze {server} nie powiodło się: {detail}. Serwer "
        "wycofał całą operację — baza danych pozostała bez zmian."
    ),
}

# The tables of the database in Polish, for what db copy and backup print beside their names.
TABLE_LABELS: dict[str, str] = {
    "alembic_version": "wersja schematu",
    "users": "osoby",
    "cases": "sprawy",
    "declarations": "deklaracje",
    "completion_requests": "wezwania do uzupełnienia",
    "amendments": "zmiany wniosków",
    "assignments": "przydziały członków Komisji",
    "conflicts": "konflikty interesów",
    "assessments": "oceny standardów",
    "site_visits": "wizyty ekspertów",
    "visit_findings": "ustalenia wizyt",
    "decisions": "decyzje",
    "votes": "głosy w decyzjach",
    "certificates": "certyfikaty",
    "appeals": "odwołania",
    "revocations": "postępowania o cofnięcie",
    "resolutions": "uchwały Zarządu",
    "resolution_votes": "głosy w uchwałach",
    "appointments": "powołania",
    "counters": "liczniki numerów",
    "settings": "ustawienia",
    "generated_documents": "wygenerowane dokumenty",
    "letter_templates": "wzory pism",
    "signing_keys": "klucze pieczęci",
    "certificate_seals": "pieczęcie certyfikatów",
    "audit_log": "dziennik zmian",
}


def table_label(name: str) -> str:
    """``cases (sprawy)``: a table's name with its Polish description, if known."""
    label = TABLE_LABELS.get(name)
    return f"{name} ({label})" if label else name
