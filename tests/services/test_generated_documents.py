"""Generated documents stored with the case: the PDF in the database (a blob), the row, the
history entry; refusals and failures leave neither blob nor row; opening and saving one
streams it into a file."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import func, select

import blob_support
from calcert_desktop.domain.case_labels import action_label, field_label
from calcert_desktop.domain.errors import DomainError, NotFound, ValidationError
from calcert_desktop.services.context import reading, resolve_actor, writing
from calcert_desktop.services.documents import exports, generate
from calcert_desktop.services.lookup import find_case
from calcert_desktop.services.views import case_file
from calcert_desktop.storage import file_refs, files
from calcert_desktop.storage.models import Blob, BlobChunk, GeneratedDocument
from calcert_desktop.storage.preview_folder import PreviewFolder


def stored_files(ctx) -> list[str]:
    """The blobs besides the attachments declarations name (the granted case has one)."""
    with reading(ctx) as session:
        declared = file_refs.declared_hashes(session)
    return [digest for digest in blob_support.hashes(ctx) if digest not in declared]


def row_count(ctx) -> int:
    with reading(ctx) as session:
        return session.scalar(select(func.count()).select_from(GeneratedDocument)) or 0


def test_generating_stores_the_file_and_the_row_and_the_history_shows_it(ctx, granted):
    actor = resolve_actor(ctx, "czlonek1")  # a Commission member reads the case: may generate
    info = generate.generate(ctx, actor, "certificate", granted)

    content = blob_support.content(ctx, info.sha256)
    assert content.startswith(b"%PDF")
    assert info.size_bytes == len(content)
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    with reading(ctx) as session:
        institution = find_case(session, granted).institution_name
    number = granted.replace("/", "-")
    assert info.name == f"Certyfikat {number} {institution} {ctx.today().isoformat()}.pdf"
    assert info.file_name == f"{info.generated_at.year}/{info.name}"
    assert (info.kind_label, info.generated_by) == ("Certyfikat", "Tomasz Wróbel")
    assert info.template_version is None
    assert stored_files(ctx) == [info.sha256]
    assert not (ctx.paths.root / "dokumenty").exists()  # nothing in the data folder

    listed = generate.list_generated(ctx, resolve_actor(ctx, "biuro"), granted)
    assert [(d.id, d.file_name, d.generated_by) for d in listed] == [
        (info.id, info.file_name, "Tomasz Wróbel")
    ]
    history = case_file.load(ctx, resolve_actor(ctx, "biuro"), granted).history
    entry = next(e for e in history if e.record == "generated_documents")
    assert (entry.action, entry.operation, entry.user) == (
        "generate-document", "insert", "czlonek1"
    )
    assert entry.new is not None
    assert entry.new["kind"] == "certificate" and entry.new["sha256"] == info.sha256
    assert action_label("generate-document") == "wygenerowanie dokumentu"
    assert field_label("generated_documents", "generated_by_id") == "kto wygenerował"


def test_two_generations_are_two_files_newest_listed_first(ctx, granted):
    actor = resolve_actor(ctx, "biuro")
    first = generate.generate(ctx, actor, "decision-record", granted)
    second = generate.generate(ctx, actor, "decision-record", granted)
    assert first.file_name != second.file_name
    assert second.name == first.name.removesuffix(".pdf") + " (2).pdf"
    assert first.name.startswith(f"Protokół decyzji Komisji {granted.replace('/', '-')} ")
    assert [d.id for d in generate.list_generated(ctx, actor, granted)] == [second.id, first.id]


def test_applicable_kinds_follow_the_case_records(ctx, granted):
    ctx.today = lambda: date(2026, 1, 15)  # the certificate (to 2029-02-28) is not due yet
    codes = [k.code for k in generate.applicable_kinds(ctx, resolve_actor(ctx, "biuro"), granted)]
    assert codes == [
        "application", "acknowledgement", "certificate", "visit-protocol", "decision-record"
    ]  # fmt: skip
    # Each one offered really renders, and one not offered is refused by its builder.
    for code in codes:
        assert generate.render(ctx, resolve_actor(ctx, "biuro"), code, granted)[:4] == b"%PDF"
    with pytest.raises(ValidationError):
        generate.render(ctx, resolve_actor(ctx, "biuro"), "refusal", granted)


def test_a_kind_the_case_has_nothing_for_is_refused_and_nothing_written(ctx, granted):
    with pytest.raises(ValidationError) as refused:
        generate.generate(ctx, resolve_actor(ctx, "biuro"), "revocation", granted)
    assert refused.value.code == "document.not_applicable"
    assert "nie można wydać" in refused.value.message
    assert stored_files(ctx) == [] and row_count(ctx) == 0


def test_a_failing_transaction_leaves_no_row_and_no_blob(ctx, granted, monkeypatch):
    before = blob_support.hashes(ctx)

    def broken(session, row) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(generate, "_record", broken)  # after the PDF's chunks were written
    with pytest.raises(RuntimeError):
        generate.generate(ctx, resolve_actor(ctx, "biuro"), "certificate", granted)
    assert blob_support.hashes(ctx) == before and row_count(ctx) == 0
    with reading(ctx) as session:
        chunks = set(session.scalars(select(BlobChunk.sha256).distinct()))
    assert chunks == set(before)  # no chunk of the rolled-back PDF either


def test_opening_and_saving_stream_the_stored_pdf_into_files(ctx, granted, tmp_path):
    info = generate.generate(ctx, resolve_actor(ctx, "biuro"), "certificate", granted)
    previews = PreviewFolder(parent=tmp_path)
    copy = generate.generated_file(ctx, info, previews)
    assert copy.name == info.name and copy.read_bytes() == blob_support.content(ctx, info.sha256)
    assert generate.generated_file(ctx, info, previews) == copy  # reused while there
    saved = exports.save_copy(ctx, info, tmp_path / "kopia.pdf")
    assert saved.read_bytes() == copy.read_bytes()
    previews.remove()


def test_a_failing_copy_leaves_no_file_and_says_so(ctx, granted, tmp_path, monkeypatch):
    info = generate.generate(ctx, resolve_actor(ctx, "biuro"), "certificate", granted)

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    target = tmp_path / "wybrany"
    target.mkdir()
    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(DomainError) as failed:
        exports.save_copy(ctx, info, target / "kopia.pdf")
    assert failed.value.code == "file.write_failed"
    assert "brak miejsca na dysku" in failed.value.message
    assert list(target.iterdir()) == []


def test_a_document_whose_blob_is_gone_is_a_polish_refusal(ctx, granted, tmp_path):
    info = generate.generate(ctx, resolve_actor(ctx, "biuro"), "certificate", granted)
    with writing(ctx, None, "test") as session:  # as if it were lost: behind the services
        session.execute(BlobChunk.__table__.delete().where(BlobChunk.sha256 == info.sha256))
        session.execute(Blob.__table__.delete().where(Blob.sha256 == info.sha256))
    previews = PreviewFolder(parent=tmp_path)
    with pytest.raises(NotFound) as missing:
        generate.generated_file(ctx, info, previews)
    assert missing.value.message == f"W bazie danych brak pliku dokumentu {info.file_name}."
    with pytest.raises(NotFound):
        exports.save_copy(ctx, info, tmp_path / "kopia.pdf")
    assert not (tmp_path / "kopia.pdf").exists()
    previews.remove()
