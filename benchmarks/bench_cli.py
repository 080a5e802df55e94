"""Benchmark: three commands of ``calcert`` as whole processes, each against a floor process
doing the same visible work the cheapest way, started in turn in the same rounds.

- ``calcert --help`` against a plain ``python -c`` program that builds an argparse parser
  with the same global options and the same commands (names and help lines written in) and
  prints its help;
- ``calcert cases --search lodz`` (signed in as the office) against ``python -c`` running
  the same SQL with the standard library's sqlite3 on the same file and printing the rows;
- ``calcert pdf certificate REF -o FILE`` of a sealed certificate against a process that
  imports reportlab and draws the same strings with the canvas (``canvas_floor.py``, the
  drawing ``bench_documents.py`` measures in-process) and writes the file.

The two commands that act for a person are also run against a **signed floor**: the same
floor after one Argon2id verification of the person's password (read from standard input,
checked against the stored hash with argon2-cffi), the work no command acting for a person
may skip.

Ours is started as the installed ``calcert`` script starts it (``launch.main``), with the
password on a descriptor (``--password-fd 0``), its bytecode kept as an installed program
keeps it. Each round starts every process once, the order rotated from round to round;
after one warm-up round, the medians of ``--repeat`` rounds, their ratio, and the median
(and range) of the per-round ratios. ``--before SRC`` also runs ours from an older tree's
``src`` in the same rounds (the floors are always this tree's).

Usage: python benchmarks/bench_cli.py [--keep DIR] [--cases 10000] [--repeat 15]
       [--before SRC] [--only help|cases|pdf]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
SRC = BENCHMARKS.parent / "src"
# The benchmark database's administrator (and, through the demo, everyone's) password.
PASSWORD = "hasło-pomiarowe-2026"
SEARCH = "lodz"
LAUNCH = "import sys; from calcert_desktop.launch import main; sys.exit(main())"

HELP_FLOOR = """
import argparse
parser = argparse.ArgumentParser(prog="calcert", description={description!r})
for names, kwargs in {options!r}:
    parser.add_argument(*names, **kwargs)
sub = parser.add_subparsers(dest="command", metavar="POLECENIE", title="polecenia")
for name, help in {commands!r}:
    sub.add_parser(name, help=help)
parser.print_help()
"""

# The SQL ``services.views.queries.list_cases`` sends for one folded word on SQLite, as
# SQLAlchemy renders it (the FTS5 index's match, the rapporteur and certificate joined, the
# Polish sort column, ties by the number).
CASES_SQL = (
    "SELECT cases.reference, cases.draft_code, cases.institution_name, cases.town, "
    "cases.voivodeship, cases.state, cases.state_since, cases.received_on, "
    "cases.next_deadline, users_1.full_name, certificates.number FROM cases "
    "LEFT OUTER JOIN users AS users_1 ON users_1.id = cases.rapporteur_id "
    "LEFT OUTER JOIN certificates ON certificates.case_id = cases.id "
    "WHERE cases.id IN (SELECT case_search_keys.case_id FROM case_search "
    'JOIN case_search_keys ON case_search_keys."key" = case_search.rowid '
    "WHERE case_search.search_text MATCH ?) "
    "ORDER BY cases.name_sort, coalesce(cases.reference, cases.draft_code)"
)
CASES_FLOOR = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
for row in connection.execute({sql!r}, ({phrase!r},)):
    print(*row, sep="  ")
"""


def help_floor() -> str:
    """The floor program of ``--help``: our parser's description, global options and
    commands, written into a plain argparse program."""
    from calcert_desktop.cli import commands, global_options

    probe = argparse.ArgumentParser(add_help=False)
    global_options.add_to(probe)
    options = [
        (list(action.option_strings),
         {"help": action.help, "action": "store_true"} if action.nargs == 0
         else {"help": action.help, "metavar": action.metavar})
        for action in probe._actions
    ]  # fmt: skip
    listed = [(commands.command_name(module), line) for module, line in commands.COMMANDS]
    from calcert_desktop.cli.main import build_parser

    description = build_parser().description
    return HELP_FLOOR.format(description=description, options=options, commands=listed)


def demo_folder(folder: Path, cases: int) -> Path:
    """The data folder of a demo database of ``cases`` cases in ``folder`` (made if absent)."""
    data = folder / "dane"
    if not (data / "calcert.sqlite3").exists():
        subprocess.run([sys.executable, "-c", MAKE_DEMO, str(data), str(cases), PASSWORD],
                       env=environment(SRC, folder), check=True)  # fmt: skip
    return data


