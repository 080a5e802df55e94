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


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@posix_only
def test_leftovers_of_a_running_writer_are_left_alone(tmp_path: Path) -> None:
    live = tmp_path / f".a.pdf.{os.getpid()}.abcd1234.czesciowy"
    dead = tmp_path / f".a.pdf.{_dead_pid()}.efgh5678.czesciowy"
    journal = tmp_path / f".k.sqlite3.{_dead_pid()}.ijkl9012.czesciowy-journal"
    for path in (live, dead, journal):
        path.write_bytes(b"partial")
    assert sorted(files.remove_leftovers(tmp_path)) == sorted([dead, journal])
    assert live.exists()


def test_the_next_write_of_a_file_clears_its_dead_leftovers(tmp_path: Path) -> None:
    # A backup killed in a folder outside the data folder: nothing else would clear it.
    dead = tmp_path / f".kopia.sqlite3.{_dead_pid()}.abcd1234.czesciowy"
    other = tmp_path / f".inny.pdf.{_dead_pid()}.abcd1234.czesciowy"
    dead.write_bytes(b"partial")
    other.write_bytes(b"partial")
    files.write_atomically(tmp_path / "kopia.sqlite3", b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["kopia.sqlite3", other.name])


def test_a_target_under_a_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"x")
    with pytest.raises(FileWriteError) as caught:
        files.write_atomically(tmp_path / "a.pdf" / "b.csv", b"y")
    assert "w ścieżce jest plik zamiast folderu" in caught.value.message


@posix_only
def test_private_folder_makes_missing_parents_private_too(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)  # a folder that existed before: the user's, left as it is
    old = os.umask(0o022)
    try:
        files.private_folder(tmp_path / "dane" / "dokumenty" / "2026")
        created = files.create_private_file(tmp_path / "dane" / "calcert.sqlite3")
    finally:
        os.umask(old)
    for folder in ("dane", "dane/dokumenty", "dane/dokumenty/2026"):
        assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(created.stat().st_mode) == 0o600
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


@posix_only
def test_an_existing_file_is_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "calcert.sqlite3"
    path.write_bytes(b"SQLite format 3\x00")
    files.create_private_file(path)
    assert path.read_bytes() == b"SQLite format 3\x00"


@posix_only
def test_make_private_failure_is_one_polish_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "f").write_bytes(b"x")
    (tmp_path / "f").chmod(0o644)

    def refuse(path: object, mode: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(files.os, "chmod", refuse)
    with pytest.raises(FileWriteError) as caught:
        files.make_private(tmp_path)
    assert "brak uprawnień do zapisu" in caught.value.message


@posix_only
def test_tidy_folder_does_both_in_one_walk(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir(mode=0o755)
    left = tmp_path / "d" / ".x.pdf.1.czesciowy"
    left.write_bytes(b"partial")
    keep = tmp_path / "d" / "x.pdf"
    keep.write_bytes(b"whole")
    keep.chmod(0o644)
    tmp_path.chmod(0o755)
    assert files.tidy_folder(tmp_path) == [left]
    assert not left.exists()
    assert stat.S_IMODE(keep.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "d").stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700
