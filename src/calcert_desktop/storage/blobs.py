"""Files kept in the database by their content: attachments and generated documents, the
same for every PC of an office that shares one server.

A blob is named by the SHA-256 of its bytes: one ``blobs`` row (size, when it was stored,
whether it is still staged) and its bytes in ``blob_chunks`` of at most :data:`CHUNK_BYTES`
(1 MiB) each, so a file is written and read one chunk at a time: a 25 MB attachment is never
one value in a statement, a result or memory here. Content written twice is stored once
(the row is inserted with ``ON CONFLICT DO NOTHING``, on SQLite and PostgreSQL alike, so two
PCs storing the same file at once store it once).

A blob is written in the caller's transaction, with the row that names it (a declaration's
attachment, a ``generated_documents`` row): a rolled-back action leaves no chunk behind.
Only the wizard stores a file before anything names it (as soon as the user picks it, so a
moved original loses nothing); such a blob is *staged*, and :func:`remove_staged` removes it
once it is older than a grace period and still named by nothing. Reading checks the hash as
it goes: a damaged blob is refused at its end (:class:`BlobDamaged`), so a writer that
streams it into a file (written atomically) leaves no damaged copy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage import file_refs
from calcert_desktop.storage.database import BINARY_RESULTS
from calcert_desktop.storage.models import Blob, BlobChunk

CHUNK_BYTES = 1 << 20

_BLOBS = Blob.__table__
_CHUNKS = BlobChunk.__table__


class BlobMissing(DomainError):
    """No blob of that hash in the database."""


class BlobDamaged(DomainError):
    """A blob whose chunks do not add up to its size or hash."""


@dataclass(frozen=True)
class Stored:
    """A blob now in the database: its hash, its size, whether this call wrote it."""

    sha256: str
    size_bytes: int
    written: bool


@dataclass(frozen=True)
class BlobInfo:
    """What the ``blobs`` row says of one blob."""

    sha256: str
    size_bytes: int
    created_at: datetime  # UTC, naive
    staged: bool


def now_utc() -> datetime:
    """The time now as the rows hold it: UTC, naive."""
    return datetime.now(UTC).replace(tzinfo=None)


def _pieces(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), CHUNK_BYTES):
        yield bytes(view[start : start + CHUNK_BYTES])


def _read_pieces(stream: BinaryIO) -> Iterator[bytes]:
    while block := stream.read(CHUNK_BYTES):
        yield block


def digest_of(pieces: Iterable[bytes]) -> tuple[str, int]:
    """SHA-256 (hex) and size of the bytes ``pieces`` add up to."""
    hasher, size = hashlib.sha256(), 0
    for piece in pieces:
        hasher.update(piece)
        size += len(piece)
    return hasher.hexdigest(), size


def _insert_row(session: Session, values: dict[str, object]) -> bool:
    """Insert the ``blobs`` row unless one of that hash exists (or is being inserted by
    another transaction: PostgreSQL waits for it); True when this call inserted it."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = (
        insert(_BLOBS).values(**values).on_conflict_do_nothing(index_elements=["sha256"])
        .returning(_BLOBS.c.sha256)
    )  # fmt: skip
    # RETURNING says whether a row went in (rowcount is not reliable on every driver).
    return session.execute(statement).first() is not None


def _present(session: Session, digest: str, staged: bool) -> bool:
    """The blob ``digest`` is there (locked on a server, so a concurrent removal of a staged
    blob waits for this transaction); a staged one is kept from now on unless ``staged``."""
    if not staged:
        session.execute(
            update(_BLOBS).where(_BLOBS.c.sha256 == digest, _BLOBS.c.staged.is_(True))
            .values(staged=False)
        )  # fmt: skip
    query = select(_BLOBS.c.sha256).where(_BLOBS.c.sha256 == digest).with_for_update()
    return session.execute(query).first() is not None


