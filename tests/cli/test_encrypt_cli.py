"""An installation encrypted at rest (issue 18, part 4) through the command line: after
``calcert encrypt`` no byte of the data folder shows a case's name, NIP or e-mail; each
person's password still opens it (and a wrong one does not); passwords set or changed
later re-wrap the key; a lost password comes back with the recovery key's 24 words; a
backup is encrypted and restores; the audit chain and ``check`` hold throughout."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from calcert_desktop.storage import data_key
from cli_support import PASSWORD, TEMPORARY, words_of

pytestmark = pytest.mark.sqlite_only("SQLCipher encrypts the SQLite file of an installation")


def secrets_of_the_case(database: Path) -> list[bytes]:
    with sqlite3.connect(database) as db:
        name, nip, email = db.execute(
            "SELECT institution_name, nip, json_extract(body, '$.institution.email') "
            "FROM cases c JOIN declarations d ON d.case_id = c.id"
        ).fetchone()
    return [value.encode("utf-8") for value in (name, nip, email)]


@pytest.fixture
def encrypted(cli, declaration_file) -> tuple[str, list[bytes], list[str]]:
    """A filed case, a backup made before (plain, in kopie-zapasowe), then the whole
    installation encrypted: the case's reference, its secrets, the recovery words."""
    ref = cli.file_case(declaration_file(), "2024-02-20")
    found = secrets_of_the_case(cli.database)
    (cli.data_dir / "kopie-zapasowe").mkdir(mode=0o700, exist_ok=True)
    cli.ok("backup", "-o", str(cli.data_dir / "kopie-zapasowe" / "reczna.sqlite3"))
    cli.ok("backup", "-o", str(cli.data_dir.parent / "jawna-poza-folderem.sqlite3"))
    out = cli.ok("encrypt", user="admin")
    assert "Zaszyfrowano bazę danych" in out and "Zaszyfrowano też wcześniejsze kopie" in out
    return ref, found, words_of(out)


def test_nothing_of_a_case_is_left_in_clear(cli, encrypted):
    _ref, found, _words = encrypted
    files = [path for path in cli.data_dir.rglob("*") if path.is_file()]
    assert (cli.data_dir / data_key.FILE_NAME) in files
    assert any(path.parent.name == "kopie-zapasowe" for path in files)
    for path in files:
        content = path.read_bytes()
        for value in (*found, b"Zalewska", b"CREATE TABLE"):
            assert value not in content, (path, value)
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(cli.database) as db:
        db.execute("SELECT count(*) FROM cases")


def test_each_password_opens_it_and_a_wrong_one_does_not(cli, encrypted):
    ref, _found, _words = encrypted
    assert ref in cli.ok("cases", user="biuro")
    assert "Baza danych jest w porządku." in cli.ok("check", user="admin")
    code, _out, err = cli("cases", user="biuro", password="zle-haslo-123")
    assert code == 1 and "Nieprawidłowy login lub hasło" in err
    code, _out, err = cli("cases", user="nikt", password=PASSWORD)
    assert code == 1 and "Nieprawidłowy login lub hasło" in err
    code, _out, err = cli("cases")  # nobody: the database stays shut
    assert code == 1 and err.startswith("błąd: ")


def test_passwords_set_and_changed_later_rewrap_the_key(cli, encrypted):
    cli.ok("add-user", "nowa", "Nowa Osoba", "--roles", "office", user="admin")
    cli.ok("set-password", "nowa", user="admin", more=(TEMPORARY,))
    cli.ok("change-password", user="nowa", password=TEMPORARY, more=("nowe-haslo-2027",))
    assert cli("cases", user="nowa", password=TEMPORARY)[0] == 1
    assert cli.ok("cases", user="nowa", password="nowe-haslo-2027")
    ring = data_key.Keyring.load(cli.data_dir)
    assert len(ring.accounts["nowa"]) == 1  # the temporary password's wrap is gone


def test_a_lost_password_comes_back_with_the_recovery_key(cli, encrypted):
    _ref, _found, words = encrypted
    wrong = list(reversed(words))
    code, _out, err = cli("recover", "admin", more=(" ".join(wrong), "nowe-haslo-2027"))
    assert code == 1 and "24 słowa" in err
    out = cli.ok("recover", "admin", more=(" ".join(words).upper(), "nowe-haslo-2027"))
    assert "kluczem odzyskiwania" in out
    assert cli("cases", user="admin", password=PASSWORD)[0] == 1
    assert "Baza danych jest w porządku." in cli.ok("check", user="admin",
                                                     password="nowe-haslo-2027")


def test_a_backup_is_encrypted_and_restores(cli, encrypted, declaration_file, tmp_path):
    ref, found, _words = encrypted
    copy = tmp_path / "kopia.sqlite3"
    cli.ok("backup", "-o", str(copy), user="admin")
    content = copy.read_bytes()
    assert not content.startswith(b"SQLite format 3") and found[0] not in content
    later = cli.ok("declare", str(declaration_file(name="d2.json")), user="biuro").strip()
    assert "Przywrócono" in cli.ok("restore", str(copy), user="admin")
    listed = cli.ok("cases", user="biuro")
    assert ref in listed and later not in listed
    assert "Baza danych jest w porządku." in cli.ok("check", user="admin")


def test_a_plain_backup_from_before_restores_encrypted(cli, encrypted, declaration_file):
    ref, found, _words = encrypted
    plain = cli.data_dir.parent / "jawna-poza-folderem.sqlite3"  # made before, elsewhere
    assert plain.read_bytes().startswith(b"SQLite format 3")
    later = cli.ok("declare", str(declaration_file(name="d2.json")), user="biuro").strip()
    assert "Przywrócono" in cli.ok("restore", str(plain), user="admin")
    listed = cli.ok("cases", user="biuro")
    assert ref in listed and later not in listed
    content = cli.database.read_bytes()
    assert not content.startswith(b"SQLite format 3") and found[0] not in content
    assert "Baza danych jest w porządku." in cli.ok("check", user="admin")


