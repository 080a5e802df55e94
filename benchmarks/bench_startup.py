"""Benchmark: start-up of the desktop app to an interactive main window, and to every view
filled.

The floor is a bare PySide6 program (QApplication, one QMainWindow shown, the event loop
entered); ours is ``python -m calcert_desktop`` on a database of N demo cases, signed in as
biuro. Ours is timed twice: to its main window taking input (CALCERT_QUIT_WHEN_READY=1:
"ready"), and to every view filled (CALCERT_QUIT_WHEN_READY=loaded: "loaded" once every
view's first read has been answered and shown, ``Worker.quiet``). All whole processes,
offscreen, from spawn to the line; each round runs the three in turn (the floor in every
round, so a machine getting busier weighs on both), the median of the rounds.

Usage: python benchmarks/bench_startup.py [--cases 10000] [--repeat 7] [--keep DIR]
       [--src TREE/src]  (another tree's code, e.g. a worktree of an older commit)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from calcert_desktop.demo import loader
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin.people import ensure_admin
from calcert_desktop.services.auth.passwords import set_first_admin
from calcert_desktop.services.context import AppContext
from calcert_desktop.storage.store import open_database

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 700)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


# The benchmark database's administrator (and, through the demo, everyone's) password.
PASSWORD = "hasło-pomiarowe-2026"

def spawn_to(command: list[str], env: dict[str, str], mark: str = "ready") -> float:
    """Seconds from spawning ``command`` to its ``mark`` line."""
    start = time.perf_counter()
    elapsed = None
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stdin=subprocess.PIPE,
                          text=True) as process:  # fmt: skip
        assert process.stdout is not None and process.stdin is not None
        process.stdin.write(f"{PASSWORD}\n")
        process.stdin.close()
        for line in process.stdout:
            if line.strip() == mark:
                elapsed = time.perf_counter() - start
                break
        process.wait()
    if process.returncode or elapsed is None:
        raise SystemExit(f"{command[0]} failed with {process.returncode} (no {mark!r})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", help="keep (or reuse) the demo database in this folder")
    parser.add_argument("--src", help="run the app from this source folder (PYTHONPATH)")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="calcert-start-"))
    paths = DataPaths(folder / "dane")
    if not paths.database.exists():
        ctx = AppContext(paths, open_database(paths, create=True))
        ensure_admin(ctx)
        admin = set_first_admin(ctx, PASSWORD, PASSWORD).actor
        loader.fill(ctx, admin, cases=args.cases, seed=2026)  # the people get its password
        ctx.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALCERT_QUIT_WHEN_READY="1",
               XDG_CONFIG_HOME=str(folder / "config"))  # fmt: skip
    if args.src:
        env["PYTHONPATH"] = str(Path(args.src).resolve())
    # Compiled once, as an installed program is: a shell with PYTHONDONTWRITEBYTECODE would
    # compile our 500 modules from source at every start (0.2 s and more here).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    loaded_env = dict(env, CALCERT_QUIT_WHEN_READY="loaded")
    # Signed in as biuro with the password on stdin (as a script opens the window).
    ours_cmd = [sys.executable, "-m", "calcert_desktop", "--data-dir", str(paths.root),
                "--user", "biuro", "--password-fd", "0"]  # fmt: skip
    bare_cmd = [sys.executable, "-c", BARE]
    spawn_to(ours_cmd, loaded_env, "loaded")  # warm the file cache and the compiled bytecode
    spawn_to(bare_cmd, env)
    rounds = [
        (spawn_to(bare_cmd, env), spawn_to(ours_cmd, env), spawn_to(ours_cmd, loaded_env, "loaded"))
        for _ in range(args.repeat)
    ]
    bare, ours, loaded = (statistics.median(column) for column in zip(*rounds, strict=True))
    window_ratio = statistics.median(o / b for b, o, _ in rounds)
    filled_ratio = statistics.median(f / b for b, _, f in rounds)
    print(f"bare PySide6 window: {bare * 1000:.0f} ms")
    print(f"CALcert Desktop window, {args.cases} cases: {ours * 1000:.0f} ms "
          f"(x{ours / bare:.2f}; median of the rounds' ratios x{window_ratio:.2f})")
    print(f"... every view filled: {loaded * 1000:.0f} ms "
          f"(x{loaded / bare:.2f}; median of the rounds' ratios x{filled_ratio:.2f})")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "startup.json").write_text(json.dumps({
        "cases": args.cases, "bare_ms": round(bare * 1000), "ours_ms": round(ours * 1000),
        "ratio": round(ours / bare, 2), "filled_ms": round(loaded * 1000),
        "filled_ratio": round(loaded / bare, 2), "rounds": len(rounds),
    }, indent=2), encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
