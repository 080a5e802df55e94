"""The database file: pragmas, migrations with a verified backup, refusal of newer files,
the audit log's completeness, backups and restores."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

import engines
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.storage import migrate
from calcert_desktop.storage.audit import AuditMissing
from calcert_desktop.storage.models import Base, Setting
from calcert_desktop.storage.search_index import compared, compared_object
from calcert_desktop.storage.store import open_database


def test_pragmas_on_every_connection(tmp_path):
    db = open_database(DataPaths(tmp_path), create=True)
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.close()


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_and_migrations_agree(tmp_path):
    db = open_database(DataPaths(engines.fresh(tmp_path / "dane")), create=True)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": compared, "include_object": compared_object}
        )
        diff = compare_metadata(context, Base.metadata)
    db.close()
    assert diff == []


def test_the_attention_index_is_made_as_the_model_writes_it(tmp_path):
    # Alembic's comparison leaves this index out (PostgreSQL rewrites its CASE); SQLite
    # keeps the migration's statement as written: it must be the model's expression, or
    # SQLite would not use the index for the list's default order.
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.schema import CreateIndex

    from calcert_desktop.storage.models import ATTENTION_INDEX, Case

    def plain(sql: str) -> str:
        return "".join(ch for ch in sql if ch not in " \n()").lower()

    paths = DataPaths(tmp_path)
    open_database(paths, create=True).close()
    with closing(sqlite3.connect(paths.database)) as connection:
        stored = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (ATTENTION_INDEX,)
        ).fetchone()[0]
    (index,) = [i for i in Case.__table__.indexes if i.name == ATTENTION_INDEX]
    assert plain(stored) == plain(str(CreateIndex(index).compile(dialect=sqlite_dialect.dialect())))


def test_known_head_matches_the_migration_scripts():
    assert migrate.HEAD == migrate.head_revision()


def test_reopening_a_current_database_takes_no_backup(tmp_path):
    paths = DataPaths(tmp_path)
    open_database(paths, create=True).close()
    open_database(paths, create=False).close()
    assert not paths.backups.exists() or not any(paths.backups.iterdir())


def test_missing_database_is_not_created_silently(tmp_path):
    with pytest.raises(DomainError) as error:
        open_database(DataPaths(tmp_path / "nic"), create=False)
    assert error.value.code == "storage.not_initialised"


def test_a_newer_database_is_refused_untouched(tmp_path):
    paths = DataPaths(tmp_path)
    open_database(paths, create=True).close()
    with closing(sqlite3.connect(paths.database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = paths.database.read_bytes()
    with pytest.raises(DomainError) as error:
        open_database(paths, create=False)
    assert error.value.code == "storage.newer_schema"
    assert "9999_future" in error.value.message
    assert paths.database.read_bytes() == before


def test_a_failed_migration_restores_the_backup(tmp_path, monkeypatch):
    paths = DataPaths(tmp_path)
    db = open_database(paths, create=True)
    with db.sessions() as session:
        session.info["audit"] = None
        session.execute(text("INSERT INTO settings (key, value) VALUES ('appeal_days', '21')"))
        session.commit()
    db.close()
    current = migrate.head_revision()
    monkeypatch.setattr(migrate, "HEAD", "0002_broken")
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002_broken")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {current, "0002_broken"})

    def broken_upgrade(engine):
        with engine.begin() as connection:  # a half-done migration that commits, then fails
            connection.execute(text("DELETE FROM settings"))
        raise RuntimeError("migracja 0002 przerwana")

    monkeypatch.setattr(migrate, "_upgrade", broken_upgrade)
    with pytest.raises(DomainError) as error:
        open_database(paths, create=False)
    assert error.value.code == "storage.migration_failed"
    backups = list(paths.backups.glob("przed-aktualizacja-*.sqlite3"))
    assert len(backups) == 1
    with closing(sqlite3.connect(paths.database)) as connection:
        assert connection.execute("SELECT value FROM settings").fetchall() == [("21",)]


def test_changes_without_a_service_transaction_are_refused(tmp_path):
    db = open_database(DataPaths(tmp_path), create=True)
    with db.sessions() as session:
        session.add(Setting(key="appeal_days", value="30"))
        with pytest.raises(AuditMissing):
            session.flush()
    db.close()


def test_check_finds_a_change_made_behind_the_services(cli, declaration_file):
    cli.ok("declare", str(declaration_file()), user="biuro")
    assert cli("check")[0] == 0
    with engines.raw(cli.database) as connection:
        connection.execute("UPDATE cases SET institution_name = 'Podmieniona nazwa'")
    code, out, _ = cli("check")
    assert code == 1
    assert "zmieniony poza programem (institution_name)" in out


def test_check_finds_a_record_deleted_behind_the_services(cli, declaration_file):
    draft = cli.ok("declare", str(declaration_file()), user="biuro").strip()
    cli.ok("act", draft, "file", "--date", "2024-02-20", user="biuro")
    with engines.raw(cli.database) as connection:
        connection.execute("DELETE FROM counters")
    code, out, _ = cli("check")
    assert code == 1 and "usunięty bez wpisu" in out


@pytest.mark.sqlite_only("the safety copy read as a SQLite file (a server's: test_server_backup)")
def test_backup_and_restore_keep_what_they_replace(cli, declaration_file, tmp_path):
    copy = tmp_path / "kopia.sqlite3"
    out = cli.ok("backup", "-o", str(copy))
    assert str(copy) in out
    code, _, err = cli("backup", "-o", str(copy))
    assert code == 1 and "już istnieje" in err
    draft = cli.ok("declare", str(declaration_file()), user="biuro").strip()
    code, _, err = cli("restore", str(copy), user="biuro")
    assert code == 1 and "administrator" in err
    out = cli.ok("restore", str(copy), user="admin")
    assert cli("show", draft, user="biuro")[0] == 1  # the draft came after the backup
    safety = Path(out.strip().split(": ")[-1])
    assert safety.exists()
    with closing(sqlite3.connect(safety)) as connection:
        assert connection.execute("SELECT draft_code FROM cases").fetchall() == [(draft,)]
    assert cli("check")[0] == 0


def test_restore_refuses_a_file_that_is_not_a_calcert_database(cli, tmp_path):
    junk = tmp_path / "smieci.sqlite3"
    junk.write_bytes(b"to nie jest baza")
    code, _, err = cli("restore", str(junk), user="admin")
    assert code == 1 and "nie jest bazą danych CALcert" in err
