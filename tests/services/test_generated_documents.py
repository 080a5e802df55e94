"""Generated documents stored with the case: the file in the data folder, the row, the
history entry; refusals and failures leave neither file nor row."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from calcert_desktop.domain.case_labels import action_label, field_label
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.services.context import reading, resolve_actor
from calcert_desktop.services.documents import generate
from calcert_desktop.services.views import case_file
from calcert_desktop.storage import files
from calcert_desktop.storage.models import GeneratedDocument


def stored_files(ctx) -> list[Path]:
    folder = ctx.paths.documents
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def row_count(ctx) -> int:
    with reading(ctx) as session:
        return session.scalar(select(func.count()).select_from(GeneratedDocument)) or 0


def test_generating_stores_the_file_and_the_row_and_the_history_shows_it(ctx, granted):
    actor = resolve_actor(ctx, "czlonek1")  # a Commission member reads the case: may generate
    info = generate.generate(ctx, actor, "certificate", granted)

    assert info.path.is_file() and info.path.parent.parent == ctx.paths.documents
    content = info.path.read_bytes()
    assert content.startswith(b"%PDF")
    assert info.size_bytes == len(content)
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert info.path.name.startswith(granted.replace("/", "-") + "-certificate-")
    assert info.path.parent.name == str(info.generated_at.year)
    assert (info.kind_label, info.generated_by) == ("Certyfikat", "Tomasz Wróbel")
    assert info.template_version is None
    assert stored_files(ctx) == [info.path]  # no temporary file left behind

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
    assert first.path != second.path and first.path.is_file() and second.path.is_file()
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


def test_a_failing_file_write_leaves_no_row_and_no_file(ctx, granted, monkeypatch):
    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(DomainError) as failed:
        generate.generate(ctx, resolve_actor(ctx, "biuro"), "certificate", granted)
    assert failed.value.code == "file.write_failed"
    assert "Nie udało się zapisać pliku" in failed.value.message
    assert "brak miejsca na dysku" in failed.value.message
    assert stored_files(ctx) == [] and row_count(ctx) == 0


def test_a_failing_transaction_removes_the_file_just_written(ctx, granted, monkeypatch):
    def broken(session, row) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(generate, "_record", broken)
    with pytest.raises(RuntimeError):
        generate.generate(ctx, resolve_actor(ctx, "biuro"), "certificate", granted)
    assert stored_files(ctx) == [] and row_count(ctx) == 0