MAKE_DEMO = """
import sys
from pathlib import Path
from calcert_desktop.demo import loader
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin.people import ensure_admin
from calcert_desktop.services.auth.passwords import set_first_admin
from calcert_desktop.services.context import AppContext
from calcert_desktop.storage.store import open_database
paths = DataPaths(Path(sys.argv[1]))
ctx = AppContext(paths, open_database(paths, create=True))
ensure_admin(ctx)
admin = set_first_admin(ctx, sys.argv[3], sys.argv[3]).actor
loader.fill(ctx, admin, cases=int(sys.argv[2]), seed=2026)  # the people get its password
ctx.close()
"""

# The page the canvas floor draws, from the certificate the service prints (sealed by then).
FLOOR_PAGE = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from bench_documents import floor_page
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context
from calcert_desktop.services.documents.certificate import certificate_data
ctx = open_context(DataPaths(Path(sys.argv[1])), create=False)
page = floor_page(certificate_data(ctx, sys.argv[2]))
ctx.close()
Path(sys.argv[3]).write_text(json.dumps(page), encoding="utf-8")
"""


def environment(src: Path, folder: Path) -> dict[str, str]:
    """The processes' environment: ``src`` first on the path, and compiled bytecode kept (in
    ``folder``) as an installed program keeps it: without it (``PYTHONDONTWRITEBYTECODE``)
    every start would compile our modules again."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def a_certificate(data: Path) -> str:
    """The case number of the first valid certificate of the demo (by its number)."""
    with sqlite3.connect(data / "calcert.sqlite3") as connection:
        row = connection.execute(
            "SELECT cases.reference FROM certificates JOIN cases ON cases.id = "
            "certificates.case_id WHERE certificates.status = 'valid' "
            "ORDER BY certificates.number LIMIT 1"
        ).fetchone()
    return str(row[0])


@dataclass(frozen=True)
class Process:
    """One command line of a round: what it is called in the table, how it starts."""

    label: str
    command: list[str]
    env: dict[str, str]
    password: bool  # the password on its standard input


def run(process: Process) -> float:
    """Seconds from spawning the process to its exit (its output read and dropped)."""
    start = time.perf_counter()
    given = f"{PASSWORD}\n" if process.password else ""
    done = subprocess.run(process.command, env=process.env, capture_output=True, text=True,
                          input=given, check=False)  # fmt: skip
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{process.label} failed ({done.returncode}): {done.stderr[-500:]}")
    return elapsed


def rounds(processes: list[Process], repeat: int) -> dict[str, list[float]]:
    """Each process's times over ``repeat`` rounds, every round starting each process once,
    the order rotated from round to round; one warm-up round first, not counted."""
    for process in processes:
        run(process)
    times: dict[str, list[float]] = {process.label: [] for process in processes}
    for index in range(repeat):
        shift = index % len(processes)
        for process in processes[shift:] + processes[:shift]:
            times[process.label].append(run(process))
    return times


def summary(times: dict[str, list[float]], ours: str, floor: str) -> dict[str, float]:
    """Medians of ``ours`` and ``floor``, their ratio and the median of the rounds' ratios."""
    mine, theirs = times[ours], times[floor]
    each = [m / t for m, t in zip(mine, theirs, strict=True)]
    return {
        "ours_ms": round(statistics.median(mine) * 1000, 1),
        "floor_ms": round(statistics.median(theirs) * 1000, 1),
        "ratio": round(statistics.median(mine) / statistics.median(theirs), 2),
        "round_ratio": round(statistics.median(each), 2),
        "round_ratio_min": round(min(each), 2),
        "round_ratio_max": round(max(each), 2),
    }


