"""The records of the paper-era register's accepted rows (issue 23): each row's case in its
final state, with the Commission's decision, the certificate and its revocation as the
process would have written them (:mod:`services.process.effects`), the case numbers the
file lacks given after the highest of their year, and the yearly counters moved past every
imported number, so that the next case and certificate continue the sequences.

Every record is attributed to the person importing, under the history's action
``register_import/<the file's SHA-256, first 12 digits>``, and written in bulk with its audit
entries in the caller's one transaction.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.case_labels import REGISTER_IMPORT_ACTION
from calcert_desktop.domain.dates import DEFAULT_APPEAL_DAYS, deadline_for_state
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.numbering import reference_number
from calcert_desktop.domain.register_rows import ImportedCase
from calcert_desktop.domain.register_values import REFUSED
from calcert_desktop.services.numbers import hold
from calcert_desktop.services.process import effects
from calcert_desktop.services.process.new_case import new_case_values
from calcert_desktop.storage import audit
from calcert_desktop.storage.case_columns import declaration_body
from calcert_desktop.storage.ids import new_id
from calcert_desktop.storage.models import (
    Base,
    Case,
    Certificate,
    DeclarationText,
    RegisterImportCase,
)

ACTION_PREFIX = REGISTER_IMPORT_ACTION
# What an imported decision says when the file gives no reasons: they are on paper.
ON_PAPER = "Uzasadnienie w aktach papierowych sprawy (sprawa przeniesiona z rejestru)."

# Told (rows written, rows in all); answering False stops the import: nothing is written.
Progress = Callable[[int, int], bool | None]


def action_of(sha256: str) -> str:
    """The history's action of an import of the file with this SHA-256."""
    return f"{ACTION_PREFIX}{sha256[:12]}"


class _Plain(SimpleNamespace):
    """A new record as plain values the effects fill in like an ORM object's attributes (a
    tenth of an ORM object's cost): made into a row when the rows are inserted."""


class _Sink:
    """The effects' :class:`~effects.Records` for the import: every new record kept as plain
    values under the importer's context, inserted in bulk at the end."""

    def __init__(self, context: audit.AuditContext) -> None:
        self.context = context
        self.plain: list[tuple[type[Base], _Plain]] = []

    def new(self, model: type[Base], **values: Any) -> Any:
        if "id" not in values and "id" in model.__table__.c:
            values["id"] = new_id()
        record = _Plain(**values)
        self.plain.append((model, record))
        return record

    def cases(self) -> list[_Plain]:
        """The cases made, in their order."""
        return [record for model, record in self.plain if model is Case]

    def rows(self) -> list[audit.NewRow]:
        """Everything kept, ready for :func:`audit.insert_records`."""
        return [audit.row_of(model, vars(record), self.context) for model, record in self.plain]

    def settle(self) -> None:
        """Nothing to do: the records are inserted table by table, parents first."""

    def touched(self, table: str) -> None:
        """Nothing to note: the records are inserted with their final values."""


def declaration_of(row: ImportedCase, form_version: str) -> dict[str, Any]:
    """The declaration of an imported case: what the register knew of the institution (the
    form itself is in the paper files)."""
    institution: dict[str, Any] = {
        "name": row.name, "type": row.type,
        "address": {"street": row.street, "postal_code": row.postal_code, "town": row.town,
                    "voivodeship": row.voivodeship},
    }  # fmt: skip
    if row.nip:
        institution["nip"] = row.nip
    return {"form_version": form_version, "institution": institution}


def _counter_tops(rows: Sequence[ImportedCase]) -> dict[tuple[str, int], int]:
    tops: dict[tuple[str, int], int] = defaultdict(int)
    for row in rows:
        if row.reference:
            _text, year, seq = row.reference
            tops["reference", year] = max(tops["reference", year], seq)
        if row.certificate:
            _text, year, seq = row.certificate
            tops["certificate", year] = max(tops["certificate", year], seq)
    return tops


def _references(session: Session, rows: Sequence[ImportedCase]) -> dict[int, str]:
    """Each row's case number: its own, or the next of its year after every imported and
    given one (in the order the requests came in); the counters moved past them all."""
    tops = _counter_tops(rows)
    for year in {row.received_on.year for row in rows if row.reference is None}:
        tops.setdefault(("reference", year), 0)
    counters = {(kind, year): hold(session, kind, year) for kind, year in sorted(tops)}
    last = {key: max(counters[key].last, top) for key, top in tops.items()}
    given: dict[int, str] = {row.row: row.reference[0] for row in rows if row.reference}
    for row in sorted((r for r in rows if r.reference is None),
                      key=lambda r: (r.received_on, r.row)):  # fmt: skip
        year = row.received_on.year
        last["reference", year] += 1
        given[row.row] = reference_number(year, last["reference", year])
    for key, value in last.items():
        if counters[key].last != value:
            counters[key].last = value  # an audited update of the year's counter
    return given