def put(
    session: Session,
    content: bytes | BinaryIO,
    *,
    staged: bool = False,
    created_at: datetime | None = None,
    name: str = "",
) -> Stored:
    """Keep ``content`` (bytes, or a binary stream that can seek: read twice, a chunk at a
    time) in the database, in the caller's transaction; its hash and size.

    ``staged``: nothing names it yet (see the module's note). ``created_at`` (UTC, naive):
    when it was first stored, for a file moved in from an older data folder. A stream that
    changes between its two readings is refused (``blob.source_changed``, naming ``name``).
    """
    if isinstance(content, bytes | bytearray):
        data = bytes(content)
        digest, size = hashlib.sha256(data).hexdigest(), len(data)
    else:
        start = content.tell()
        digest, size = digest_of(_read_pieces(content))
    while True:
        values = {"sha256": digest, "size_bytes": size, "staged": staged,
                  "created_at": created_at or now_utc()}  # fmt: skip
        if _insert_row(session, values):
            break
        if _present(session, digest, staged):
            return Stored(digest, size, False)
        # Removed (a staged blob's grace ran out) between the insert and the look: again.
    if isinstance(content, bytes | bytearray):
        pieces: Iterable[bytes] = _pieces(data)
    else:
        content.seek(start)
        pieces = _read_pieces(content)
    hasher, written = hashlib.sha256(), 0
    for n, piece in enumerate(pieces):
        hasher.update(piece)
        written += len(piece)
        session.execute(_CHUNKS.insert().values(sha256=digest, n=n, content=piece))
    if (hasher.hexdigest(), written) != (digest, size):
        raise DomainError("blob.source_changed", None, name=name or digest[:16])
    return Stored(digest, size, True)


def put_many(session: Session, contents: Iterable[bytes]) -> list[str]:
    """Keep several files at once (a package's attachments), as :func:`put` keeps one, in
    a few statements: their digests. On a server each goes through :func:`put` (another PC
    may be storing the same file at the same moment)."""
    found = {hashlib.sha256(data).hexdigest(): data for data in contents}
    if session.get_bind().dialect.name == "postgresql":
        for data in found.values():
            put(session, data)
        return list(found)
    if not found:
        return []
    present = set(session.scalars(select(_BLOBS.c.sha256).where(
        _BLOBS.c.sha256.in_(list(found)))))  # fmt: skip
    if present:  # staged ones are kept from now on
        session.execute(update(_BLOBS).where(_BLOBS.c.sha256.in_(list(present)),
                                             _BLOBS.c.staged.is_(True)).values(staged=False))
    now = now_utc()
    new = {digest: data for digest, data in found.items() if digest not in present}
    if new:
        session.execute(_BLOBS.insert(), [
            {"sha256": d, "size_bytes": len(data), "staged": False, "created_at": now}
            for d, data in new.items()])  # fmt: skip
        session.execute(_CHUNKS.insert(), [
            {"sha256": d, "n": n, "content": piece}
            for d, data in new.items() for n, piece in enumerate(_pieces(data))])  # fmt: skip
    return list(found)


def info(session: Session, digests: Iterable[str]) -> dict[str, BlobInfo]:
    """The rows of those of ``digests`` the database holds, by hash."""
    wanted = sorted(set(digests))
    found: dict[str, BlobInfo] = {}
    for start in range(0, len(wanted), 500):
        rows = session.execute(select(_BLOBS).where(_BLOBS.c.sha256.in_(wanted[start:start + 500])))
        for row in rows:
            found[row.sha256] = BlobInfo(row.sha256, row.size_bytes, row.created_at, row.staged)
    return found


def exists(session: Session, digest: str) -> bool:
    """True when the database holds the blob ``digest``."""
    return session.execute(select(_BLOBS.c.sha256).where(_BLOBS.c.sha256 == digest)).first() \
        is not None  # fmt: skip


def chunk_count(session: Session, digest: str) -> int:
    """How many chunks the blob ``digest`` has."""
    query = select(func.count()).select_from(_CHUNKS).where(_CHUNKS.c.sha256 == digest)
    return int(session.execute(query).scalar_one())


def chunks(session: Session, digest: str, name: str = "") -> Iterator[bytes]:
    """The content of the blob ``digest``, one chunk (one query) at a time, its hash checked
    as it goes: :class:`BlobMissing` before the first chunk when there is no such blob,
    :class:`BlobDamaged` (after the last) when the chunks do not make up its content."""
    shown = name or digest[:16]
    size = session.execute(select(_BLOBS.c.size_bytes).where(_BLOBS.c.sha256 == digest)).scalar()
    if size is None:
        raise BlobMissing("blob.missing", None, name=shown)
    hasher, total, n = hashlib.sha256(), 0, 0
    while total < size:
        piece = _chunk(session, digest, n)
        if piece is None:
            raise BlobDamaged("blob.damaged", None, name=shown, detail=f"brak części {n + 1}")
        hasher.update(piece)
        total += len(piece)
        n += 1
        yield piece
    if total != size or hasher.hexdigest() != digest:
        raise BlobDamaged("blob.damaged", None, name=shown,
                          detail="zawartość nie zgadza się ze skrótem SHA-256")  # fmt: skip


def _chunk(session: Session, digest: str, n: int) -> bytes | None:
    """Chunk ``n`` of the blob ``digest``, or None; on a server in the binary format."""
    query = select(_CHUNKS.c.content).where(_CHUNKS.c.sha256 == digest, _CHUNKS.c.n == n)
    piece = session.execute(query.execution_options(**{BINARY_RESULTS: True})).scalar()
    return None if piece is None else bytes(piece)