# What a signed-in floor does before its work: the person's password read from standard
# input and checked against the stored Argon2id hash (argon2-cffi, the hash's own
# parameters), as every command that acts for a person must.
SIGN_IN = """
import sqlite3, sys
from argon2 import PasswordHasher
stored = sqlite3.connect(sys.argv[-1]).execute(
    "SELECT credentials.password_hash FROM users JOIN credentials ON credentials.user_id = "
    "users.id WHERE users.login = 'biuro' AND users.active").fetchone()[0]
PasswordHasher().verify(stored, sys.stdin.readline().rstrip("\\n"))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", help="keep (or reuse) the demo database in this folder")
    parser.add_argument("--before", help="also run ours from this tree's src (an older "
                        "commit), in the same rounds")  # fmt: skip
    parser.add_argument("--only", choices=("help", "cases", "pdf"), action="append")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="calcert-cli-"))
    data = demo_folder(folder, args.cases)
    database = str(data / "calcert.sqlite3")
    env = environment(SRC, folder)
    trees = {"ours": env}
    if args.before:
        trees["before"] = environment(Path(args.before), folder)
    python = sys.executable
    signed = [python, "-c", LAUNCH, "--data-dir", str(data), "--user", "biuro",
              "--password-fd", "0"]  # fmt: skip
    reference = a_certificate(data)
    pdf_out, page, floor_pdf = folder / "ours.pdf", folder / "floor-page.json", folder / "floor.pdf"
    # Seal the certificate first (a certificate issued before seals is sealed at its first
    # print; every later print reads the stored seal), then take the floor's page from it.
    for tree_env in trees.values():
        run(Process("seal", [*signed, "pdf", "certificate", reference, "-o", str(pdf_out)],
                    tree_env, True))  # fmt: skip
    subprocess.run([python, "-c", FLOOR_PAGE, str(data), reference, str(page), str(BENCHMARKS)],
                   env=env, check=True)  # fmt: skip
    cases_floor = CASES_FLOOR.format(sql=CASES_SQL, phrase=f'"{SEARCH}"')
    canvas = (
        f"import runpy, sys; sys.argv = ['canvas_floor.py', {str(page)!r}, {str(floor_pdf)!r}]; "
        f"runpy.run_path({str(BENCHMARKS / 'canvas_floor.py')!r}, run_name='__main__')"
    )
    commands: dict[str, tuple[list[str], list[Process]]] = {
        "help": (["--help"], [Process("floor", [python, "-c", help_floor()], env, False)]),
        "cases": (["cases", "--search", SEARCH], [
            Process("floor", [python, "-c", cases_floor, database], env, False),
            Process("signed floor", [python, "-c", SIGN_IN + cases_floor, database], env, True),
        ]),
        "pdf": (["pdf", "certificate", reference, "-o", str(pdf_out)], [
            Process("floor", [python, "-c", canvas], env, False),
            Process("signed floor", [python, "-c", SIGN_IN + canvas, database], env, True),
        ]),
    }  # fmt: skip
    results: dict[str, object] = {"cases": args.cases, "repeat": args.repeat,
                                  "certificate": reference, "before": args.before}  # fmt: skip
    print("| command | process | median | ratio to the floor "
          "| median of the rounds' ratios (range) |")  # fmt: skip
    print("| --- | --- | --- | --- | --- |")
    for name, (arguments, floors) in commands.items():
        if args.only and name not in args.only:
            continue
        head = signed if name != "help" else [python, "-c", LAUNCH]
        ours = [Process(tree, [*head, *arguments], tree_env, name != "help")
                for tree, tree_env in trees.items()]  # fmt: skip
        times = rounds([*ours, *floors], args.repeat)
        found: dict[str, object] = {}
        for process in [*ours, *floors[1:]]:
            line = summary(times, process.label, "floor")
            found[process.label] = line
            print(f"| {name} | {process.label} | {line['ours_ms']:.0f} ms | x{line['ratio']:.2f} "
                  f"| x{line['round_ratio']:.2f} ({line['round_ratio_min']:.2f}–"
                  f"{line['round_ratio_max']:.2f}) |", flush=True)  # fmt: skip
        print(f"| {name} | floor | {statistics.median(times['floor']) * 1000:.0f} ms | | |")
        if len(floors) > 1:
            line = summary(times, "ours", "signed floor")
            found["ours/signed floor"] = line
            print(f"| {name} | ours against the signed floor | | x{line['ratio']:.2f} "
                  f"| x{line['round_ratio']:.2f} ({line['round_ratio_min']:.2f}–"
                  f"{line['round_ratio_max']:.2f}) |", flush=True)  # fmt: skip
        if args.before:
            line = summary(times, "ours", "before")
            found["ours/before"] = line
            print(f"| {name} | ours against before | | x{line['ratio']:.2f} "
                  f"| x{line['round_ratio']:.2f} ({line['round_ratio_min']:.2f}–"
                  f"{line['round_ratio_max']:.2f}) |", flush=True)  # fmt: skip
        results[name] = found
    out = BENCHMARKS / "results"
    out.mkdir(exist_ok=True)
    (out / "cli.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
