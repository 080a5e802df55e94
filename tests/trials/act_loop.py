"""A child process of the kill trials: takes each listed case through ``STEPS``, one service
transaction per step, printing ``ready`` once the database is open and then
``<case> <steps done>`` after each commit. Run again on the same folder it resumes where the
database says each case stopped.

    python act_loop.py DATA_DIR CODE [CODE...]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``trials`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context
from trials.case_steps import STEPS, progress, run_step


def run(data_dir: Path, codes: list[str], report: bool = False) -> None:
    """Bring every case in ``codes`` to the end of ``STEPS``."""
    ctx = open_context(DataPaths(data_dir), create=False)
    try:
        if report:
            print("ready", flush=True)
        for index, code in enumerate(codes):
            for step in range(progress(ctx, code), len(STEPS)):
                run_step(ctx, code, step)
                if report:
                    print(index, step + 1, flush=True)
    finally:
        ctx.close()


if __name__ == "__main__":
    run(Path(sys.argv[1]), sys.argv[2:], report=True)
