"""The commands of ``calcert``, one module each, as calibre's ``db/cli/cmd_*.py``.

:data:`MODULES` is the one list of them, in the order ``calcert --help`` shows them. Nothing
here imports a command module: :func:`load` does, when the command line needs it. Each module
holds:

- ``NAME``: the command as typed (``add-user``; the module is the name with ``_``),
- ``HELP``: one line for the list of commands, and optionally a longer ``DESCRIPTION``,
- ``add_arguments(parser)``: its arguments, added only when that command is run,
- ``run(args) -> int``: the command, returning the exit code.

``calcert --help`` imports every command module to read its ``NAME`` and ``HELP``, so a
command module imports at its top only the standard library, ``domain/`` and the helpers of
``cli/``; the services (and with them SQLAlchemy, reportlab...) are imported inside
``run``, when that one command runs (``tests/cli/test_cli_layout.py`` checks it).
"""

from __future__ import annotations

import argparse
import importlib
import keyword
from typing import Protocol, cast

MODULES: tuple[str, ...] = (
    "init",
    "demo",
    "declare",
    "cases",
    "show",
    "act",
    "check",
    "export_log",
    "data_views",
    "export_person",
    "erase_person",
    "purge",
    "sweep",
    "backup",
    "restore",
    "encrypt",
    "recover",
    "db",
    "users",
    "settings",
    "add_user",
    "deactivate",
    "set_password",
    "change_password",
    "remember_password",
    "appointments",
    "appoint",
    "end_appointment",
    "responsible",
    "resolutions",
    "pdf",
    "sign",
    "verify_signature",
    "reminders",
    "register",
    "templates",
    "verify_certificate",
    "keys",
    "installations",
    "export",
    "import_",
    "self_test",
)


class Command(Protocol):
    """What a command module provides (see the module's docstring)."""

    NAME: str
    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def module_name(command: str, modules: tuple[str, ...] = MODULES) -> str | None:
    """The module of the command typed as ``command`` (``add-user``) among ``modules``
    (the commands', or a command's subcommands'), or None if no such."""
    name = command.replace("-", "_")
    module = f"{name}_" if keyword.iskeyword(name) else name  # "import": import_.py
    return module if module in modules and command == name.replace("_", "-") else None


def load(module: str, package: str = __name__, modules: tuple[str, ...] = MODULES) -> Command:
    """The command module ``module`` of ``package`` (one of its ``modules``), imported now."""
    if module not in modules:
        raise KeyError(module)
    return cast(Command, importlib.import_module(f"{package}.{module}"))


def description(command: Command) -> str:
    """The text shown by ``calcert COMMAND --help``."""
    return str(getattr(command, "DESCRIPTION", command.HELP))
