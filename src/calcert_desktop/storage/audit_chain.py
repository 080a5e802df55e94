"""The audit log as a hash chain, its head signed with the office's key.

Every entry carries its place in the log (``chain_pos``: 1, 2, 3, … in the order the
transactions committed), the hash of the entry before it (``prev_hash``; 64 zeros before the
first) and its own hash (``entry_hash``): SHA-256 of :func:`canonical`, a JSON array of
every field of the entry (the old and new values by their own SHA-256), ``prev_hash``
included. The one row of ``audit_head`` holds the last place and hash, and the office's
Ed25519 signature over them (:func:`head_message`). A transaction appends its entries when
it commits, holding the head's row lock, so two PCs on one server chain theirs one after the
other.

What this proves: the database refuses to change or delete entries (triggers, migration
0014); someone who drops the triggers and edits, deletes, inserts or reorders entries breaks
the chain at that entry (:func:`verify`), unless they recompute every hash after it, and then
the head no longer matches its signature, which only the holder of the office's private key
can make again. The format is simple enough for an outside reviewer's short script
(``resources/reviewer/check_audit_log.py``).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, text, update
from sqlalchemy.orm import Session

from calcert_desktop.storage import fast_insert, seal_keys
from calcert_desktop.storage.models import AuditEntry, AuditHead, SigningKey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

GENESIS = "0" * 64
HEAD_ID = 1
# What the signature covers: this line, then "<place>:<hash>" of the last entry.
HEAD_PREFIX = b"CALcert audit log head v1\n"
FORMAT = "calcert-audit-log/1"

_ENTRIES = AuditEntry.__table__
_HEAD = AuditHead.__table__


# --- the entry's hash ----------------------------------------------------------------------


def _hex(value: uuid.UUID | str | None) -> str | None:
    if value is None:
        return None
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


def moment(value: datetime) -> datetime:
    """A time as the log stores it: UTC without a zone, to the microsecond."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def time_text(value: datetime) -> str:
    """A stored time as the hash and the export write it."""
    return moment(value).isoformat(timespec="microseconds")


def value_digest(value: str | None) -> str | None:
    """SHA-256 of a recorded value (the JSON text of the old or new columns), hex; None for
    none. The chain covers the values through their digests, so that a person's data can be
    erased from an entry where the law requires it without breaking the chain: an erased
    value (:func:`erased_value`) carries the digest of what it was."""
    if value is None:
        return None
    erased = erasure_of(value)
    if erased is not None:
        return erased[0]
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


# An erased value: the JSON object of the values with a person's data replaced, and under
# this key the SHA-256 of the value as recorded and the erasure that replaced it (an
# ``erasures`` row, itself an entry of the log).
ERASED_KEY = "_erased"
ERASURE_ENTITY = "erasures"  # the table whose rows record erasures (each one an entry)


def erasure_of(value: str) -> tuple[str, str] | None:
    """(the digest of the value as recorded, the erasure's id) of an erased value; None
    for a value as recorded (no column is named :data:`ERASED_KEY`)."""
    if f'"{ERASED_KEY}"' not in value:
        return None
    try:
        marker = json.loads(value).get(ERASED_KEY)
        digest, erasure = str(marker["sha256"]), str(marker["erasure"])
    except (ValueError, AttributeError, KeyError, TypeError):
        return None
    if len(digest) != 64:
        return None
    return digest, erasure


def erased_value(value: str, redacted: Mapping[str, Any], erasure_id: str) -> str:
    """``redacted`` (the values of ``value`` with a person's data replaced) as an erased
    value of the erasure ``erasure_id``, carrying the digest ``value`` had in the chain."""
    digest = value_digest(value)
    marker = {ERASED_KEY: {"sha256": digest, "erasure": erasure_id}}
    return json.dumps({**redacted, **marker}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))  # fmt: skip


def fields(entry: Mapping[str, Any]) -> list[Any]:
    """The entry's hashed fields in their fixed order (:data:`HASHED_NAMES`), as JSON values:
    ``at`` as ISO text, identifiers as 32 hex digits, the old and new values as their
    :func:`value_digest`."""
    return [
        entry["chain_pos"],
        _hex(entry["id"]),
        time_text(entry["at"]),
        entry["seq"],
        _hex(entry["user_id"]),
        entry["user_login"],
        entry["action"],
        entry["entity"],
        entry["entity_id"],
        _hex(entry["case_id"]),
        entry["operation"],
        value_digest(entry["old"]),
        value_digest(entry["new"]),
        entry["prev_hash"],
    ]


