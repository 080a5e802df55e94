"""``calcert db copy``: everything from one database into an empty one, SQLite and PostgreSQL
either way, checked table by table; a refusal or a failed check leaves the target as it was
and the source is only read. The copies run between the run's engine (the ``cli`` fixture's
folder) and the other one (a SQLite file, a database on the ``postgres`` fixture's server)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import date, datetime

import pytest
from alembic import command

import engines
from calcert_desktop.storage import copy as copying
from calcert_desktop.storage import migrate
from calcert_desktop.storage.database import make_engine
from calcert_desktop.storage.models import Base
from calcert_desktop.storage.row_digest import Tally, row_bytes, value_text
from cli_support import Cli

# Both engines in one test: run once, in the server run (the SQLite run has no server).
pytestmark = pytest.mark.postgresql_only("needs the server beside a SQLite file")


def _copy(cli: Cli, source: str, target: str, *more: str) -> tuple[int, str, str]:
    return cli("db", "copy", "--from", source, "--to", target, *more)


def _source_state(cli: Cli) -> tuple[str, bytes | None]:
    """The source's content, and its SQLite file byte for byte (None on a server)."""
    data = None if engines.database_of(cli.data_dir) else cli.database.read_bytes()
    return engines.content_hash(cli.data_dir), data


def _views(cli: Cli, reference: str) -> tuple[str, str]:
    return (cli.ok("cases", "--json", user="biuro"),
            cli.ok("show", reference, "--json", user="biuro"))  # fmt: skip


def _server_rows(databases: engines.ServerDatabases, name: str) -> int:
    import psycopg

    with psycopg.connect(databases.url(name)) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'")]  # fmt: skip
        return sum(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                   for t in tables)  # fmt: skip


def test_a_copy_to_a_file_and_on_to_a_server_shows_the_same(
    cli, declaration_file, tmp_path, server_databases, capsys
):
    reference = cli.file_case(declaration_file(), "2024-02-20")
    before = _source_state(cli)
    expected = _views(cli, reference)

    file = tmp_path / "kopia" / "calcert.sqlite3"
    file.parent.mkdir()
    code, out, err = _copy(cli, str(cli.data_dir), str(file))
    assert code == 0, err
    assert "Skopiowano bazę danych (schemat" in out and "cases (sprawy)" in out
    assert "liczba wierszy i suma kontrolna zawartości zgodne ze źródłem" in out
    assert file.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in file.parent.iterdir()) == ["calcert.sqlite3"]

    name = server_databases.new()
    code, out, err = _copy(cli, str(file), server_databases.url(name))
    assert code == 0, err
    on_server = Cli(server_databases.point(tmp_path / "serwer", name), capsys)
    in_file = Cli(file.parent, capsys)
    assert _views(in_file, reference) == expected
    assert _views(on_server, reference) == expected
    # The search index of a SQLite target was rebuilt by its triggers as rows arrived.
    assert in_file.ok("cases", "--search", "lacku", user="biuro") == cli.ok(
        "cases", "--search", "lacku", user="biuro")  # fmt: skip
    assert on_server("check")[0] == 0 and in_file("check")[0] == 0
    assert _source_state(cli) == before  # the source was only read


def test_a_server_copies_into_a_new_file_and_a_file_into_a_server(
    cli, declaration_file, tmp_path, server_databases, capsys
):
    reference = cli.file_case(declaration_file(), "2024-02-20")
    expected = _views(cli, reference)
    first = server_databases.new()
    assert _copy(cli, str(cli.data_dir), server_databases.url(first))[0] == 0
    second = server_databases.new()  # server to server, then server to file
    assert _copy(cli, server_databases.url(first), server_databases.url(second))[0] == 0
    file = tmp_path / "z-serwera.sqlite3"
    code, out, err = _copy(cli, server_databases.url(second), str(file))
    assert code == 0, err
    assert "(PostgreSQL) do " in out and "(SQLite)." in out
    folder = tmp_path / "odtworzona"
    folder.mkdir()
    file.rename(folder / "calcert.sqlite3")
    assert _views(Cli(folder, capsys), reference) == expected


def test_a_dry_run_says_what_it_would_copy_and_writes_nothing(cli, tmp_path):
    target = tmp_path / "nowa.sqlite3"
    before = _source_state(cli)
    code, out, err = _copy(cli, str(cli.data_dir), str(target), "--dry-run")
    assert code == 0, err
    assert out.startswith("Próba — nic nie zapisano.")
    assert "plik nie istnieje — zostanie utworzony ze schematem" in out
    assert "users (osoby)" in out and "Razem " in out
    users = next(line for line in out.splitlines() if "users (osoby)" in line)
    assert users.split()[-1] == str(len(json.loads(cli.ok("users", "--json"))))
    assert not target.exists() and list(tmp_path.iterdir()) == [cli.data_dir]
    assert _source_state(cli) == before


