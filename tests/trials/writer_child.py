"""A child process of the simultaneous-writers test: files one draft per round, each round
starting at an agreed moment (so two children write at the same time), and prints
``ok <round> <reference>`` or ``fail <round> <message>``. It prints ``ready`` once the
database is open, then reads the moment of the first round (epoch seconds) from stdin.

    python writer_child.py DATA_DIR INTERVAL CODE [CODE...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from calcert_desktop.domain.errors import DomainError
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context
from trials.case_steps import run_step


def main(data_dir: Path, interval: float, codes: list[str]) -> None:
    ctx = open_context(DataPaths(data_dir), create=False)
    try:
        print("ready", flush=True)
        start = float(sys.stdin.readline())
        for index, code in enumerate(codes):
            time.sleep(max(0.0, start + index * interval - time.time()))
            try:
                reference = run_step(ctx, code, 0)  # "file": takes the year's next number
            except DomainError as error:
                print("fail", index, error.message, flush=True)
            except Exception as error:  # e.g. "database is locked": reported, not a crash
                print("fail", index, f"{type(error).__name__}: {error}", flush=True)
            else:
                print("ok", index, reference, flush=True)
    finally:
        ctx.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3:])
