"""Killing the test server and starting it again, as an office's server crashes and comes
back (tests/postgres_server.py; PostgreSQL only)."""

from __future__ import annotations

import subprocess
import time

import engines

RESTART_WITHIN_S = 60


def kill_server() -> None:
    """Kill the test server's postmaster at once (SIGKILL, as a crash)."""
    assert engines.SERVER is not None and engines.SERVER.folder is not None
    engines.SERVER.kill()


def start_server_again() -> None:
    """Start the killed server on its folder and port. Tried again until it starts: for a
    moment after a crash the old server's processes still hold its data folder."""
    assert engines.SERVER is not None
    deadline = time.monotonic() + RESTART_WITHIN_S
    while True:
        try:
            engines.SERVER.start_again()
            return
        except subprocess.CalledProcessError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
