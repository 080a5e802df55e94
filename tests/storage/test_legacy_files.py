"""An older data folder (attachments in ``zalaczniki/``, documents in ``dokumenty/``, the seal
key in ``klucze/``) opened by this version: its schema migrated, its files moved into the
database in one transaction and removed only after it commits, idempotently; what is not
ours stays; a restore of a backup made before the move keeps the files.

SQLite only: an older folder is a SQLite data folder (a server never had such files)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy.exc import OperationalError

import blob_support
import engines
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import maintenance, unused_files
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import open_context, reading, resolve_actor
from calcert_desktop.services.documents import generate
from calcert_desktop.services.seals import signing_keys
from calcert_desktop.storage import migrate, seal_keys
from case_scenarios import SCAN
from cli_support import admin_of

pytestmark = pytest.mark.sqlite_only("an older data folder is a SQLite one: its files and file")

ORPHAN = b"%PDF-1.4 plik z kreatora, nigdy nie zapisany w szkicu"


@dataclass
class OldFolder:
    """A data folder as version 0009 left it, and what its files hold."""

    root: Path
    reference: str
    attachment: str  # the case's attachment's hash
    document: generate.GeneratedInfo
    pdf: bytes
    key_id: str
    pem: bytes
    orphan: str
    files: list[Path]


def _write(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@pytest.fixture
def old_folder(ctx, granted) -> OldFolder:
    """The granted case's folder with a certificate generated, then taken back to schema
    0009 with its files laid out as that version kept them."""
    document = generate.generate(ctx, resolve_actor(ctx, "biuro"), "certificate", granted)
    attachment = hashlib.sha256(SCAN).hexdigest()
    with reading(ctx) as session:
        key_id = signing_keys.active_local(session).key_id
        pem = seal_keys.load(session, key_id)
    pdf = blob_support.content(ctx, document.sha256)
    config = migrate.alembic_config()
    with ctx.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    ctx.close()
    root = ctx.paths.root
    orphan = hashlib.sha256(ORPHAN).hexdigest()
    files = [
        _write(root / "zalaczniki" / attachment[:2] / attachment, SCAN),
        _write(root / "zalaczniki" / orphan[:2] / orphan, ORPHAN),
        _write(root / "dokumenty" / document.file_name, pdf),
        _write(root / "klucze" / f"podpis-{key_id}.pem", pem),
    ]
    return OldFolder(root, granted, attachment, document, pdf, key_id, pem, orphan, files)


def test_an_older_folder_moves_its_files_into_the_database(old_folder, tmp_path):
    root = old_folder.root
    # Not ours: a stranger's key, and a file whose content is not what its name says.
    stranger = _write(root / "klucze" / "pieczec.pem", b"-----BEGIN PRIVATE KEY-----\ncudzy\n")
    damaged = _write(root / "zalaczniki" / ("ab" * 32)[:2] / ("ab" * 32), b"nie ten plik")

    ctx = open_context(DataPaths(root), create=False)
    try:
        assert list((root / "kopie-zapasowe").glob("przed-aktualizacja-0009-*.sqlite3"))
        assert sorted(blob_support.hashes(ctx)) == sorted(
            [old_folder.attachment, old_folder.orphan, old_folder.document.sha256]
        )
        assert blob_support.content(ctx, old_folder.document.sha256) == old_folder.pdf
        # Named by the case: kept; named by nothing (the wizard's): staged, goes later.
        assert not blob_support.info(ctx, old_folder.attachment).staged
        assert blob_support.info(ctx, old_folder.orphan).staged
        with reading(ctx) as session:
            assert seal_keys.load(session, old_folder.key_id) == old_folder.pem
        # The files moved are gone, with their folders; what is not ours stays as it was.
        assert not any(path.exists() for path in old_folder.files)
        assert not (root / "dokumenty").exists()
        assert stranger.read_bytes().endswith(b"cudzy\n")
        assert damaged.read_bytes() == b"nie ten plik"

        office = resolve_actor(ctx, "biuro")
        copy = attachments.attachment_file(ctx, office, old_folder.reference, 0)
        assert copy.read_bytes() == SCAN
        [listed] = generate.list_generated(ctx, office, old_folder.reference)
        assert generate.generated_file(ctx, listed).read_bytes() == old_folder.pdf
        # The office seals with the key it had: no new one is made.
        assert signing_keys.ensure_local_key(ctx, office).key_id == old_folder.key_id
        assert [k.key_id for k in signing_keys.list_keys(ctx, admin_of(ctx))] == [old_folder.key_id]
        report = maintenance.check(ctx, admin_of(ctx))
        assert report.ok, report.summary()
        later = blob_support.info(ctx, old_folder.orphan).created_at
        assert unused_files.remove_unused_files(ctx, later + unused_files.STAGED_GRACE * 2) == 1
    finally:
        ctx.close()
    before = engines.content_hash(root)

    # Opened again: nothing to move, nothing changes.
    open_context(DataPaths(root), create=False).close()
    assert engines.content_hash(root) == before
    # A run killed after its commit, before removing a file: the next one only removes it.
    again = _write(root / "dokumenty" / old_folder.document.file_name, old_folder.pdf)
    open_context(DataPaths(root), create=False).close()
    assert not again.exists() and engines.content_hash(root) == before


def test_a_failed_move_changes_neither_the_database_nor_the_files(old_folder, monkeypatch):
    def broken(*args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(seal_keys, "store", broken)  # the last step: attachments went first
    with pytest.raises(DomainError) as failed:
        open_context(DataPaths(old_folder.root), create=False)
    assert failed.value.code == "legacy.move_failed"
    assert "Nic nie zostało zmienione — pliki pozostały w folderze" in failed.value.message
    assert all(path.is_file() for path in old_folder.files)
    monkeypatch.undo()
    ctx = open_context(DataPaths(old_folder.root), create=False)
    try:
        assert blob_support.info(ctx, old_folder.attachment) is not None
        assert not any(path.exists() for path in old_folder.files)
    finally:
        ctx.close()


def test_restoring_a_backup_from_before_the_move_keeps_the_files(old_folder):
    ctx = open_context(DataPaths(old_folder.root), create=False)
    try:
        [before_move] = (old_folder.root / "kopie-zapasowe").glob("przed-aktualizacja-0009-*")
        # Made before the files moved in: it names them but does not hold them.
        maintenance.restore(ctx, resolve_actor(ctx, "admin"), before_move)
    finally:
        ctx.close()
    ctx = open_context(DataPaths(old_folder.root), create=False)
    try:
        office = resolve_actor(ctx, "biuro")
        assert attachments.attachment_file(ctx, office, old_folder.reference, 0).read_bytes() \
            == SCAN  # fmt: skip
        [listed] = generate.list_generated(ctx, office, old_folder.reference)
        assert generate.generated_file(ctx, listed).read_bytes() == old_folder.pdf
        assert signing_keys.ensure_local_key(ctx, office).key_id == old_folder.key_id
        assert maintenance.check(ctx, admin_of(ctx)).ok
    finally:
        ctx.close()
    assert not any(path.exists() for path in old_folder.files)
    assert os.listdir(old_folder.root / "kopie-zapasowe")  # the safety copy is there
