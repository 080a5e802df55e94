"""Attachment files as the services take them in: never through a link, only regular
files (a FIFO refused without blocking), type by content, at most 25 MB, kept in the
database (not the data folder), and copied out for viewing into a private folder of this
run only."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

import attachment_samples as samples
import blob_support
from calcert_desktop.domain.attachment_rules import MAX_BYTES
from calcert_desktop.domain.errors import DomainError, ValidationError
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import reading
from calcert_desktop.storage.preview_folder import PreviewFolder
from calcert_desktop.storage.source_files import read_regular_file

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX links, FIFOs and modes")
SECRET = b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI...\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The declaration's folder, with a secret (a seal key) outside it."""
    (tmp_path / "klucze").mkdir()
    (tmp_path / "klucze" / "pieczec.pem").write_bytes(SECRET)
    declaration = tmp_path / "deklaracja"
    declaration.mkdir()
    return declaration


def stored_files(ctx) -> list[str]:
    return blob_support.hashes(ctx)


def store_declared(ctx, data: dict, folder: Path) -> dict:
    return blob_support.store_declared(ctx, data, folder)


def viewable_copy(ctx, item: dict, previews: PreviewFolder) -> Path:
    with reading(ctx) as session:
        return attachments.viewable_copy(session, item, previews)


def declared(*items: tuple[str, str]) -> dict:
    return {"attachments": [{"kind": "statute", "file_name": n, "path": p} for n, p in items]}


@posix_only
@pytest.mark.parametrize("target", ["secret", "/etc/shadow", "/etc/passwd"])
def test_a_link_to_a_secret_is_refused_and_nothing_copied(ctx, folder, tmp_path, target):
    secret = tmp_path / "klucze" / "pieczec.pem" if target == "secret" else Path(target)
    (folder / "statut.pdf").symlink_to(secret)
    with pytest.raises(ValidationError) as refused:
        store_declared(ctx, declared(("statut.pdf", "statut.pdf")), folder)
    assert refused.value.code == "file.symlink"
    assert refused.value.field == "attachments.0.path"
    assert "dowiązaniem symbolicznym" in refused.value.message
    assert stored_files(ctx) == []


@posix_only
def test_a_linked_folder_on_the_way_is_refused_too(ctx, folder, tmp_path):
    (folder / "dokumenty").symlink_to(tmp_path / "klucze", target_is_directory=True)
    with pytest.raises(ValidationError) as refused:
        store_declared(
            ctx, declared(("statut.pdf", "dokumenty/pieczec.pem")), folder
        )
    assert refused.value.code == "file.symlink" and "dokumenty" in refused.value.message
    assert stored_files(ctx) == []


@posix_only
def test_a_link_the_user_picked_is_refused(ctx, tmp_path):
    (tmp_path / "skrot.pdf").symlink_to(tmp_path / "klucze")
    with pytest.raises(ValidationError) as refused:
        attachments.add_file(ctx, tmp_path / "skrot.pdf")
    assert refused.value.code == "file.symlink"
    assert stored_files(ctx) == []


def _in_thread(call) -> BaseException | object:
    """Run ``call`` in a daemon thread; what it returned or raised, or fail if it blocks."""
    outcome: list[BaseException | object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=20)
    assert not thread.is_alive(), "reading the file blocked"
    return outcome[0]


@posix_only
def test_a_fifo_is_refused_without_blocking(ctx, folder):
    os.mkfifo(folder / "statut.pdf")
    declared_fifo = declared(("statut.pdf", "statut.pdf"))
    error = _in_thread(lambda: store_declared(ctx, declared_fifo, folder))
    assert isinstance(error, ValidationError) and error.code == "file.not_regular"
    assert "potok nazwany (FIFO)" in error.message
    error = _in_thread(lambda: attachments.add_file(ctx, folder / "statut.pdf"))
    assert isinstance(error, ValidationError) and error.code == "file.not_regular"
    assert stored_files(ctx) == []


@posix_only
def test_devices_and_folders_are_not_regular_files(folder):
    for path, what in ((Path("/dev/zero"), "urządzenie"), (folder, "folder")):
        error = _in_thread(lambda p=path: read_regular_file(p, limit=10, field="attachments"))
        assert isinstance(error, ValidationError) and error.code == "file.not_regular"
        assert what in error.message


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("instalacja.sh", samples.SHELL, "attachment.type"),
        ("program.exe", samples.ELF, "attachment.type"),
        ("statut.pdf", samples.ELF, "attachment.content_mismatch"),
        ("statut.pdf", samples.SHELL, "attachment.content_mismatch"),
        ("statut.docx", samples.plain_zip(), "attachment.content_mismatch"),
        ("statut.odt", samples.docx(), "attachment.content_mismatch"),
        ("statut.txt", b"", "attachment.empty"),
        ("CON.pdf", samples.pdf(), "attachment.name_unsafe"),
    ],
)
def test_wrong_files_are_refused_with_the_same_message_both_ways(
    ctx, folder, name, content, code
):
    (folder / name).write_bytes(content)
    with pytest.raises(ValidationError) as by_declaration:
        store_declared(ctx, declared((name, name)), folder)
    with pytest.raises(ValidationError) as by_wizard:
        attachments.add_file(ctx, folder / name)
    assert by_declaration.value.code == by_wizard.value.code == code
    assert by_declaration.value.message == by_wizard.value.message
    assert by_declaration.value.field.startswith("attachments.0.")
    assert stored_files(ctx) == []