def test_the_window_opens_an_encrypted_installation_with_a_password(cli, encrypted, tmp_path):
    import subprocess
    import sys

    import calcert_process

    env = dict(calcert_process.environment(), CALCERT_QUIT_WHEN_READY="loaded",
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # fmt: skip
    argv = [sys.executable, "-m", "calcert_desktop", "--data-dir", str(cli.data_dir),
            "--user", "biuro", "--password-fd", "0"]  # fmt: skip
    done = subprocess.run(argv, input=f"{PASSWORD}\n", capture_output=True, text=True,
                          env=env, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "loaded" in done.stdout.split()


def sheet_words(pdf: Path) -> list[str]:
    """The words of the recovery key's sheet in reading order (numbered, four a row)."""
    from pypdf import PdfReader

    text = PdfReader(pdf).pages[0].extract_text()
    numbered = re.findall(r"(\d+)\. ([a-z]+)", text)
    return [word for _number, word in sorted(numbered, key=lambda pair: int(pair[0]))]


def test_a_new_installation_is_encrypted_as_its_administrator_is_set(cli_in, tmp_path):
    cli = cli_in("nowa")
    sheet = tmp_path / "klucz.pdf"
    out = cli.ok("init", "--recovery-pdf", str(sheet))
    assert "Ustawiono hasło administratora" in out and "Zaszyfrowano bazę danych" in out
    words = words_of(out)
    assert data_key.is_encrypted(cli.data_dir)
    assert not cli.database.read_bytes().startswith(b"SQLite format 3")
    assert sheet_words(sheet) == words  # the sheet carries the same key, in order
    assert f"Arkusz klucza odzyskiwania do wydruku: {sheet}" in out
    assert "admin" in cli.ok("users", user="admin")  # the password opens it
    code, _, err = cli("users", user="admin", password="nie-to-hasło")
    assert code == 1 and "baza danych pozostała zamknięta" in err
    # the printed key is the office's: it replaces a lost password
    cli.ok("recover", "admin", more=(" ".join(words), "Całkiem nowe hasło 7"))
    assert "admin" in cli.ok("users", user="admin", password="Całkiem nowe hasło 7")


def test_no_encryption_is_the_offices_choice_and_is_kept(cli_in):
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.admin import encryption
    from calcert_desktop.services.context import open_context, resolve_actor

    cli = cli_in("jawna")
    out = cli.ok("init", "--no-encryption")
    assert "Ustawiono: szyfrowanie bazy danych" in out and "= 0" in out
    assert not data_key.is_encrypted(cli.data_dir)
    assert cli.database.read_bytes().startswith(b"SQLite format 3")
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:  # the window does not offer to encrypt it either
        assert not encryption.due(ctx, resolve_actor(ctx, "admin"))
        cli.ok("settings", "encrypt_at_rest", "1", user="admin")
        assert encryption.due(ctx, resolve_actor(ctx, "admin"))
    finally:
        ctx.close()


def test_a_sheet_for_a_missing_folder_is_refused_before_anything_is_made(cli_in, tmp_path):
    cli = cli_in("nowa")
    code, _, err = cli("init", "--recovery-pdf", str(tmp_path / "brak" / "klucz.pdf"))
    assert code == 1 and "nie istnieje" in err and "nic nie zaszyfrowano" in err
    assert not cli.database.exists()


def test_wrong_passwords_at_the_locked_door_are_counted_and_slowed(cli, encrypted):
    from datetime import timedelta

    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.auth.unlock import data_key_for
    from calcert_desktop.services.context import utc_now
    from calcert_desktop.storage import unlock_attempts

    for _ in range(3):
        code, _, err = cli("cases", user="biuro", password="nie-to-hasło")
        assert code == 1 and "baza danych pozostała zamknięta" in err
    code, _, err = cli("cases", user="Biuro", password="nie-to-hasło")  # the same login
    assert code == 1 and "następna będzie możliwa" in err and "15 sekund" in err
    code, _, err = cli("cases", user="biuro")  # the right one, too early: refused unchecked
    assert code == 1 and "Zbyt wiele nieudanych prób" in err
    assert unlock_attempts.of(cli.data_dir, "biuro").failed == 4
    cli.ok("cases", user="admin")  # another person is not kept out
    paths = DataPaths(cli.data_dir)
    later = utc_now() + timedelta(seconds=16)
    assert data_key_for(paths, "biuro", PASSWORD, now=lambda: later)  # its time has come
    assert unlock_attempts.of(cli.data_dir, "biuro").failed == 0
    cli.ok("cases", user="biuro")


def test_a_drafts_recovery_file_is_sealed_with_the_data_key(cli, encrypted):
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.applications import draft_recovery
    from calcert_desktop.services.auth.unlock import open_with_password
    from calcert_desktop.services.context import resolve_actor

    paths = DataPaths(cli.data_dir)
    ctx = open_with_password(paths, "biuro", PASSWORD)
    try:
        biuro = resolve_actor(ctx, "biuro")
        typed = {"institution": {"name": "Stowarzyszenie Tajemnica Źródła"}}
        written = draft_recovery.keep(ctx, biuro, draft_recovery.new_key(), None, typed)
        assert b"Tajemnica" not in written.read_bytes()
        assert [r.data for r in draft_recovery.pending(ctx, biuro)] == [typed]
    finally:
        ctx.close()
