"""Bringing in the paper-era register (issue 23): a spreadsheet (XLSX, ODS, XLS or CSV) read,
its columns mapped to our fields (guessed from the headings, or remembered for the file's
layout, or given), every row judged (:mod:`domain.register_rows`), then every accepted row
written in one transaction, or none.

:func:`preview` is the dry run: it writes nothing. :func:`apply` judges the rows again inside
the transaction that writes them (the database may have changed since the preview), writes
the accepted ones with the file's record (:class:`RegisterImport`) and remembers the mapping
for the file's layout. A file imported before (by its SHA-256) adds nothing, and so does a
row already in the database. The office and the administrator import.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.domain.forms import load_form
from calcert_desktop.domain.plural import counted
from calcert_desktop.domain.polish_text import fold
from calcert_desktop.domain.register_fields import (
    BY_KEY,
    guess_mapping,
    layout_key,
    mapping_by_heading,
    mapping_from_headings,
    missing_fields,
    unknown_keys,
    with_headings,
)
from calcert_desktop.domain.register_rows import (
    CREATE,
    REFUSE,
    SKIP,
    ImportedCase,
    Known,
    RowVerdict,
    judge,
)
from calcert_desktop.domain.register_values import Cell, text_of
from calcert_desktop.domain.roles import Role
from calcert_desktop.exchange.sheets import read_sheet, write_rows
from calcert_desktop.services.admin import register_records
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.services.context import Actor, AppContext, bulk_writing, reading
from calcert_desktop.storage.audit import AUDIT_KEY, AuditContext
from calcert_desktop.storage.models import Case, Certificate, Decision, RegisterImport, Setting

IMPORTERS = (Role.OFFICE, Role.ADMIN)
LAYOUT_SETTING = "register_import.layout."  # + the layout's key: its confirmed mapping
NOTE_HEADING = "Powód odrzucenia"


@dataclass(frozen=True)
class EarlierImport:
    """The same file imported before: when, by whom, how many cases it made."""

    at: datetime
    login: str
    created: int


@dataclass(frozen=True)
class ImportPreview:
    """A file read and judged: its headings, the mapping used (column → field), each data
    row's cells and verdict. Nothing is written."""

    file_name: str
    sha256: str
    header: tuple[str, ...]
    mapping: dict[int, str]
    layout: str
    remembered: bool  # the mapping came from an earlier confirmation of this layout
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]  # (row number, cells)
    verdicts: tuple[RowVerdict, ...]
    earlier: EarlierImport | None = None
    encoding: str | None = None
    delimiter: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def missing(self) -> list[str]:
        """The required fields no column is mapped to (Polish names): nothing can be
        imported until they are."""
        return missing_fields(self.mapping)

    @property
    def accepted(self) -> list[ImportedCase]:
        return [v.case for v in self.verdicts if v.action == CREATE and v.case is not None]

    def summary(self) -> str:
        """The dry run in one Polish sentence."""
        if self.earlier is not None:
            return (f"Ten plik zaimportowano już {self.earlier.at:%d.%m.%Y} "
                    f"({self.earlier.login}); ponowny import niczego nie doda.")  # fmt: skip
        created = counted(self.counts[CREATE], "sprawa", "sprawy", "spraw")
        refused = counted(self.counts[REFUSE], "wiersz", "wiersze", "wierszy")
        return (f"Do utworzenia: {created}; już w bazie (pominięte): {self.counts[SKIP]}; "
                f"odrzucone: {refused}.")  # fmt: skip


def _read(path: Path) -> tuple[bytes, str]:
    try:
        return path.read_bytes(), path.name
    except OSError as error:
        from calcert_desktop.storage.files import reason_of

        raise DomainError("register.file_unreadable", path=str(path),
                          reason=reason_of(error)) from error  # fmt: skip