# The columns an entry's hash is made of (the values through their digests).
FIELD_NAMES = (
    "chain_pos", "id", "at", "seq", "user_id", "user_login", "action", "entity",
    "entity_id", "case_id", "operation", "old", "new", "prev_hash",
)  # fmt: skip
HASHED_NAMES = (*FIELD_NAMES[:11], "old_sha256", "new_sha256", "prev_hash")


# json.dumps(…, ensure_ascii=False, separators=(",", ":")) made once, not for every entry
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def canonical(entry: Mapping[str, Any]) -> bytes:
    """The bytes an entry's hash is taken of: its :func:`fields` as compact UTF-8 JSON."""
    return _CANONICAL.encode(fields(entry)).encode("utf-8")


def entry_hash(entry: Mapping[str, Any]) -> str:
    """SHA-256 of :func:`canonical`, hex."""
    return hashlib.sha256(canonical(entry)).hexdigest()


def head_message(position: int, last_hash: str) -> bytes:
    """What the office's key signs: the last entry's place and hash."""
    return HEAD_PREFIX + f"{position}:{last_hash}".encode("ascii")


# --- appending -----------------------------------------------------------------------------

_SIGNERS: dict[str, Ed25519PrivateKey] = {}


def _signer(session: Session, key_id: str) -> Ed25519PrivateKey | None:
    """The office's private key ``key_id`` (read once per process), or None when the
    database does not hold it or holds it damaged (:func:`verify` then reports the head
    unsigned)."""
    key = _SIGNERS.get(key_id)
    if key is None:
        pem = seal_keys.load(session, key_id)
        if pem is None:
            return None
        # cryptography loads when the chain is signed or checked, not for every reader
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            loaded = serialization.load_pem_private_key(pem, password=None)
        except (ValueError, TypeError):
            return None
        if not isinstance(loaded, Ed25519PrivateKey):
            return None
        key = _SIGNERS[key_id] = loaded
    return key


def active_key_id(session: Session) -> str | None:
    """The office's key in use (not retired), if it has one."""
    return session.scalar(
        select(SigningKey.key_id)
        .where(SigningKey.origin == seal_keys.LOCAL, SigningKey.retired_at.is_(None))
        .order_by(SigningKey.added_at.desc())
        .limit(1)
    )


def _locked_head(session: Session) -> Any:
    return session.execute(
        select(_HEAD.c.position, _HEAD.c.hash).where(_HEAD.c.id == HEAD_ID).with_for_update()
    ).one_or_none()


def _dialect_insert(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as server_insert

        return server_insert
    from sqlalchemy.dialects.sqlite import insert as file_insert

    return file_insert


# The database refuses to change or delete an entry (migration 0015 makes these; 0014 made
# the first ones, which refused every change). The one change let through is an erasure of
# a person's data (services/privacy/erasure.py): the old or new value replaced by an erased
# value (:func:`erased_value`) with every other column as it was; the chain still holds,
# and each erased value names the erasure that made it (:func:`check_rows`).
REFUSAL = "audit_log is append-only: its entries are never changed or deleted"
_KEPT = ("id", "at", "seq", "user_id", "user_login", "action", "entity", "entity_id",
         "case_id", "operation", "chain_pos", "prev_hash", "entry_hash")  # fmt: skip
_SQLITE_KEPT = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in _KEPT)
_SQLITE_ERASED = " AND ".join(
    f"(NEW.{c} IS OLD.{c} OR json_extract(NEW.{c}, '$.{ERASED_KEY}.sha256') IS NOT NULL)"
    for c in ("old", "new")
)
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        WHEN NOT ({_SQLITE_KEPT} AND {_SQLITE_ERASED})
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
    f"""CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END""",
)
_SERVER_KEPT = (f"({', '.join(f'NEW.{c}' for c in _KEPT)}) IS NOT DISTINCT FROM "
                f"({', '.join(f'OLD.{c}' for c in _KEPT)})")  # fmt: skip
_SERVER_ERASED = " AND ".join(
    f"(NEW.{c} IS NOT DISTINCT FROM OLD.{c} "
    f"OR (NEW.{c}::jsonb -> '{ERASED_KEY}' ->> 'sha256') IS NOT NULL)"
    for c in ("old", "new")
)
SERVER_TRIGGERS = (
    f"""CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND {_SERVER_KEPT} AND {_SERVER_ERASED} THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'insufficient_privilege';
        END $$""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
)


@contextmanager
def append_only_lifted(connection: Connection) -> Iterator[None]:
    """Inside ``connection``'s transaction, the log's entries may be deleted for the length
    of the block: a restore replacing the whole database with a checked backup (its own
    chain). The triggers are back before the transaction can commit."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"))
        yield
        connection.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"))
        return
    connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
    connection.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
    yield
    for statement in SQLITE_TRIGGERS:
        connection.execute(text(statement))


