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
}
