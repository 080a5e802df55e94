"""The options of each action of ``calcert act``, derived from the domain's parameters.

Each action's parameters (:mod:`calcert_desktop.domain.action_params`, shared with the GUI)
become options: the flag, how its text is read (plain text, a date, a login, repeated votes
or findings, a JSON file), its help and whether it is required.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from calcert_desktop.domain.action_params import PARAMS, ActionParam
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.board import collect
from calcert_desktop.domain.case_labels import TYPED_RATINGS, TYPED_VOTES, typed_code
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.validation import parse_iso_date


@dataclass(frozen=True)
class Option:
    """One command-line option of an action."""

    flag: str
    param: str
    kind: str  # text / date / login / flag / votes / board_votes / findings / json
    help: str
    required: bool = False


# Flags whose name is not the parameter's name with dashes.
FLAGS: dict[str, str] = {
    "due_on": "--due",
    "visit_on": "--visit-date",
    "votes": "--vote",
    "board_votes": "--board-vote",
    "findings": "--finding",
}

BOARD_VOTE_HELP = (
    "głos członka Zarządu biorącego udział w uchwale: LOGIN=za|przeciw|wstrzymuje "
    "(powtarzalna; co najmniej tylu członków, ile wynosi kworum)"
)

# Help that must say how the value is typed on the command line (the domain's help says
# what it is); keyed by (action, parameter), or (None, parameter) for every action.
CLI_HELP: dict[tuple[Action | None, str], str] = {
    (None, "votes"): "głos członka Komisji: LOGIN=za|przeciw|wstrzymuje (powtarzalna)",
    (None, "board_votes"): BOARD_VOTE_HELP,
    (None, "due_on"): "termin uzupełnienia (RRRR-MM-DD)",
    (None, "member"): "login członka Komisji",
    (Action.DECLARE_CONFLICT, "person"): (
        "login osoby, której konflikt dotyczy (domyślnie działający użytkownik; przewodniczący "
        "Komisji może zapisać konflikt członka wyznaczonego do sprawy)"
    ),
    (None, "rating"): "ocena: spełnia | częściowo | „nie spełnia”",
    (None, "comment"): "komentarz (wymagany przy ocenie innej niż „spełnia”)",
    (None, "expert"): "login eksperta CAL",
    (None, "findings"): (
        "ustalenie dla standardu: S1=spełnia|częściowo|nie spełnia:treść (powtarzalna)"
    ),
}


def option_of(action: Action, param: ActionParam) -> Option:
    """The command-line option for one parameter of ``action``."""
    flag = FLAGS.get(param.name, "--" + param.name.replace("_", "-"))
    text = CLI_HELP.get((action, param.name)) or CLI_HELP.get((None, param.name)) or param.help
    return Option(flag, param.name, param.kind.value, text, param.required)


OPTIONS: dict[Action, tuple[Option, ...]] = {
    action: tuple(option_of(action, param) for param in params) for action, params in PARAMS.items()
}


def parse_date(text: str, field: str = "date") -> date:
    """A date typed strictly as RRRR-MM-DD, or a ValidationError saying how to write it.

    Not ``date.fromisoformat`` alone: it also takes week dates ("2026-W48-2") and "20261124".
    """
    if not text.strip():
        raise ValidationError("cli.empty_date", field)
    parsed = parse_iso_date(text)
    if parsed is None:
        raise ValidationError("cli.bad_date", field, value=text)
    return parsed


def _votes(items: list[str]) -> dict[str, str]:
    votes: dict[str, str] = {}
    for item in items:
        login, sep, vote = item.partition("=")
        if not sep or not login.strip():
            raise ValidationError("vote.malformed", "votes", value=item)
        votes[login.strip().lower()] = typed_code(TYPED_VOTES, vote)
    return votes


def parse_board_votes(items: list[str]) -> dict[str, str]:
    """The Board's votes typed as ``LOGIN=za`` (repeated), as login -> vote; a member named
    twice is refused (the domain's rule)."""
    pairs: list[tuple[str, str]] = []
    for item in items:
        login, sep, vote = item.partition("=")
        if not sep or not login.strip():
            raise ValidationError("vote.malformed", "board_votes", value=item)
        pairs.append((login.strip().lower(), typed_code(TYPED_VOTES, vote)))
    return collect(pairs)


def _findings(items: list[str]) -> dict[str, tuple[str, str]]:
    findings: dict[str, tuple[str, str]] = {}
    for item in items:
        standard, sep, rest = item.partition("=")
        rating, _, text = rest.partition(":")
        if not sep:
            raise ValidationError("visit.finding_malformed", "findings", value=item)
        findings[standard.strip().upper()] = (typed_code(TYPED_RATINGS, rating), text.strip())
    return findings


def _json_file(path: str) -> dict[str, Any]:
    from calcert_desktop.services.applications.json_files import read_json  # storage reads the file

    return read_json(Path(path))


def collect_params(action: Action, values: dict[str, Any]) -> dict[str, Any]:
    """Turn parsed option values into the request parameters of ``action``."""
    params: dict[str, Any] = {}
    for option in OPTIONS[action]:
        raw = values.get(option.param)
        if raw is None or raw == []:  # not given; an empty date ('') is refused below
            continue
        if option.kind == "date":
            params[option.param] = parse_date(raw, option.param)
        elif option.kind == "votes":
            params[option.param] = _votes(raw)
        elif option.kind == "board_votes":
            params[option.param] = parse_board_votes(raw)
        elif option.kind == "findings":
            params[option.param] = _findings(raw)
        elif option.param == "rating":
            params[option.param] = typed_code(TYPED_RATINGS, raw)
        elif option.kind == "json":
            params[option.param] = _json_file(raw)
        else:
            params[option.param] = raw
    return params
