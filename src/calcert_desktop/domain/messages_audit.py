"""Polish messages of the audit log's hash chain (``calcert check``, Ustawienia → Dziennik
zmian): where the chain first breaks, named by the entry's number, time, person, action
and case."""

from __future__ import annotations

AUDIT_MESSAGES: dict[str, str] = {
    "audit.chain.entry": "{at} UTC, {login}, czynność „{action}”, {case}",
    "audit.chain.case": "sprawa {number}",
    "audit.chain.no_case": "bez sprawy",
    "audit.chain.changed": (
        "wpis nr {position} zmieniono po zapisaniu: jego treść nie zgadza się z jego "
        "skrótem ({entry})"
    ),
    "audit.chain.unrecorded_erasure": (
        "w wpisie nr {position} usunięto dane osobowe bez zapisu tego usunięcia w dzienniku "
        "({entry})"
    ),
    "audit.chain.link": (
        "łańcuch rwie się przed wpisem nr {position}: wpis poprzedni zmieniono, wstawiono "
        "albo usunięto ({entry})"
    ),
    "audit.chain.missing": (
        "brak wpisu nr {expected}: usunięto go; następny zachowany to wpis nr {position} "
        "({entry})"
    ),
    "audit.chain.duplicate": (
        "wpis nr {position} stoi nie na swoim miejscu (tu powinien być wpis nr {expected}): "
        "wstawiony albo przestawiony ({entry})"
    ),
    "audit.chain.unchained": "wpis bez miejsca w łańcuchu — wstawiony poza programem ({entry})",
    "audit.chain.beyond_head": (
        "wpis nr {position} dopisano poza podpisanym łańcuchem (podpis obejmuje {expected} "
        "wpisów) ({entry})"
    ),
    "audit.chain.truncated": (
        "brak wpisów od nr {position} do nr {expected}: usunięto je z końca dziennika"
    ),
    "audit.chain.head_mismatch": (
        "podpisany koniec łańcucha nie zgadza się z ostatnim wpisem nr {position} ({entry})"
    ),
    "audit.chain.no_head": "dziennik ma wpisy, a nie ma podpisanego końca łańcucha",
    "audit.chain.unsigned": (
        "koniec łańcucha nie jest jeszcze podpisany (po aktualizacji bazy podpisze go "
        "pierwsza zmiana zapisana w programie)"
    ),
    "audit.chain.unknown_key": (
        "koniec łańcucha podpisano kluczem {key_id}, którego nie ma wśród kluczy biura"
    ),
    "audit.chain.bad_signature": (
        "podpis końca łańcucha (klucz {key_id}) jest nieważny: dziennik zmieniono po "
        "podpisaniu"
    ),
    "audit.append_only": (
        "Dziennik zmian można tylko uzupełniać: baza danych odmawia zmiany i usunięcia jego "
        "wpisów."
    ),
    "audit.export_failed": (
        "Nie udało się zapisać dziennika zmian do pliku {path}: {detail}. Wybierz inne "
        "miejsce (folder, do którego masz prawo zapisu)."
    ),
}
