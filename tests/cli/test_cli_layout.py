"""The command line stays a thin front end: each command is one module of ``cli/commands/``
listed once, and ``calcert --help`` or one command loads only what it needs (what cli/ may
import at all is tests/test_architecture.py's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import calcert_process
import engines
from calcert_desktop.cli import commands
from import_scan import imports_of, within

CLI = Path(calcert_process.SRC) / "calcert_desktop" / "cli"
COMMANDS = CLI / "commands"
# What a command module may import at its top: ``calcert --help`` imports them all. (That
# no module of cli/ imports the GUI, storage or SQLAlchemy is tests/test_architecture.py's.)
LIGHT = ("calcert_desktop.cli", "calcert_desktop.domain", "calcert_desktop.paths")


def test_every_command_module_is_listed_once_and_named_for_its_command():
    files = sorted(p.stem for p in COMMANDS.glob("*.py") if p.stem != "__init__")
    assert sorted(commands.MODULES) == files
    assert len(set(commands.MODULES)) == len(commands.MODULES)
    for module in commands.MODULES:
        command = commands.load(module)
        assert commands.module_name(command.NAME) == module, module
        assert commands.command_name(module) == command.NAME, module
        # its line of help lives once, in the table ``calcert --help`` is printed from
        assert commands.help_line(command.NAME).strip(), module
        assert not hasattr(command, "HELP"), module
        assert callable(command.add_arguments) and callable(command.run), module


def test_unknown_or_misspelt_commands_have_no_module():
    assert commands.module_name("add-user") == "add_user"
    assert commands.module_name("add_user") is None  # typed as the command, never the module
    assert commands.module_name("bogus") is None
    with pytest.raises(KeyError):
        commands.load("main")


@pytest.mark.parametrize("module", commands.MODULES)
def test_a_command_module_imports_the_services_only_when_it_runs(module):
    heavy = [
        str(i)
        for i in imports_of(f"calcert_desktop.cli.commands.{module}")
        if i.at_import and within(i.target, "calcert_desktop") and not within(i.target, *LIGHT)
    ]
    assert heavy == []


# Run in a fresh interpreter: what a start of ``python -m calcert_desktop ARGS`` loads.
PROBE = """
import runpy, sys
sys.argv = ["calcert", *sys.argv[1:]]
try:
    runpy.run_module("calcert_desktop", run_name="__main__")
except SystemExit:
    pass
print()
print("MODULES:" + ",".join(sorted(sys.modules)))
"""
HEAVY = ("sqlalchemy", "PySide6", "reportlab", "calcert_desktop.storage",
         "calcert_desktop.services", "calcert_desktop.ui")  # fmt: skip


def _loaded(*args: str, probe: str = PROBE, stdin: str = "") -> tuple[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False,
        env=calcert_process.environment(), timeout=120, input=stdin,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    output, _, listed = done.stdout.rpartition("MODULES:")
    return output, listed.strip().split(",")


def test_help_loads_neither_sqlalchemy_nor_qt():
    output, modules = _loaded("--help")
    assert "polecenia:" in output and "self-test" in output  # the help itself was printed
    assert [m for m in modules if within(m, *HEAVY)] == []
    # the list of commands comes from their table: no command module is imported for it
    assert [m for m in modules if m.startswith("calcert_desktop.cli.commands.")] == []


def test_the_help_lists_every_command_with_its_line():
    output, _ = _loaded("--help")
    listed = "".join(output.split())  # argparse wraps the lines (also after a hyphen)
    for module, line in commands.COMMANDS:
        assert commands.command_name(module) in listed
        assert "".join(line.split()) in listed, module


# A command run against a data folder, as the probe above, the password on standard input.
# The test people's passwords are cheap Argon2id hashes (conftest): the child checks them
# with the same cheap parameters, so that signing in does not rehash them (a write).
SIGNED_PROBE = (
    "from argon2 import PasswordHasher\n"
    "from calcert_desktop.services.auth import hashing\n"
    "hashing.HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)\n" + PROBE
)
# What a command that does not use them must not load: the declaration's JSON Schema, the
# cryptography of keys and signatures, PDF signing, the GUI, the migrations.
NOT_FOR_READING = ("jsonschema", "cryptography", "pyhanko", "PySide6", "alembic",
                   "calcert_desktop.ui")  # fmt: skip


def _signed(data: Path, *args: str) -> tuple[str, list[str]]:
    from cli_support import PASSWORD

    global_args = ("--data-dir", str(data), "--user", "biuro", "--password-fd", "0")
    return _loaded(*global_args, *args, probe=SIGNED_PROBE, stdin=f"{PASSWORD}\n")


@pytest.mark.sqlite_only("what one command imports is the same on either engine")
def test_the_case_list_loads_no_documents_nor_keys(tmp_path, granted_folder):
    data = engines.copy_folder(granted_folder[0], tmp_path / "dane")
    output, modules = _signed(data, "cases", "--search", "lacku")
    assert granted_folder[1] in output  # the list itself was printed
    heavy = ("reportlab", "calcert_desktop.documents", *NOT_FOR_READING)
    assert [m for m in modules if within(m, *heavy)] == []


@pytest.mark.sqlite_only("what one command imports is the same on either engine")
def test_a_sealed_certificate_loads_only_its_own_document(tmp_path, granted_folder):
    data = engines.copy_folder(granted_folder[0], tmp_path / "dane")
    target = tmp_path / "certyfikat.pdf"
    reference = granted_folder[1]
    _signed(data, "pdf", "certificate", reference, "-o", str(target))  # sealed at first print
    output, modules = _signed(data, "pdf", "certificate", reference, "-o", str(target))
    assert "Zapisano" in output and target.read_bytes().startswith(b"%PDF")
    documents = [m for m in modules if m.startswith("calcert_desktop.services.documents.")]
    assert "calcert_desktop.services.documents.letters" not in documents  # other kinds'
    assert [m for m in modules if within(m, *NOT_FOR_READING)] == []


def test_one_command_loads_only_its_own_module():
    output, modules = _loaded("show", "--help")
    assert "akta jednej sprawy" in output
    loaded = [m for m in modules if m.startswith("calcert_desktop.cli.commands.")]
    assert loaded == ["calcert_desktop.cli.commands.show"]
    assert [m for m in modules if within(m, *HEAVY)] == []
