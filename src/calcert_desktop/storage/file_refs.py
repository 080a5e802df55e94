"""What names a blob: a declaration's attachment (its ``sha256``) and a generated document's
row. Read by the removal of staged blobs, ``calcert check`` and a restore.

A declaration may name a file's hash without the file ever being handed over (entered from
paper, or a declaration file with ``sha256`` and no ``path``): such a name is no promise
that the database holds the file (the case file shows it as missing), so it keeps a blob
from removal but is not a fault when the blob is absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calcert_desktop.storage.models import (
    DeclarationText,
    GeneratedDocument,
    VisitFinding,
    VisitProtocolDraft,
)

_DIGEST = re.compile(r"[0-9a-f]{64}")


def is_digest(value: object) -> bool:
    """True for a SHA-256 as the store names blobs: 64 lower-case hexadecimal digits."""
    return isinstance(value, str) and _DIGEST.fullmatch(value) is not None


def attachment_hashes(data: dict[str, Any]) -> set[str]:
    """The hashes a declaration's attachments name (well-formed ones only)."""
    items = data.get("attachments") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return set()
    return {
        item["sha256"] for item in items if isinstance(item, dict) and is_digest(item.get("sha256"))
    }


def declared(session: Session) -> Iterator[tuple[str, set[str]]]:
    """Each case whose declaration names attachment hashes: (case id as hex, the hashes);
    only declarations that mention a hash at all are parsed."""
    query = select(DeclarationText.case_id, DeclarationText.body).where(
        DeclarationText.body.like('%"sha256"%')
    )
    for case_id, body in session.execute(query):
        try:
            data = json.loads(body)
        except ValueError:
            continue
        found = attachment_hashes(data)
        if found:
            yield case_id.hex, found


def declared_hashes(session: Session) -> set[str]:
    """Every hash any declaration names."""
    named: set[str] = set()
    for _case, found in declared(session):
        named |= found
    return named


def document_hashes(session: Session, among: Iterable[str] | None = None) -> set[str]:
    """The hashes generated documents name (only those ``among`` these, when given)."""
    query = select(GeneratedDocument.sha256).distinct()
    if among is None:
        return set(session.execute(query).scalars())
    wanted = sorted(set(among))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        part = query.where(GeneratedDocument.sha256.in_(wanted[start : start + 500]))
        found |= set(session.execute(part).scalars())
    return found


def evidence_of(value: object) -> list[dict[str, str]]:
    """The evidence files a visit finding names (its ``evidence``: a JSON list of
    ``{"sha256", "name"}``; well-formed items only)."""
    try:
        items = json.loads(value) if isinstance(value, str) and value else []
    except ValueError:
        return []
    if not isinstance(items, list):
        return []
    return [{"sha256": i["sha256"], "name": str(i.get("name", ""))} for i in items
            if isinstance(i, dict) and is_digest(i.get("sha256"))]  # fmt: skip


def evidence_hashes(session: Session) -> set[str]:
    """Every hash a site visit's evidence names: recorded findings, and protocols still
    being written (a photo taken on site is kept from the moment it is added)."""
    found: set[str] = set()
    for value in session.scalars(select(VisitFinding.evidence).where(
            VisitFinding.evidence != "")):  # fmt: skip
        found |= {item["sha256"] for item in evidence_of(value)}
    for body in session.scalars(select(VisitProtocolDraft.body)):
        try:
            standards = json.loads(body).get("standards", {})
        except (ValueError, AttributeError):
            continue
        for entry in standards.values() if isinstance(standards, dict) else ():
            if isinstance(entry, dict):
                found |= {item["sha256"] for item in evidence_of(
                    json.dumps(entry.get("evidence", [])))}  # fmt: skip
    return found


def named_hashes(session: Session) -> set[str]:
    """Every hash something in the database names (declarations, documents, a visit's
    evidence)."""
    return declared_hashes(session) | document_hashes(session) | evidence_hashes(session)
