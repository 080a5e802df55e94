"""The files kept in the database (storage/blobs.py), on either engine: the same content
stored once, written and read a chunk (1 MiB) at a time, nothing left by a rolled-back
transaction, staged files removed only when unnamed after their grace period, and
``calcert check`` finding a damaged or missing piece."""

from __future__ import annotations

import hashlib
import io
import json
import os
from datetime import timedelta

import pytest
from sqlalchemy import delete, event, func, select, update

import blob_support
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.admin import maintenance, unused_files
from calcert_desktop.services.applications import attachments, declare, draft_recovery, drafts
from calcert_desktop.services.context import reading, resolve_actor, writing
from calcert_desktop.services.documents import generate
from calcert_desktop.storage import blobs
from calcert_desktop.storage.models import Blob, BlobChunk
from calcert_desktop.storage.preview_folder import PreviewFolder
from cli_support import EXAMPLE, admin_of

MIB = 1 << 20


def chunk_rows(ctx) -> int:
    with reading(ctx) as session:
        return session.scalar(select(func.count()).select_from(BlobChunk)) or 0


def put(ctx, content: bytes, **options) -> blobs.Stored:
    with writing(ctx, None, "test") as session:
        return blobs.put(session, content, **options)


class Statements:
    """What the engine is sent while it is watched: each statement's largest parameter."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.sent: list[tuple[str, int]] = []

    def _seen(self, _conn, _cursor, statement, parameters, _context, _many) -> None:
        values = parameters.values() if isinstance(parameters, dict) else parameters or ()
        # psycopg wraps bytes in its Binary (``obj``); sqlite3 takes them as they are.
        values = [getattr(v, "obj", v) for v in values]
        sizes = [len(v) for v in values if isinstance(v, bytes | bytearray | memoryview)]
        self.sent.append((statement, max(sizes, default=0)))

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def chunk_reads(self) -> int:
        return sum(1 for text, _ in self.sent if "FROM blob_chunks" in text)


def test_the_same_content_is_stored_once(ctx):
    first = put(ctx, b"%PDF-1.4 statut")
    again = put(ctx, b"%PDF-1.4 statut")
    assert first.written and not again.written and first.sha256 == again.sha256
    assert first.sha256 == hashlib.sha256(b"%PDF-1.4 statut").hexdigest()
    with writing(ctx, None, "test") as session:  # twice in one transaction too
        assert not blobs.put(session, b"%PDF-1.4 statut").written
    assert blob_support.hashes(ctx) == [first.sha256] and chunk_rows(ctx) == 1
    other = put(ctx, b"%PDF-1.4 regulamin")
    assert sorted(blob_support.hashes(ctx)) == sorted([first.sha256, other.sha256])


def test_a_20_mb_attachment_is_written_and_read_a_chunk_at_a_time(ctx, tmp_path):
    path = tmp_path / "raport.pdf"
    content = b"%PDF-1.4\n" + os.urandom(20 * MIB - 9)
    path.write_bytes(content)
    with Statements(ctx.db.engine) as written:
        stored = attachments.add_file(ctx, path)
    assert stored.size_bytes == 20 * MIB
    # Twenty rows of 1 MiB, each sent in a statement of its own: never the file as one value.
    assert blob_support.chunk_sizes(ctx, stored.sha256) == [MIB] * 20
    assert max(size for _, size in written.sent) == MIB
    assert sum(1 for text, _ in written.sent if "INSERT INTO blob_chunks" in text) == 20

    previews = PreviewFolder(parent=tmp_path)
    with Statements(ctx.db.engine) as read, reading(ctx) as session:
        copy = attachments.viewable_copy(session, {"file_name": "raport.pdf",
                                                   "sha256": stored.sha256}, previews)  # fmt: skip
    assert copy.read_bytes() == content
    assert read.chunk_reads() == 20  # one chunk fetched per query
    # A copy streamed into a file holds one chunk at a time.
    with reading(ctx) as session, io.BytesIO() as sink:
        pieces = blobs.chunks(session, stored.sha256)
        assert len(next(pieces)) == MIB
        assert blobs.copy_to(session, stored.sha256, sink) == 20 * MIB
    previews.remove()


def test_a_stream_is_stored_in_chunks_and_a_changing_one_is_refused(ctx):
    content = os.urandom(3 * MIB + 1)
    with writing(ctx, None, "test") as session:
        stored = blobs.put(session, io.BytesIO(content))
    assert blob_support.chunk_sizes(ctx, stored.sha256) == [MIB, MIB, MIB, 1]
    assert blob_support.content(ctx, stored.sha256) == content

    class Changing(io.BytesIO):
        """Different bytes the second time it is read (a file edited meanwhile)."""

        def seek(self, offset: int, whence: int = 0) -> int:
            self.write(b"x")
            return super().seek(offset, whence)

    before = blob_support.hashes(ctx)
    with pytest.raises(DomainError) as refused, writing(ctx, None, "test") as session:
        blobs.put(session, Changing(os.urandom(MIB + 5)), name="raport.pdf")
    assert refused.value.code == "blob.source_changed" and "raport.pdf" in refused.value.message
    assert blob_support.hashes(ctx) == before and chunk_rows(ctx) == 4


def test_a_rolled_back_transaction_leaves_no_blob_and_no_chunk(ctx):
    kept = put(ctx, b"%PDF-1.4 zapisany")
    with pytest.raises(RuntimeError), writing(ctx, None, "test") as session:
        blobs.put(session, os.urandom(2 * MIB + 3))
        assert not blobs.put(session, b"%PDF-1.4 zapisany").written
        raise RuntimeError("the action was refused after its files were written")
    assert blob_support.hashes(ctx) == [kept.sha256] and chunk_rows(ctx) == 1
    report = maintenance.check(ctx, admin_of(ctx))
    assert report.ok, report.summary()
    assert report.blobs == 1


# --- staged files: the wizard's, before the draft names them ----------------------------------


def test_staged_files_go_after_their_grace_unless_something_names_them(ctx, tmp_path):
    office = resolve_actor(ctx, "biuro")
    files = {}
    for name in ("nazwany.pdf", "porzucony.pdf", "odzyskany.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 " + name.encode())
        files[name] = attachments.add_file(ctx, tmp_path / name)
    named = files["nazwany.pdf"]
    item = {"kind": "statute", "file_name": named.file_name, "sha256": named.sha256,
            "size_bytes": named.size_bytes}  # fmt: skip
    drafts.save_draft(ctx, office, {"institution": {"name": "Fundacja Wiosna"},
                                    "attachments": [item]})  # fmt: skip
    recovered = files["odzyskany.pdf"]
    key = draft_recovery.new_key()
    draft_recovery.keep(ctx, office, key, None, {"attachments": [
        {"kind": "report", "file_name": "odzyskany.pdf", "sha256": recovered.sha256}]})  # fmt: skip

    assert unused_files.remove_unused_files(ctx) == 0  # all within their grace
    assert len(blob_support.hashes(ctx)) == 3
    later = blobs.now_utc() + unused_files.STAGED_GRACE + timedelta(hours=1)
    assert unused_files.remove_unused_files(ctx, later) == 1
    assert sorted(blob_support.hashes(ctx)) == sorted([named.sha256, recovered.sha256])
    assert not blob_support.info(ctx, named.sha256).staged  # named by the draft: kept for good
    assert blob_support.info(ctx, recovered.sha256).staged  # only the recovery file names it
    draft_recovery.forget(ctx, key)  # the user discarded the recovered form
    assert unused_files.remove_unused_files(ctx, later) == 1
    assert blob_support.hashes(ctx) == [named.sha256]
    assert maintenance.check(ctx, admin_of(ctx)).ok


def test_storing_a_staged_file_again_for_a_case_keeps_it(ctx):
    staged = put(ctx, b"%PDF-1.4 z kreatora", staged=True)
    assert blob_support.info(ctx, staged.sha256).staged
    put(ctx, b"%PDF-1.4 z kreatora")  # the same file declared with a case
    assert not blob_support.info(ctx, staged.sha256).staged
    later = blobs.now_utc() + unused_files.STAGED_GRACE * 2
    assert unused_files.remove_unused_files(ctx, later) == 0
    assert blob_support.hashes(ctx) == [staged.sha256]


# --- calcert check ---------------------------------------------------------------------------


def test_check_finds_a_damaged_chunk_a_missing_one_and_a_lost_document(cli, ctx, granted):
    info = generate.generate(ctx, resolve_actor(ctx, "biuro"), "certificate", granted)
    big = put(ctx, os.urandom(2 * MIB + 10))
    assert cli.ok("check").strip().endswith("Baza danych jest w porządku.")

    with writing(ctx, None, "test") as session:  # one bit flipped behind the program's back
        session.execute(update(BlobChunk).where(BlobChunk.sha256 == big.sha256, BlobChunk.n == 1)
                        .values(content=b"\x00" * MIB))  # fmt: skip
    code, out, _ = cli("check")
    assert code == 1 and "Pliki w bazie: 1 problem" in out
    assert f"  - plik {big.sha256[:16]} ({2 * MIB + 10} B) jest uszkodzony: zawartość nie " \
           "zgadza się ze skrótem SHA-256" in out  # fmt: skip
    with reading(ctx) as session, pytest.raises(blobs.BlobDamaged):
        blobs.read(session, big.sha256)

    with writing(ctx, None, "test") as session:
        session.execute(delete(BlobChunk).where(BlobChunk.sha256 == big.sha256, BlobChunk.n == 2))
        session.execute(delete(BlobChunk).where(BlobChunk.sha256 == info.sha256))
        session.execute(delete(Blob).where(Blob.sha256 == info.sha256))
    code, out, _ = cli("check")
    assert code == 1 and "Pliki w bazie: 2 problemy" in out
    assert "brak części 3" in out
    lost = f"  - dokument {info.file_name} (sprawa {granted}): brak jego pliku w bazie danych"
    assert lost in out
    report = maintenance.check(ctx, admin_of(ctx))
    assert not report.ok and "brak jego pliku" in report.summary()


def test_check_counts_attachments_declared_without_their_file(cli, ctx):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    named_only = hashlib.sha256(b"statut z papieru").hexdigest()
    data["attachments"] = [{"kind": "statute", "file_name": "statut.pdf", "sha256": named_only}]
    declare.declare(ctx, resolve_actor(ctx, "biuro"), data)
    out = cli.ok("check")
    # The declaration names a file it never handed over: said, not a fault of the database.
    assert "Załączniki wymienione w zgłoszeniach bez pliku w bazie: 1 " in out
    assert out.strip().endswith("Baza danych jest w porządku.")