def test_a_dry_run_into_a_database_with_data_says_it_would_be_refused(cli, cli_in, tmp_path):
    other = cli_in("inna")
    other.ok("init", "--no-encryption")
    code, out, err = _copy(cli, str(cli.data_dir), str(other.data_dir), "--dry-run")
    assert code == 1
    assert "zawiera już dane" in out
    assert err.startswith("błąd: Baza docelowa") and "Kopiowanie odbywa się tylko do pustej" in err


def test_a_target_with_data_is_refused_and_left_as_it_was(cli, cli_in):
    other = cli_in("inna")
    other.ok("init", "--no-encryption")
    before = other.fingerprint()
    line = cli.refused("db", "copy", "--from", str(cli.data_dir), "--to", str(other.data_dir),
                       expect="zawiera już dane")  # fmt: skip
    assert "np. w tabeli" in line and "wiersz" in line
    assert other.fingerprint() == before


def test_a_database_is_not_copied_onto_itself(cli):
    where = str(cli.data_dir)
    cli.refused("db", "copy", "--from", where, "--to", where, expect="ta sama baza")


def test_a_source_that_is_missing_or_not_ours_is_refused(cli, tmp_path):
    target = tmp_path / "cel.sqlite3"
    cli.refused("db", "copy", "--from", str(tmp_path / "brak.sqlite3"), "--to", str(target),
                expect="nie istnieje albo nie jest bazą CALcert")  # fmt: skip
    junk = tmp_path / "obca.sqlite3"
    with closing(sqlite3.connect(junk)) as connection:
        connection.execute("CREATE TABLE t (x)")
    cli.refused("db", "copy", "--from", str(junk), "--to", str(target), expect="nie jest bazą")
    assert not target.exists()


def test_a_source_of_an_older_schema_is_refused_untouched(cli, tmp_path):
    old = tmp_path / "stara.sqlite3"
    engine = make_engine(old)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    before = old.read_bytes()
    cli.refused("db", "copy", "--from", str(old), "--to", str(tmp_path / "cel.sqlite3"),
                expect="schemat w wersji 0004")  # fmt: skip
    assert old.read_bytes() == before and not (tmp_path / "cel.sqlite3").exists()


@pytest.fixture(params=["file", "server"])
def empty_target(request, tmp_path, server_databases):
    """An empty target, and how to tell it is still empty: a SQLite file not yet there, or
    a database on the server."""
    if request.param == "file":
        file = tmp_path / "cel.sqlite3"
        return str(file), lambda: not file.exists() and list(tmp_path.glob("*cel*")) == []
    name = server_databases.new()
    return server_databases.url(name), lambda: _server_rows(server_databases, name) == 0


def test_a_checksum_that_differs_rolls_everything_back_and_names_the_table(
    cli, empty_target, monkeypatch
):
    target, still_empty = empty_target
    real = copying._insert

    def altered(writer, table, batch):
        if table.name == "users":  # one value changed on its way: counts agree, content not
            row = list(batch[-1])
            row[table.columns.keys().index("full_name")] = "Ktoś Inny"
            batch = [*batch[:-1], row]
        real(writer, table, batch)

    monkeypatch.setattr(copying, "_insert", altered)
    line = cli.refused("db", "copy", "--from", str(cli.data_dir), "--to", target,
                       expect="Sprawdzenie kopii nie powiodło się w tabeli users")  # fmt: skip
    assert "suma kontrolna" in line and "wycofana" in line
    assert still_empty()


def test_a_write_that_fails_midway_rolls_everything_back(cli, empty_target, monkeypatch):
    target, still_empty = empty_target
    real = copying._insert

    def twice(writer, table, batch):
        real(writer, table, [*batch, batch[0]] if table.name == "resolutions" else batch)

    monkeypatch.setattr(copying, "_insert", twice)
    line = cli.refused("db", "copy", "--from", str(cli.data_dir), "--to", target,
                       expect="nie powiodło się przy tabeli resolutions")  # fmt: skip
    assert "baza docelowa pozostała bez zmian" in line
    assert still_empty()


