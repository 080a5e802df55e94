"""Signing in on the command line: ``--user`` alone no longer acts; the password comes from
a terminal prompt, a file descriptor or the system's credential store; ``init`` sets the
first administrator's; administrators give temporary ones, everyone changes their own."""

from __future__ import annotations

from calcert_desktop.cli.main import main
from cli_support import PASSWORD, TEMPORARY, password_fd
from memory_keyring import memory_keyring

NEW = "Zielona łąka nad Wisłą"


def test_user_alone_does_not_act(cli, capsys) -> None:
    """No terminal to ask in, no descriptor, nothing stored: refused, saying how to give it."""
    capsys.readouterr()
    code = main(["--data-dir", str(cli.data_dir), "--user", "admin", "add-user", "x", "X Y",
                 "--roles", "admin"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "Podaj hasło konta „admin”" in err and "--password-fd" in err
    assert '"x"' not in cli.ok("users", "--json")


def test_a_wrong_password_is_refused_and_counted(cli) -> None:
    for _ in range(3):
        code, _, err = cli("cases", user="biuro", password="nie-to-hasło")
        assert code == 1 and "Nieprawidłowy login lub hasło" in err
    code, _, err = cli("cases", user="biuro", password="nie-to-hasło")
    assert code == 1 and "następna będzie możliwa" in err and "15 sekund" in err
    code, _, err = cli("cases", user="biuro")  # the right one, too early: still refused
    assert code == 1 and "Zbyt wiele nieudanych prób" in err


def test_init_sets_the_first_administrators_password_once(cli_in) -> None:
    cli = cli_in("nowa")
    out = cli.ok("init", "--admin-name", "Anna Kowalska")
    assert "Ustawiono hasło administratora" in out
    assert "Anna Kowalska" in cli.ok("users", user="admin")
    # nothing asked again: the administrator has a password (which opens a file database:
    # a new one is encrypted, tests/cli/test_encrypt_cli.py)
    again = cli.ok("init", user="admin")
    assert "Ustawiono hasło" not in again
    code, _, err = cli("cases", user="admin", password="nie-to-hasło")
    assert code == 1 and "Nieprawidłowy login lub hasło" in err


def test_init_refuses_a_weak_first_password(cli_in, capsys) -> None:
    cli = cli_in("nowa")
    capsys.readouterr()
    with password_fd("krótkie") as fd:
        code = main(["--data-dir", str(cli.data_dir), "--password-fd", str(fd), "init"])
    assert code == 1
    assert "co najmniej 10 znaków" in capsys.readouterr().err
    out = cli.ok("init", "--no-encryption")  # asked again next time
    assert "Ustawiono hasło administratora" in out


def test_a_temporary_password_is_changed_before_any_work(cli) -> None:
    cli.ok("add-user", "nowak", "Jan Nowak", "--roles", "office", user="admin")
    code, _, err = cli("set-password", "nowak", user="biuro", more=(TEMPORARY,))
    assert code == 1 and "wymagana rola administrator" in err
    assert "hasło tymczasowe" in cli.ok("set-password", "nowak", user="admin", more=(TEMPORARY,))
    code, _, err = cli("cases", user="nowak", password=TEMPORARY)
    assert code == 1 and "tymczasowe" in err and "change-password" in err
    code, _, err = cli("change-password", user="nowak", password=TEMPORARY, more=("krótkie",))
    assert code == 1 and "co najmniej 10 znaków" in err
    assert "Zmieniono hasło" in cli.ok("change-password", user="nowak", password=TEMPORARY,
                                       more=(NEW,))  # fmt: skip
    cli.ok("cases", user="nowak", password=NEW)
    code, _, _ = cli("cases", user="nowak", password=TEMPORARY)
    assert code == 1


def test_a_script_uses_the_stored_password(cli, capsys) -> None:
    base = ["--data-dir", str(cli.data_dir), "--user", "biuro"]
    with memory_keyring() as memory:
        code, _, _ = cli("remember-password", user="biuro", password="nie-to-hasło")
        assert code == 1 and not memory.secrets  # only a password that signs in is kept
        assert "Zapamiętano" in cli.ok("remember-password", user="biuro")
        assert list(memory.secrets.values()) == [PASSWORD]
        capsys.readouterr()
        assert main([*base, "--stored-password", "cases"]) == 0
        # A change of the password keeps the stored copy in step.
        cli.ok("change-password", user="biuro", more=(NEW,))
        assert list(memory.secrets.values()) == [NEW]
        assert main([*base, "--stored-password", "cases"]) == 0
        assert "Usunięto" in cli.ok("remember-password", "--forget", user="biuro")
        assert not memory.secrets
        capsys.readouterr()
        assert main([*base, "--stored-password", "cases"]) == 1
        assert "remember-password" in capsys.readouterr().err


def test_a_closed_descriptor_is_said_plainly(cli, capsys) -> None:
    capsys.readouterr()
    code = main(["--data-dir", str(cli.data_dir), "--user", "biuro", "--password-fd", "987",
                 "cases"])  # fmt: skip
    assert code == 1
    assert "deskryptora pliku 987" in capsys.readouterr().err
