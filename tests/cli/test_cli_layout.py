"""The command line stays a thin front end: it never imports the GUI, SQLAlchemy or storage
(it goes through the services), each command is one module of ``cli/commands/`` listed once,
and ``calcert --help`` or one command loads only what it needs."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import calcert_process
from calcert_desktop.cli import commands

CLI = Path(calcert_process.SRC) / "calcert_desktop" / "cli"
COMMANDS = CLI / "commands"
# What no module of cli/ may import, at any depth of its code (the layering rule).
FORBIDDEN = ("calcert_desktop.ui", "calcert_desktop.storage", "sqlalchemy", "PySide6", "alembic")
# What a command module may import at its top: ``calcert --help`` imports them all.
LIGHT = ("calcert_desktop.cli", "calcert_desktop.domain", "calcert_desktop.paths")


def _imported(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The absolute module names one import statement names (``from a import b``: a and a.b)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative: resolved against the importing module's package
        parts = package.split(".")
        anchor = ".".join(parts[: len(parts) - node.level + 1])
        base = f"{anchor}.{base}" if base else anchor
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def _package_of(path: Path, root: Path) -> str:
    relative = path.relative_to(root).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    else:
        parts[-1:] = []
    return ".".join(parts)


def _imports(
    path: Path, *, top_only: bool = False, root: Path = CLI.parent.parent
) -> list[tuple[int, str]]:
    """(line, module) of every import in ``path`` (a module of the package tree in ``root``);
    ``top_only``: those run when the module is imported (not inside functions, not under
    ``if TYPE_CHECKING``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _package_of(path, root)
    if not top_only:
        nodes = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    else:
        nodes = []
        for statement in tree.body:
            if isinstance(statement, ast.If) and "TYPE_CHECKING" in ast.unparse(statement.test):
                continue
            nodes += [n for n in ast.walk(statement) if isinstance(n, ast.Import | ast.ImportFrom)
                      and not _inside_function(tree, n)]  # fmt: skip
    return [(n.lineno, name) for n in nodes for name in _imported(n, package)]


def _inside_function(tree: ast.Module, target: ast.AST) -> bool:
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            if any(child is target for child in ast.walk(function)):
                return True
    return False


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def test_no_cli_module_imports_the_gui_sqlalchemy_or_storage():
    modules = sorted(CLI.rglob("*.py"))
    assert len(modules) > len(commands.MODULES)  # the scan sees the whole package
    offending = [
        f"{path.relative_to(CLI.parent)}:{line} imports {name}"
        for path in modules
        for line, name in _imports(path)
        if _matches(name, FORBIDDEN)
    ]
    assert offending == []


def test_the_scan_names_an_upward_import(tmp_path):
    # The rule above is only as good as its scan: a module importing storage, the GUI or
    # SQLAlchemy in a function, relatively or not, is caught and named.
    fake_cli = tmp_path / "calcert_desktop" / "cli"
    (fake_cli / "commands").mkdir(parents=True)
    bad = fake_cli / "commands" / "bad.py"
    bad.write_text(
        "import sqlalchemy.exc\n"
        "def run():\n"
        "    from ...storage import models\n"
        "    from calcert_desktop.ui.app import run as window\n",
        encoding="utf-8",
    )
    found = [(line, name) for line, name in _imports(bad, root=tmp_path)
             if _matches(name, FORBIDDEN)]  # fmt: skip
    assert found == [
        (1, "sqlalchemy.exc"),
        (3, "calcert_desktop.storage"),
        (3, "calcert_desktop.storage.models"),
        (4, "calcert_desktop.ui.app"),
        (4, "calcert_desktop.ui.app.run"),
    ]


def test_every_command_module_is_listed_once_and_named_for_its_command():
    files = sorted(p.stem for p in COMMANDS.glob("*.py") if p.stem != "__init__")
    assert sorted(commands.MODULES) == files
    assert len(set(commands.MODULES)) == len(commands.MODULES)
    for module in commands.MODULES:
        command = commands.load(module)
        assert commands.module_name(command.NAME) == module, module
        assert command.HELP.strip(), module
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
        f"{line}: {name}"
        for line, name in _imports(COMMANDS / f"{module}.py", top_only=True)
        if name.startswith("calcert_desktop") and not _matches(name, LIGHT)
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


def _loaded(*args: str) -> tuple[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=False,
        env=calcert_process.environment(), timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    output, _, listed = done.stdout.rpartition("MODULES:")
    return output, listed.strip().split(",")


def test_help_loads_neither_sqlalchemy_nor_qt():
    output, modules = _loaded("--help")
    assert "polecenia:" in output and "self-test" in output  # the help itself was printed
    assert [m for m in modules if _matches(m, HEAVY)] == []


def test_one_command_loads_only_its_own_module():
    output, modules = _loaded("show", "--help")
    assert "akta jednej sprawy" in output
    loaded = [m for m in modules if m.startswith("calcert_desktop.cli.commands.")]
    assert loaded == ["calcert_desktop.cli.commands.show"]
    assert [m for m in modules if _matches(m, HEAVY)] == []
