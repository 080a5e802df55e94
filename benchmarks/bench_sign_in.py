"""Benchmark: what signing in costs, at the service and at the start of the window.

1. ``sign_in`` (find the account, check the password, read the person's roles) against its
   floor: one Argon2id verification with argon2-cffi's recommended parameters, the work no
   sign-in can skip, run alone in the same process, alternating with ours.
2. The start to a filled-in, signed-in main window (CALCERT_QUIT_WHEN_READY=loaded, the
   password on stdin) against the same start of the version before sign-in (``--before``, a
   commit checked out in a temporary worktree, on a database its own demo made), alternating
   process by process; the issue's bound is ours within 1.5x of (before + one verification).

Usage: python benchmarks/bench_sign_in.py [--cases 2000] [--repeat 7] [--before COMMIT]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from argon2 import PasswordHasher

from calcert_desktop.demo import loader
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin.people import ensure_admin
from calcert_desktop.services.auth import hashing
from calcert_desktop.services.auth.passwords import set_first_admin
from calcert_desktop.services.auth.sign_in import sign_in
from calcert_desktop.services.context import AppContext
from calcert_desktop.storage.store import open_database

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "hasło-pomiarowe-2026"
BEFORE = "8018f93"  # main just before sign-in (issue 18)


def service(folder: Path, cases: int, repeat: int) -> tuple[float, float]:
    """Median seconds of one ``sign_in`` and of one bare verification, alternating."""
    paths = DataPaths(folder / "dane")
    ctx = AppContext(paths, open_database(paths, create=True))
    ensure_admin(ctx)
    admin = set_first_admin(ctx, PASSWORD, PASSWORD).actor
    loader.fill(ctx, admin, cases=cases, seed=2026)  # biuro gets the same password
    hashed = PasswordHasher().hash(PASSWORD)
    assert hashing.HASHER.time_cost == PasswordHasher().time_cost  # the real parameters
    ours, floor = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        sign_in(ctx, "biuro", PASSWORD)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        PasswordHasher().verify(hashed, PASSWORD)
        floor.append(time.perf_counter() - start)
    ctx.close()
    return statistics.median(ours), statistics.median(floor)


def until_loaded(command: list[str], env: dict[str, str], stdin: str) -> float:
    """Seconds from spawning ``command`` to its "loaded" line."""
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stdin=subprocess.PIPE,
                          text=True) as process:  # fmt: skip
        assert process.stdout is not None and process.stdin is not None
        process.stdin.write(stdin)
        process.stdin.close()
        for line in process.stdout:
            if line.strip() == "loaded":
                seconds = time.perf_counter() - start
                break
        else:
            raise SystemExit(f"{command} never loaded")
        process.wait()
    return seconds


def starts(folder: Path, cases: int, repeat: int, before: str) -> tuple[float, float]:
    """Median seconds to a filled-in window: (ours signed in, the earlier version's)."""
    old = folder / "przed"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), before],
                   check=True, capture_output=True)  # fmt: skip
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALCERT_QUIT_WHEN_READY="loaded",
                   XDG_CONFIG_HOME=str(folder / "config"))  # fmt: skip
        old_env = dict(env, PYTHONPATH=str(old / "src"))
        old_data = folder / "dane-przed"
        subprocess.run([sys.executable, "-m", "calcert_desktop", "--data-dir", str(old_data),
                        "demo", "--cases", str(cases)], env=old_env, check=True,
                       capture_output=True)  # fmt: skip
        new_env = dict(env, PYTHONPATH=str(ROOT / "src"))
        ours_cmd = [sys.executable, "-m", "calcert_desktop", "--data-dir",
                    str(folder / "dane"), "--user", "biuro", "--password-fd", "0"]  # fmt: skip
        old_cmd = [sys.executable, "-m", "calcert_desktop", "--data-dir", str(old_data),
                   "--user", "biuro"]  # fmt: skip
        until_loaded(ours_cmd, new_env, f"{PASSWORD}\n")  # warm the caches
        until_loaded(old_cmd, old_env, "")
        ours, earlier = [], []
        for _ in range(repeat):
            ours.append(until_loaded(ours_cmd, new_env, f"{PASSWORD}\n"))
            earlier.append(until_loaded(old_cmd, old_env, ""))
        return statistics.median(ours), statistics.median(earlier)
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)],
                       check=False, capture_output=True)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--before", default=BEFORE)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="calcert-sign-in-"))
    ours, verification = service(folder, args.cases, args.repeat * 2)
    print(f"sign_in: {ours * 1000:.1f} ms; one Argon2id verification alone: "
          f"{verification * 1000:.1f} ms (x{ours / verification:.2f})")  # fmt: skip
    signed, earlier = starts(folder, args.cases, args.repeat, args.before)
    bound = 1.5 * (earlier + verification)
    print(f"start to a filled-in window, {args.cases} cases: signed in {signed * 1000:.0f} ms; "
          f"before sign-in ({args.before}) {earlier * 1000:.0f} ms; x{signed / earlier:.2f}; "
          f"bound 1.5 x (before + one verification) = {bound * 1000:.0f} ms: "
          f"{'within' if signed <= bound else 'OVER'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