def append(session: Session, rows: list[dict[str, Any]], now: datetime, key_id: str | None) -> None:
    """Chain ``rows`` (audit entries of one transaction, in their order) after the head,
    insert them, and move the head, signed with the office's key ``key_id`` (unsigned when
    its private key is missing or damaged: :func:`verify` says so). Holds the head's row
    lock until the transaction ends."""
    head = _locked_head(session)
    if head is None:  # the log's first entries: the head made (once, whoever is first)
        session.execute(
            _dialect_insert(session)(_HEAD)
            .values(id=HEAD_ID, position=0, hash=GENESIS)
            .on_conflict_do_nothing()
        )
        head = _locked_head(session)
        assert head is not None
    position, previous = head.position, head.hash
    for row in rows:
        position += 1
        row["at"] = moment(row["at"])
        row["chain_pos"] = position
        row["prev_hash"] = previous
        previous = row["entry_hash"] = entry_hash(row)
    fast_insert.insert_rows(session, _ENTRIES, rows)
    key = _signer(session, key_id) if key_id else None
    signature = key.sign(head_message(position, previous)).hex() if key else None
    session.execute(
        update(_HEAD)
        .where(_HEAD.c.id == HEAD_ID)
        .values(position=position, hash=previous, key_id=key_id if key else None,
                signature=signature, signed_at=now if key else None)
    )  # fmt: skip


def head_position(session: Session) -> int:
    """How many entries the chain's head counts (0: none, or no head)."""
    return session.scalar(select(_HEAD.c.position).where(_HEAD.c.id == HEAD_ID)) or 0


def sign_unsigned(session: Session) -> bool:
    """Sign a head left unsigned by the upgrade that chained the log (migration 0014), with
    the office's key in use when the database holds its private half; True when signed.
    Called only where that upgrade just ran or an older folder's key was just moved in: a
    head found unsigned later is a fault :func:`verify` reports, never signed over."""
    head = session.execute(
        select(_HEAD.c.position, _HEAD.c.hash, _HEAD.c.signature)
        .where(_HEAD.c.id == HEAD_ID).with_for_update()
    ).one_or_none()  # fmt: skip
    if head is None or head.position == 0 or head.signature:
        return False
    key_id = active_key_id(session)
    key = _signer(session, key_id) if key_id else None
    if key is None:
        return False
    session.execute(
        update(_HEAD).where(_HEAD.c.id == HEAD_ID).values(
            key_id=key_id, signature=key.sign(head_message(head.position, head.hash)).hex(),
            signed_at=datetime.now(UTC).replace(tzinfo=None))
    )  # fmt: skip
    return True


def chain_existing(connection: Any, now: datetime) -> int:
    """Chain every entry of a database from before the chain (migration 0014), in the order
    (time, place in its transaction, id); the head left unsigned until the next commit (a
    migration holds no key). Returns how many were chained."""
    table = _ENTRIES
    rows = connection.execute(
        select(*(table.c[name] for name in FIELD_NAMES if name not in ("chain_pos", "prev_hash")))
        .order_by(table.c.at, table.c.seq, table.c.id)
    ).mappings().all()  # fmt: skip
    previous = GENESIS
    updates = []
    for position, row in enumerate(rows, start=1):
        entry = {**row, "chain_pos": position, "prev_hash": previous}
        previous = entry_hash(entry)
        updates.append({"b_id": row["id"], "pos": position, "prev": entry["prev_hash"],
                        "own": previous})  # fmt: skip
    if updates:
        from sqlalchemy import bindparam

        connection.execute(
            update(table).where(table.c.id == bindparam("b_id"))
            .values(chain_pos=bindparam("pos"), prev_hash=bindparam("prev"),
                    entry_hash=bindparam("own")),
            updates,
        )  # fmt: skip
    if rows:  # an empty log gets its head with its first entries (append)
        connection.execute(insert(_HEAD).values(id=HEAD_ID, position=len(rows), hash=previous))
    return len(rows)


