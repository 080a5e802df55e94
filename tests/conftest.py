"""Shared fixtures: a fresh data folder per test, built from one prepared database."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import engines
import postgres_server
from cli_support import (  # noqa: F401  (tests import these)
    APPOINTED,
    APPOINTED_FROM,
    BOARD_VOTES,
    EXAMPLE,
    PASSWORD,
    Captured,
    Cli,
    cheap_password_hashes,
    prepare,
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


ENGINE_ENV = "CALCERT_TEST_DATABASE"

# Files whose checks do not depend on the engine: a window's layout and behaviour, a PDF's
# typesetting from plain data, the pure rules, the build and launch tools, and the trials
# that make SQLite folders of their own. They run in the SQLite run only: the services the
# windows call are tested on both engines by their own tests. Together they took three
# tenths of the server run's time (1,742 worker-seconds) and checked nothing of the server.
# Paths from the repository's root.
ENGINE_NEUTRAL = (
    "tests/ui/",
    "tests/domain/",
    "tests/documents/test_typesetting.py",
    "tests/documents/test_footers.py",
    "tests/documents/test_foundation.py",
    "tests/documents/test_pades.py",
    "tests/documents/test_statistics_documents.py",
    "tests/test_architecture.py",
    "tests/test_dev_script.py",
    "tests/test_launch_package.py",
    "tests/test_selftest.py",
    # These make their own SQLite data folders (``init`` in a new folder, read back with
    # sqlite3) whatever the run's engine: the server's run would repeat the same work.
    "tests/trials/test_kill_trials.py",
    "tests/cli/test_interrupted_writes.py",
)
# ... but these windows show what the server does differently (its own settings, changes
# announced by LISTEN/NOTIFY, another PC's save meanwhile, a killed writer, the audit chain),
# so they run on both.
ENGINE_MATTERS = (
    "tests/ui/test_database_settings.py",
    "tests/ui/test_live_views.py",
    "tests/ui/test_refresh_on_change.py",
    "tests/ui/test_unsaved_work.py",
    "tests/ui/test_crash_recovery.py",
    "tests/ui/test_audit_log_settings.py",
    "tests/ui/test_sign_in_window.py",
)


def engine_neutral(item: pytest.Item) -> bool:
    """Whether ``item`` is in a file of :data:`ENGINE_NEUTRAL` (and not of
    :data:`ENGINE_MATTERS`) and asks for no server itself."""
    path = Path(str(item.path)).resolve().relative_to(ROOT).as_posix()
    if path in ENGINE_MATTERS or item.get_closest_marker("postgresql_only"):
        return False
    return any(path == p or (p.endswith("/") and path.startswith(p)) for p in ENGINE_NEUTRAL)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database",
        choices=(engines.SQLITE, engines.POSTGRESQL),
        default=os.environ.get(ENGINE_ENV, engines.SQLITE),
        help="the engine every test's data lives on: sqlite (each data folder's file) or "
        "postgresql (a temporary cluster of the machine's PostgreSQL; also "
        f"{ENGINE_ENV})",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(why): the test is about the SQLite file itself (its pages, its copy, its "
        "mode on disk); on PostgreSQL it is deselected, with the reason in the summary",
    )
    config.addinivalue_line(
        "markers",
        "postgresql_only(why): the test needs the server itself (several PCs on one database, "
        "LISTEN/NOTIFY, the server killed and started again); on SQLite it is deselected",
    )
    engines.ENGINE = config.getoption("--database")
    if engines.on_server() and not _xdist_controller(config):
        if not postgres_server.available():
            raise pytest.UsageError(
                "--database=postgresql: PostgreSQL is not installed (initdb, pg_ctl); install "
                "Debian's postgresql package or set CALCERT_TEST_POSTGRES"
            )
        engines.SERVER = postgres_server.start()
        # The application's role's password, as libpq reads it (an office's scripts too).
        os.environ["PGPASSWORD"] = postgres_server.PASSWORD


def _xdist_controller(config: pytest.Config) -> bool:
    """True in pytest-xdist's controlling process (``-n N``): it runs no test, so it starts
    no server; each worker starts its own (dev.py runs the server's suite in two)."""
    workers = getattr(config.option, "numprocesses", None)
    return bool(workers) and not hasattr(config, "workerinput")


def pytest_unconfigure(config: pytest.Config) -> None:
    if engines.SERVER is not None:
        engines.SERVER.stop()
        engines.SERVER = None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect what the chosen engine does not run: on SQLite the server's own tests; on
    the server the SQLite file's own tests and the engine-neutral files (listed in the
    summary as deselected)."""
    server = engines.on_server()
    other = "postgresql_only" if not server else "sqlite_only"
    kept, dropped = [], []
    for item in items:
        skip = item.get_closest_marker(other) is not None or (server and engine_neutral(item))
        (dropped if skip else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_report_header(config: pytest.Config) -> str:
    if engines.SERVER is not None:
        return f"database: PostgreSQL on 127.0.0.1:{engines.SERVER.port} (temporary cluster)"
    return "database: SQLite (each data folder's own file)"


@pytest.fixture(scope="session")
def postgres() -> postgres_server.Server:
    """The run's PostgreSQL server, for the tests that copy between a SQLite file and a
    server (marked ``postgresql_only``: they run in the server's run of the suite)."""
    if engines.SERVER is None:
        pytest.fail("this test needs the server: mark it postgresql_only")
    return engines.SERVER


@pytest.fixture
def server_databases(
    postgres: postgres_server.Server, monkeypatch: pytest.MonkeyPatch
) -> Iterator[engines.ServerDatabases]:
    """Databases on :func:`postgres` for one test (dropped after it); ``PGPASSWORD`` set, as
    an office's scripts set it, for data folders that name one of them."""
    monkeypatch.setenv("PGPASSWORD", postgres_server.PASSWORD)
    made = engines.ServerDatabases(postgres)
    yield made
    made.drop_all()


@pytest.fixture(autouse=True)
def _drop_test_databases() -> Iterator[None]:
    """On the server, the databases a test made are dropped after it."""
    mark = engines.made()
    yield
    if engines.on_server():
        engines.drop_since(mark)


@pytest.fixture(scope="session")
def prepared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the test people, the Commission the Board appointed and the person
    responsible for certification (both Board members voting), made once per session and
    copied per test (on the server, its database is the template of each test's)."""
    folder = tmp_path_factory.mktemp("prepared")
    if engines.on_server():
        # One per xdist worker: on a server of one's own (CALCERT_TEST_POSTGRES) they share.
        name = f"calcert_prepared_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
        engines.point_at(folder, name)
        engines.drop_database(name)
        with engines._admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
    cli = Cli(folder, Captured())
    with cli.capsys:
        prepare(cli, PEOPLE)
    return folder / "calcert.sqlite3"


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashes() -> Iterator[None]:
    """The tests' cheap Argon2id (:func:`cli_support.cheap_password_hashes`);
    tests/services/test_sign_in.py checks the real parameters."""
    from calcert_desktop.services.auth import hashing

    real = cheap_password_hashes()
    yield
    hashing.HASHER = real


@pytest.fixture
def cli(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    prepared_db: Path,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    """The command line on a fresh copy of the prepared database; for a test that asks for
    ``granted``, a copy of the data folder the granted case was made in once per session
    (some thirty commands, two to eight seconds a test: 70 tests wait for it)."""
    own_granted = request.module is not None and hasattr(request.module, "granted")
    if "granted" in request.fixturenames and not own_granted:  # this file's, not ours
        made: tuple[Path, str] = request.getfixturevalue("granted_folder")
        return Cli(engines.copy_folder(made[0], tmp_path / "dane"), capsys)
    return Cli(engines.seed(prepared_db, tmp_path / "dane"), capsys)


@pytest.fixture(scope="session")
def granted_folder(tmp_path_factory: pytest.TempPathFactory, prepared_db: Path) -> tuple[Path, str]:
    """A data folder holding the granted case (tests/case_scenarios.py), and its number."""
    from case_scenarios import granted_case

    folder = tmp_path_factory.mktemp("granted")
    maker = Cli(engines.seed(prepared_db, folder / "dane"), Captured())
    with maker.capsys:
        reference = granted_case(maker, functools.partial(write_declaration, folder), folder)
    return maker.data_dir, reference


@pytest.fixture
def cli_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[[str], Cli]:
    """The command line on a new, empty data folder named ``folder``."""

    def make(folder: str) -> Cli:
        return Cli(engines.fresh(tmp_path / folder), capsys)

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
def granted(cli: Cli, granted_folder: tuple[Path, str], tmp_path: Path) -> str:
    """A case the Board granted a certificate in (tests/case_scenarios.py): ``cli``'s folder
    is a copy of the one it was made in; its report is in ``tmp_path`` as it was there."""
    from case_scenarios import SCAN

    (tmp_path / "raport.pdf").write_bytes(SCAN)
    return granted_folder[1]