def test_size_limit_is_25_mb_for_both(ctx, folder):
    big = folder / "raport.pdf"
    with big.open("wb") as stream:
        stream.write(b"%PDF-1.4\n")
        stream.truncate(MAX_BYTES + 1)
    with pytest.raises(ValidationError) as by_declaration:
        store_declared(ctx, declared(("raport.pdf", "raport.pdf")), folder)
    with pytest.raises(ValidationError) as by_wizard:
        attachments.add_file(ctx, big)
    message = by_wizard.value.message
    assert by_declaration.value.message == message
    assert message == (
        "Załączniki: Plik raport.pdf ma 25,1 MB — największy dopuszczalny rozmiar to 25 MB."
    )
    assert stored_files(ctx) == []
    with big.open("r+b") as stream:
        stream.truncate(MAX_BYTES)
    assert attachments.add_file(ctx, big).size_bytes == MAX_BYTES


@pytest.mark.parametrize("suffix", sorted(samples.LEGIT))
def test_real_documents_are_accepted(ctx, folder, suffix):
    content = samples.LEGIT[suffix]()
    name = f"statut stowarzyszenia{suffix}"
    (folder / name).write_bytes(content)
    result = store_declared(ctx, declared((name, name)), folder)
    [item] = result["attachments"]
    assert "path" not in item and item["size_bytes"] == len(content)
    assert stored_files(ctx) == [item["sha256"]]
    assert blob_support.content(ctx, item["sha256"]) == content


def test_a_refused_file_takes_back_the_files_copied_before_it(ctx, folder):
    (folder / "statut.pdf").write_bytes(samples.pdf())
    (folder / "raport.pdf").write_bytes(samples.SHELL)
    with pytest.raises(ValidationError) as refused:
        store_declared(
            ctx, declared(("statut.pdf", "statut.pdf"), ("raport.pdf", "raport.pdf")), folder
        )
    assert refused.value.field == "attachments.1.path"
    assert stored_files(ctx) == []


def test_paths_outside_the_declarations_folder_are_refused(ctx, folder, tmp_path):
    for path in ("/etc/passwd", "../klucze/pieczec.pem"):
        with pytest.raises(ValidationError) as refused:
            store_declared(ctx, declared(("statut.pdf", path)), folder)
        assert refused.value.code == "file.outside_folder", path
        assert "poza folder pliku zgłoszenia" in refused.value.message
    assert stored_files(ctx) == []


def test_a_picked_file_goes_into_the_database_not_the_data_folder(ctx, folder):
    (folder / "statut.pdf").write_bytes(samples.pdf())
    stored = attachments.add_file(ctx, folder / "statut.pdf")
    again = attachments.add_file(ctx, folder / "statut.pdf")  # the same content: stored once
    assert stored == again and stored_files(ctx) == [stored.sha256]
    assert blob_support.content(ctx, stored.sha256) == samples.pdf()
    found = blob_support.info(ctx, stored.sha256)
    assert found is not None and found.staged  # nothing names it until a draft is saved
    assert not (ctx.paths.root / "zalaczniki").exists()


@posix_only
def test_preview_folder_is_private_per_run_and_ignores_a_prepared_one(
    ctx, folder, tmp_path, monkeypatch
):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    decoy = tmp_path / "cudzy"
    decoy.mkdir()
    (tmp_path / "calcert-podglad").symlink_to(decoy, target_is_directory=True)
    (folder / "statut.pdf").write_bytes(samples.pdf())
    stored = attachments.add_file(ctx, folder / "statut.pdf")
    item = {"file_name": "statut.pdf", "sha256": stored.sha256}
    first_run, second_run = PreviewFolder(), PreviewFolder()
    copy = viewable_copy(ctx, item, first_run)
    assert copy.name == "statut.pdf" and copy.read_bytes() == samples.pdf()
    run_folder = first_run.path()
    assert copy.is_relative_to(run_folder) and run_folder.parent == tmp_path
    assert run_folder.name.startswith("calcert-podglad-") and run_folder.name != "calcert-podglad"
    assert stat.S_IMODE(run_folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o400
    assert viewable_copy(ctx, item, first_run) == copy  # reused in the run
    other = viewable_copy(ctx, item, second_run)
    other_folder = second_run.path()
    assert other.read_bytes() == copy.read_bytes() and other_folder != run_folder
    assert list(decoy.iterdir()) == []
    first_run.remove()
    second_run.remove()
    assert not run_folder.exists() and not other_folder.exists()


def test_a_copy_for_viewing_gets_a_safe_name_or_is_refused(ctx, folder, tmp_path):
    previews = PreviewFolder(parent=tmp_path)
    (folder / "a.pdf").write_bytes(samples.pdf())
    digest = attachments.add_file(ctx, folder / "a.pdf").sha256
    for name, safe in (("CON.pdf", "_CON.pdf"), ("raport\u202efdp.pdf", "raportfdp.pdf"),
                       ("raport.pdf. ", "raport.pdf"), ('a<b>?.pdf', "a_b__.pdf")):  # fmt: skip
        copy = viewable_copy(ctx, {"file_name": name, "sha256": digest}, previews)
        assert copy.name == safe
    # Stored by an older version under a name whose extension is not what the file is.
    for name in ("raport\u202efdp.exe", "statut.docx", "statut"):
        with pytest.raises(DomainError) as refused:
            viewable_copy(ctx, {"file_name": name, "sha256": digest}, previews)
        assert refused.value.code == "attachment.not_viewable"
        assert "\u202e" not in refused.value.message
    previews.remove()
