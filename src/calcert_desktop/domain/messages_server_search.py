"""Polish messages of the office's database server about its search index (pg_trgm)."""

from __future__ import annotations

SERVER_SEARCH_MESSAGES: dict[str, str] = {
    "server.search_extension_missing": (
        "Na serwerze bazy danych brakuje rozszerzenia pg_trgm, potrzebnego do szybkiego "
        "wyszukiwania spraw w bazie „{database}”. Administrator serwera musi doinstalować "
        "rozszerzenia PostgreSQL (w Debianie i Ubuntu pakiet postgresql-contrib, w Red Hat "
        "postgresql-contrib; instalator dla Windows zawiera je zawsze), a potem uruchomić "
        "ponownie: calcert db init. Baza pozostała bez zmian."
    ),
    "server.search_extension_refused": (
        "Serwer bazy danych nie pozwolił użytkownikowi {user} włączyć rozszerzenia pg_trgm "
        "(szybkie wyszukiwanie spraw) w bazie „{database}”: {detail}. Administrator serwera "
        "musi albo włączyć je sam, jako superużytkownik w tej bazie: CREATE EXTENSION pg_trgm; "
        "albo nadać użytkownikowi {user} prawo CREATE do tej bazy: GRANT CREATE ON DATABASE "
        "\"{database}\" TO \"{user}\"; (albo uczynić go jej właścicielem). Potem uruchom "
        "ponownie: calcert db init. Baza pozostała bez zmian."
    ),
}
