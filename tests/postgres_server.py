"""A real PostgreSQL server for the tests and benchmarks: a temporary cluster, started and
stopped by the test session (standard library only).

The server comes from the machine's PostgreSQL installation (Debian's ``postgresql``
package: ``/usr/lib/postgresql/N/bin``; on Windows the EDB installer's ``bin`` on PATH). It
runs as its own user: when the tests run as root (CI), ``initdb`` and ``pg_ctl`` run as the
``postgres`` account through ``runuser``, as PostgreSQL refuses to run as root. The cluster
lives in a temporary folder, listens on 127.0.0.1 on a free port, and asks for a password
over TCP (scram-sha-256), as an office's server does: the application's role ``calcert``
may create databases but is no superuser.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

ROLE = "calcert"
PASSWORD = "calcert-test-haslo"
ENV_URL = "CALCERT_TEST_POSTGRES"  # a server of your own instead: postgresql://user:pw@host:port


def _find(program: str) -> str | None:
    found = shutil.which(program)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{program}"), reverse=True)
    return candidates[0] if candidates else None


def available() -> bool:
    """Whether a cluster can be started here (or a server is given in CALCERT_TEST_POSTGRES)."""
    return bool(os.environ.get(ENV_URL)) or (
        _find("initdb") is not None and _find("pg_ctl") is not None
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user() -> list[str]:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--"]
    return []


@dataclass
class Server:
    """A running server: where it listens and how to stop it."""

    host: str
    port: int
    folder: Path | None  # None for a server the tests did not start

    def url(self, database: str, *, password: bool = True) -> str:
        """A SQLAlchemy URL for ``database`` as the application's role."""
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql+psycopg://{ROLE}{secret}@{self.host}:{self.port}/{database}"

    def admin_url(self, database: str = "postgres") -> str:
        """The same database for the application's role (it may create databases)."""
        return self.url(database)

    def stop(self) -> None:
        """Stop the server and remove its folder (only one the tests started)."""
        if self.folder is None:
            return
        pg_ctl = _find("pg_ctl")
        assert pg_ctl is not None
        subprocess.run(
            [*_as_server_user(), pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate",
             "-w", "stop"],
            check=False, capture_output=True,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)

    def kill(self) -> None:
        """Kill the server's processes at once (SIGKILL to the postmaster, as a crash)."""
        assert self.folder is not None
        pid = int((self.folder / "data" / "postmaster.pid").read_text().split()[0])
        os.kill(pid, 9)

    def start_again(self) -> None:
        """Start a stopped or killed server on the same folder and port."""
        assert self.folder is not None
        _start(self.folder, self.port)


def _start(folder: Path, port: int) -> None:
    pg_ctl = _find("pg_ctl")
    assert pg_ctl is not None
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200 "
        "-c fsync=off -c full_page_writes=off -c autovacuum=off"
    )  # autovacuum off: the tests' databases live for seconds, and the app's role (no
    # superuser) may not end an autovacuum worker, so DROP DATABASE ... WITH (FORCE) fails
    # when one happens to be in the database
    subprocess.run(
        [*_as_server_user(), pg_ctl, "-D", str(folder / "data"), "-o", options,
         "-l", str(folder / "server.log"), "-w", "-t", "60", "start"],
        check=True, capture_output=True,
    )  # fmt: skip


def drop_database(connection: psycopg.Connection, name: str) -> None:
    """``DROP DATABASE IF EXISTS name WITH (FORCE)`` on an autocommit connection, tried again
    for a few seconds while an autovacuum worker is in the database (on a server of one's
    own, CALCERT_TEST_POSTGRES, autovacuum runs: the role may not end its worker)."""
    import psycopg

    deadline = time.monotonic() + 20
    while True:
        try:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


# Room a cluster on tmpfs must have: the run's databases (about 9 MB each, dropped after
# each test) and the 2,000-case demo copied to the server (tests/cli/test_db_copy_roundtrip).
MEMORY_NEEDED = 2 * 1024**3


def _memory_folder() -> str | None:
    """``/dev/shm`` (tmpfs) when it has room, else None (the system's temporary folder).

    Each test makes a database from a template: on a disk that took 160-330 ms (the copy's
    files are written through), on tmpfs about 20 ms; 2,300 tests make 2,300 of them. The
    data is thrown away at the end, so memory loses nothing worth keeping. A container's
    small /dev/shm (Docker's 64 MB) is not used."""
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and os.access(shm, os.W_OK) and \
                shutil.disk_usage(shm).free >= MEMORY_NEEDED:  # fmt: skip
            return str(shm)
    except OSError:
        pass
    return None


def start() -> Server:
    """Start a temporary cluster (or use the server CALCERT_TEST_POSTGRES names)."""
    given = os.environ.get(ENV_URL)
    if given:
        from urllib.parse import urlsplit

        parts = urlsplit(given)
        return Server(parts.hostname or "127.0.0.1", parts.port or 5432, None)
    initdb = _find("initdb")
    if initdb is None:
        raise RuntimeError("PostgreSQL (initdb) is not installed")
    folder = Path(tempfile.mkdtemp(prefix="calcert-pg-", dir=_memory_folder()))
    prefix = _as_server_user()
    if prefix:
        shutil.chown(folder, "postgres", "postgres")
    folder.chmod(0o700)
    secret = folder / "haslo"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    if prefix:
        shutil.chown(secret, "postgres", "postgres")
    subprocess.run(
        [*prefix, initdb, "-D", str(folder / "data"), "-U", "postgres", "-E", "UTF8",
         "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256"],
        check=True, capture_output=True,
    )  # fmt: skip
    port = _free_port()
    _start(folder, port)
    psql = _find("psql")
    assert psql is not None
    deadline = time.monotonic() + 30
    while True:
        done = subprocess.run(
            [*prefix, psql, "-h", str(folder), "-p", str(port), "-U", "postgres", "-d",
             "postgres", "-v", "ON_ERROR_STOP=1", "-c",
             f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{PASSWORD}'"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode == 0 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    if done.returncode != 0:
        raise RuntimeError(f"could not create the test role: {done.stderr}")
    return Server("127.0.0.1", port, folder)
