"""Benchmark: start-up of the desktop app to an interactive main window.

The floor is a bare PySide6 program (QApplication, one QMainWindow shown, the event loop
entered) in the same run; ours is ``python -m calcert_desktop`` on a database of N demo
cases, quitting as soon as its main window takes input (CALCERT_QUIT_WHEN_READY=1). Both
are whole processes, offscreen, timed from spawn to the moment the event loop runs with
the window shown (each prints "ready" then); the median of several runs.

Usage: python benchmarks/bench_startup.py [--cases 10000] [--repeat 7] [--keep DIR]
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

def timed(command: list[str], env: dict[str, str], repeat: int, mark: str = "ready") -> float:
    """Median time from spawning ``command`` to its ``mark`` line."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stdin=subprocess.PIPE,
                              text=True) as process:  # fmt: skip
            assert process.stdout is not None and process.stdin is not None
            process.stdin.write(f"{PASSWORD}\n")
            process.stdin.close()
            for line in process.stdout:
                if line.strip() == mark:
                    times.append(time.perf_counter() - start)
                    break
            process.wait()
        if process.returncode:
            raise SystemExit(f"{command[0]} failed with {process.returncode}")
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", help="keep (or reuse) the demo database in this folder")
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
    # Signed in as biuro with the password on stdin (as a script opens the window).
    ours_cmd = [sys.executable, "-m", "calcert_desktop", "--data-dir", str(paths.root),
                "--user", "biuro", "--password-fd", "0"]  # fmt: skip
    timed(ours_cmd, env, 1)  # warm the file cache and the compiled bytecode
    bare = timed([sys.executable, "-c", BARE], env, args.repeat)
    ours = timed(ours_cmd, env, args.repeat)
    loaded_env = dict(env, CALCERT_QUIT_WHEN_READY="loaded")
    loaded = timed(ours_cmd, loaded_env, args.repeat, mark="loaded")
    print(f"bare PySide6 window: {bare * 1000:.0f} ms")
    print(f"CALcert Desktop window, {args.cases} cases: {ours * 1000:.0f} ms (x{ours / bare:.2f})")
    print(f"... filled in (database open, person chosen): {loaded * 1000:.0f} ms "
          f"(x{loaded / bare:.2f})")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "startup.json").write_text(json.dumps({
        "cases": args.cases, "bare_ms": round(bare * 1000), "ours_ms": round(ours * 1000),
        "ratio": round(ours / bare, 2), "loaded_ms": round(loaded * 1000),
    }, indent=2), encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
