"""Which files of the frozen folder the program never opens: both programs' self-test, the
window's start to "ready" (twice: on a new data folder, then on the same one) and
``calcert-cli --help``, each under strace (Linux), against every file in the folder.

A file reached through one of PyInstaller's symbolic links counts as opened. What this lists
is a candidate to leave out (build/bundle_filter.py, the spec's ``excludes``), not a verdict:
a path the runs do not take (a PostgreSQL server, a smart card, the user guide) opens files
too. benchmarks/README.md (bench_frozen.py) records what was cut on this evidence.

Usage (after ``python dev.py build``; needs strace):
    python build/unopened_files.py [dist/CALcert] [--top 60]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPENED = re.compile(r'^\d+\s+(?:openat|open|execve)\((?:AT_FDCWD, |\d+, )?"([^"]+)"')


def runs(folder: Path, data: Path) -> list[tuple[list[str], dict[str, str]]]:
    """The commands traced, each with its environment (offscreen, a data folder of its own)."""
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(data / "config"))
    window = dict(base, CALCERT_QUIT_WHEN_READY="1", CALCERT_DATA_DIR=str(data / "dane"))
    window_program, console = str(folder / "CALcert"), str(folder / "calcert-cli")
    return [
        ([window_program, "self-test"], base),
        ([console, "self-test"], base),
        ([window_program], window),
        ([window_program], window),
        ([console, "--help"], base),
    ]


def opened_files(folder: Path, trace_dir: Path) -> set[str]:
    """Every file under ``folder`` that one of the runs opened (resolved through links)."""
    opened: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="calcert-unopened-") as data:
        for index, (command, env) in enumerate(runs(folder, Path(data))):
            log = trace_dir / f"strace-{index}.txt"
            strace = ["strace", "-f", "-qq", "-e", "trace=openat,open,execve", "-o", str(log)]
            done = subprocess.run([*strace, *command], env=env, capture_output=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"{' '.join(command)} failed ({done.returncode})")
            for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
                found = OPENED.match(line)
                if found and " = -1 " not in line:
                    opened.add(os.path.realpath(found.group(1)))
    return opened


def unopened(folder: Path, opened: set[str]) -> list[tuple[int, str]]:
    """(size, path inside ``folder``) of each file never opened, smallest first."""
    rows = [
        (path.stat().st_size, path.relative_to(folder).as_posix())
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and os.path.realpath(path) not in opened
    ]
    return sorted(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / "CALcert"))
    parser.add_argument("--top", type=int, default=60, help="how many of the largest to list")
    args = parser.parse_args()
    if shutil.which("strace") is None:
        raise SystemExit("strace is missing (apt install strace)")
    folder = Path(args.folder).resolve()
    with tempfile.TemporaryDirectory(prefix="calcert-strace-") as trace_dir:
        rows = unopened(folder, opened_files(folder, Path(trace_dir)))
    total = sum(size for size, _ in rows)
    print(f"{len(rows)} files never opened, {total / 2**20:.1f} MB; the largest:")
    for size, path in rows[-args.top :]:
        print(f"{size / 2**20:8.2f} MB  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
