#!/usr/bin/env python3
"""The two commands of CALcert Desktop: set everything up, then run the app or the tests.

Usage (``python3`` on Linux/macOS, ``py`` on Windows)::

    python dev.py [--verbose] run [ARGS...]     # set up, then: python -m calcert_desktop ARGS
    python dev.py [--verbose] test [ARGS...]    # set up with test tools, ruff, then pytest ARGS
        # (on SQLite and, where PostgreSQL is installed, on a temporary server in parallel;
        # --database=sqlite|postgresql in ARGS runs one engine)
    python dev.py [--verbose] setup [--test]    # only set up the environment
    python dev.py [--verbose] lock [--upgrade]  # regenerate requirements/lock*.txt (pip-tools)
    python dev.py [--verbose] build [--installer | --installer-check]
        # the frozen programs (PyInstaller), their self-tests, and the Windows installer (NSIS;
        # --installer-check compiles the installer script uncompressed, only to check it)
    python dev.py [--verbose] installer  # only the installer, of the program in dist/

Setting up means: create ``.venv`` with the Python running this script if it is missing (or
was made by another Python minor version), install the hash-pinned lock files into it, then
the project itself in editable mode without dependencies. A stamp file in ``.venv`` records a
hash of the lock files, ``pyproject.toml`` and the Python version; while it matches, nothing
is installed, so a second start is instant. The stamp is written only after a successful
install, so an interrupted or failed install is retried on the next run.

Standard library only; this file must stay importable by the tests without side effects.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import venv
from collections.abc import Callable, Mapping
from pathlib import Path

# Compared through a name, not a literal, so that the check survives ruff's pyupgrade rules.
MIN_PYTHON = (3, 11)

ROOT = Path(__file__).resolve().parent
VENV_DIR = ROOT / ".venv"
STAMP_NAME = ".calcert-stamp"
REQUIREMENTS_DIR = ROOT / "requirements"
LOCK_FILE = REQUIREMENTS_DIR / "lock.txt"
LOCK_TEST_FILE = REQUIREMENTS_DIR / "lock-test.txt"
LOCK_BUILD_FILE = REQUIREMENTS_DIR / "lock-build.txt"
BUILD_STAMP_NAME = ".calcert-build-stamp"
SPEC_FILE = ROOT / "build" / "calcert.spec"
INSTALLER_SCRIPT = ROOT / "build" / "installer" / "calcert.nsi"
DIST_DIR = ROOT / "dist"
FROZEN_NAME = "CALcert"  # the spec's NAME: dist/CALcert/CALcert(.exe), the windowed program
# The spec's CONSOLE_NAME: the command line beside it (not "calcert": on Windows that is the
# same file name as "CALcert.exe").
FROZEN_CONSOLE_NAME = "calcert-cli"
# What the self-test prints last when every check passed (selftest.py).
SELF_TEST_PASSED = "Samotest udany"
WORK_DIR = ROOT / "build" / "out" / "pyinstaller"
# Where the NSIS installer for Windows puts makensis when it is not on PATH.
MAKENSIS_WINDOWS = (
    r"C:\Program Files (x86)\NSIS\makensis.exe",
    r"C:\Program Files\NSIS\makensis.exe",
)
# Relative to the repository root; every input that decides what the venv must contain.
STAMP_INPUTS = ("pyproject.toml", "requirements/lock.txt", "requirements/lock-test.txt")
# Bump when the way this script installs changes, so existing stamps are invalidated.
STAMP_SCHEME = "1"
PROFILE_RUN = "run"
PROFILE_TEST = "test"
LINT_PATHS = ("src", "tests", "benchmarks", "build", "dev.py")
PYPI_INDEX = "https://pypi.org/simple"
PIP_TOOLS_SPEC = "pip-tools>=7.4,<8"
# pip-compile options fixed by the project (see README, "Development").
COMPILE_OPTIONS = ("--generate-hashes", "--allow-unsafe", "--strip-extras")
# Environment variables that point pip at machine-local indexes; the lock files come from PyPI.
LOCAL_PIP_VARIABLES = (
    "PIP_INDEX_URL",
    "PIP_EXTRA_INDEX_URL",
    "PIP_FIND_LINKS",
    "PIP_NO_INDEX",
    "PIP_CONSTRAINT",
    "PIP_REQUIREMENT",
)
EXIT_INTERRUPTED = 130
# Seconds after which a build step that hangs is killed and named (CI gives 90 minutes in
# all; a hang must fail with its step's name, not run out the clock in silence).
PYINSTALLER_TIMEOUT = 40 * 60
SELF_TEST_TIMEOUT = 10 * 60
INSTALLER_TIMEOUT = 10 * 60
# A PostgreSQL server of your own for the tests, instead of a temporary cluster.
TEST_POSTGRES_ENV = "CALCERT_TEST_POSTGRES"
# Both runs of the suite go side by side, each in this many pytest-xdist workers, whole test
# files to a worker (each server worker starts its own temporary cluster). The SQLite run
# has the engine-neutral files too (tests/conftest.py ENGINE_NEUTRAL), so it is the longer:
# in one process it kept one core busy alone long after the server's run had ended.
SERVER_WORKERS = "2"
SQLITE_WORKERS = "2"
# Exit status of a Windows console process ended by Ctrl-C (STATUS_CONTROL_C_EXIT).
WINDOWS_CTRL_C_EXIT = 0xC000013A

USAGE = """\
Użycie:
  python dev.py [--verbose] run [ARGUMENTY...]    przygotuj środowisko i uruchom aplikację
  python dev.py [--verbose] test [ARGUMENTY...]   przygotuj środowisko, ruff, potem pytest
                                                  (SQLite i PostgreSQL, jeśli zainstalowany)
  python dev.py [--verbose] setup [--test]        tylko przygotuj środowisko (.venv)
  python dev.py [--verbose] lock [--upgrade]      odtwórz pliki requirements/lock*.txt
  python dev.py [--verbose] build [--installer | --installer-check]
                                                  zbuduj program (PyInstaller), sprawdź go
                                                  (self-test) i instalator (NSIS; -check:
                                                  tylko sprawdź skrypt, bez kompresji)
  python dev.py [--verbose] installer             tylko instalator programu z dist/