def _header_and_rows(cells: Sequence[Sequence[Cell]]
                     ) -> tuple[tuple[str, ...], list[tuple[int, tuple[Cell, ...]]]]:  # fmt: skip
    """The heading row (the first row with text) and the data rows after it, each with its
    row number as a spreadsheet shows it; wholly empty rows left out."""
    start = next((i for i, row in enumerate(cells) if any(text_of(c) for c in row)), None)
    if start is None:
        raise DomainError("register.no_header")
    header = tuple(text_of(c) for c in cells[start])
    rows = [(start + 2 + offset, tuple(row)) for offset, row in enumerate(cells[start + 1:])
            if any(text_of(c) for c in row)]  # fmt: skip
    return header, rows


def _named(header: Sequence[str], given: Mapping[str, str]) -> dict[int, str]:
    """The guessed mapping with ``given``'s columns as it says (an empty field: left out)."""
    unknown = unknown_keys(given)
    if unknown:
        raise DomainError("register.unknown_fields", fields=", ".join(unknown),
                          known=", ".join(BY_KEY))  # fmt: skip
    return with_headings(guess_mapping(header), header, given)


def _remembered(session: Session, layout: str) -> dict[str, str] | None:
    value = session.scalar(select(Setting.value).where(Setting.key == LAYOUT_SETTING + layout))
    if not value:
        return None
    columns = json.loads(value).get("columns")
    return dict(columns) if isinstance(columns, dict) else None


def _known(session: Session) -> Known:
    """What the database holds that a row may collide with."""
    def key(nip: str | None, name: str) -> str:
        return nip or fold(name)

    certificates = {
        number: (key(nip, name), f"{name} ({town})")
        for number, nip, name, town in session.execute(
            select(Certificate.number, Case.nip, Case.institution_name, Case.town)
            .join(Case, Case.id == Certificate.case_id))
    }  # fmt: skip
    references = {
        reference: (key(nip, name), f"{name} ({town})")
        for reference, nip, name, town in session.execute(
            select(Case.reference, Case.nip, Case.institution_name, Case.town)
            .where(Case.reference.is_not(None)))
    }  # fmt: skip
    refusals = frozenset(
        (key(nip, name), day) for nip, name, day in session.execute(
            select(Case.nip, Case.institution_name, Decision.decided_on)
            .join(Case, Case.id == Decision.case_id)
            .where(Decision.kind == "refuse", Decision.body == "commission"))
    )  # fmt: skip
    return Known(certificates, references, refusals)


def _earlier(session: Session, sha256: str) -> EarlierImport | None:
    from calcert_desktop.storage.models import User

    found = session.execute(
        select(RegisterImport.imported_at, User.login, RegisterImport.created)
        .join(User, User.id == RegisterImport.imported_by_id)
        .where(RegisterImport.file_sha256 == sha256)
    ).first()  # fmt: skip
    return EarlierImport(*found) if found else None


def _judged(session: Session, ctx: AppContext, data: bytes, file_name: str,
            mapping: Mapping[str, str] | None) -> ImportPreview:  # fmt: skip
    table = read_sheet(data, file_name)
    header, rows = _header_and_rows(table.rows)
    layout = layout_key(header)
    remembered = _remembered(session, layout) if mapping is None else None
    if mapping is not None:
        columns = _named(header, mapping)
    elif remembered is not None:
        columns = mapping_from_headings(header, remembered)
    else:
        columns = guess_mapping(header)
    sha256 = hashlib.sha256(data).hexdigest()
    earlier = _earlier(session, sha256)
    verdicts: list[RowVerdict] = []
    if not missing_fields(columns):
        named = [(number, {key: cells[i] if i < len(cells) else None
                           for i, key in columns.items()}) for number, cells in rows]  # fmt: skip
        verdicts = judge(named, _known(session), load_form(None), ctx.today())
        if earlier is not None:  # the same file again: nothing of it is new
            verdicts = [RowVerdict(v.row, SKIP, v.case) if v.action == CREATE else v
                        for v in verdicts]  # fmt: skip
    counts = {action: sum(v.action == action for v in verdicts)
              for action in (CREATE, SKIP, REFUSE)}  # fmt: skip
    return ImportPreview(file_name, sha256, header, columns, layout, remembered is not None,
                         tuple(rows), tuple(verdicts), earlier, table.encoding, table.delimiter,
                         counts)  # fmt: skip


