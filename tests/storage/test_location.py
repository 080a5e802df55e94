"""Where an installation's database is: the address as typed, the order of the sources, and
the password never written to a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.storage import location


def test_a_server_address_is_read_whichever_way_it_is_typed():
    for typed in ("postgresql://ewa@serwer/calcert", "postgres://ewa@serwer:5432/calcert",
                  "postgresql+psycopg://ewa@serwer:5432/calcert"):  # fmt: skip
        where = location.parse(typed)
        assert not where.is_sqlite
        assert where.url.drivername == "postgresql+psycopg"
        assert where.shown().startswith("postgresql://ewa@serwer")
        assert where.credential_name == "ewa@serwer:5432/calcert"


def test_a_password_is_never_shown():
    where = location.parse("postgresql://ewa:tajne@serwer:5433/calcert")
    assert where.url.password == "tajne"
    assert "tajne" not in where.shown()
    assert where.shown() == "postgresql://ewa@serwer:5433/calcert"


def test_a_path_or_sqlite_url_is_a_file(tmp_path: Path):
    assert location.parse(str(tmp_path / "a.sqlite3")).file == tmp_path / "a.sqlite3"
    assert location.parse(f"sqlite:///{tmp_path}/b.sqlite3").file == tmp_path / "b.sqlite3"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "adres jest pusty"),
        ("mysql://ewa@serwer/calcert", "nieobsługiwany rodzaj bazy „mysql”"),
        ("postgresql://ewa:tajne@serwer", "brak nazwy bazy danych"),
        ("postgresql://ewa:tajne@serwer:port/x", "nie rozpoznano adresu"),
    ],
)
def test_a_bad_address_says_what_to_fix(typed: str, said: str):
    with pytest.raises(DomainError) as caught:
        location.parse(typed)
    assert caught.value.code == "server.bad_url"
    assert said in caught.value.message
    assert "tajne" not in caught.value.message
    assert "postgresql://użytkownik@serwer:5432/nazwa_bazy" in caught.value.message


def test_the_sources_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    paths = DataPaths(tmp_path)
    monkeypatch.delenv(location.DATABASE_ENV, raising=False)
    assert location.resolve(paths).file == paths.database  # nothing chosen: the file
    location.connection_file(paths).write_text(
        json.dumps({"url": "postgresql://biuro@plik/calcert"}), encoding="utf-8"
    )
    assert location.resolve(paths).url.host == "plik"  # db connect's record
    monkeypatch.setenv(location.DATABASE_ENV, "postgresql://biuro@zmienna/calcert")
    assert location.resolve(paths).url.host == "zmienna"  # the variable, for scripts
    explicit = DataPaths(tmp_path, "postgresql://biuro@opcja/calcert")
    assert location.resolve(explicit).url.host == "opcja"  # --database


def test_a_damaged_record_of_the_server_says_how_to_recover(tmp_path: Path):
    paths = DataPaths(tmp_path)
    location.connection_file(paths).write_text("{nie json", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        location.resolve(paths)
    assert caught.value.code == "server.bad_connection_file"
    assert "calcert db connect" in caught.value.message