(Windows: py dev.py ..., Linux/macOS: python3 dev.py ...)
"""


class DevError(Exception):
    """A failure already explained to the user in Polish; carries the exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# --- pure helpers (tested in tests/test_dev_script.py) -------------------------------------


def venv_python(venv_dir: Path, windows: bool | None = None) -> Path:
    """Return the path of the Python interpreter inside ``venv_dir``.

    ``windows`` defaults to the current platform; tests pass it explicitly.
    """
    if windows is None:
        windows = os.name == "nt"
    if windows:
        return venv_dir / "Scripts" / "python.exe"
    return venv_dir / "bin" / "python"


def python_version_tag(
    version_info: tuple[int, ...] | None = None, implementation: str | None = None
) -> str:
    """Return e.g. ``cpython-3.11.7``: the interpreter part of the stamp."""
    if version_info is None:
        version_info = tuple(sys.version_info[:3])
    if implementation is None:
        implementation = sys.implementation.name
    return implementation + "-" + ".".join(str(part) for part in version_info[:3])


def compute_stamp(root: Path, python_tag: str) -> str:
    """Return a SHA-256 over the lock files, ``pyproject.toml`` and the Python version.

    Line endings are normalised so a checkout with CRLF endings hashes like one with LF.
    A missing file hashes differently from an empty one.
    """
    digest = hashlib.sha256()
    digest.update(f"scheme={STAMP_SCHEME}\npython={python_tag}\n".encode())
    for relative in STAMP_INPUTS:
        path = root / relative
        digest.update(f"file={relative}\n".encode())
        if path.is_file():
            data = path.read_bytes().replace(b"\r\n", b"\n")
            digest.update(f"size={len(data)}\n".encode())
            digest.update(data)
        else:
            digest.update(b"missing\n")
    return digest.hexdigest()


def format_stamp(stamp: str, profile: str) -> str:
    """Return the stamp file's text: the hash and the installed profile (run or test)."""
    return f"{stamp} {profile}\n"


def stamp_satisfies(stamp_text: str | None, expected: str, with_test: bool) -> bool:
    """Tell whether a stamp file's text says the venv already holds what is needed.

    A ``test`` install includes everything a ``run`` install has.
    """
    if not stamp_text:
        return False
    parts = stamp_text.split()
    if len(parts) != 2 or parts[0] != expected:
        return False
    if with_test:
        return parts[1] == PROFILE_TEST
    return parts[1] in (PROFILE_RUN, PROFILE_TEST)


