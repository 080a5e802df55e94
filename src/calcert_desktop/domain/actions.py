"""The actions of the certification process, one name each (used by the command line too)."""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    """Something a person does to a case; the command line uses the value as its name."""

    FILE = "file"
    REQUEST_COMPLETION = "request-completion"
    COMPLETE = "complete"
    ACCEPT = "accept"
    ASSIGN = "assign"
    UNASSIGN = "unassign"
    DECLARE_CONFLICT = "declare-conflict"
    ASSESS = "assess"
    SCHEDULE_VISIT = "schedule-visit"
    RECORD_VISIT = "record-visit"
    CANCEL_VISIT = "cancel-visit"
    GRANT = "grant"
    REFUSE = "refuse"
    DELIVER = "deliver"
    ISSUE = "issue"
    APPEAL = "appeal"
    UPHOLD = "uphold"
    OVERTURN = "overturn"
    OPEN_REVOCATION = "open-revocation"
    CHARGE = "charge"
    RESPOND = "respond"
    REVOKE = "revoke"
    DISCONTINUE = "discontinue"
    EXPIRE = "expire"
    WITHDRAW = "withdraw"
    RENEW = "renew"
    FINALIZE = "finalize"

    @property
    def label(self) -> str:
        """Polish name of the action."""
        return ACTION_LABELS[self]

    @property
    def command(self) -> str:
        """Polish imperative for a button or menu item ("Przyznaj certyfikat")."""
        return ACTION_COMMANDS[self]


ACTION_LABELS: dict[Action, str] = {
    Action.FILE: "złożenie zgłoszenia na pisemną prośbę",
    Action.REQUEST_COMPLETION: "wezwanie do uzupełnienia",
    Action.COMPLETE: "uzupełnienie zgłoszenia",
    Action.ACCEPT: "przyjęcie po kontroli formalnej",
    Action.ASSIGN: "wyznaczenie członka Komisji",
    Action.UNASSIGN: "odwołanie członka Komisji ze sprawy",
    Action.DECLARE_CONFLICT: "zgłoszenie konfliktu interesów",
    Action.ASSESS: "ocena standardu",
    Action.SCHEDULE_VISIT: "zaplanowanie wizytacji",
    Action.RECORD_VISIT: "zapisanie wyników wizytacji",
    Action.CANCEL_VISIT: "odwołanie wizytacji",
    Action.GRANT: "decyzja o przyznaniu certyfikatu",
    Action.REFUSE: "decyzja o odmowie przyznania",
    Action.DELIVER: "potwierdzenie doręczenia decyzji",
    Action.ISSUE: "wydanie certyfikatu przez Zarząd",
    Action.APPEAL: "wniesienie odwołania do Zarządu",
    Action.UPHOLD: "utrzymanie decyzji w mocy",
    Action.OVERTURN: "uchylenie decyzji",
    Action.OPEN_REVOCATION: "wszczęcie postępowania wyjaśniającego",
    Action.CHARGE: "sformułowanie zarzutów na piśmie",
    Action.RESPOND: "zapisanie odpowiedzi instytucji na zarzuty",
    Action.REVOKE: "decyzja o odebraniu certyfikatu",
    Action.DISCONTINUE: "umorzenie postępowania",
    Action.EXPIRE: "stwierdzenie wygaśnięcia certyfikatu",
    Action.WITHDRAW: "wycofanie zgłoszenia przez instytucję",
    Action.RENEW: "odnowienie – nowe zgłoszenie",
    Action.FINALIZE: "uprawomocnienie decyzji",
}

ACTION_COMMANDS: dict[Action, str] = {
    Action.FILE: "Złóż zgłoszenie",
    Action.REQUEST_COMPLETION: "Wezwij do uzupełnienia",
    Action.COMPLETE: "Zapisz uzupełnienie",
    Action.ACCEPT: "Przyjmij po kontroli formalnej",
    Action.ASSIGN: "Wyznacz członka Komisji",
    Action.UNASSIGN: "Odwołaj członka Komisji",
    Action.DECLARE_CONFLICT: "Zgłoś konflikt interesów",
    Action.ASSESS: "Oceń standardy",
    Action.SCHEDULE_VISIT: "Zaplanuj wizytację",
    Action.RECORD_VISIT: "Zapisz wyniki wizytacji",
    Action.CANCEL_VISIT: "Odwołaj wizytację",
    Action.GRANT: "Przyznaj certyfikat",
    Action.REFUSE: "Odmów przyznania",
    Action.DELIVER: "Potwierdź doręczenie",
    Action.ISSUE: "Wydaj certyfikat",
    Action.APPEAL: "Zarejestruj odwołanie",
    Action.UPHOLD: "Utrzymaj decyzję w mocy",
    Action.OVERTURN: "Uchyl decyzję",
    Action.OPEN_REVOCATION: "Wszcznij postępowanie",
    Action.CHARGE: "Sformułuj zarzuty",
    Action.RESPOND: "Zapisz odpowiedź na zarzuty",
    Action.REVOKE: "Odbierz certyfikat",
    Action.DISCONTINUE: "Umórz postępowanie",
    Action.EXPIRE: "Stwierdź wygaśnięcie",
    Action.WITHDRAW: "Wycofaj zgłoszenie",
    Action.RENEW: "Odnów certyfikat",
    Action.FINALIZE: "Uprawomocnij decyzję",
}
