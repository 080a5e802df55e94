"""Two installations (two data folders, as two PCs of an office) on one database see the same
attachments, generated documents and seal key: nothing a PC needs stays in its own folder.
On SQLite the second folder names the first one's file (``--database``); on PostgreSQL both
name the same database on the server."""

from __future__ import annotations

import threading
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

import blob_support
import engines
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import people
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import AppContext, open_context, resolve_actor, writing
from calcert_desktop.services.documents import exports, generate
from calcert_desktop.services.seals import signing_keys
from calcert_desktop.storage.models import CertificateSeal
from calcert_desktop.storage.preview_folder import PreviewFolder
from cli_support import admin_of


def same_database(folder: Path, other: Path) -> DataPaths:
    """A second data folder ``other`` whose database is that of ``folder``."""
    other.mkdir(parents=True, exist_ok=True)
    name = engines.database_of(folder)
    if name is not None:
        engines.point_at(other, name)
        return DataPaths(other)
    return DataPaths(other, str(folder / engines.DB_FILE))


def second_pc(ctx: AppContext, tmp_path: Path) -> AppContext:
    return open_context(same_database(ctx.paths.root, tmp_path / "drugi-pc"), create=False)


def test_a_second_pc_sees_the_attachments_documents_and_seal_key(ctx, granted, tmp_path):
    office = resolve_actor(ctx, "biuro")
    document = generate.generate(ctx, office, "certificate", granted)
    with writing(ctx, None, "test") as session:  # the seal the first PC made at issue
        sealed = session.scalars(select(CertificateSeal)).one()
        key_id = sealed.key_id
    other = second_pc(ctx, tmp_path)
    previews = PreviewFolder(parent=tmp_path)
    try:
        assert other.paths.root != ctx.paths.root
        colleague = resolve_actor(other, "biuro")
        # The case's attachment, stored by the first PC's `declare`.
        shown = attachments.case_attachments(other, colleague, granted)
        assert shown[0].stored and shown[0].file_name == "raport.pdf"
        copy = attachments.attachment_file(other, colleague, granted, 0)
        assert copy.read_bytes() == (tmp_path / "raport.pdf").read_bytes()
        # The document the first PC generated: listed, opened and saved on the second.
        [listed] = generate.list_generated(other, colleague, granted)
        assert listed.id == document.id
        opened = generate.generated_file(other, listed, previews)
        assert opened.read_bytes() == blob_support.content(ctx, document.sha256)
        saved = exports.save_copy(other, listed, tmp_path / "kopia.pdf")
        assert saved.read_bytes() == opened.read_bytes()
        # One seal key for the office: the second PC signs with the first one's key.
        own = signing_keys.ensure_local_key(other, colleague)
        assert own.key_id == key_id
        with writing(other, colleague, "test") as session:
            signer = signing_keys.local_signer(session, other)
        assert signer.key_id == key_id
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(own.public_key))
        public.verify(signer.sign(b"CJ-001/2024"), b"CJ-001/2024")  # raises if not the same key
        # A file the second PC's wizard takes in is there for the first at once.
        (tmp_path / "statut.pdf").write_bytes(b"%PDF-1.4 statut z drugiego komputera")
        stored = attachments.add_file(other, tmp_path / "statut.pdf")
        assert blob_support.content(ctx, stored.sha256) == (tmp_path / "statut.pdf").read_bytes()
        # Nothing of it in either PC's folder.
        for root in (ctx.paths.root, other.paths.root):
            assert not {"zalaczniki", "dokumenty", "klucze"} & {p.name for p in root.iterdir()}
    finally:
        previews.remove()
        other.close()


def test_two_pcs_making_the_office_key_at_once_make_one(cli_in, tmp_path):
    first = cli_in("biuro-1")
    first.ok("init", "--no-encryption")
    pcs = [
        open_context(DataPaths(first.data_dir), create=False),
        open_context(same_database(first.data_dir, tmp_path / "biuro-2"), create=False),
    ]
    try:
        people.ensure_admin(pcs[0])
        start = threading.Barrier(2)
        made: list[object] = []

        def make(pc: AppContext) -> None:
            start.wait()
            try:
                made.append(signing_keys.ensure_local_key(pc, resolve_actor(pc, "admin")).key_id)
            except BaseException as error:
                made.append(error)

        threads = [threading.Thread(target=make, args=(pc,)) for pc in pcs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert len(made) == 2 and made[0] == made[1], made
        keys = signing_keys.list_keys(pcs[1], admin_of(pcs[1]))
        assert [key.key_id for key in keys] == [made[0]]  # one local key, not two
    finally:
        for pc in pcs:
            pc.close()