def venv_version(venv_dir: Path) -> tuple[int, int] | None:
    """Return the (major, minor) Python version recorded in ``pyvenv.cfg``, if readable."""
    config = venv_dir / "pyvenv.cfg"
    try:
        lines = config.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        key, sep, value = line.partition("=")
        if sep and key.strip() in ("version", "version_info"):
            numbers = value.strip().split(".")
            if len(numbers) >= 2 and numbers[0].isdigit() and numbers[1].isdigit():
                return int(numbers[0]), int(numbers[1])
    return None


def exit_code_of(returncode: int, interrupted: bool = False) -> int:
    """Map a child's return code to ours: Ctrl-C becomes 130, a signal N becomes 128+N."""
    if interrupted or returncode in (-signal.SIGINT, WINDOWS_CTRL_C_EXIT):
        return EXIT_INTERRUPTED
    if returncode < 0:
        return 128 - returncode
    return returncode


def lint_targets(root: Path) -> list[str]:
    """Return the ruff targets that exist (git keeps no empty folders, e.g. benchmarks/)."""
    return [name for name in LINT_PATHS if (root / name).exists()]


def requirement_name(line: str) -> str | None:
    """Return the normalised project name of a requirements-file line, or None.

    Comments, blank lines and options (``-c``, ``--hash``...) give None.
    """
    text = line.split("#", 1)[0].strip()
    if not text or text.startswith("-"):
        return None
    name = ""
    for char in text:
        if char.isalnum() or char in "-_.":
            name += char
        else:
            break
    if not name:
        return None
    return "-".join(name.replace("_", "-").replace(".", "-").lower().split("-"))


def foreign_lines(lock_text: str) -> list[str]:
    """Return lock-file lines that must not be committed: indexes, links, local paths."""
    bad_prefixes = ("--index-url", "--extra-index-url", "-i ", "--find-links", "-f ")
    found = []
    for line in lock_text.splitlines():
        stripped = line.strip()
        if stripped.startswith(bad_prefixes) or "file:/" in stripped or "/opt/" in stripped:
            found.append(stripped)
    return found


def frozen_executable(
    dist_dir: Path, windows: bool | None = None, *, console: bool = False
) -> Path:
    """Return the frozen program inside ``dist_dir``: the windowed ``CALcert/CALcert.exe``
    (on Windows), or with ``console`` the command line ``CALcert/calcert-cli.exe``."""
    if windows is None:
        windows = os.name == "nt"
    name = FROZEN_CONSOLE_NAME if console else FROZEN_NAME
    return dist_dir / FROZEN_NAME / (name + (".exe" if windows else ""))