def _case_of(sink: _Sink, row: ImportedCase, reference: str, renews: uuid.UUID | None,
             today: date, form_version: str) -> tuple[Any, Certificate | None]:  # fmt: skip
    """One row's case and its records, in the final state."""
    importer = sink.context.user_id
    assert importer is not None
    data = declaration_of(row, form_version)
    case = sink.new(Case, **new_case_values(data, reference=reference))
    sink.new(DeclarationText, case_id=case.id, body=declaration_body(data))
    effects.file(case, row.received_on, reference)
    case.renews_case_id = renews
    kind = "refuse" if row.outcome == REFUSED else "grant"
    reasons = (row.reasons or ON_PAPER) if kind == "refuse" else ""
    decision = effects.decide(sink, case, kind, row.decided_on, reasons, importer)
    certificate = None
    if row.certificate is not None:
        assert row.issued_on is not None
        text, _year, seq = row.certificate
        certificate = effects.issue(sink, case, row.issued_on, (text, seq), importer)
        if row.revoked_on is not None:
            revocation = effects.open_revocation(sink, case, certificate, row.revoked_on,
                                                 row.reasons or ON_PAPER)  # fmt: skip
            revoke = effects.decide(sink, case, "revoke", row.revoked_on,
                                    row.reasons or ON_PAPER, importer)  # fmt: skip
            effects.close_revocation(sink, revocation, revoke, certificate)
            decision = revoke
        elif row.final_state(today).value == "expired":
            effects.expire(sink, certificate)
    state = row.final_state(today)
    case.state, case.state_since = state.value, row.state_since(today)
    case.last_event_on = case.state_since
    case.next_deadline = deadline_for_state(
        state.value, decision_on=decision.decided_on, delivered_on=None,
        appeal_days=DEFAULT_APPEAL_DAYS, valid_to=certificate.valid_until if certificate else None,
    )  # fmt: skip
    return case, certificate


def write_rows(session: Session, rows: Sequence[ImportedCase], context: audit.AuditContext,
               today: date, import_id: uuid.UUID, file: tuple[str, str],
               progress: Progress | None = None) -> list[uuid.UUID]:  # fmt: skip
    """Write every accepted row's case (``file`` = (name, SHA-256)); returns their ids."""
    form_version = load_form(None).version
    references = _references(session, rows)
    holders = _certificate_holders(session, {row.renews for row in rows if row.renews})
    sink = _Sink(context)
    made: list[uuid.UUID] = []
    for index, row in enumerate(rows):
        renews = holders.get(row.renews) if row.renews else None
        case, certificate = _case_of(sink, row, references[row.row], renews, today,
                                     form_version)  # fmt: skip
        if certificate is not None:
            holders[certificate.number] = case.id
        sink.new(RegisterImportCase, case_id=case.id, import_id=import_id, file_name=file[0],
                 file_sha256=file[1], row_number=row.row,
                 received_given=row.received_given)  # fmt: skip
        made.append(case.id)
        if progress and index % 100 == 0 and progress(index, len(rows)) is False:
            raise DomainError("register.cancelled")
    _fix_renewals(rows, sink.cases(), holders)
    audit.insert_records(session, sink.rows())
    if progress:
        progress(len(rows), len(rows))
    return made


def _certificate_holders(session: Session, numbers: Iterable[str]) -> dict[str, uuid.UUID]:
    """Certificate number → the case holding it, for the numbers renewals name."""
    wanted = list(numbers)
    if not wanted:
        return {}
    rows = session.execute(select(Certificate.number, Certificate.case_id)
                           .where(Certificate.number.in_(wanted)))  # fmt: skip
    return {number: case_id for number, case_id in rows}


def _fix_renewals(rows: Sequence[ImportedCase], cases: list[_Plain],
                  holders: dict[str, uuid.UUID]) -> None:  # fmt: skip
    """A renewal whose previous certificate comes later in the file gets its link now."""
    by_row = {row.row: row for row in rows}
    for case, row in zip(cases, rows, strict=True):
        wanted = by_row[row.row].renews
        if wanted and case.renews_case_id is None:
            case.renews_case_id = holders[wanted]


def mapping_text(layout: str, columns: dict[str, str]) -> str:
    """The mapping as stored with an import (and remembered for the layout)."""
    return json.dumps({"layout": layout, "columns": columns}, ensure_ascii=False, sort_keys=True)
