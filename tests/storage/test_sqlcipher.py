"""The SQLite database encrypted with SQLCipher (issue 18, part 4, its first steps): a plain
database copied into an encrypted one keeps every table, index, trigger and row; the file
reads as noise to sqlite3 and to a wrong key; no name, NIP or e-mail of a case shows in its
bytes; our engine opens it with the data key, its pragmas in force."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from calcert_desktop.storage import data_key
from calcert_desktop.storage.database import encrypt_copy, make_engine

pytestmark = pytest.mark.sqlite_only("SQLCipher encrypts the SQLite file")

FACTS = ("SELECT count(*) FROM cases", "SELECT count(*) FROM audit_log",
         "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'",
         "SELECT count(*) FROM sqlite_master WHERE type = 'index'")  # fmt: skip


def facts(connection) -> list[int]:
    return [connection.execute(text(query) if not isinstance(connection, sqlite3.Connection)
                               else query).fetchone()[0] for query in FACTS]  # fmt: skip


@pytest.fixture
def filed_case(cli, declaration_file) -> str:
    return cli.file_case(declaration_file(), "2024-02-20")


def secrets_of_the_case(database) -> list[bytes]:
    with sqlite3.connect(database) as db:
        name, nip, email = db.execute(
            "SELECT institution_name, nip, json_extract(body, '$.institution.email') "
            "FROM cases c JOIN declarations d ON d.case_id = c.id"
        ).fetchone()
    return [value.encode("utf-8") for value in (name, nip, email) if value]


def test_an_encrypted_copy_keeps_everything_and_shows_nothing(cli, filed_case, tmp_path):
    plain = cli.database
    found = secrets_of_the_case(plain)
    assert len(found) == 3 and all(value in plain.read_bytes() for value in found)
    with sqlite3.connect(plain) as db:
        before = facts(db)
    key = data_key.new_data_key()
    target = tmp_path / "zaszyfrowana.sqlite3"
    encrypt_copy(plain, target, key)

    content = target.read_bytes()
    assert not content.startswith(b"SQLite format 3")
    for value in (*found, b"Zalewska", b"CREATE TABLE", key, key.hex().encode()):
        assert value not in content
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(target) as db:
        db.execute("SELECT count(*) FROM cases")

    engine = make_engine(target, key)
    try:
        with engine.connect() as connection:
            assert facts(connection) == before
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()


def test_a_wrong_key_opens_nothing(cli, tmp_path):
    target = tmp_path / "zaszyfrowana.sqlite3"
    encrypt_copy(cli.database, target, data_key.new_data_key())
    engine = make_engine(target, data_key.new_data_key())
    try:
        with pytest.raises(DatabaseError), engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM cases"))
    finally:
        engine.dispose()