def project_version(root: Path) -> str:
    """Return ``__version__`` of the package, read from its source (no import)."""
    text = (root / "src" / "calcert_desktop" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip() == "__version__":
            return value.strip().strip("\"'")
    raise DevError("Nie znaleziono __version__ w src/calcert_desktop/__init__.py.")


def makensis_command(
    version: str, source: Path, out_file: Path, script: Path, compress: bool = True
) -> list[str]:
    """Return the makensis arguments that compile ``script`` for the program in ``source``
    (``makensis`` itself is found by :func:`find_makensis`); warnings are errors."""
    quick = [] if compress else ["-DUNCOMPRESSED"]
    return [
        "-V2", "-WX", "-INPUTCHARSET", "UTF8", *quick,
        f"-DVERSION={version}", f"-DSOURCE_DIR={source}", f"-DOUT_FILE={out_file}",
        str(script),
    ]  # fmt: skip


# --- side effects ----------------------------------------------------------------------------


# The X11 libraries Qt's xcb platform plugin loads (Qt 6.5+), each with the Debian/Ubuntu
# package that provides it. A desktop installation has most of them; libxcb-cursor0 is the
# one most often missing, and without it Qt says only that it "could not load the Qt
# platform plugin xcb".
QT_XCB_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-randr", "libxcb-randr0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xcb-shape", "libxcb-shape0"),
    ("xcb-xinerama", "libxcb-xinerama0"),
    ("xcb-xkb", "libxcb-xkb1"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
)


def missing_xcb_packages(find: Callable[[str], str | None]) -> list[str]:
    """The Debian packages of the xcb libraries ``find`` (ctypes.util.find_library) does
    not find, in ``QT_XCB_LIBRARIES``' order."""
    return [package for library, package in QT_XCB_LIBRARIES if find(library) is None]


def xcb_advice(packages: list[str]) -> str:
    """What to tell the user when ``packages`` are missing (Polish, one apt line)."""
    return (
        "Qt potrzebuje bibliotek X11, których brakuje w tym systemie; bez nich okno programu "
        "się nie otworzy (\"could not load the Qt platform plugin xcb\"). Zainstaluj je:\n"
        f"    sudo apt install {' '.join(packages)}\n"
        "(inne dystrybucje: pakiety o tych nazwach bez przedrostka lib, np. xcb-util-cursor)."
    )


def say(message: str) -> None:
    """Print one progress line to stderr."""
    print(message, file=sys.stderr, flush=True)


def check_python() -> None:
    """Refuse to run on a Python older than ``MIN_PYTHON`` (exit 2)."""
    if sys.version_info[:2] < MIN_PYTHON:
        found = ".".join(str(part) for part in sys.version_info[:3])
        wanted = ".".join(str(part) for part in MIN_PYTHON)
        raise DevError(
            f"CALcert Desktop wymaga Pythona {wanted} lub nowszego, a uruchomiono {found}.\n"
            f"Zainstaluj Pythona {wanted}+ (python.org) i uruchom ponownie, np. "
            f"'py -{wanted} dev.py run' (Windows) lub 'python{wanted} dev.py run' (Linux).",
            exit_code=2,
        )


def run_child(
    command: list[str], env: dict[str, str] | None = None, timeout: float | None = None
) -> int:
    """Run ``command`` in the repository root and return our exit code for it.

    Ctrl-C reaches the child as well (same console); we keep waiting so that it can end
    cleanly, then report 130. With ``timeout`` (seconds) a child that hangs is killed and
    DevError says which step did not finish.
    """
    try:
        process = subprocess.Popen(command, cwd=ROOT, env=env)
    except OSError as error:
        raise DevError(f"Nie można uruchomić {command[0]}: {error}") from error
    return run_child_wait(process, timeout)


def run_child_wait(process: subprocess.Popen[bytes], timeout: float | None = None) -> int:
    """Wait for a child started elsewhere, as :func:`run_child` does; its exit code."""
    interrupted = False
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            returncode = process.wait(left)
        except KeyboardInterrupt:
            interrupted = True
            continue
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            name = Path(str(process.args[0] if isinstance(process.args, list) else process.args))
            raise DevError(
                f"{name.name} nie zakończył się w ciągu {timeout:.0f} s i został przerwany "
                f"(polecenie: {' '.join(map(str, process.args))})."
            ) from None
        return exit_code_of(returncode, interrupted)


def pip_env() -> dict[str, str]:
    """Return the environment for pip: no version nagging, no prompts."""
    env = dict(os.environ)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_NO_INPUT"] = "1"
    return env


def pip(python: Path, args: list[str], verbose: bool, env: dict[str, str] | None = None) -> None:
    """Run ``python -m pip ARGS`` (quiet unless verbose); raise DevError on failure."""
    quiet = [] if verbose else ["--quiet"]
    command = [str(python), "-m", "pip", args[0], *quiet, *args[1:]]
    code = run_child(command, env=env if env is not None else pip_env())
    if code == EXIT_INTERRUPTED:
        raise KeyboardInterrupt
    if code != 0:
        hint = "" if verbose else " Szczegóły: python dev.py --verbose setup."
        raise DevError(f"Instalacja nie powiodła się (pip zwrócił {code}).{hint}", code)


def venv_is_usable(venv_dir: Path) -> bool:
    """Tell whether ``venv_dir`` holds a venv made by this Python's minor version."""
    return venv_python(venv_dir).is_file() and venv_version(venv_dir) == tuple(sys.version_info[:2])


def create_venv(venv_dir: Path) -> None:
    """Create (or re-create) the venv with pip; remove it again if creation fails."""
    say("Przygotowuję środowisko (.venv)…")
    try:
        # Symlinks on POSIX, as `python -m venv` does: a copied binary breaks on a patch upgrade.
        builder = venv.EnvBuilder(with_pip=True, clear=venv_dir.exists(), symlinks=os.name != "nt")
        builder.create(venv_dir)
    except BaseException as error:
        shutil.rmtree(venv_dir, ignore_errors=True)
        if isinstance(error, KeyboardInterrupt):
            raise
        hint = ""
        if sys.platform.startswith("linux"):
            hint = " Na Debianie/Ubuntu zainstaluj pakiet python3-venv (apt install python3-venv)."
        raise DevError(f"Nie udało się utworzyć środowiska .venv: {error}.{hint}") from error
    if not venv_python(venv_dir).is_file():
        shutil.rmtree(venv_dir, ignore_errors=True)
        raise DevError("Nie udało się utworzyć środowiska .venv (brak interpretera).")


def ensure_venv() -> Path:
    """Make sure ``.venv`` exists for this Python; return its interpreter."""
    if not venv_is_usable(VENV_DIR):
        if VENV_DIR.exists():
            say("Środowisko .venv jest niepełne lub z innej wersji Pythona; tworzę je od nowa.")
        create_venv(VENV_DIR)
    return venv_python(VENV_DIR)


def ensure_environment(with_test: bool, verbose: bool, announce: bool = False) -> Path:
    """Create and fill ``.venv`` unless its stamp says it is up to date; return its Python.

    ``announce`` prints "Środowisko gotowe." even when nothing had to be done.
    """
    python = ensure_venv()
    expected = compute_stamp(ROOT, python_version_tag())
    stamp_file = VENV_DIR / STAMP_NAME
    try:
        current = stamp_file.read_text(encoding="utf-8")
    except OSError:
        current = None
    if stamp_satisfies(current, expected, with_test):
        compile_translations(python)
        if announce:
            say("Środowisko gotowe.")
        return python

    lock_files = [LOCK_FILE, LOCK_TEST_FILE] if with_test else [LOCK_FILE]
    for lock_file in lock_files:
        if not lock_file.is_file():
            relative = lock_file.relative_to(ROOT).as_posix()
            raise DevError(f"Brak pliku {relative}; odtwórz go poleceniem: python dev.py lock")

    # Without a stamp a failed or interrupted install is retried next time.
    stamp_file.unlink(missing_ok=True)
    say("Instaluję zależności…")
    requirement_args: list[str] = []
    for lock_file in lock_files:
        requirement_args += ["-r", str(lock_file)]
    pip(python, ["install", "--require-hashes", *requirement_args], verbose)
    pip(python, ["install", "--no-deps", "--editable", str(ROOT)], verbose)

    profile = PROFILE_TEST if with_test else PROFILE_RUN
    temporary = stamp_file.with_name(STAMP_NAME + ".tmp")
    temporary.write_text(format_stamp(expected, profile), encoding="utf-8")
    os.replace(temporary, stamp_file)
    compile_translations(python)
    say("Środowisko gotowe.")
    return python


def compile_translations(python: Path) -> None:
    """Compile the GUI's translations (.ts to .qm) when a .qm is missing or out of date."""
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    if all(
        ts.with_suffix(".qm").exists()
        and ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime
        for ts in sources
    ):
        return
    code = run_child([str(python), str(ROOT / "build" / "translations.py"), "compile-stale"])
    if code:
        raise DevError("Nie udało się skompilować tłumaczeń (build/translations.py).")


# --- commands --------------------------------------------------------------------------------


def needs_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt will open its windows through X11 here: on Linux, unless the user chose
    another platform plugin (QT_QPA_PLATFORM) or the session is Wayland."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.startswith("xcb")
    return not (environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland")


def check_qt_libraries() -> None:
    """On an X11 Linux desktop, stop with the one apt line when a library Qt needs is
    missing (before Qt's own message, which names none)."""
    if not needs_xcb(os.environ, sys.platform):
        return
    from ctypes.util import find_library

    missing = missing_xcb_packages(find_library)
    if missing:
        raise DevError(xcb_advice(missing))


def command_run(args: list[str], verbose: bool) -> int:
    """Set up, then run the application with ``args``; return its exit code."""
    python = ensure_environment(with_test=False, verbose=verbose)
    check_qt_libraries()
    return run_child([str(python), "-m", "calcert_desktop", *args])


def postgres_installed() -> bool:
    """Whether the tests can start a PostgreSQL server here (tests/postgres_server.py): its
    programs on PATH or in Debian's folder, or a server named by CALCERT_TEST_POSTGRES."""
    if os.environ.get(TEST_POSTGRES_ENV):
        return True
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return True
    return any(Path(folder, "initdb").exists() for folder in sorted(
        Path("/usr/lib/postgresql").glob("*/bin")))  # fmt: skip


def run_both_engines(python: Path, args: list[str], env: dict[str, str]) -> int:
    """pytest on SQLite (its output live) and on PostgreSQL (in parallel, its output after),
    each in its own temporary folder; the first failing code, else 0."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="calcert-pytest-") as scratch:
        log_path = Path(scratch) / "postgresql.log"
        pg_args = [*args, "--database=postgresql", f"--basetemp={Path(scratch) / 'pg'}"]
        sqlite_args = list(args)
        if not any(a in ("-n", "--numprocesses") or a.startswith(("-n", "--numprocesses="))
                   for a in args):
            pg_args += ["-n", SERVER_WORKERS, "--dist", "loadfile"]
            sqlite_args += ["-n", SQLITE_WORKERS, "--dist", "loadfile"]
        with log_path.open("w", encoding="utf-8") as log:
            say("Testy na PostgreSQL biegną równolegle; ich wynik pojawi się po testach na SQLite.")
            server_run = subprocess.Popen(
                [str(python), "-m", "pytest", *pg_args],
                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
            sqlite_code = run_child([str(python), "-m", "pytest", *sqlite_args], env=env)
            if sqlite_code == EXIT_INTERRUPTED:
                server_run.terminate()
            server_code = run_child_wait(server_run)
        say("--- testy na PostgreSQL ---")
        print(log_path.read_text(encoding="utf-8"), end="", flush=True)
    return sqlite_code or server_code


def command_test(args: list[str], verbose: bool) -> int:
    """Set up with test tools, run ruff, then pytest with ``args``; return the verdict.

    Without ``--database`` in ``args`` the suite runs on both engines when PostgreSQL is
    installed (on SQLite only otherwise, said plainly; on CI a missing server fails).
    Both ruff and pytest always run so one pass shows every problem; pytest's code wins
    when non-zero.
    """
    python = ensure_environment(with_test=True, verbose=verbose)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # widget tests need no screen
    ruff_code = run_child([str(python), "-m", "ruff", "check", *lint_targets(ROOT)], env=env)
    if ruff_code == EXIT_INTERRUPTED:
        return ruff_code
    chosen = any(a == "--database" or a.startswith("--database=") for a in args)
    if chosen:
        pytest_code = run_child([str(python), "-m", "pytest", *args], env=env)
    elif postgres_installed():
        pytest_code = run_both_engines(python, args, env)
    elif os.environ.get("CI") == "true":
        say("PostgreSQL nie jest zainstalowany, a CI musi sprawdzić oba silniki baz danych "
            "(.ci/run instaluje pakiet postgresql).")
        return 1
    else:
        pytest_code = run_child([str(python), "-m", "pytest", *args], env=env)
        say("Testy przebiegły na SQLite. Na PostgreSQL nie — nie jest zainstalowany "
            "(Debian/Ubuntu: apt install postgresql; Windows: instalator EDB, jego bin w PATH).")
    if pytest_code != 0:
        return pytest_code
    if ruff_code != 0:
        say("ruff zgłosił uwagi (powyżej); popraw je, np. ruff check --fix.")
        return ruff_code
    return 0


def command_setup(args: list[str], verbose: bool) -> int:
    """Only set up the environment (``--test`` adds the test tools)."""
    unknown = [arg for arg in args if arg != "--test"]
    if unknown:
        raise DevError(f"Nieznana opcja polecenia setup: {' '.join(unknown)}\n{USAGE}", 2)
    ensure_environment(with_test="--test" in args, verbose=verbose, announce=True)
    return 0


def command_lock(args: list[str], verbose: bool) -> int:
    """Regenerate the lock files from ``requirements/in*.txt`` with pip-tools, from PyPI."""
    unknown = [arg for arg in args if arg != "--upgrade"]
    if unknown:
        raise DevError(f"Nieznana opcja polecenia lock: {' '.join(unknown)}\n{USAGE}", 2)
    python = ensure_venv()
    say("Instaluję pip-tools…")
    pip(python, ["install", PIP_TOOLS_SPEC], verbose)

    # The lock files must come from PyPI alone, whatever local indexes this machine has.
    env = pip_env()
    for name in LOCAL_PIP_VARIABLES:
        env.pop(name, None)
    env["PIP_CONFIG_FILE"] = os.devnull
    env["CUSTOM_COMPILE_COMMAND"] = "python dev.py lock"  # the header names our command
    pairs = (
        ("requirements/in.txt", "requirements/lock.txt"),
        ("requirements/in-test.txt", "requirements/lock-test.txt"),
        ("requirements/in-build.txt", "requirements/lock-build.txt"),
    )
    for source, target in pairs:
        say(f"Kompiluję {target}…")
        command = [
            str(python), "-m", "piptools", "compile", *COMPILE_OPTIONS,
            "--index-url", PYPI_INDEX, "--no-emit-index-url", "--no-emit-trusted-host",
            "--no-emit-find-links",
            "--output-file", target, source,
        ]  # fmt: skip
        if "--upgrade" in args:
            command.append("--upgrade")
        if not verbose:
            command.append("--quiet")
        code = run_child(command, env=env)
        if code != 0:
            return code
        bad = foreign_lines((ROOT / target).read_text(encoding="utf-8"))
        if bad:
            raise DevError(f"{target} zawiera lokalne ścieżki lub indeksy: {bad[:3]}")
    say("Pliki blokad gotowe; następne run/test zainstaluje je same.")
    return 0


def ensure_build_tools(python: Path, verbose: bool) -> None:
    """Install the build tools (PyInstaller) from ``lock-build.txt`` into ``.venv`` unless
    its own stamp says they are there already."""
    if not LOCK_BUILD_FILE.is_file():
        raise DevError("Brak pliku requirements/lock-build.txt; odtwórz go: python dev.py lock")
    digest = hashlib.sha256(LOCK_BUILD_FILE.read_bytes().replace(b"\r\n", b"\n")).hexdigest()
    stamp_file = VENV_DIR / BUILD_STAMP_NAME
    try:
        if stamp_file.read_text(encoding="utf-8").strip() == digest:
            return
    except OSError:
        pass
    say("Instaluję narzędzia budowania (PyInstaller)…")
    pip(python, ["install", "--require-hashes", "-r", str(LOCK_BUILD_FILE)], verbose)
    stamp_file.write_text(digest + "\n", encoding="utf-8")


def find_makensis() -> str:
    """Return the makensis program, or explain in Polish how to install it."""
    found = shutil.which("makensis")
    if found:
        return found
    for candidate in MAKENSIS_WINDOWS if os.name == "nt" else ():
        if Path(candidate).is_file():
            return candidate
    raise DevError(
        "Nie znaleziono programu makensis (NSIS). Zainstaluj go: w Windows ze strony "
        "nsis.sourceforge.io lub 'choco install nsis', w Debianie/Ubuntu 'apt install nsis'."
    )


def compile_installer(compress: bool = True) -> Path:
    """Compile the installer of the frozen program in ``dist/`` (uncompressed, to check the
    script only, unless ``compress``); returns the installer's path."""
    program = frozen_executable(DIST_DIR)
    for needed in (program, frozen_executable(DIST_DIR, console=True)):
        if not needed.is_file():
            raise DevError(f"Brak zbudowanego programu {needed}; najpierw: python dev.py build")
    version = project_version(ROOT)
    name = f"CALcert-Desktop-{version}-instalator.exe"
    out_file = DIST_DIR / name if compress else WORK_DIR / f"sprawdzenie-{name}"
    out_file.parent.mkdir(parents=True, exist_ok=True)
    say(f"Kompiluję instalator: {out_file.relative_to(ROOT)}…")
    makensis = find_makensis()
    command = makensis_command(version, program.parent, out_file, INSTALLER_SCRIPT, compress)
    code = run_child([makensis, *command], timeout=INSTALLER_TIMEOUT)
    if code != 0:
        raise DevError(f"makensis zakończył się błędem ({code}).", code)
    return out_file


def command_installer(args: list[str], verbose: bool) -> int:
    """Only compile the installer of the program already built in ``dist/`` (e.g. after
    signing the program, as the Windows workflow does)."""
    if args:
        raise DevError(f"Polecenie installer nie ma opcji: {' '.join(args)}\n{USAGE}", 2)
    compile_installer()
    return 0


def self_test_windowed(program: Path, report: Path, env: dict[str, str]) -> None:
    """Run the windowed program's self-test; on Windows it has no console, so what it
    found is read from its report."""
    say(f"Sprawdzam zbudowany program: {program.relative_to(ROOT)} self-test…")
    code = run_child([str(program), "self-test", "--report", str(report)], env=env,
                     timeout=SELF_TEST_TIMEOUT)
    if os.name == "nt" and report.is_file():  # a windowed program prints nothing to a console
        print(report.read_text(encoding="utf-8"), end="")
    if code != 0:
        raise DevError(f"Zbudowany program nie przeszedł samotestu ({code}); zob. {report}.", code)


def self_test_console(program: Path, env: dict[str, str]) -> None:
    """Run the console program's self-test and check that it printed its result itself (a
    program built without a console would print nothing)."""
    say(f"Sprawdzam program wiersza poleceń: {program.relative_to(ROOT)} self-test…")
    try:
        done = subprocess.run(
            [str(program), "self-test"], cwd=ROOT, env=env, capture_output=True,
            encoding="utf-8", errors="replace", check=False, timeout=SELF_TEST_TIMEOUT,
        )  # fmt: skip
    except OSError as error:
        raise DevError(f"Nie można uruchomić {program}: {error}") from error
    except subprocess.TimeoutExpired as error:
        for stream, text in ((sys.stdout, error.stdout), (sys.stderr, error.stderr)):
            if text:
                print(text if isinstance(text, str) else text.decode("utf-8", "replace"),
                      end="", file=stream)
        raise DevError(f"Samotest {program.name} nie zakończył się w ciągu "
                       f"{SELF_TEST_TIMEOUT} s i został przerwany.") from None
    print(done.stdout, end="")
    print(done.stderr, end="", file=sys.stderr)
    if done.returncode != 0:
        code = exit_code_of(done.returncode)
        raise DevError(f"Program wiersza poleceń nie przeszedł samotestu ({code}).", code)
    if SELF_TEST_PASSED not in done.stdout:
        raise DevError(
            f"Program wiersza poleceń {program.name} nie wypisał wyniku samotestu "
            "na standardowe wyjście (czy zbudowano go jako program konsolowy?)."
        )


def command_build(args: list[str], verbose: bool) -> int:
    """Build the frozen program, run its self-test and, with ``--installer``, the installer
    (``--installer-check``: compile the installer script uncompressed, only to check it)."""
    unknown = [arg for arg in args if arg not in ("--installer", "--installer-check")]
    if unknown:
        raise DevError(f"Nieznana opcja polecenia build: {' '.join(unknown)}\n{USAGE}", 2)
    python = ensure_environment(with_test=False, verbose=verbose)
    ensure_build_tools(python, verbose)
    say("Buduję program (PyInstaller, kilka minut)…")
    command = [
        str(python), "-m", "PyInstaller", str(SPEC_FILE), "--noconfirm",
        "--distpath", str(DIST_DIR), "--workpath", str(WORK_DIR),
        "--log-level", "INFO" if verbose else "WARN",
    ]  # fmt: skip
    code = run_child(command, timeout=PYINSTALLER_TIMEOUT)
    if code != 0:
        raise DevError(f"PyInstaller zakończył się błędem ({code}).", code)
    program = frozen_executable(DIST_DIR)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    self_test_windowed(program, DIST_DIR / "self-test.txt", env)
    self_test_console(frozen_executable(DIST_DIR, console=True), env)
    if "--installer" in args or "--installer-check" in args:
        compile_installer(compress="--installer" in args)
    say("Gotowe: " + str(program.parent.relative_to(ROOT)))
    return 0


COMMANDS = {
    "build": command_build,
    "installer": command_installer,
    "run": command_run,
    "test": command_test,
    "setup": command_setup,
    "lock": command_lock,
}


def main(argv: list[str] | None = None) -> int:
    """Parse ``[--verbose] COMMAND [ARGS...]`` and dispatch; return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        check_python()
        verbose = False
        while arguments and arguments[0] in ("--verbose", "-v", "--help", "-h"):
            option = arguments.pop(0)
            if option in ("--help", "-h"):
                print(USAGE, end="")
                return 0
            verbose = True
        if not arguments or arguments[0] not in COMMANDS:
            given = f"Nieznane polecenie: {arguments[0]}\n" if arguments else ""
            say(given + USAGE.rstrip())
            return 2
        name, rest = arguments[0], arguments[1:]
        if name in ("setup", "lock") and any(arg in ("--verbose", "-v") for arg in rest):
            verbose = True
            rest = [arg for arg in rest if arg not in ("--verbose", "-v")]
        return COMMANDS[name](rest, verbose)
    except DevError as error:
        say(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        say("Przerwano (Ctrl-C).")
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
