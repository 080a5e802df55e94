"""``calcert db``: a command with subcommands, each a module of ``cli/db_commands/`` listed
once, loaded as lightly as the commands are (``calcert db --help`` loads no SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

import pytest

import calcert_process
from calcert_desktop.cli import db_commands
from import_scan import imports_of, within

FOLDER = Path(calcert_process.SRC) / "calcert_desktop" / "cli" / "db_commands"
LIGHT = ("calcert_desktop.cli", "calcert_desktop.domain", "calcert_desktop.paths")


def test_every_subcommand_module_is_listed_once_and_named_for_its_subcommand():
    files = sorted(p.stem for p in FOLDER.glob("*.py") if p.stem != "__init__")
    assert sorted(db_commands.MODULES) == files
    for module in db_commands.MODULES:
        command = db_commands.load(module)
        assert db_commands.module_name(command.NAME) == module
        assert command.HELP.strip() and callable(command.run)
    assert db_commands.module_name("bogus") is None


@pytest.mark.parametrize("module", db_commands.MODULES)
def test_a_subcommand_imports_the_services_only_when_it_runs(module):
    heavy = [
        str(i)
        for i in imports_of(f"calcert_desktop.cli.db_commands.{module}")
        if i.at_import and within(i.target, "calcert_desktop") and not within(i.target, *LIGHT)
    ]
    assert heavy == []


def test_db_help_lists_the_subcommands_and_a_missing_one_is_a_usage_error(cli):
    code, out, _ = cli("db", "--help")
    assert code == 0 and "copy" in out and "skopiuj całą bazę danych" in out
    code, _, err = cli("db")
    assert code == 2 and "POLECENIE" in err
    code, _, err = cli("db", "copy", "--from", "a")
    assert code == 2 and "--to" in err
