"""The parameters of each action, declared once as data for every front end.

The command line turns them into options (:mod:`calcert_desktop.cli.act_options`), the GUI
into the fields of an action's dialog. Each names the request parameter it fills, its kind
(how it is given), its Polish label and help, whether it is required and, for a person,
the role that person must hold and which people of the case may be named.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.roles import Role


class ParamKind(StrEnum):
    """How a parameter's value is given."""

    TEXT = "text"
    DATE = "date"
    LOGIN = "login"  # a person, named by login
    FLAG = "flag"
    VOTES = "votes"  # login -> for / against / abstain
    BOARD_VOTES = "board_votes"  # the Board's resolution: Board member -> for / against / abstain
    FINDINGS = "findings"  # standard -> (rating, text)
    JSON = "json"  # a declaration read from a JSON file


class PersonRole(StrEnum):
    """The role a person named in an action must hold."""

    MEMBER = "member"
    EXPERT = "expert"
    DECLARER = "declarer"  # anyone with a part in a case's decisions (declaring a conflict)

    @property
    def roles(self) -> frozenset[Role]:
        """Roles any one of which qualifies the person."""
        return PERSON_ROLES[self]


PERSON_ROLES: dict[PersonRole, frozenset[Role]] = {
    PersonRole.MEMBER: frozenset({Role.COMMISSION_MEMBER, Role.COMMISSION_CHAIR}),
    PersonRole.EXPERT: frozenset({Role.EXPERT}),
    PersonRole.DECLARER: frozenset(
        {Role.COMMISSION_MEMBER, Role.COMMISSION_CHAIR, Role.EXPERT, Role.BOARD_MEMBER}
    ),
}


class Among(StrEnum):
    """Which people holding the role a front end offers (the guards decide in the end)."""

    ANYONE = "anyone"  # anyone holding the role (and without a conflict in the case)
    NOT_ASSIGNED = "not_assigned"  # not yet on the case (assigning)
    ASSIGNED = "assigned"  # on the case (taking off)
    # Whose conflict the acting person may record: their own, and for the chair an assigned
    # member's; nobody who has declared one already (domain.guards.conflict_declaration_problem).
    DECLARABLE = "declarable"


@dataclass(frozen=True)
class ActionParam:
    """One parameter of an action."""

    name: str
    kind: ParamKind
    label: str
    help: str
    required: bool = False
    person: PersonRole | None = None
    among: Among = Among.ANYONE
    default_days: int | None = None  # a date's default: this many days after the act
    default_setting: str | None = None  # ... or as many days as this setting says
    # Asked in a dialog of its own when the act is saved, not among the act's fields: the
    # reason of a change to a filed application (domain/amendments.py).
    own_dialog: bool = False


REASON = ActionParam("reason", ParamKind.TEXT, "Powód", "powód (na piśmie)", True)
REASONS = ActionParam(
    "reasons", ParamKind.TEXT, "Uzasadnienie", "pisemne uzasadnienie decyzji", True
)
VOTES = ActionParam(
    "votes",
    ParamKind.VOTES,
    "Głosowanie",
    "głos każdego członka Komisji uprawnionego do głosowania (bez konfliktu interesów; ekspert, "
    "który wizytował instytucję, nie głosuje): za, przeciw, wstrzymuje się",
    True,
)
BOARD_VOTES = ActionParam(
    "board_votes",
    ParamKind.BOARD_VOTES,
    "Głosowanie Zarządu",
    "uchwała Zarządu: głos każdego członka Zarządu biorącego udział: za, przeciw, wstrzymuje się",
    True,
)


def _member(among: Among, required: bool = True, help_text: str = "członek Komisji") -> ActionParam:
    return ActionParam(
        "member", ParamKind.LOGIN, "Członek Komisji", help_text, required, PersonRole.MEMBER, among
    )


