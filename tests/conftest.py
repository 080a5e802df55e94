"""Shared fixtures: a fresh data folder per test, built from one prepared database."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from calcert_desktop.cli.main import main
from cli_support import EXAMPLE, write_declaration  # noqa: F401  (EXAMPLE: tests import it from here)

# Qt tests run without a screen (set before pytest-qt creates the application).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]

PEOPLE = [
    ("biuro", "Ewa Zalewska", "office"),
    ("przewodniczaca", "Barbara Łukaszewicz", "commission_chair,commission_member"),
    ("czlonek1", "Tomasz Wróbel", "commission_member"),
    ("czlonek2", "Agnieszka Kołodziej", "commission_member"),
    ("czlonek3", "Paweł Śliwiński", "commission_member"),
    ("ekspert", "Marta Żak", "expert"),
    ("zarzad", "Jerzy Będkowski", "board_member"),
]


class Cli:
    """Runs ``calcert`` in-process on one data folder and captures what it prints."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(self, *args: str, user: str | None = None) -> tuple[int, str, str]:
        argv = ["--data-dir", str(self.data_dir)]
        if user:
            argv += ["--user", user]
        self.capsys.readouterr()
        try:
            code = main([*argv, *args])
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str, user: str | None = None) -> str:
        code, out, err = self(*args, user=user)
        assert code == 0, f"calcert {' '.join(args)} failed ({code}): {err}"
        return out

    @property
    def database(self) -> Path:
        return self.data_dir / "calcert.sqlite3"

    def file_case(self, declaration: Path, received: str) -> str:
        """Declare and file a case on the written request; returns its reference."""
        draft = self.ok("declare", str(declaration), user="biuro").strip()
        assert draft.startswith("ROB-")
        out = self.ok("act", draft, "file", "--date", received, user="biuro")
        assert "nadano numer" in out
        reference = json.loads(self.ok("show", draft, "--json"))["reference"]
        assert reference.startswith(f"CAL/{received[:4]}/")
        return reference

    def review(self, ref: str, day: str, members: tuple[str, ...], rating: str = "meets") -> None:
        """Accept the case, assign ``members`` (the first as rapporteur), assess S1-S9."""
        self.ok("act", ref, "accept", "--date", day, user="biuro")
        for index, member in enumerate(members):
            extra = ["--rapporteur"] if index == 0 else []
            self.ok(
                "act",
                ref,
                "assign",
                "--member",
                member,
                "--date",
                day,
                *extra,
                user="przewodniczaca",
            )
        for member in members:
            for number in range(1, 10):
                comment = [] if rating == "meets" else ["--comment", f"Brak dowodów (S{number})."]
                self.ok(
                    "act",
                    ref,
                    "assess",
                    "--standard",
                    f"S{number}",
                    "--rating",
                    rating,
                    "--date",
                    day,
                    *comment,
                    user=member,
                )

    def fingerprint(self) -> str:
        """Hash of the database file and its write-ahead log, byte for byte."""
        digest = hashlib.sha256()
        for suffix in ("", "-wal"):
            path = self.database.with_name(self.database.name + suffix)
            digest.update(path.read_bytes() if path.exists() else b"-")
        return digest.hexdigest()

    def refused(self, *args: str, user: str | None = None, expect: str = "") -> str:
        """Run a command that must be refused: exit 1, one Polish line naming ``expect``,
        and the database byte-for-byte as it was. Returns that line."""
        before = self.fingerprint()
        code, out, err = self(*args, user=user)
        assert code == 1, (code, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("błąd: "), err
        assert expect in lines[0], lines[0]
        assert self.fingerprint() == before, "a refused command changed the database"
        return lines[0]


@pytest.fixture(scope="session")
def prepared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the test people, made once per session and copied per test."""
    folder = tmp_path_factory.mktemp("prepared")
    assert main(["--data-dir", str(folder), "init"]) == 0
    for login, name, roles in PEOPLE:
        assert (
            main(
                [
                    "--data-dir",
                    str(folder),
                    "--user",
                    "admin",
                    "add-user",
                    login,
                    name,
                    "--roles",
                    roles,
                ]
            )
            == 0
        )
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
