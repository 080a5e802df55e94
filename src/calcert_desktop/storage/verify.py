"""Verifying a database: SQLite's own integrity and foreign keys, that the audit log
accounts for every record exactly as it is now, that the number counters agree with the
numbers in use (:mod:`consistency`), and that the files kept in the database are whole:
every blob's chunks add up to its size and SHA-256, every generated document's blob is
there, and the office's seal key in use has its private key; and that the audit log's hash
chain is whole and its head carries the office's signature (:mod:`audit_chain`).

The audit check replays, per record, the log's inserts, updates and deletes and compares
the result with the row: a record changed behind the services' back shows up here.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from calcert_desktop.domain.messages import render
from calcert_desktop.storage import audit_chain, blobs, file_refs, seal_keys
from calcert_desktop.storage.audit import audited_keys, to_json_value
from calcert_desktop.storage.consistency import numbering_problems
from calcert_desktop.storage.models import (
    AUDITED,
    AuditEntry,
    Case,
    GeneratedDocument,
    SigningKey,
    case_number,
)


@dataclass
class Report:
    """What a check found; empty lists mean a sound database."""

    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    audit: list[str] = field(default_factory=list)
    numbering: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    chain: list[str] = field(default_factory=list)
    chain_report: audit_chain.ChainReport | None = None
    records: int = 0
    audit_entries: int = 0
    blobs: int = 0  # files checked
    # Attachments declarations name whose file the database does not hold: no fault (a
    # declaration may name a file it never handed over), said for information.
    unstored_attachments: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing was found."""
        return not (
            self.integrity or self.foreign_keys or self.audit or self.numbering or self.files
            or self.chain
        )

    def summary(self, limit: int = 3) -> str:
        """The first problems found, in one line (for a refusal message)."""
        found: list[str] = []
        if self.integrity:  # SQLite's own report is English and technical: counted, not quoted
            found.append(render("check.integrity", None, {"count": len(self.integrity)}))
        if self.foreign_keys:
            found.append(render("check.foreign_keys", None, {"count": len(self.foreign_keys)}))
        found += self.chain + self.audit + self.numbering + self.files
        more = f" (i {len(found) - limit} innych)" if len(found) > limit else ""
        return "; ".join(found[:limit]) + more


def sqlite_integrity(session: Session) -> list[str]:
    """Problems ``PRAGMA integrity_check`` reports."""
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
    return [] if rows == ["ok"] else rows


def sqlite_foreign_keys(session: Session) -> list[str]:
    """Rows whose foreign keys point nowhere."""
    return [
        f"{table} (wiersz {rowid}) → {parent}"
        for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check"))
    ]


