"""A row of the paper-era register judged (issue 23): what case it becomes, in which final
state, or every reason it cannot be imported; then the rows judged together and against
what the database already holds (a number used twice, a row imported before).

Our decisions where the regulations are silent (domain.md):
- a row with a certificate number is a granted case: the certificate was issued on its
  date of issue and is valid five years (``valid_until``, when the file gives it, must say
  the same); it is revoked when the row gives a date of revocation, expired when its last
  day has passed, valid otherwise;
- a row without a number whose outcome says refusal is a refused case, final;
- the Commission's decision defaults to the day of issue, the day the request came in to the
  day of the decision; a case's and a certificate's number carry the year they were given
  in (the request's, the issue's), as ours do;
- a row already in the database (the same certificate number or case number for the same
  institution, or the same institution refused on the same day) is skipped, so that a file
  imported again adds nothing; a number the database holds for another institution is a
  duplicate and refuses the row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from calcert_desktop.domain.dates import expires_on, valid_until
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import FormDefinition
from calcert_desktop.domain.messages import render
from calcert_desktop.domain.polish_text import fold
from calcert_desktop.domain.register_fields import BY_KEY, REQUIRED
from calcert_desktop.domain.register_values import (
    GRANTED,
    REFUSED,
    REVOKED,
    Cell,
    parse_case_reference,
    parse_certificate,
    parse_date,
    parse_nip,
    parse_outcome,
    parse_type,
    parse_voivodeship,
    text_of,
)
from calcert_desktop.domain.states import CaseState

CREATE, SKIP, REFUSE = "create", "skip", "refuse"
Number = tuple[str, int, int]  # (as written, year, sequence)


@dataclass(frozen=True)
class ImportedCase:
    """What one accepted row becomes: the institution, the case and its outcome."""

    row: int  # the spreadsheet's row number, as the office sees it
    name: str
    type: str
    town: str
    voivodeship: str
    street: str = ""
    postal_code: str = ""
    nip: str | None = None
    reference: Number | None = None
    received_on: date = date.min
    # False when the file gave no date of receipt (the decision's is taken): the yearly
    # statistics then neither count the request as received nor its days to the decision.
    received_given: bool = True
    decided_on: date = date.min
    outcome: str = GRANTED  # granted / refused
    certificate: Number | None = None
    issued_on: date | None = None
    valid_until: date | None = None
    revoked_on: date | None = None
    reasons: str = ""
    renews: str | None = None  # the previous certificate's number

    def final_state(self, today: date) -> CaseState:
        """The state the case is in today."""
        if self.outcome == REFUSED:
            return CaseState.REFUSED_FINAL
        if self.revoked_on is not None:
            return CaseState.REVOKED_FINAL
        assert self.valid_until is not None
        return CaseState.EXPIRED if expires_on(self.valid_until) <= today else CaseState.CERTIFIED

    def state_since(self, today: date) -> date:
        """The day the case entered :meth:`final_state`."""
        state = self.final_state(today)
        if state == CaseState.REFUSED_FINAL:
            return self.decided_on
        if state == CaseState.REVOKED_FINAL:
            assert self.revoked_on is not None
            return self.revoked_on
        assert self.issued_on is not None and self.valid_until is not None
        return expires_on(self.valid_until) if state == CaseState.EXPIRED else self.issued_on

    @property
    def institution_key(self) -> str:
        """Who the institution is, for telling a row imported before from another's: its
        NIP when known, else its name folded."""
        return self.nip or fold(self.name)


@dataclass(frozen=True)
class RowVerdict:
    """What the import does with one row: ``create`` its case, ``skip`` it (in the database
    already), or ``refuse`` it for ``problems`` (Polish sentences)."""

    row: int
    action: str
    case: ImportedCase | None = None
    problems: tuple[str, ...] = ()
    written: str = ""  # a refused row's institution as the file has it ("name, town")


@dataclass(frozen=True)
class Known:
    """What the database already holds that a row may collide with: certificate numbers and
    case numbers with their institution's key and name, and the refusals (institution key,
    day)."""

    certificates: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    references: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    refusals: frozenset[tuple[str, date]] = frozenset()


def _problem(error: ValidationError) -> str:
    return error.message


def _take(problems: list[str], parse: Callable[[], object]) -> object:
    """The parsed value, or None with its problem noted (a row's problems are all listed)."""
    try:
        return parse()
    except ValidationError as error:
        problems.append(_problem(error))
        return None


def _field(key: str) -> str:
    return f"register.{key}"


def _say(code: str, key: str | None = None, **params: object) -> str:
    return render(code, _field(key) if key else None, dict(params))


def _pl(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def read_row(cells: Mapping[str, Cell], row: int, form: FormDefinition, today: date
             ) -> ImportedCase | list[str]:  # fmt: skip
    """The case of one row, or every problem of the row (Polish, each naming its column)."""
    problems: list[str] = []
    for key in REQUIRED:
        if not text_of(cells.get(key)):
            problems.append(_say("required", key))
    text = {key: text_of(cells.get(key)) for key in BY_KEY}
    kind = _take(problems, lambda: parse_type(cells.get("type"), form)) if text["type"] else None
    region = (_take(problems, lambda: parse_voivodeship(cells.get("voivodeship"), form))
              if text["voivodeship"] else None)  # fmt: skip
    nip = _take(problems, lambda: parse_nip(cells.get("nip")))
    dates: dict[str, date | None] = {}
    for key in ("received_on", "decided_on", "issued_on", "valid_until", "revoked_on"):
        dates[key] = _take(problems, lambda k=key: parse_date(cells.get(k), _field(k)))  # type: ignore[misc]
    number = _take(problems, lambda: parse_certificate(cells.get("number"), _field("number")))
    reference = _take(problems, lambda: parse_case_reference(cells.get("reference")))
    renews = _take(problems, lambda: parse_certificate(cells.get("renews"), _field("renews")))
    outcome = _take(problems, lambda: parse_outcome(cells.get("outcome")))
    if problems:
        return problems
    certificate = number if isinstance(number, tuple) else None
    outcome = _outcome(outcome, certificate, dates, problems)
    if problems:
        return problems
    case = ImportedCase(
        row=row, name=text["name"], type=str(kind), town=text["town"], voivodeship=str(region),
        street=text["street"], postal_code=text["postal_code"],
        nip=nip if isinstance(nip, str) else None,
        reference=reference if isinstance(reference, tuple) else None,
        outcome=outcome, certificate=certificate, reasons=text["reasons"],
        renews=renews[0] if isinstance(renews, tuple) else None,
        received_given=dates.get("received_on") is not None,
        **_dated(outcome, dates),
    )  # fmt: skip
    problems += _date_problems(case, dates.get("valid_until"), today)
    return problems or case


def _outcome(said: object, certificate: Number | None, dates: Mapping[str, date | None],
             problems: list[str]) -> str:  # fmt: skip
    """granted or refused, from the outcome cell, the certificate number and the dates."""
    if certificate is not None:
        if said == REFUSED:
            problems.append(_say("register.refused_with_number", "outcome", number=certificate[0]))
        if said == REVOKED and dates.get("revoked_on") is None:
            problems.append(_say("register.revoked_without_date", "revoked_on"))
        if dates.get("issued_on") is None:
            problems.append(_say("register.issued_required", "issued_on", number=certificate[0]))
        return GRANTED
    if said == REFUSED:
        if dates.get("decided_on") is None:
            problems.append(_say("register.refusal_date_required", "decided_on"))
        return REFUSED
    problems.append(_say("register.no_outcome"))
    return REFUSED


def _dated(outcome: str, dates: Mapping[str, date | None]) -> dict[str, date | None]:
    """The case's dates, the missing ones taken from the next act (see the module's notes)."""
    issued = dates.get("issued_on") if outcome == GRANTED else None
    decided = dates.get("decided_on") or issued
    assert decided is not None
    received = dates.get("received_on") or decided
    return {
        "received_on": received, "decided_on": decided, "issued_on": issued,
        "valid_until": valid_until(issued) if issued else None,
        "revoked_on": dates.get("revoked_on") if outcome == GRANTED else None,
    }  # fmt: skip


def _date_problems(case: ImportedCase, given_until: date | None, today: date) -> list[str]:
    problems: list[str] = []
    order = [("received_on", case.received_on), ("decided_on", case.decided_on),
             ("issued_on", case.issued_on), ("revoked_on", case.revoked_on)]  # fmt: skip
    present = [(key, day) for key, day in order if day is not None]
    for (first, earlier), (then, later) in pairwise(present):
        if later < earlier:
            problems.append(_say("register.date_order", then, earlier_label=BY_KEY[first].label,
                                 earlier=_pl(earlier), later=_pl(later)))  # fmt: skip
    for key, day in present:
        if day > today:
            problems.append(_say("register.future_date", key, value=_pl(day)))
    if case.certificate is not None and case.issued_on is not None:
        number, year, _seq = case.certificate
        if year != case.issued_on.year:
            problems.append(_say("register.number_year", "number", number=number, year=year,
                                 issued_year=case.issued_on.year))  # fmt: skip
        assert case.valid_until is not None
        if given_until is not None and given_until != case.valid_until:
            problems.append(_say("register.validity", "valid_until", number=number,
                                 issued=_pl(case.issued_on), expected=_pl(case.valid_until),
                                 given=_pl(given_until)))  # fmt: skip
        if case.revoked_on is not None and case.revoked_on > case.valid_until:
            problems.append(_say("register.revoked_after_expiry", "revoked_on",
                                 revoked=_pl(case.revoked_on),
                                 until=_pl(case.valid_until)))  # fmt: skip
    if case.reference is not None and case.reference[1] != case.received_on.year:
        number, year, _seq = case.reference
        problems.append(_say("register.reference_year", "reference", reference=number,
                             year=year, received_year=case.received_on.year))  # fmt: skip
    return problems


def judge(rows: Sequence[tuple[int, Mapping[str, Cell]]], known: Known, form: FormDefinition,
          today: date) -> list[RowVerdict]:  # fmt: skip
    """Every row's verdict: each read alone, then against the rows before it and what the
    database holds (see the module's notes)."""
    read = [(row, read_row(cells, row, form, today)) for row, cells in rows]
    numbers_in_file = {c.certificate[0] for _r, c in read
                       if isinstance(c, ImportedCase) and c.certificate}  # fmt: skip
    seen_numbers: dict[str, int] = {}
    seen_references: dict[str, int] = {}
    verdicts: list[RowVerdict] = []
    cells_of = dict(rows)
    for row, case in read:
        if not isinstance(case, ImportedCase):
            verdicts.append(RowVerdict(row, REFUSE, problems=tuple(case),
                                       written=_written(cells_of[row])))  # fmt: skip
            continue
        if _imported_before(case, known):
            verdicts.append(RowVerdict(row, SKIP, case))
            continue
        problems = _collisions(case, known, seen_numbers, seen_references)
        if case.renews and case.renews not in known.certificates and (
                case.renews not in numbers_in_file):  # fmt: skip
            problems.append(_say("register.unknown_previous", "renews", number=case.renews))
        if problems:
            verdicts.append(RowVerdict(row, REFUSE, case, tuple(problems)))
            continue
        if case.certificate:
            seen_numbers[case.certificate[0]] = row
        if case.reference:
            seen_references[case.reference[0]] = row
        verdicts.append(RowVerdict(row, CREATE, case))
    return verdicts


def _written(cells: Mapping[str, Cell]) -> str:
    """ "name, town" of a row that could not be read, as far as the file gives them."""
    return ", ".join(text for text in (text_of(cells.get("name")), text_of(cells.get("town")))
                     if text)  # fmt: skip


def _imported_before(case: ImportedCase, known: Known) -> bool:
    """The row is already in the database: its number (or its case number, or its refusal)
    is there for the same institution."""
    key = case.institution_key
    if case.certificate is not None:
        holder = known.certificates.get(case.certificate[0])
        return holder is not None and holder[0] == key
    if case.reference is not None:
        holder = known.references.get(case.reference[0])
        return holder is not None and holder[0] == key
    return (key, case.decided_on) in known.refusals


def _collisions(case: ImportedCase, known: Known, numbers: Mapping[str, int],
                references: Mapping[str, int]) -> list[str]:  # fmt: skip
    problems: list[str] = []
    if case.certificate is not None:
        number = case.certificate[0]
        if number in numbers:
            problems.append(_say("register.duplicate_in_file", "number", value=number,
                                 row=numbers[number]))  # fmt: skip
        elif number in known.certificates:
            problems.append(_say("register.duplicate_in_database", "number", value=number,
                                 holder=known.certificates[number][1]))  # fmt: skip
    if case.reference is not None:
        reference = case.reference[0]
        if reference in references:
            problems.append(_say("register.duplicate_in_file", "reference", value=reference,
                                 row=references[reference]))  # fmt: skip
        elif reference in known.references:
            problems.append(_say("register.duplicate_in_database", "reference", value=reference,
                                 holder=known.references[reference][1]))  # fmt: skip
    return problems
