"""Restore only what is sound: a backup is checked in full before it replaces anything, the
live database is never restored onto itself, and a folder the desktop app has open is left
alone. Every refusal leaves the live database byte for byte as it was.

On either engine: a server's backups are SQLite files here (``file_backups``: the export a
server makes without pg_dump) wherever a test edits the backup as a SQLite file; pg_dump's
archives have their own tests (test_server_backup.py)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from calcert_desktop.storage import migrate, server_backup
from calcert_desktop.storage.candidate import WORK_PREFIX
from calcert_desktop.storage.database import make_engine
from calcert_desktop.storage.folder_lock import FolderLock

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("readonly", "attempt to", "file is not a database", "malformed", "schemat —")


@pytest.fixture
def file_backups(monkeypatch):
    """Backups as SQLite files on either engine (a server's: its export without pg_dump)."""
    monkeypatch.setattr(server_backup, "find_tool", lambda name, at_least=0: None)


def _revision(cli) -> str:
    """The schema revision of the folder's database."""
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context

    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:
        return migrate.current_revision(ctx.db.engine) or ""
    finally:
        ctx.close()


def _backup(cli, tmp_path: Path, name: str = "kopia.sqlite3") -> Path:
    copy = tmp_path / name
    cli.ok("backup", "-o", str(copy))
    return copy


def _edit(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)


def _assert_nothing_left(cli) -> None:
    backups = cli.data_dir / "kopie-zapasowe"
    assert not backups.exists() or not list(backups.glob("przed-przywroceniem-*"))
    assert not list(cli.data_dir.glob(WORK_PREFIX + "*"))


@pytest.mark.parametrize(
    ("tampering", "expect"),
    [
        # a record changed behind the program's back: the audit replay disagrees
        (("UPDATE users SET full_name = 'Ktoś Inny' WHERE login = 'biuro'",), "zmieniony poza"),
        # the audit log itself changed (its append-only trigger dropped first): one entry's
        # recorded value; its hash no longer matches
        (
            (
                "DROP TRIGGER audit_log_no_update",
                "UPDATE audit_log SET new = replace(new, 'Ewa Zalewska', 'Ewa Podmieniona') "
                "WHERE entity = 'users' AND new LIKE '%Ewa Zalewska%'",
            ),
            "zmieniono po zapisaniu",
        ),
        # a number counter ahead of the numbers in use (an interrupted load)
        (("UPDATE counters SET last = last + 5",), "Licznik numerów spraw"),
    ],
)
def test_a_backup_that_fails_the_check_is_refused(
    cli, declaration_file, tmp_path, tampering, expect, file_backups
):
    cli.file_case(declaration_file(), "2024-02-20")
    copy = _backup(cli, tmp_path)
    _edit(copy, *tampering)
    cli.ok("declare", str(declaration_file(name="d2.json")), user="biuro")  # live moves on
    line = cli.refused("restore", str(copy), user="admin", expect="nie przeszła sprawdzenia")
    assert expect in line
    _assert_nothing_left(cli)
    assert cli("check")[0] == 0


def test_a_sound_backup_is_restored_after_its_check(cli, declaration_file, tmp_path):
    reference = cli.file_case(declaration_file(), "2024-02-20")
    copy = _backup(cli, tmp_path)
    draft = cli.ok("declare", str(declaration_file(name="d2.json")), user="biuro").strip()
    before = copy.read_bytes()
    out = cli.ok("restore", str(copy), user="admin")
    assert "Przywrócono" in out
    assert copy.read_bytes() == before  # the backup is only read
    assert cli("show", draft, user="biuro")[0] == 1 and cli("show", reference, user="biuro")[0] == 0
    assert cli("check")[0] == 0
    assert not list(cli.data_dir.glob(WORK_PREFIX + "*"))


def test_a_read_only_backup_file_is_restored(cli, tmp_path):
    copy = _backup(cli, tmp_path)
    copy.chmod(0o444)
    cli.ok("restore", str(copy), user="admin")
    assert cli("check")[0] == 0


@pytest.mark.sqlite_only("the live database as a file: restored from itself by its path")
@pytest.mark.parametrize("how", ["same path", "symlink", "hard link"])
def test_the_live_database_is_never_restored_onto_itself(cli, tmp_path, how):
    if how == "same path":
        source = cli.database
    elif how == "symlink":
        source = tmp_path / "dowiazanie.sqlite3"
        try:
            source.symlink_to(cli.database)
        except OSError:  # Windows without developer mode: no symlinks to restore through
            pytest.skip("symlinks cannot be made here")
    else:
        source = tmp_path / "twarde.sqlite3"
        os.link(cli.database, source)
    cli.refused("restore", str(source), user="admin", expect="obecna baza danych")
    _assert_nothing_left(cli)


def test_a_backup_without_a_schema_revision_says_so_in_polish(cli, tmp_path, file_backups):
    copy = _backup(cli, tmp_path)
    _edit(copy, "DELETE FROM alembic_version")
    line = cli.refused("restore", str(copy), user="admin", expect="wersji schematu")
    assert not any(text in line for text in ENGLISH), line


def test_a_file_that_is_not_a_database_gives_no_sqlite_english(cli, tmp_path):
    junk = tmp_path / "smieci.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    line = cli.refused("restore", str(junk), user="admin", expect="nie jest bazą danych CALcert")
    assert not any(text in line for text in ENGLISH), line


def test_an_older_schema_backup_is_brought_up_to_date_then_checked(cli, tmp_path):
    old = tmp_path / "stara.sqlite3"
    engine = make_engine(old)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    cli.ok("restore", str(old), user="admin")
    assert _revision(cli) == migrate.HEAD
    cli.passwords_again()  # a backup from before sign-in: its administrator sets one again
    assert cli("check")[0] == 0


def test_a_folder_held_open_is_refused_until_released(cli, tmp_path):
    copy = _backup(cli, tmp_path)
    holder = FolderLock(cli.data_dir)
    assert holder.acquire()
    try:
        cli.refused("restore", str(copy), user="admin", expect="programie okienkowym")
    finally:
        holder.release()
    cli.ok("restore", str(copy), user="admin")


def test_the_lock_of_a_killed_holder_is_never_stale(cli, tmp_path):
    copy = _backup(cli, tmp_path)
    script = (
        "import sys, time; from pathlib import Path;"
        "from calcert_desktop.storage.folder_lock import FolderLock;"
        "lock = FolderLock(Path(sys.argv[1])); assert lock.acquire();"
        "print('held', flush=True); time.sleep(60)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(cli.data_dir)], stdout=subprocess.PIPE, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        cli.refused("restore", str(copy), user="admin", expect="programie okienkowym")
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.05)
    cli.ok("restore", str(copy), user="admin")


def test_a_damaged_backup_is_refused_in_polish(cli, declaration_file, tmp_path, file_backups):
    cli.file_case(declaration_file(), "2024-02-20")
    copy = _backup(cli, tmp_path)
    data = bytearray(copy.read_bytes())
    page = 4096 if len(data) > 3 * 4096 else 1024
    data[2 * page + 8 : 2 * page + 400] = b"\xff" * 392  # inside a table's page, header intact
    copy.write_bytes(bytes(data))
    line = cli.refused("restore", str(copy), user="admin", expect="uszkodzony")
    assert not any(text in line for text in ENGLISH), line
    _assert_nothing_left(cli)