def _rows(session: Session, model: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    table = model.__table__
    pk = list(table.primary_key.columns)
    keys = audited_keys(model)
    columns = [table.columns[key] for key in keys]
    for row in session.execute(select(*columns).order_by(*pk)).mappings():
        ident = ":".join(str(to_json_value(row[c.name])) for c in pk)
        yield ident, {key: to_json_value(row[key]) for key in keys}


def _replayed(session: Session, entity: str) -> Iterator[tuple[str, dict[str, Any] | None, int]]:
    entries = session.execute(
        select(AuditEntry.entity_id, AuditEntry.operation, AuditEntry.new)
        .where(AuditEntry.entity == entity)
        .order_by(AuditEntry.entity_id, AuditEntry.at, AuditEntry.seq)
    )
    for key, group in itertools.groupby(entries, key=lambda e: e[0]):
        state: dict[str, Any] | None = None
        count = 0
        for _, operation, new in group:
            count += 1
            if operation == "insert":
                state = json.loads(new)
            elif operation == "update" and state is not None:
                state.update(json.loads(new))
            elif operation == "delete":
                state = None
        yield key, state, count


def _added_value(column: Any) -> Any:
    """What a column a migration added holds in the rows that were there before it: its
    server default (a text, or a boolean's ``false()``/``true()``), else NULL."""
    default = getattr(column.server_default, "arg", None)
    if default is None or isinstance(default, str):
        return default
    return {"false": False, "true": True}.get(str(default).lower(), str(default))


def _added_values(model: Any) -> dict[str, Any]:
    return {key: _added_value(model.__table__.columns[key]) for key in audited_keys(model)}


def _current(
    logged: dict[str, Any] | None, row: dict[str, Any], added: dict[str, Any]
) -> dict[str, Any] | None:
    """The replayed values of the columns the table still has: a column a migration dropped
    (its data moved elsewhere) stays in the log as history, not as a difference; a column
    one added after the entries were written holds what the migration gave the rows then
    (``added``) until an entry says otherwise."""
    if logged is None:
        return None
    return {key: logged[key] if key in logged else added.get(key) for key in row}


def audit_problems(session: Session, report: Report, limit: int = 20) -> None:
    """Compare every audited table with the replay of its log (sorted merge, streaming)."""
    for model in AUDITED:
        entity = model.__tablename__
        added = _added_values(model)
        rows = _rows(session, model)
        replay = _replayed(session, entity)
        row = next(rows, None)
        log = next(replay, None)
        while row is not None or log is not None:
            if len(report.audit) >= limit:
                return
            if log is None or (row is not None and row[0] < log[0]):
                assert row is not None
                report.records += 1
                report.audit.append(f"{entity} {row[0]}: brak wpisu w dzienniku zmian")
                row = next(rows, None)
            elif row is None or log[0] < row[0]:
                report.audit_entries += log[2]
                if log[1] is not None:
                    report.audit.append(f"{entity} {log[0]}: usunięty bez wpisu w dzienniku")
                log = next(replay, None)
            else:
                report.records += 1
                report.audit_entries += log[2]
                expected = _current(log[1], row[1], added)
                if expected != row[1]:
                    differing = sorted(
                        k for k in row[1] if (expected or {}).get(k, object()) != row[1][k]
                    )
                    report.audit.append(
                        f"{entity} {row[0]}: zmieniony poza programem ({', '.join(differing)})"
                    )
                row, log = next(rows, None), next(replay, None)


def _check(code: str, **params: Any) -> str:
    return render(code, None, params)


def file_problems(session: Session, report: Report, limit: int = 20) -> None:
    """Every blob read through and hashed (a chunk at a time), every generated document's
    blob looked up, the seal key in use looked for its private key."""
    for blob in blobs.all_blobs(session):
        report.blobs += 1
        problem = blobs.problems(session, blob.sha256)
        if problem is not None and len(report.files) < limit:
            report.files.append(
                _check("check.blob_damaged", sha=blob.sha256[:16], size=blob.size_bytes,
                       detail=problem)
            )  # fmt: skip
    documents = session.execute(
        select(GeneratedDocument.file_name, GeneratedDocument.sha256,
               GeneratedDocument.size_bytes, case_number())
        .join(Case, Case.id == GeneratedDocument.case_id)
        .order_by(GeneratedDocument.generated_at, GeneratedDocument.id)
    ).all()  # fmt: skip
    held = blobs.info(session, [row[1] for row in documents])
    for name, digest, size, number in documents:
        if len(report.files) >= limit:
            break
        found = held.get(digest)
        if found is None:
            report.files.append(_check("check.document_missing", name=name, case=number))
        elif found.size_bytes != size:
            report.files.append(_check("check.document_differs", name=name, case=number,
                                       stored=found.size_bytes, expected=size))  # fmt: skip
    in_use = session.execute(
        select(SigningKey.key_id)
        .where(SigningKey.origin == "local", SigningKey.retired_at.is_(None))
    ).scalars()  # fmt: skip
    private = seal_keys.held(session)
    for key_id in in_use:
        if key_id not in private and len(report.files) < limit:
            report.files.append(_check("check.key_missing", key_id=key_id))
    named = file_refs.declared_hashes(session)
    report.unstored_attachments = len(named - set(blobs.info(session, named)))


def describe_break(session: Session, broken: audit_chain.Break, key_id: str | None) -> str:
    """The first break of the chain in one Polish line: the entry's number, time, person,
    action and case."""
    entry = ""
    if broken.at is not None:
        number = None
        if broken.case_id is not None:
            number = session.scalar(select(case_number()).where(Case.id == broken.case_id))
        case = (_check("audit.chain.case", number=number) if number
                else _check("audit.chain.no_case"))  # fmt: skip
        entry = _check("audit.chain.entry", at=f"{broken.at:%d.%m.%Y %H:%M:%S}",
                       login=broken.user_login, action=broken.action, case=case)  # fmt: skip
    return _check(broken.reason, position=broken.position, expected=broken.expected,
                  entry=entry, key_id=key_id or "")  # fmt: skip


def chain_problems(session: Session, report: Report) -> None:
    """The audit log's chain walked from its first entry to the signed head."""
    checked = audit_chain.verify(session)
    report.chain_report = checked
    if checked.broken is not None:
        report.chain.append(describe_break(session, checked.broken, checked.key_id))


def verify(session: Session) -> Report:
    """Run every check on the database behind ``session``."""
    report = Report()
    # A server keeps its own pages and enforces foreign keys on every write; a SQLite file
    # is checked page by page, and its keys only where every connection turned them on.
    if session.get_bind().dialect.name == "sqlite":
        report.integrity = sqlite_integrity(session)
        report.foreign_keys = sqlite_foreign_keys(session)
    chain_problems(session, report)
    audit_problems(session, report)
    report.numbering = numbering_problems(session)
    file_problems(session, report)
    return report
