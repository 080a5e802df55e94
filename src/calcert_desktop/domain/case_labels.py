"""Polish names of the codes a case file stores (decision kinds, votes, statuses, outcomes)
and of the audited records and their fields, so every front end reads the same words."""

from __future__ import annotations

from calcert_desktop.domain.actions import Action

DECISION_KINDS: dict[str, str] = {
    "grant": "przyznanie certyfikatu",
    "refuse": "odmowa przyznania",
    "revoke": "odebranie certyfikatu",
    "discontinue": "umorzenie postępowania",
    "uphold": "utrzymanie decyzji w mocy (Zarząd)",
    "overturn": "uchylenie decyzji (Zarząd)",
}
# The documents generated from a case (services/documents.py registers their builders).
DOCUMENT_KINDS: dict[str, str] = {
    "certificate": "certyfikat",
    "refusal": "pismo o odmowie przyznania certyfikatu",
    "charges": "zarzuty na piśmie",
    "revocation": "decyzja o odebraniu certyfikatu",
    "appeal-decision": "rozstrzygnięcie odwołania przez Zarząd",
    "visit-protocol": "protokół wizytacji",
    "decision-record": "protokół z posiedzenia Komisji — decyzja",
    "acknowledgement": "potwierdzenie przyjęcia zgłoszenia",
    "completion-request": "wezwanie do uzupełnienia zgłoszenia",
    "discontinuation": "zawiadomienie o umorzeniu postępowania",
    "renewal-reminder": "przypomnienie o upływie ważności certyfikatu",
}
DECISION_BODIES: dict[str, str] = {"commission": "Komisja Certyfikacyjna", "board": "Zarząd"}
# Neutral words: a member's grammatical gender is not known ("wstrzymał(a) się" is not Polish).
VOTES: dict[str, str] = {"for": "za", "against": "przeciw", "abstain": "wstrzymanie się od głosu"}
NO_VOTE = "brak głosu"
RATINGS: dict[str, str] = {"meets": "spełnia", "partly": "spełnia częściowo", "not": "nie spełnia"}
VISIT_STATUSES: dict[str, str] = {
    "scheduled": "zaplanowana",
    "done": "przeprowadzona",
    "cancelled": "odwołana",
}
# A certificate's status, as the register, the history and the check of a seal print it.
CERTIFICATE_STATUSES: dict[str, str] = {
    "valid": "ważny",
    "revoked": "odebrany",
    "expired": "wygasły",
}
APPEAL_OUTCOMES: dict[str, str] = {
    "upheld": "decyzja utrzymana w mocy",
    "overturned": "decyzja uchylona",
}
REVOCATION_OUTCOMES: dict[str, str] = {
    "revoked": "certyfikat odebrany",
    "discontinued": "postępowanie umorzone",
}
OPERATIONS: dict[str, str] = {"insert": "dodano", "update": "zmieniono", "delete": "usunięto"}
RECORDS: dict[str, str] = {
    "erasures": "usunięcie danych osobowych",
    "cases": "sprawa",
    "declarations": "treść zgłoszenia",
    "amendments": "zmiana złożonego zgłoszenia",
    "completion_requests": "wezwanie do uzupełnienia",
    "assignments": "skład Komisji",
    "conflicts": "konflikt interesów",
    "assessments": "ocena standardu",
    "site_visits": "wizytacja",
    "visit_findings": "ustalenie wizytacji",
    "decisions": "decyzja",
    "votes": "głos",
    "certificates": "certyfikat",
    "appeals": "odwołanie",
    "revocations": "postępowanie o odebranie",
    "counters": "numeracja",
    "settings": "ustawienie",
    "users": "osoba",
    "generated_documents": "dokument",
    "resolutions": "uchwała Zarządu",
    "resolution_votes": "głos w uchwale Zarządu",
    "appointments": "powołanie",
    "register_imports": "import dawnego rejestru",
    "register_import_cases": "sprawa z dawnego rejestru",
}
OTHER_ACTIONS: dict[str, str] = {
    "erase-personal-data": "usunięcie danych osobowych",
    "retention-purge": "usunięcie danych po okresie przechowywania",
    "declare": "rejestracja zgłoszenia",
    "demo": "dane demonstracyjne",
    "init": "utworzenie bazy",
    "add-user": "dodanie osoby",
    "save_draft": "zapisanie szkicu",
    "delete_draft": "usunięcie szkicu",
    "settings": "zmiana ustawień",
    "generate-document": "wygenerowanie dokumentu",
    "sign-document": "podpisanie dokumentu podpisem elektronicznym",
    "appoint": "powołanie przez Zarząd",
    "end-appointment": "zakończenie powołania przez Zarząd",
    "responsible": "wskazanie osoby odpowiedzialnej przez Zarząd",
    "migration": "aktualizacja bazy danych",
}