PARAMS: dict[Action, tuple[ActionParam, ...]] = {
    Action.FILE: (),
    Action.REQUEST_COMPLETION: (
        REASON,
        ActionParam(
            "due_on",
            ParamKind.DATE,
            "Termin uzupełnienia",
            "termin uzupełnienia",
            True,
            default_days=14,
        ),
    ),
    Action.COMPLETE: (
        ActionParam(
            "declaration",
            ParamKind.JSON,
            "Poprawiona deklaracja",
            "poprawiona deklaracja (plik JSON)",
        ),
        ActionParam(
            "reason",
            ParamKind.TEXT,
            "Powód zmiany",
            "powód zmiany złożonego zgłoszenia (wymagany z poprawioną deklaracją; "
            "zapisywany w historii sprawy)",
            own_dialog=True,
        ),
    ),
    Action.ACCEPT: (),
    Action.ASSIGN: (
        _member(Among.NOT_ASSIGNED),
        ActionParam(
            "rapporteur", ParamKind.FLAG, "Sprawozdawca", "wyznacz jako sprawozdawcę sprawy"
        ),
    ),
    Action.UNASSIGN: (_member(Among.ASSIGNED),),
    Action.DECLARE_CONFLICT: (
        ActionParam(
            "person",
            ParamKind.LOGIN,
            "Osoba",
            "osoba, której konflikt interesów dotyczy (domyślnie działający użytkownik)",
            False,
            PersonRole.DECLARER,
            Among.DECLARABLE,
        ),
        REASON,
    ),
    Action.ASSESS: (
        ActionParam("standard", ParamKind.TEXT, "Standard", "standard: S1…S9", True),
        ActionParam(
            "rating", ParamKind.TEXT, "Ocena", "spełnia, spełnia częściowo lub nie spełnia", True
        ),
        ActionParam(
            "comment",
            ParamKind.TEXT,
            "Komentarz",
            "komentarz (wymagany przy ocenie innej niż „spełnia”)",
        ),
        ActionParam("evidence", ParamKind.TEXT, "Dowody", "odwołania do dowodów (załączników)"),
    ),
    Action.SCHEDULE_VISIT: (
        ActionParam("expert", ParamKind.LOGIN, "Ekspert", "ekspert CAL", True, PersonRole.EXPERT),
        ActionParam(
            "visit_on",
            ParamKind.DATE,
            "Data wizytacji",
            "planowana data wizytacji",
            True,
            default_days=7,
        ),
    ),
    Action.RECORD_VISIT: (
        ActionParam(
            "summary",
            ParamKind.TEXT,
            "Podsumowanie",
            "podsumowanie wyników wizytacji",
            True,
        ),
        ActionParam(
            "findings",
            ParamKind.FINDINGS,
            "Ustalenia wizytacji",
            "ustalenia dla poszczególnych standardów: ocena i treść",
        ),
        ActionParam(
            "representative",
            ParamKind.TEXT,
            "Przedstawiciel instytucji",
            "imię, nazwisko i stanowisko osoby reprezentującej instytucję podczas wizytacji",
        ),
        ActionParam(
            "acknowledged",
            ParamKind.FLAG,
            "Protokół przyjęty",
            "przedstawiciel instytucji zapoznał się z protokołem na miejscu",
        ),
        ActionParam(
            "remarks",
            ParamKind.TEXT,
            "Uwagi przedstawiciela",
            "uwagi przedstawiciela instytucji do protokołu",
        ),
    ),
    Action.CANCEL_VISIT: (REASON,),
    Action.GRANT: (
        VOTES,
        ActionParam("reasons", ParamKind.TEXT, "Uzasadnienie", "uzasadnienie (opcjonalne)"),
    ),
    Action.REFUSE: (VOTES, REASONS),
    Action.DELIVER: (),
    Action.ISSUE: (BOARD_VOTES,),
    Action.APPEAL: (
        ActionParam("grounds", ParamKind.TEXT, "Treść odwołania", "treść odwołania", True),
    ),
    Action.UPHOLD: (BOARD_VOTES, REASONS),
    Action.OVERTURN: (BOARD_VOTES, REASONS),
    Action.OPEN_REVOCATION: (REASON,),
    Action.CHARGE: (
        ActionParam("charges", ParamKind.TEXT, "Zarzuty", "zarzuty sformułowane na piśmie", True),
        ActionParam(
            "response_due",
            ParamKind.DATE,
            "Termin odpowiedzi",
            "termin odpowiedzi instytucji (domyślnie: data + ustawienie response_days; "
            "nie krócej niż ustawienie min_response_days)",
            default_setting="response_days",
        ),
    ),
    Action.RESPOND: (
        ActionParam(
            "text", ParamKind.TEXT, "Odpowiedź instytucji", "treść odpowiedzi instytucji", True
        ),
    ),
    Action.REVOKE: (VOTES, REASONS),
    Action.DISCONTINUE: (REASONS,),
    Action.EXPIRE: (),
    Action.WITHDRAW: (
        ActionParam("reason", ParamKind.TEXT, "Powód wycofania", "powód wycofania (opcjonalny)"),
    ),
    Action.RENEW: (),
}


def params_of(action: Action) -> tuple[ActionParam, ...]:
    """The parameters of ``action`` in the order a front end shows them."""
    return PARAMS[action]
