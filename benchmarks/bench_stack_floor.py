"""Benchmark: what the chosen stack costs before any of our work, against issue 22's floors.

Whole processes, in turn each round, median of the rounds:
- the floors: a bare PySide6 window shown (bench_startup.py's floor) and a plain Python
  process that opens sqlite3 (bench_cli.py's floor for ``cases --search``);
- what every start of ours must do before its first read: import SQLAlchemy, its ORM, our
  models mapped (``calcert_desktop.storage.models``), and check one password with Argon2id
  as our sign-in does (``services.auth.hashing.HASHER``, the library's defaults).

Each is printed as a ratio to both floors. A ratio here above an acceptance aim means that
aim cannot be met on this stack by our own code: the process would already be over it
before it reads a row.

Usage: python benchmarks/bench_stack_floor.py [--repeat 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 700)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

PLAIN_SQLITE = "import sqlite3; sqlite3.connect(':memory:').execute('SELECT 1').fetchall()"

ARGON2 = """
from argon2 import PasswordHasher
hasher = PasswordHasher()
hasher.verify(HASH, "hasło-pomiarowe-2026")
"""

PROCESSES: dict[str, str] = {
    "bare PySide6 window": BARE_WINDOW,
    "plain Python + sqlite3": PLAIN_SQLITE,
    "import sqlalchemy": "import sqlalchemy",
    "import sqlalchemy.orm": "import sqlalchemy.orm",
    "our models mapped": "import calcert_desktop.storage.models",
    "one Argon2id check": "",  # filled in main(): the hash is made once
}


def spawn(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    from argon2 import PasswordHasher

    stored = PasswordHasher().hash("hasło-pomiarowe-2026")
    processes = dict(PROCESSES, **{"one Argon2id check": f"HASH = {stored!r}\n{ARGON2}"})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as an installed program is
    for code in processes.values():  # warm the file cache and the bytecode
        spawn(code, env)
    rounds = [{name: spawn(code, env) for name, code in processes.items()}
              for _ in range(args.repeat)]  # fmt: skip
    window_floor = "bare PySide6 window"
    plain_floor = "plain Python + sqlite3"
    results = {}
    for name in processes:
        median = statistics.median(r[name] for r in rounds)
        to_window = statistics.median(r[name] / r[window_floor] for r in rounds)
        to_plain = statistics.median(r[name] / r[plain_floor] for r in rounds)
        results[name] = {"ms": round(median * 1000), "x_window": round(to_window, 2),
                         "x_plain": round(to_plain, 2)}  # fmt: skip
        print(f"{name:26s} {median * 1000:6.0f} ms   x{to_window:5.2f} of the bare window   "
              f"x{to_plain:5.2f} of plain Python")  # fmt: skip
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "stack_floor.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