def test_a_self_reference_is_written_whatever_order_the_rows_come_in(tmp_path):
    # A case renewing a case whose id sorts after its own: inserted in key order, the
    # reference would point at a row not yet written.
    source = tmp_path / "zrodlo.sqlite3"
    engine = make_engine(source)
    migrate.upgrade(engine, source, tmp_path)
    earlier, later = uuid.UUID(int=2**127), uuid.UUID(int=1)
    with engine.begin() as connection:
        for case_id, renews in ((earlier, None), (later, earlier)):
            connection.execute(Base.metadata.tables["cases"].insert(), {
                "id": case_id, "draft_code": f"ROB-{case_id.int % 97}", "state": "draft",
                "form_version": "1", "institution_name": "A", "name_sort": "a", "town": "B",
                "town_sort": "b", "voivodeship": "łódzkie", "institution_type": "ngo",
                "search_text": "a b", "renews_case_id": renews,
                "created_at": datetime(2026, 1, 2, 3, 4, 5, 6),
            })  # fmt: skip
    engine.dispose()
    from calcert_desktop.storage.location import sqlite_file

    target = tmp_path / "cel.sqlite3"
    report = copying.copy(sqlite_file(source), sqlite_file(target))
    assert next(t.rows for t in report.tables if t.name == "cases") == 2
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute(
            "SELECT renews_case_id FROM cases WHERE id = ?", (later.hex,)
        ).fetchone() == (earlier.hex,)
        assert connection.execute("SELECT count(*) FROM case_search_keys").fetchone() == (2,)


def test_values_are_normalised_the_same_from_either_engine():
    key = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert value_text(key) == "U12345678123456781234567812345678"
    assert value_text(date(2026, 1, 2)) == "D2026-01-02"
    assert value_text(datetime(2026, 1, 2, 3, 4, 5)) == "T2026-01-02 03:04:05.000000"
    assert value_text(True) == "B1" and value_text(1) == "I1" and value_text("1") == "S1"
    assert value_text(None) == "N" and value_text("") == "S"
    assert value_text(b"\x00\xff") == "X00ff" == value_text(memoryview(b"\x00\xff"))
    # Lengths keep neighbouring values apart: ("ab", "c") is not ("a", "bc").
    assert row_bytes(("ab", "c")) != row_bytes(("a", "bc"))
    one, other = Tally(), Tally()
    one.add(("a", 1))
    other.add(("a", 1))
    assert one.checksum == other.checksum
    other.add(("b", 2))
    assert one.checksum != other.checksum and other.rows == 2


def test_no_table_needs_a_sequence_set_after_the_copy():
    # Rows are copied with their keys; a server table whose key came from a sequence (a
    # lone integer key) would need the sequence moved past them. Every key is a UUID,
    # several columns the program gives, or an integer the program gives (no sequence: the
    # audit log's one head row).
    for table in copying.copied_tables():
        key = list(table.primary_key.columns)
        from_sequence = key[0].autoincrement is not False
        assert not (len(key) == 1 and key[0].type.python_type is int and from_sequence), \
            table.name  # fmt: skip


def test_a_copy_is_the_same_table_by_table_on_either_side_of_a_server(
    cli, declaration_file, tmp_path, server_databases
):
    # The checksums a copy reports are each side's own reading: a file copied to the server
    # and back to a file reports the same checksum for every table three times.
    cli.file_case(declaration_file(), "2024-02-20")
    from calcert_desktop.services.admin.database_copy import copy_database

    name = server_databases.new()
    there = copy_database(str(cli.data_dir), server_databases.url(name))
    back = copy_database(server_databases.url(name), str(tmp_path / "z-powrotem.sqlite3"))
    assert there.tables == back.tables
    assert all(t.checksum and len(t.checksum) == 64 for t in there.tables)
    assert {t.name for t in there.tables} == {*Base.metadata.tables, "alembic_version"}


def test_a_folder_that_is_not_there_is_not_taken_for_a_file(cli, tmp_path):
    missing = tmp_path / "nowy-katalog"
    cli.refused("db", "copy", "--from", str(cli.data_dir), "--to", str(missing),
                expect="Nie ma katalogu ani pliku")  # fmt: skip
    assert not missing.exists()


def test_a_password_in_an_address_is_never_shown(cli):
    # Refused at the server (nothing listens on port 1): the message names the server
    # without the password given in its address.
    line = cli.refused("db", "copy", "--from", str(cli.data_dir), "--to",
                       "postgresql://calcert:tajne-haslo@127.0.0.1:1/biuro",
                       expect="postgresql://calcert@127.0.0.1:1/biuro")  # fmt: skip
    assert "tajne-haslo" not in line
