"""Atomic, private file writes (storage/files.py)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from calcert_desktop.storage import files
from calcert_desktop.storage.files import FileWriteError

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def test_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    files.write_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_failure_midway_keeps_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"previous good file")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), files.atomic_writer(target) as stream:
        stream.write(b"half")
        raise Boom
    assert target.read_bytes() == b"previous good file"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_missing_folder_is_one_polish_sentence(tmp_path: Path) -> None:
    target = tmp_path / "brak" / "a.pdf"
    with pytest.raises(FileWriteError) as caught:
        files.write_atomically(target, b"x")
    assert "folder nie istnieje" in caught.value.message
    assert str(target) in caught.value.message
    assert not (tmp_path / "brak").exists()


def test_no_permission_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The CI runs as root, who may write anywhere: the refusal is simulated at the OS call.
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(FileWriteError) as caught:
        files.write_atomically(tmp_path / "a.pdf", b"x")
    assert "brak uprawnień do zapisu" in caught.value.message


def test_full_disk_midway_keeps_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"previous")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(FileWriteError) as caught:
        files.write_atomically(target, b"new")
    assert "brak miejsca na dysku" in caught.value.message
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


@posix_only
def test_files_are_private_under_a_loose_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = files.write_atomically(tmp_path / "sub" / "a.pdf", b"x", private_parent=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


@posix_only
def test_copy_never_follows_a_symlink(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_bytes(b"shadow")
    link = tmp_path / "statut.pdf"
    link.symlink_to(secret)
    with pytest.raises(FileWriteError):
        files.copy_atomically(link, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()


def test_leftovers_removed(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    left = tmp_path / "d" / ".x.pdf.abc.czesciowy"
    left.write_bytes(b"partial")
    old = tmp_path / "kopia.sqlite3.czesciowa"
    old.write_bytes(b"partial")
    keep = tmp_path / "d" / "x.pdf"
    keep.write_bytes(b"whole")
    assert sorted(files.remove_leftovers(tmp_path)) == sorted([left, old])
    assert keep.exists() and not left.exists() and not old.exists()


@posix_only
def test_make_private_fixes_an_old_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir(mode=0o755)
    (tmp_path / "sub" / "f").write_bytes(b"x")
    (tmp_path / "sub" / "f").chmod(0o644)
    tmp_path.chmod(0o755)
    files.make_private(tmp_path)
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "sub").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "sub" / "f").stat().st_mode) == 0o600