# The history's action of a register's import: the prefix, then the file's SHA-256 (its
# first 12 digits; services/admin/register_records.py).
REGISTER_IMPORT_ACTION = "register_import/"

# Column names of the audited records as users read them in a case's history.
FIELD_LABELS: dict[str, str] = {
    "file_sha256": "SHA-256 pliku",
    "row_number": "wiersz pliku",
    "id": "identyfikator",
    "case_id": "sprawa",
    "draft_code": "numer szkicu",
    "reference": "numer sprawy",
    "state": "stan",
    "state_since": "stan od",
    "last_event_on": "ostatnia czynność",
    "form_version": "wersja formularza",
    "institution_name": "nazwa instytucji",
    "town": "miejscowość",
    "voivodeship": "województwo",
    "institution_type": "typ instytucji",
    "signed_on": "data podpisania",
    "received_on": "data wpływu",
    "next_deadline": "najbliższy termin",
    "renews_case_id": "odnawiana sprawa",
    "rapporteur_id": "sprawozdawca",
    "created_at": "utworzono",
    "body": "treść",
    "requested_on": "data wezwania",
    "reason": "powód",
    "due_on": "termin",
    "completed_on": "data uzupełnienia",
    "member_id": "członek Komisji",
    "assigned_on": "data wyznaczenia",
    "is_rapporteur": "sprawozdawca",
    "conflict_declared_on": "data zgłoszenia konfliktu",  # an assignment's, before 0006
    "conflict_reason": "powód konfliktu",
    "person_id": "osoba",
    "declared_on": "data zgłoszenia konfliktu",
    "standard": "standard",
    "rating": "ocena",
    "comment": "komentarz",
    "evidence": "dowody",
    "assessed_on": "data oceny",
    "expert_id": "ekspert",
    "scheduled_on": "data zaplanowania",
    "planned_for": "planowana data",
    "visited_on": "data wizytacji",
    "status": "status",
    "summary": "podsumowanie",
    "cancel_reason": "powód odwołania",
    "visit_id": "wizytacja",
    "finding": "ustalenie",
    "kind": "rodzaj",
    "decided_on": "data decyzji",
    "reasons": "uzasadnienie",
    "delivered_on": "data doręczenia",
    "recorded_by_id": "kto zapisał",
    "decision_id": "decyzja",
    "vote": "głos",
    "number": "numer",
    "year": "rok",
    "seq": "kolejny numer",
    "issued_on": "data wydania",
    "valid_until": "ważny do",
    "issued_by_id": "kto wydał",
    "against_id": "zaskarżona decyzja",
    "grounds": "zarzuty odwołania",
    "outcome": "rozstrzygnięcie",
    "outcome_id": "decyzja rozstrzygająca",
    "certificate_id": "certyfikat",
    "opened_on": "data wszczęcia",
    "charges": "zarzuty",
    "charged_on": "data zarzutów",
    "response_due": "termin odpowiedzi",
    "response_received_on": "data odpowiedzi",
    "response_text": "treść odpowiedzi",
    "last": "ostatni numer",
    "key": "ustawienie",
    "value": "wartość",
    "login": "login",
    "full_name": "imię i nazwisko",
    "roles": "role",
    "active": "aktywna",
    "generated_at": "wygenerowano",
    "generated_by_id": "kto wygenerował",
    "file_name": "plik",
    "size_bytes": "rozmiar (bajty)",
    "sha256": "skrót SHA-256",
    "template_version": "wersja szablonu",
    "signed_from_id": "podpisany dokument",
    "signer": "osoba podpisująca",
    "signed_at": "czas podpisu",
    "timestamped": "znacznik czasu",
    "amended_on": "data zmiany",
    "nip": "NIP",
    # Columns a case's history rarely shows, named so that no schema identifier reaches a reader.
    "action": "czynność",
    "added_at": "dodano",
    "at": "czas",
    "code": "kod",
    "entity": "rekord",
    "entity_id": "identyfikator rekordu",
    "key_id": "identyfikator klucza",
    "label": "opis",
    "name_sort": "klucz sortowania nazwy",
    "new": "nowa wartość",
    "note": "uwaga",
    "old": "poprzednia wartość",
    "operation": "operacja",
    "origin": "pochodzenie",
    "payload": "treść pieczęci",
    "public_key": "klucz publiczny",
    "retired_at": "wycofano",
    "saved_at": "zapisano",
    "saved_by_id": "kto zapisał",
    "sealed_at": "opieczętowano",
    "search_text": "tekst wyszukiwania",
    "texts": "treść pisma",
    "town_sort": "klucz sortowania miejscowości",
    "user_id": "osoba",
    "user_login": "login osoby",
    "version": "wersja",
    # The Board's resolutions and appointments.
    "adopted_on": "data uchwały",
    "subject": "przedmiot uchwały",
    "result": "wynik głosowania",
    "function": "funkcja",
    "starts_on": "od dnia",
    "ends_on": "do dnia",
    "basis": "podstawa",
    "resolution_id": "uchwała",
    "ended_by_id": "uchwała kończąca",
}