def preview(ctx: AppContext, actor: Actor, path: Path,
            mapping: Mapping[str, str] | None = None) -> ImportPreview:  # fmt: skip
    """The dry run: the file read, mapped (``mapping``: heading → field key; None: the
    layout's remembered mapping, else the one guessed from the headings) and every row
    judged. Nothing is written."""
    actor.require(*IMPORTERS)
    data, name = _read(path)
    with reading(ctx) as session:
        return _judged(session, ctx, data, name, mapping)


def apply(ctx: AppContext, actor: Actor, path: Path, mapping: Mapping[str, str] | None = None,
          progress: register_records.Progress | None = None) -> Done:  # fmt: skip
    """Import the file's accepted rows in one transaction (all of them or, on any failure,
    none); the refused rows are left for the office to correct and import again."""
    actor.require(*IMPORTERS)
    data, name = _read(path)
    sha256 = hashlib.sha256(data).hexdigest()
    with bulk_writing(ctx, actor, register_records.action_of(sha256)) as session:
        judged = _judged(session, ctx, data, name, mapping)
        if judged.missing:
            raise DomainError("register.unmapped", fields=", ".join(judged.missing))
        _remember(session, judged)
        accepted = judged.accepted
        if judged.earlier is not None or not accepted:
            return Done(judged.summary() if judged.earlier else _nothing(judged), Changes())
        record = RegisterImport(
            file_name=name[:255], file_sha256=sha256, imported_at=_utc_now(),
            imported_by_id=actor.id, rows=len(judged.rows), created=len(accepted),
            mapping=register_records.mapping_text(judged.layout, _columns(judged)),
        )  # fmt: skip
        session.add(record)
        session.flush()
        context: AuditContext = session.info[AUDIT_KEY]
        register_records.write_rows(session, accepted, context, ctx.today(), record.id,
                                    (name[:255], sha256), progress)  # fmt: skip
    message = (f"Zaimportowano {counted(len(accepted), 'sprawę', 'sprawy', 'spraw')} z pliku "
               f"{name}; już w bazie (pominięte): {judged.counts[SKIP]}; "
               f"odrzucone: {judged.counts[REFUSE]}.")  # fmt: skip
    return Done(message, Changes.of(Kind.CASES, Kind.HISTORY, all_cases=True))


def _nothing(judged: ImportPreview) -> str:
    return (f"Nic do zaimportowania z pliku {judged.file_name}: już w bazie (pominięte): "
            f"{judged.counts[SKIP]}; odrzucone: {judged.counts[REFUSE]}.")  # fmt: skip


def _columns(judged: ImportPreview) -> dict[str, str]:
    return mapping_by_heading(judged.header, judged.mapping)


def _remember(session: Session, judged: ImportPreview) -> None:
    """The mapping confirmed for the file's layout, offered the next time."""
    value = register_records.mapping_text(judged.layout, _columns(judged))
    key = LAYOUT_SETTING + judged.layout
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value


def _utc_now() -> datetime:
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None)


def refused_rows(judged: ImportPreview) -> bytes:
    """The refused rows as an XLSX to correct: the file's own columns, and why each row
    was refused in a last column."""
    by_row = dict(judged.rows)
    width = len(judged.header)
    rows = [
        (*by_row[v.row][:width], *([None] * (width - len(by_row[v.row]))), " ".join(v.problems))
        for v in judged.verdicts if v.action == REFUSE
    ]  # fmt: skip
    return write_rows((*judged.header, NOTE_HEADING), rows, sheet="Odrzucone",
                      note_column=NOTE_HEADING)  # fmt: skip


def save_refused_rows(judged: ImportPreview, target: Path) -> Path:
    """:func:`refused_rows` written to ``target`` (whole, or not at all)."""
    from calcert_desktop.storage.files import write_atomically

    return write_atomically(target, refused_rows(judged))
