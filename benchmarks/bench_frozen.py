"""Benchmark: the frozen program (PyInstaller onedir) and its installer against a floor
packaged the same way: a bare PySide6 window (build/bare_window.py) frozen by the same spec
(build/calcert.spec with CALCERT_FLOOR=1: same options, same Qt parts left out) and put in
the same installer script.

Measured: the size of each onedir folder and of each installer (NSIS, LZMA as shipped), and
the start of each frozen program to an interactive window (offscreen; each prints "ready"
once its window is shown and its event loop runs: ours with CALCERT_QUIT_WHEN_READY=1, on
an existing data folder), median of N runs, the two alternating.

Usage (Linux; needs PyInstaller from requirements/lock-build.txt and makensis):
    PYTHONPATH=src .venv/bin/python benchmarks/bench_frozen.py [--repeat 9] [--no-installer]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "out" / "bench-frozen"
NAME = "CALcert"  # both programs are named so by the spec


def freeze(which: str) -> Path:
    """Freeze ours or the floor into OUT/<which>; returns the onedir folder."""
    env = dict(os.environ, CALCERT_FLOOR="1" if which == "floor" else "")
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build" / "calcert.spec"),
               "--noconfirm", "--log-level", "ERROR", "--distpath", str(OUT / which),
               "--workpath", str(OUT / f"work-{which}")]  # fmt: skip
    subprocess.run(command, env=env, check=True, cwd=ROOT)
    return OUT / which / NAME


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder`` (a symbolic link counts as nothing)."""
    return sum(path.lstat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())  # fmt: skip


def installer(folder: Path, which: str) -> Path:
    """The installer of ``folder``, compiled by the installer script as shipped."""
    target = OUT / f"{which}-instalator.exe"
    makensis = shutil.which("makensis") or "makensis"
    subprocess.run([makensis, "-V1", "-INPUTCHARSET", "UTF8", "-DVERSION=0.0.0",
                    f"-DSOURCE_DIR={folder}", f"-DOUT_FILE={target}",
                    str(ROOT / "build" / "installer" / "calcert.nsi")], check=True)  # fmt: skip
    return target


def start_time(program: Path, env: dict[str, str]) -> float:
    """Seconds from spawning ``program`` to its "ready" line."""
    start = time.perf_counter()
    with subprocess.Popen([str(program)], env=env, stdout=subprocess.PIPE, text=True,
                          stderr=subprocess.DEVNULL) as process:  # fmt: skip
        assert process.stdout is not None
        took = None
        for line in process.stdout:
            if line.strip() == "ready":
                took = time.perf_counter() - start
                break
        process.wait()
    if took is None or process.returncode:
        raise SystemExit(f"{program} did not start (exit {process.returncode})")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--no-installer", action="store_true", help="skip the two installers")
    args = parser.parse_args()
    ours, floor = freeze("ours"), freeze("floor")
    rows = [("onedir folder", folder_size(ours), folder_size(floor))]
    if not args.no_installer:
        rows.append(("installer", installer(ours, "ours").stat().st_size,
                     installer(floor, "floor").stat().st_size))  # fmt: skip
    data = Path(tempfile.mkdtemp(prefix="calcert-frozen-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALCERT_QUIT_WHEN_READY="1",
               CALCERT_DATA_DIR=str(data / "dane"),
               XDG_CONFIG_HOME=str(data / "config"))  # fmt: skip
    start_time(ours / NAME, env), start_time(floor / NAME, env)  # warm the file cache
    times: dict[str, list[float]] = {"ours": [], "floor": []}
    for _ in range(args.repeat):
        times["ours"].append(start_time(ours / NAME, env))
        times["floor"].append(start_time(floor / NAME, env))
    shutil.rmtree(data, ignore_errors=True)
    print("| what | ours | floor | ratio |\n| --- | --- | --- | --- |")
    for what, mine, base in rows:
        print(f"| {what} | {mine / 2**20:.1f} MB | {base / 2**20:.1f} MB | x{mine / base:.2f} |")
    mine, base = (statistics.median(times[k]) for k in ("ours", "floor"))
    print(f"| start to an interactive window (median of {args.repeat}) | {mine * 1000:.0f} ms "
          f"| {base * 1000:.0f} ms | x{mine / base:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
