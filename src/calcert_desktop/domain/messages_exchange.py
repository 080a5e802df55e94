"""Polish messages of installations that exchange packages (issue 19)."""

from __future__ import annotations

EXCHANGE_MESSAGES: dict[str, str] = {
    "installation.malformed": (
        "To nie jest identyfikator instalacji CALcert (jeden wiersz zaczynający się od "
        "CALINST1:) — skopiuj go ponownie z instalacji, którą rejestrujesz."
    ),
    "installation.id_mismatch": (
        "Identyfikator instalacji jest uszkodzony: jego klucz nie zgadza się z numerem "
        "{key_id} — skopiuj go ponownie."
    ),
    "installation.is_own": "To identyfikator tej instalacji — zarejestruj identyfikator innej.",
    "installation.known": "Instalacja z kluczem {key_id} jest już zarejestrowana jako „{name}”.",
    "installation.revoked_key": (
        "Klucz {key_id} unieważniono {revoked_on}: tej instalacji nie można zarejestrować ponownie "
        "z tym samym kluczem."
    ),
    "installation.wrong_role": (
        "{own} rejestruje tylko {allowed}; ten identyfikator należy do: {given}."
    ),
    "installation.one_office": (
        "Laptop ufa jednemu biuru, a zarejestrował już „{name}”; najpierw unieważnij jego klucz."
    ),
    "installation.unknown": "Nie ma zarejestrowanej instalacji z kluczem {key_id}.",
    "installation.already_revoked": "Klucz {key_id} unieważniono już wcześniej.",
    "installation.role_fixed": (
        "Ta instalacja ma już identyfikator (rola: {role}); jej rola się nie zmienia."
    ),
    "installation.office_only": (
        "To jest laptop: {what} należy do biura. Na laptopie zapisuje się tylko to, co biuro "
        "mu przekazało (wizytację, oceny), i odsyła biuru."
    ),
    "installation.bad_name": "Podaj nazwę instalacji (najwyżej 200 znaków), np. „Laptop Anny”.",
    # --- packages (.calpack) -----------------------------------------------------------
    "package.not_a_package": (
        "To nie jest paczka CALcert albo plik jest uszkodzony lub niepełny (np. przerwane "
        "kopiowanie) — skopiuj paczkę ponownie."
    ),
    "package.too_many_entries": "Paczka ma za dużo plików ({count}); nie została wczytana.",
    "package.duplicate_entry": (
        "Paczka zawiera dwa razy plik „{name}” — ktoś ją zmienił; nie została wczytana."
    ),
    "package.bad_entry": (
        "Paczka zawiera niedozwolony element „{name}” (ścieżka poza paczkę, dowiązanie lub "
        "nieznany plik) — nie została wczytana."
    ),
    "package.compressed_entry": (
        "Paczka zawiera skompresowany plik „{name}”, czego program nigdy nie robi — nie "
        "została wczytana."
    ),
    "package.entry_too_big": "Plik „{name}” w paczce jest za duży; paczka nie została wczytana.",
    "package.incomplete": "W paczce brakuje jej spisu, podpisu lub danych — skopiuj ją ponownie.",
    "package.bad_manifest": "Spis zawartości paczki jest uszkodzony; nie została wczytana.",
    "package.newer_format": (
        "Paczka ma nowszy format ({version}) niż zna ten program — zaktualizuj program."
    ),
    "package.newer_schema": (
        "Paczka pochodzi z nowszej wersji programu (baza w wersji {schema}, tu {here}) — "
        "zaktualizuj program na tym komputerze."
    ),
    "package.entries_differ": (
        "Pliki w paczce nie zgadzają się z jej spisem — ktoś ją zmienił; nie została wczytana."
    ),
    "package.bad_hash": (
        "Plik „{name}” w paczce ma inną sumę kontrolną niż w spisie — paczka została zmieniona "
        "lub uszkodzona; nie została wczytana."
    ),
    "package.bad_signature": (
        "Podpis paczki się nie zgadza: została zmieniona po podpisaniu albo nie pochodzi od "
        "nadawcy, którego podaje — nie została wczytana."
    ),
    "package.unknown_sender": (
        "Paczkę podpisała instalacja z kluczem {key_id}, której ta instalacja nie zna — "
        "najpierw ją zarejestruj (Instalacje)."
    ),
    "package.revoked_sender": (
        "Paczkę podpisano kluczem {key_id} instalacji „{name}”, unieważnionym {revoked_on} — "
        "nie została wczytana."
    ),
    "package.not_for_us": (
        "Paczka jest przeznaczona dla innej instalacji (klucz {recipient}), nie dla tej "
        "({own}) — nie została wczytana."
    ),
    "package.no_identity": (
        "Ta instalacja nie ma jeszcze identyfikatora, więc nie może czytać paczek — utwórz go "
        "(Instalacje) i zarejestruj w biurze."
    ),
    "package.replayed": (
        "To starsza paczka od „{name}” (nr {sequence}), a wczytano już nr {last} — wczytanie "
        "jej cofnęłoby nowsze zmiany; nie została wczytana."
    ),
    "package.undecryptable": (
        "Paczki nie da się odszyfrować kluczem tej instalacji — nie została wczytana."
    ),
    "package.bad_data": "Dane w paczce są uszkodzone; nie została wczytana.",
    "package.data_too_big": "Dane w paczce są za duże; nie została wczytana.",
    "package.missing_file": "W paczce brakuje załącznika {sha256}…; nie została wczytana.",
    "package.bad_file": "Załącznik {sha256}… w paczce jest uszkodzony; nie została wczytana.",
    "package.wrong_kind": (
        "{here} nie wczytuje paczek tego rodzaju ({kind}) — to paczka dla {expected}."
    ),
    "package.no_box_key": (
        "Instalacja „{name}” została zarejestrowana przed szyfrowaniem paczek — zarejestruj ją "
        "ponownie (unieważnij stary wpis i dodaj jej nowy identyfikator)."
    ),
    "package.unknown_recipient": (
        "Nie ma zarejestrowanej instalacji „{name}” — podaj nazwę lub numer klucza z listy "
        "instalacji."
    ),
    "package.recipient_ambiguous": (
        "Nazwa „{name}” pasuje do kilku instalacji — podaj numer klucza."
    ),
    "package.no_cases": "Podaj co najmniej jedną sprawę do przekazania.",
    "package.nothing_to_return": (
        "Na tym laptopie nie ma pracy do odesłania w sprawach: {references}."
    ),
    "package.no_work": (
        "W sprawie {reference} nie ma pracy do przekazania: ani zaplanowanej wizytacji, ani "
        "członka Komisji przydzielonego do oceny."
    ),
    "package.person_ambiguous": (
        "W tych sprawach pracuje kilka osób ({logins}) — wskaż jedną (--for LOGIN); paczka "
        "niesie pracę jednej osoby."
    ),
    "package.person_has_no_work": "{login} nie ma do wykonania pracy w sprawie {reference}.",
    "package.not_handed": (
        "Sprawy {reference} nie przekazano na ten laptop — zapisuje się tu tylko to, co biuro "
        "przekazało."
    ),
    "package.not_your_work": (
        "Sprawę {reference} przekazano na ten laptop osobie {login}; tylko ona zapisuje tu "
        "jej pracę."
    ),
    "package.not_this_work": (
        "Sprawę {reference} przekazano na ten laptop do {work}; {action} należy do biura."
    ),
    "package.unsent_work": (
        "Na laptopie są nieodesłane zmiany w sprawie {reference} — najpierw odeślij je do "
        "biura, potem wczytaj nową paczkę."
    ),
    "package.unknown_reply": (
        "Paczka zwrotna odpowiada na paczkę, której to biuro nie wysłało na ten laptop — nie "
        "została wczytana."
    ),
    "package.unknown_person": (
        "Osoby {login} z paczki nie ma w tej instalacji — nie została wczytana."
    ),
    "package.unresolved": (
        "Paczka ma {count} konflikt(y) lub zmiany, których nie da się zapisać — wybierz dla "
        "każdej wersję (--resolve NR=biuro|laptop); nic nie zostało zapisane."
    ),
    "package.bad_resolution": (
        "Nie rozumiem rozstrzygnięcia „{value}” — podaj NR=biuro lub NR=laptop (albo "
        "all=biuro / all=laptop)."
    ),
    "package.cannot_take_laptop": (
        "Pozycji {number} nie da się przyjąć w wersji z laptopa: {reason}"
    ),
    # --- the site-visit protocol on site --------------------------------------------------
    "protocol.no_open_visit": "W sprawie {reference} nie ma zaplanowanej wizytacji.",
    "protocol.not_the_expert": (
        "Protokół wizytacji w sprawie {reference} pisze jej ekspert ({expert}) albo biuro."
    ),
    "protocol.bad_field": "Niepoprawna wartość w protokole wizytacji — popraw ją.",
}
