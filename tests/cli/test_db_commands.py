"""``calcert db``: pointing an installation at the office's server and back, the password in
the credential store only, the schema made by ``db init``; what a user sees when the server
cannot be reached or refuses the password."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import engines
import postgres_server
from memory_keyring import MemoryKeyring, memory_keyring

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    # libpq must not find the password by itself: the store is what is tested.
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with memory_keyring() as memory:
        yield memory


def _address(database: str) -> str:
    assert engines.SERVER is not None
    return engines.SERVER.url(database, password=False).replace("+psycopg", "")


def test_connect_keeps_the_password_in_the_store_and_only_the_address_on_disk(
    cli_in, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
):
    cli = cli_in("komputer")
    (cli.data_dir / "baza.json").unlink()  # a PC of its own first
    name = engines.new_database()
    monkeypatch.setattr(sys, "stdin", io.StringIO(postgres_server.PASSWORD + "\n"))
    out = cli.ok("db", "connect", _address(name), "--password-stdin")
    assert "Połączono" in out and "calcert db init" in out
    on_disk = "".join(p.read_text(encoding="utf-8") for p in cli.data_dir.rglob("*")
                      if p.is_file())  # fmt: skip
    assert postgres_server.PASSWORD not in on_disk
    assert json.loads((cli.data_dir / "baza.json").read_text())["url"] == _address(name)
    assert list(store.secrets.values()) == [postgres_server.PASSWORD]

    out = cli.ok("db", "init")
    assert "Utworzono schemat bazy danych." in out
    assert "Utworzono konto administratora: admin" in out
    assert "Schemat bazy danych jest aktualny" in cli.ok("db", "init")
    status = cli.ok("db", "status")
    assert "serwer PostgreSQL" in status and "schemat aktualny" in status

    # A second PC pointed at the same server sees the same office.
    other = cli_in("drugi")
    (other.data_dir / "baza.json").unlink()
    monkeypatch.setattr(sys, "stdin", io.StringIO(postgres_server.PASSWORD + "\n"))
    other.ok("db", "connect", _address(name), "--password-stdin")
    cli.ok("add-user", "ewa", "Ewa Zalewska", "--roles", "office", user="admin")
    assert "ewa" in other.ok("users", user="admin")

    # Both folders are on this one machine, so they share its credential store.
    out = cli.ok("db", "disconnect", "--keep-password")
    assert "korzysta znowu z bazy w pliku" in out
    assert not (cli.data_dir / "baza.json").exists()
    assert "ewa" in other.ok("users", user="admin")  # the server's data is untouched
    other.ok("db", "disconnect")
    assert store.secrets == {}
    code, _, err = cli("--database", _address(name), "users", user="admin")
    assert code == 1 and "wymaga hasła" in err and "calcert db connect" in err


def test_a_wrong_password_changes_nothing(cli_in, store: MemoryKeyring,
                                          monkeypatch: pytest.MonkeyPatch):  # fmt: skip
    cli = cli_in("komputer")
    (cli.data_dir / "baza.json").unlink()
    monkeypatch.setattr(sys, "stdin", io.StringIO("zle-haslo\n"))
    code, _, err = cli("db", "connect", _address("postgres"), "--password-stdin")
    assert code == 1
    assert err.startswith("błąd: Serwer bazy danych postgresql://calcert@127.0.0.1:")
    assert "odrzucił hasło użytkownika calcert" in err
    assert not (cli.data_dir / "baza.json").exists()
    assert store.secrets == {}


def test_an_unreachable_server_is_said_in_polish(cli_in, tmp_path: Path):
    cli = cli_in("komputer")
    (cli.data_dir / "baza.json").unlink()
    code, _, err = cli("db", "connect", "postgresql://calcert@127.0.0.1:1/calcert",
                       "--no-password")  # fmt: skip
    assert code == 1
    assert "Nie można połączyć się z serwerem bazy danych postgresql://calcert@127.0.0.1:1" in err
    assert "Traceback" not in err


def test_a_missing_database_and_an_empty_one_say_what_to_do(cli_in):
    cli = cli_in("komputer")
    (cli.data_dir / "baza.json").unlink()
    code, _, err = cli("--database", _address("nie_ma_takiej"), "cases")
    assert code == 1 and "nie ma bazy danych „nie_ma_takiej”" in err
    empty = engines.new_database()
    code, _, err = cli("--database", _address(empty), "cases", user="admin")
    assert code == 1 and "calcert db init" in err


def test_connect_refuses_a_file(cli_in, tmp_path: Path):
    cli = cli_in("komputer")
    code, _, err = cli("db", "connect", str(tmp_path / "inna.sqlite3"))
    assert code == 1 and "calcert db disconnect" in err