def read(session: Session, digest: str, name: str = "") -> bytes:
    """The whole content of a small blob (a key, a test's file): :func:`chunks` joined."""
    return b"".join(chunks(session, digest, name))


def copy_to(session: Session, digest: str, stream: BinaryIO, name: str = "") -> int:
    """Write the blob ``digest`` into ``stream`` a chunk at a time; its size."""
    size = 0
    for piece in chunks(session, digest, name):
        stream.write(piece)
        size += len(piece)
    return size


def problems(session: Session, digest: str) -> str | None:
    """Why the blob ``digest`` is damaged (Polish), or None when it is sound: its chunks
    numbered 0..n-1 with nothing beyond, adding up to its size and hash."""
    try:
        for _piece in chunks(session, digest):
            pass
    except BlobMissing:
        return "brak wiersza pliku"
    except BlobDamaged as error:
        return str(error.params.get("detail", error.message))
    size = session.execute(select(_BLOBS.c.size_bytes).where(_BLOBS.c.sha256 == digest)).scalar()
    expected = -(-int(size or 0) // CHUNK_BYTES)
    if chunk_count(session, digest) != expected:
        return "ma części ponad swój rozmiar"
    return None


def all_blobs(session: Session) -> Iterator[BlobInfo]:
    """Every blob's row, by hash."""
    for row in session.execute(select(_BLOBS).order_by(_BLOBS.c.sha256)):
        yield BlobInfo(row.sha256, row.size_bytes, row.created_at, row.staged)


def staged_before(session: Session, cutoff: datetime) -> list[str]:
    """Staged blobs stored before ``cutoff`` (UTC, naive): the candidates for removal."""
    query = select(_BLOBS.c.sha256).where(_BLOBS.c.staged.is_(True), _BLOBS.c.created_at < cutoff)
    return list(session.execute(query).scalars())


def keep(session: Session, digests: Iterable[str]) -> None:
    """No longer staged: something names these blobs."""
    wanted = sorted(set(digests))
    for start in range(0, len(wanted), 500):
        session.execute(update(_BLOBS).where(_BLOBS.c.sha256.in_(wanted[start:start + 500]))
                        .values(staged=False))  # fmt: skip


def remove_staged(session: Session, digests: Iterable[str], cutoff: datetime) -> int:
    """Remove those of ``digests`` that are still staged and older than ``cutoff`` (a blob
    kept meanwhile by another transaction stays); how many were removed."""
    removed = 0
    for digest in sorted(set(digests)):
        locked = session.execute(
            select(_BLOBS.c.sha256).where(
                _BLOBS.c.sha256 == digest, _BLOBS.c.staged.is_(True),
                _BLOBS.c.created_at < cutoff,
            ).with_for_update()
        ).first()  # fmt: skip
        if locked is None:
            continue
        session.execute(delete(_CHUNKS).where(_CHUNKS.c.sha256 == digest))
        session.execute(delete(_BLOBS).where(_BLOBS.c.sha256 == digest))
        removed += 1
    return removed


def copy_between(source: Session, target: Session, digest: str) -> bool:
    """Copy the blob ``digest`` from the database of ``source`` into that of ``target``
    (kept, not staged), a chunk at a time; False when ``source`` has no sound copy."""
    row = source.execute(select(_BLOBS).where(_BLOBS.c.sha256 == digest)).first()
    if row is None or problems(source, digest) is not None:
        return False
    if not _insert_row(target, {"sha256": digest, "size_bytes": row.size_bytes,
                                "created_at": row.created_at, "staged": False}):  # fmt: skip
        return True
    for n, piece in enumerate(chunks(source, digest)):
        target.execute(_CHUNKS.insert().values(sha256=digest, n=n, content=piece))
    return True


def remove_unused(session: Session, cutoff: datetime, named_elsewhere: set[str]) -> int:
    """Settle the staged blobs stored before ``cutoff``: those a declaration, a document or
    a visit's evidence names are kept from now on, those only ``named_elsewhere`` names (a
    draft's recovery file) stay staged, the rest are removed; how many were removed. One
    scan of the declarations that name any hash, and only when there is a staged blob that
    old."""
    candidates = staged_before(session, cutoff)
    if not candidates:
        return 0
    named = file_refs.declared_hashes(session) | file_refs.document_hashes(session, candidates)
    named |= file_refs.evidence_hashes(session)
    keep(session, [digest for digest in candidates if digest in named])
    unused = [d for d in candidates if d not in named and d not in named_elsewhere]
    return remove_staged(session, unused, cutoff)
