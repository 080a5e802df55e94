"""The audit log written out for an outside reviewer: JSON Lines, a header then one entry a
line, each entry the array of :func:`audit_chain.fields` (the hashed fields, the old and new
values by their digests) followed by its ``entry_hash`` and the old and new values as
recorded (JSON text, or null).

The header names the format (``calcert-audit-log/1``), the head (place, hash, the key that
signed it, the signature) and the office's public keys (raw Ed25519, hex). The reviewer's
script (``resources/reviewer/check_audit_log.py``) recomputes every hash, follows the links
and checks the head's signature with the office's key, given separately (published by the
office: ``calcert keys``), or with the one in the header, which proves only that the file is
whole, not whose it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calcert_desktop.storage import audit_chain, seal_keys
from calcert_desktop.storage.models import AuditEntry, AuditHead, SigningKey

BATCH = 2000


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def header(session: Session, exported_by: str) -> dict[str, Any]:
    """What the export's first line says: the format, the head, the office's keys."""
    head = session.get(AuditHead, audit_chain.HEAD_ID)
    keys = session.scalars(
        select(SigningKey).where(SigningKey.origin == seal_keys.LOCAL).order_by(SigningKey.added_at)
    ).all()  # fmt: skip
    return {
        "format": audit_chain.FORMAT,
        "exported_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "exported_by": exported_by,
        "engine": session.get_bind().dialect.name,
        "fields": [*audit_chain.HASHED_NAMES, "entry_hash", "old", "new"],
        "signed": audit_chain.HEAD_PREFIX.decode("ascii") + "<position>:<hash>",
        "head": None if head is None else {
            "position": head.position,
            "hash": head.hash,
            "key_id": head.key_id,
            "signature": head.signature,
            "signed_at": head.signed_at.isoformat(timespec="seconds") if head.signed_at else None,
        },
        "keys": [
            {"key_id": key.key_id, "public_key": key.public_key, "label": key.label,
             "retired_at": key.retired_at.isoformat(timespec="seconds") if key.retired_at
             else None}
            for key in keys
        ],
    }  # fmt: skip


def write(
    session: Session,
    stream: IO[str],
    exported_by: str,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the whole log to ``stream`` (a header line, then the entries in chain order);
    ``progress(done, total)`` after each batch. Returns how many entries were written. One
    read transaction: what is exported is one moment's log."""
    total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    stream.write(_dumps(header(session, exported_by)) + "\n")
    table = AuditEntry.__table__
    columns = [table.c[name] for name in audit_chain.FIELD_NAMES] + [table.c.entry_hash]
    result = session.execute(
        select(*columns).order_by(table.c.chain_pos), execution_options={"yield_per": BATCH}
    )
    done = 0
    for row in result.mappings():
        line = [*audit_chain.fields(row), row["entry_hash"], row["old"], row["new"]]
        stream.write(_dumps(line) + "\n")
        done += 1
        if progress is not None and done % BATCH == 0:
            progress(done, total)
    if progress is not None:
        progress(done, total)
    return done
