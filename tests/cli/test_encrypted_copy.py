"""``calcert db copy`` from an encrypted installation (issue 18, part 4): the password of a
person of it opens the source (nothing without one); it goes to a server, never into a
SQLite file, which would hold the data in clear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import engines
import postgres_server
from cli_support import Cli


def laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A new installation (encrypted as its administrator is set) with demo cases."""
    cli = Cli(tmp_path / "laptop", capsys)
    assert "Zaszyfrowano bazę danych" in cli.ok("init")
    cli.ok("demo", "--cases", "6", "--seed", "3", user="admin")
    return cli


@pytest.mark.sqlite_only("the encrypted SQLite file of an installation")
def test_an_encrypted_source_needs_a_password_and_never_goes_into_a_file(tmp_path, capsys):
    source = laptop(tmp_path, capsys)
    target = tmp_path / "jawna.sqlite3"
    code, _, err = source("db", "copy", "--from", str(source.data_dir), "--to", str(target))
    assert code == 1 and "--user" in err
    for dry in ((), ("--dry-run",)):
        code, _, err = source("db", "copy", "--from", str(source.data_dir), "--to", str(target),
                              *dry, user="admin")  # fmt: skip
        assert code == 1 and "kopia do pliku SQLite byłaby jawna" in err
    code, _, err = source("db", "copy", "--from", str(source.database), "--to", str(target),
                          user="admin", password="nie-to-hasło")  # fmt: skip
    assert code == 1 and "baza danych pozostała zamknięta" in err
    assert not target.exists()


@pytest.mark.postgresql_only("the copy's target is a database on the server")
def test_an_encrypted_installation_moves_to_the_server(
    tmp_path, capsys, postgres: postgres_server.Server, monkeypatch
):
    monkeypatch.setenv("PGPASSWORD", postgres_server.PASSWORD)
    source = laptop(tmp_path, capsys)
    databases = engines.ServerDatabases(postgres)
    try:
        server = Cli(databases.point(tmp_path / "serwer", databases.new()), capsys)
        out = source.ok("db", "copy", "--from", str(source.data_dir), "--to",
                        str(server.data_dir), user="admin")  # fmt: skip
        assert out.startswith("Skopiowano bazę danych") and "(SQLite) do" in out
        cases = json.loads(source.ok("cases", "--json", user="biuro"))
        assert len(cases) == 6
        assert json.loads(server.ok("cases", "--json", user="biuro")) == cases
        server.ok("check", user="admin")
    finally:
        databases.drop_all()
