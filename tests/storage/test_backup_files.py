"""Backups written like every other file: complete under their name or not at all, the
data folder's own backups in a private folder, and a full disk or a missing folder said in
one Polish sentence."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.storage import backup
from calcert_desktop.storage.files import FileWriteError

pytestmark = pytest.mark.sqlite_only("SQLite's backup API writing a SQLite file")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "zrodlo.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
        db.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(100)])
    return path


def test_a_backup_is_renamed_only_when_complete(database: Path, tmp_path: Path) -> None:
    target = backup.backup_file(database, tmp_path / "wynik" / "k.sqlite3", private_parent=True)
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM t").fetchone() == (100,)
    assert sorted(p.name for p in target.parent.iterdir()) == ["k.sqlite3"]
    if os.name == "posix":
        assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_folder_the_user_names_must_exist(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "brak" / "k.sqlite3"
    with pytest.raises(FileWriteError) as caught:
        backup.backup_file(database, target)
    assert "folder nie istnieje" in caught.value.message and str(target) in caught.value.message
    assert not target.parent.exists()


def test_a_full_disk_during_the_copy_is_the_polish_sentence(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # SQLITE_FULL
        raise error

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(FileWriteError) as caught:
        backup.backup_file(database, tmp_path / "k.sqlite3")
    assert "brak miejsca na dysku" in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zrodlo.sqlite3"]


def test_a_copy_that_fails_verification_leaves_nothing(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def wrong(source: Path, copy: Path, key: bytes | None = None) -> None:
        raise DomainError("storage.backup_failed", detail="liczby wierszy się nie zgadzają")

    monkeypatch.setattr(backup, "verify_copy", wrong)
    with pytest.raises(DomainError) as caught:
        backup.backup_file(database, tmp_path / "k.sqlite3")
    assert caught.value.code == "storage.backup_failed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zrodlo.sqlite3"]