# --- verifying -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Break:
    """Where the chain first fails: the entry (None: the head itself), why (a code of
    ``domain/messages_audit.py``) and what the entry says of itself."""

    reason: str
    position: int | None
    entry_id: uuid.UUID | None = None
    at: datetime | None = None
    user_login: str = ""
    action: str = ""
    case_id: uuid.UUID | None = None
    expected: int | None = None  # the place the chain expected there


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The chain checked: how many entries, the head and who signed it, the first break."""

    entries: int
    head_position: int
    key_id: str | None
    signed_at: datetime | None
    broken: Break | None

    @property
    def intact(self) -> bool:
        return self.broken is None


def _break(reason: str, row: Mapping[str, Any] | None, expected: int | None = None) -> Break:
    if row is None:
        return Break(reason, None, expected=expected)
    return Break(reason, row["chain_pos"], row["id"], row["at"], row["user_login"],
                 row["action"], row["case_id"], expected)  # fmt: skip


def _entries(session: Session) -> Iterator[Mapping[str, Any]]:
    columns = [_ENTRIES.c[name] for name in FIELD_NAMES] + [_ENTRIES.c.entry_hash]
    query = select(*columns).order_by(_ENTRIES.c.chain_pos.is_(None), _ENTRIES.c.chain_pos)
    result = session.execute(query, execution_options={"yield_per": 2000})
    yield from result.mappings()


def _public_key(session: Session, key_id: str) -> Ed25519PublicKey | None:
    raw = session.scalar(select(SigningKey.public_key).where(SigningKey.key_id == key_id))
    if raw is None:
        return None
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(raw))
    except ValueError:
        return None


def signature_valid(public: Ed25519PublicKey, signature_hex: str, message: bytes) -> bool:
    """Whether ``signature_hex`` is ``public``'s signature of ``message``."""
    from cryptography.exceptions import InvalidSignature

    try:
        public.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def check_rows(
    rows: Iterable[Mapping[str, Any]], head: Mapping[str, Any] | None
) -> tuple[int, Break | None]:
    """Walk the chain: the first entry whose place, link or content is wrong, then the head
    against the last entry. Returns (entries read, the first break or None); the head's
    signature is checked by the caller."""
    previous = GENESIS
    count = 0
    last: Mapping[str, Any] | None = None
    erasures: set[str] = set()  # the erasures the log records
    erased: dict[str, Mapping[str, Any]] = {}  # each erasure named by a value: its first entry
    for row in rows:
        count += 1
        expected = count
        if row["chain_pos"] is None:
            return count, _break("audit.chain.unchained", row)
        if row["chain_pos"] != expected:
            reason = (
                "audit.chain.missing" if row["chain_pos"] > expected else "audit.chain.duplicate"
            )
            return count, _break(reason, row, expected)
        if row["prev_hash"] != previous:
            return count, _break("audit.chain.link", row)
        if entry_hash(row) != row["entry_hash"]:
            return count, _break("audit.chain.changed", row)
        previous = row["entry_hash"]
        last = row
        if row["entity"] == ERASURE_ENTITY and row["operation"] == "insert":
            erasures.add(row["entity_id"])
        for value in (row["old"], row["new"]):
            found = erasure_of(value) if value else None
            if found is not None and found[1] not in erased:
                erased[found[1]] = row
    for erasure_id, row in erased.items():  # an erasure comes after what it erased
        if erasure_id not in erasures:
            return count, _break("audit.chain.unrecorded_erasure", row)
    if head is None:
        if count:
            return count, _break("audit.chain.no_head", None)
        return count, None
    if head["position"] < count:
        # the first entry past the head: :func:`verify` reads it to name it
        return count, Break(
            "audit.chain.beyond_head", head["position"] + 1, expected=head["position"]
        )
    if head["position"] > count:
        return count, Break("audit.chain.truncated", count + 1, expected=head["position"])
    if head["hash"] != previous:
        return count, _break("audit.chain.head_mismatch", last)
    return count, None


def verify(session: Session) -> ChainReport:
    """Check the whole chain and the head's signature (with the public key of the office's
    ``signing_keys`` row it names)."""
    head = session.execute(select(_HEAD).where(_HEAD.c.id == HEAD_ID)).mappings().one_or_none()
    count, broken = check_rows(_entries(session), head)
    if broken is not None and broken.reason == "audit.chain.beyond_head":
        row = session.execute(
            select(*[_ENTRIES.c[n] for n in FIELD_NAMES]).where(
                _ENTRIES.c.chain_pos == broken.position)
        ).mappings().one_or_none()  # fmt: skip
        broken = _break(broken.reason, row, broken.expected) if row else broken
    if broken is None and head is not None and head["position"] > 0:
        if not head["signature"] or not head["key_id"]:
            broken = Break("audit.chain.unsigned", None)
        else:
            public = _public_key(session, head["key_id"])
            message = head_message(head["position"], head["hash"])
            if public is None:
                broken = Break("audit.chain.unknown_key", None)
            elif not signature_valid(public, head["signature"], message):
                broken = Break("audit.chain.bad_signature", None)
    return ChainReport(
        count,
        head["position"] if head else 0,
        head["key_id"] if head else None,
        head["signed_at"] if head else None,
        broken,
    )