# The same column name meaning different things in different records.
RECORD_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("decisions", "body"): "organ",
    ("declarations", "body"): "treść zgłoszenia",
    ("amendments", "reason"): "powód zmiany",
    ("appeals", "received_on"): "data wpływu odwołania",
    ("settings", "value"): "wartość ustawienia",
    ("conflicts", "reason"): "powód konfliktu",
    ("resolutions", "summary"): "treść uchwały",
    ("resolutions", "number"): "numer uchwały",
    ("resolution_votes", "member_id"): "członek Zarządu",
}


def field_label(record: str, key: str) -> str:
    """Polish name of column ``key`` of ``record`` in the history."""
    return RECORD_FIELD_LABELS.get((record, key)) or FIELD_LABELS.get(key, key)


KEY_ORIGINS: dict[str, str] = {"local": "własny", "imported": "zaimportowany"}
COUNTER_KINDS: dict[str, str] = {
    "reference": "numery spraw",
    "certificate": "numery certyfikatów",
    "resolution": "numery uchwał Zarządu",
}
# The Board's resolutions (domain/board.py) and appointments (domain/appointments.py).
RESOLUTION_SUBJECTS: dict[str, str] = {
    "issue": "wydanie certyfikatu",
    "uphold": "utrzymanie w mocy decyzji Komisji (odwołanie)",
    "overturn": "uchylenie decyzji Komisji (odwołanie)",
    "appoint": "powołanie do Komisji Certyfikacyjnej",
    "dismiss": "zakończenie powołania",
    "responsible": "wskazanie osoby odpowiedzialnej za proces certyfikacji",
}
RESOLUTION_RESULTS: dict[str, str] = {"adopted": "podjęta", "rejected": "nie podjęta"}
FUNCTIONS: dict[str, str] = {
    "member": "członek Komisji Certyfikacyjnej",
    "chair": "przewodniczący Komisji Certyfikacyjnej",
    "responsible": "osoba odpowiedzialna za proces certyfikacji",
}
APPOINTMENT_BASES: dict[str, str] = {
    "resolution": "uchwała Zarządu",
    "migration": "rola sprzed wprowadzenia powołań (bez uchwały)",
}
# Fields whose coded value has Polish words (the state has its own enum labels).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "rating": RATINGS,
    "vote": VOTES,
    "kind": {**DECISION_KINDS, **DOCUMENT_KINDS},  # the codes do not overlap
    "body": DECISION_BODIES,  # of a decision; a declaration's body is handled apart
    "outcome": {**APPEAL_OUTCOMES, **REVOCATION_OUTCOMES},
    "origin": KEY_ORIGINS,
    "subject": RESOLUTION_SUBJECTS,
    "result": RESOLUTION_RESULTS,
    "function": FUNCTIONS,
    "basis": APPOINTMENT_BASES,
}
STATUS_LABELS: dict[str, dict[str, str]] = {
    "site_visits": VISIT_STATUSES,
    "certificates": CERTIFICATE_STATUSES,
}


