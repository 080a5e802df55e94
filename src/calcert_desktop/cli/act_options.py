"""The options of each action of ``calcert act``, declared once as data.

Each option names the request parameter it fills, how its text is read (plain text, a
date, a login, repeated votes or findings, a JSON file) and whether it is required.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.errors import ValidationError


@dataclass(frozen=True)
class Option:
    """One command-line option of an action."""

    flag: str
    param: str
    kind: str  # text / date / login / flag / votes / findings / json
    help: str
    required: bool = False


REASON = Option("--reason", "reason", "text", "powód (na piśmie)", True)
REASONS = Option("--reasons", "reasons", "text", "pisemne uzasadnienie decyzji", True)
VOTES = Option(
    "--vote",
    "votes",
    "votes",
    "głos członka Komisji: LOGIN=for|against|abstain (powtarzalna)",
    True,
)

OPTIONS: dict[Action, tuple[Option, ...]] = {
    Action.FILE: (),
    Action.REQUEST_COMPLETION: (
        REASON,
        Option("--due", "due_on", "date", "termin uzupełnienia (RRRR-MM-DD)", True),
    ),
    Action.COMPLETE: (
        Option("--declaration", "declaration", "json", "poprawiona deklaracja (plik JSON)"),
    ),
    Action.ACCEPT: (),
    Action.ASSIGN: (
        Option("--member", "member", "login", "login członka Komisji", True),
        Option("--rapporteur", "rapporteur", "flag", "wyznacz jako sprawozdawcę sprawy"),
    ),
    Action.UNASSIGN: (Option("--member", "member", "login", "login członka Komisji", True),),
    Action.DECLARE_CONFLICT: (
        Option("--member", "member", "login", "login członka (domyślnie działający użytkownik)"),
        REASON,
    ),
    Action.ASSESS: (
        Option("--standard", "standard", "text", "standard: S1…S9", True),
        Option("--rating", "rating", "text", "ocena: meets | partly | not", True),
        Option("--comment", "comment", "text", "komentarz (wymagany przy ocenie innej niż meets)"),
        Option("--evidence", "evidence", "text", "odwołania do dowodów (załączników)"),
    ),
    Action.SCHEDULE_VISIT: (
        Option("--expert", "expert", "login", "login eksperta CAL", True),
        Option("--visit-date", "visit_on", "date", "planowana data wizytacji", True),
    ),
    Action.RECORD_VISIT: (
        Option("--summary", "summary", "text", "podsumowanie wyników wizytacji", True),
        Option(
            "--finding",
            "findings",
            "findings",
            "ustalenie dla standardu: S1=meets|partly|not:treść (powtarzalna)",
        ),
    ),
    Action.CANCEL_VISIT: (REASON,),
    Action.GRANT: (VOTES, Option("--reasons", "reasons", "text", "uzasadnienie (opcjonalne)")),
    Action.REFUSE: (VOTES, REASONS),
    Action.DELIVER: (),
    Action.ISSUE: (),
    Action.APPEAL: (Option("--grounds", "grounds", "text", "treść odwołania", True),),
    Action.UPHOLD: (REASONS,),
    Action.OVERTURN: (REASONS,),
    Action.OPEN_REVOCATION: (REASON,),
    Action.CHARGE: (
        Option("--charges", "charges", "text", "zarzuty sformułowane na piśmie", True),
        Option(
            "--response-due",
            "response_due",
            "date",
            "termin odpowiedzi instytucji (domyślnie: data + ustawienie response_days)",
        ),
    ),
    Action.RESPOND: (Option("--text", "text", "text", "treść odpowiedzi instytucji", True),),
    Action.REVOKE: (VOTES, REASONS),
    Action.DISCONTINUE: (REASONS,),
    Action.EXPIRE: (),
    Action.WITHDRAW: (Option("--reason", "reason", "text", "powód wycofania (opcjonalny)"),),
    Action.RENEW: (),
}


def parse_date(text: str, field: str = "date") -> date:
    """A date typed as RRRR-MM-DD, or a ValidationError saying how to write it."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("cli.bad_date", field, value=text) from None


def _votes(items: list[str]) -> dict[str, str]:
    votes: dict[str, str] = {}
    for item in items:
        login, sep, vote = item.partition("=")
        if not sep or not login.strip():
            raise ValidationError("vote.malformed", "votes", value=item)
        votes[login.strip().lower()] = vote.strip().lower()
    return votes


def _findings(items: list[str]) -> dict[str, tuple[str, str]]:
    findings: dict[str, tuple[str, str]] = {}
    for item in items:
        standard, sep, rest = item.partition("=")
        rating, _, text = rest.partition(":")
        if not sep:
            raise ValidationError("visit.finding_malformed", "findings", value=item)
        findings[standard.strip().upper()] = (rating.strip().lower(), text.strip())
    return findings


def _json_file(path: str) -> dict[str, Any]:
    from calcert_desktop.cli.files import read_json

    return read_json(Path(path))


def collect_params(action: Action, values: dict[str, Any]) -> dict[str, Any]:
    """Turn parsed option values into the request parameters of ``action``."""
    params: dict[str, Any] = {}
    for option in OPTIONS[action]:
        raw = values.get(option.param)
        if raw is None or raw == []:
            continue
        if option.kind == "date":
            params[option.param] = parse_date(raw, option.param)
        elif option.kind == "votes":
            params[option.param] = _votes(raw)
        elif option.kind == "findings":
            params[option.param] = _findings(raw)
        elif option.kind == "json":
            params[option.param] = _json_file(raw)
        else:
            params[option.param] = raw
    return params
