"""SQLite's own English never reaches the user: each failure becomes a Polish reason."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from calcert_desktop.cli.failures import unexpected_message
from calcert_desktop.storage.sqlite_errors import reason


def _readonly_failure(tmp_path) -> sqlite3.Error:
    path = tmp_path / "baza.sqlite3"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE t (x)")
    with closing(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)) as connection:
        with pytest.raises(sqlite3.Error) as error:
            connection.execute("INSERT INTO t VALUES (1)")
    assert "readonly" in str(error.value)  # what SQLite itself says
    return error.value


def test_a_read_only_database_is_one_polish_sentence(tmp_path):
    assert reason(_readonly_failure(tmp_path)) == (
        "plik bazy danych lub jej folder jest tylko do odczytu (brak uprawnień do zapisu)"
    )


def test_the_command_line_maps_a_wrapped_sqlite_failure(tmp_path):
    path = tmp_path / "baza.sqlite3"
    sqlite3.connect(path).close()
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(OperationalError) as error, engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x)"))
    line = unexpected_message(error.value)
    assert line.startswith("błąd: Operacja na bazie danych nie powiodła się: plik bazy danych")
    assert "readonly" not in line and "OperationalError" not in line


def test_a_busy_database_keeps_its_own_message(tmp_path):
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    assert "zajęta przez inny program" in unexpected_message(busy)
