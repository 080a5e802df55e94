"""The real ``calcert`` as a separate process, for what an in-process run cannot show: the
umask it starts with, a file-size limit, a kill -9 at a random moment.

The child runs this checkout's code (``PYTHONPATH`` points at the package the tests import),
without the tester's ``CALCERT_*`` settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import calcert_desktop
from cli_support import PASSWORD, first_line_for, person_for

SRC = Path(calcert_desktop.__file__).resolve().parents[1]


def environment() -> dict[str, str]:
    """The child's environment: this checkout first on the path, no ambient settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALCERT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def command(data_dir: Path, *args: str, user: str | None = None) -> list[str]:
    """``python -m calcert_desktop --data-dir DATA [--user U] --password-fd 0 ARGS``: the
    password (or ``init``'s new administrator's) comes on standard input
    (:func:`password_input`)."""
    argv = [sys.executable, "-m", "calcert_desktop", "--data-dir", str(data_dir)]
    user = person_for(args, user)
    if user:
        argv += ["--user", user]
    return [*argv, "--password-fd", "0", *args]


def password_input(args: tuple[str, ...], user: str | None) -> str:
    """What the child reads on standard input: the test password, when one is asked."""
    return "".join(f"{line}\n" for line in first_line_for(args, person_for(args, user),
                                                           PASSWORD))


def run(
    data_dir: Path, *args: str, user: str | None = None, umask: int = -1, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run a command to its end (``umask``: the one the child starts with)."""
    return subprocess.run(
        command(data_dir, *args, user=user), capture_output=True, text=True, check=False,
        env=environment(), umask=umask, timeout=timeout, input=password_input(args, user),
    )  # fmt: skip


def run_limited(
    data_dir: Path, *args: str, file_size: int, user: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command whose files may not grow past ``file_size`` bytes (as ``ulimit -f``:
    a write beyond it fails with EFBIG, Python ignoring SIGXFSZ)."""
    starter = (
        "import resource, runpy, sys; "
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({file_size}, {file_size})); "
        "sys.argv = ['calcert', *sys.argv[1:]]; "
        "runpy.run_module('calcert_desktop', run_name='__main__')"
    )
    argv = [sys.executable, "-c", starter, *command(data_dir, *args, user=user)[3:]]
    return subprocess.run(
        argv, capture_output=True, text=True, check=False, env=environment(), timeout=120,
        input=password_input(args, user),
    )  # fmt: skip


def start(data_dir: Path, *args: str, user: str | None = None) -> subprocess.Popen[bytes]:
    """Start a command and return at once (to kill it midway)."""
    process = subprocess.Popen(
        command(data_dir, *args, user=user), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, env=environment(), stdin=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(password_input(args, user).encode("utf-8"))
    process.stdin.close()
    return process
