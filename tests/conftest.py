"""Shared fixtures: a fresh data folder per test, built from one prepared database."""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from calcert_desktop.cli.main import main
from cli_support import (  # noqa: F401  (tests import these)
    APPOINTED,
    APPOINTED_FROM,
    BOARD_VOTES,
    EXAMPLE,
    Cli,
    write_declaration,
)

# Qt tests run without a screen (set before pytest-qt creates the application).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]

# The Commission's people have no role of their own: the Board appoints them (APPOINTED).
PEOPLE = [
    ("biuro", "Ewa Zalewska", "office"),
    ("przewodniczaca", "Barbara Łukaszewicz", ""),
    ("czlonek1", "Tomasz Wróbel", ""),
    ("czlonek2", "Agnieszka Kołodziej", ""),
    ("czlonek3", "Paweł Śliwiński", ""),
    ("ekspert", "Marta Żak", "expert"),
    ("zarzad", "Jerzy Będkowski", "board_member"),
    ("zarzad2", "Halina Sobczak", "board_member"),
]


@pytest.fixture(scope="session")
def prepared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the test people, the Commission the Board appointed and the person
    responsible for certification (both Board members voting), made once per session and
    copied per test."""
    folder = tmp_path_factory.mktemp("prepared")
    base = ["--data-dir", str(folder)]
    assert main([*base, "init"]) == 0
    for login, name, roles in PEOPLE:
        assert main([*base, "--user", "admin", "add-user", login, name, "--roles", roles]) == 0
    board = [*BOARD_VOTES, "--date", APPOINTED_FROM]
    for login, function in APPOINTED:
        appoint = ["appoint", login, "--as", function, "--from", APPOINTED_FROM, *board]
        assert main([*base, "--user", "zarzad", *appoint]) == 0
    assert main([*base, "--user", "zarzad", "responsible", "zarzad", *board]) == 0
    return folder / "calcert.sqlite3"


@pytest.fixture
def cli(tmp_path: Path, prepared_db: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """The command line on a fresh copy of the prepared database."""
    data = tmp_path / "dane"
    data.mkdir()
    shutil.copyfile(prepared_db, data / "calcert.sqlite3")
    return Cli(data, capsys)


@pytest.fixture
def cli_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[[str], Cli]:
    """The command line on a new, empty data folder named ``folder``."""

    def make(folder: str) -> Cli:
        return Cli(tmp_path / folder, capsys)

    return make


@pytest.fixture
def declaration_file(tmp_path: Path) -> Callable[..., Path]:
    """Writes the example declaration, changed as asked, to a file."""
    return functools.partial(write_declaration, tmp_path)


@pytest.fixture(scope="session")
def make_cli() -> type[Cli]:
    """The ``Cli`` class, for a fixture wider than one test (with ``cli_support.Captured``
    in place of ``capsys``)."""
    return Cli


@pytest.fixture(autouse=True)
def _no_ambient_config(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CALCERT_DATA_DIR", "CALCERT_USER"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True, scope="session")
def _no_sweep_at_opening() -> Iterator[None]:
    """The tests record acts dated years back: the sweep when the command line opens the
    data (with today's real date) would make their decisions final before the acts that
    follow. Session-wide, for module-scoped fixtures too; tests/cli/test_sweep_cli.py runs
    it on purpose."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CALCERT_NO_SWEEP", "1")
        yield


@pytest.fixture
def ctx(cli: Cli):
    """The data folder of ``cli``, opened as the services see it (a test file may define
    its own ``ctx`` instead)."""
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context

    context = open_context(DataPaths(cli.data_dir), create=False)
    yield context
    context.close()


@pytest.fixture
def granted(cli: Cli, declaration_file: Callable[..., Path], tmp_path: Path) -> str:
    """A case the Board granted a certificate in (tests/case_scenarios.py)."""
    from case_scenarios import granted_case

    return granted_case(cli, declaration_file, tmp_path)