# What a person may type for a vote or a rating (folded: no diacritics, lower case), besides
# the stored codes themselves.
TYPED_VOTES: dict[str, str] = {
    "za": "for",
    "przeciw": "against",
    "wstrzymuje": "abstain",
    "wstrzymuje sie": "abstain",
    "wstrzymal sie": "abstain",
    "wstrzymala sie": "abstain",
    "wstrzymal(a) sie": "abstain",  # the label older versions printed
    "wstrzymanie": "abstain",
    "wstrzymanie sie": "abstain",
    "wstrzymanie sie od glosu": "abstain",
    "wstrzymuje sie od glosu": "abstain",
}
TYPED_FUNCTIONS: dict[str, str] = {
    "czlonek": "member",
    "czlonkini": "member",
    "czlonek komisji": "member",
    "przewodniczacy": "chair",
    "przewodniczaca": "chair",
    "odpowiedzialna": "responsible",
    "odpowiedzialny": "responsible",
    "osoba odpowiedzialna": "responsible",
}
TYPED_RATINGS: dict[str, str] = {
    "spelnia": "meets",
    "czesciowo": "partly",
    "spelnia czesciowo": "partly",
    "nie spelnia": "not",
    "niespelnia": "not",
}


def typed_code(words: dict[str, str], text: str) -> str:
    """The code for a typed Polish word (``"wstrzymuję się"`` → ``"abstain"``); other text
    is returned as typed, lower-cased, for the rules to accept as a code or refuse."""
    from calcert_desktop.domain.polish_text import fold

    return words.get(fold(text), text.strip().lower())


def label(labels: dict[str, str], code: str | None) -> str:
    """The Polish word for ``code`` in ``labels``; the code itself when it has none."""
    if code is None:
        return ""
    return labels.get(code, code)


def action_label(code: str) -> str:
    """Polish name of an action code as the audit log stores it."""
    if code.startswith(REGISTER_IMPORT_ACTION):
        digest = code.removeprefix(REGISTER_IMPORT_ACTION)
        return f"import dawnego rejestru (plik o SHA-256 {digest}…)"
    try:
        return Action(code).label
    except ValueError:
        return OTHER_ACTIONS.get(code, code)


def value_label(record: str, key: str, value: object) -> str:
    """A logged value of column ``key`` of ``record`` in Polish words: a state, a status, a
    rating, a vote, a kind... by its Polish name, yes/no for a flag; other values as text."""
    from calcert_desktop.domain.states import CaseState

    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "tak" if value else "nie"
    text = str(value)
    if key == "state":
        try:
            return CaseState(text).label
        except ValueError:
            return text
    if key == "status" and record in STATUS_LABELS:
        return label(STATUS_LABELS[record], text)
    if record == "counters" and key == "kind":
        return label(COUNTER_KINDS, text)
    if key in VALUE_LABELS:
        return label(VALUE_LABELS[key], text)
    return text
