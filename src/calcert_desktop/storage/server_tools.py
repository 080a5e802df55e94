"""PostgreSQL's client programs (``pg_dump``, ``pg_restore``) on this computer: where they
are, which version, and how they reach the server (libpq's environment, never a password on
the command line)."""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Connection

from calcert_desktop.storage.location import DEFAULT_PORT, Location

_VERSION = re.compile(rb"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")


@dataclass(frozen=True)
class Tool:
    """A client program and its version."""

    path: str
    major: int
    version: str  # "15.18"


def _places(name: str) -> list[str]:
    """Where ``name`` may be: on PATH, Debian's versioned folders, the Windows installer's."""
    found = [shutil.which(name)]
    found += glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    program_files = os.environ.get("ProgramFiles")
    if program_files:
        found += glob.glob(str(Path(program_files) / "PostgreSQL" / "*" / "bin" / f"{name}.exe"))
    return list(dict.fromkeys(p for p in found if p))


def _version(path: str) -> Tool | None:
    try:
        done = subprocess.run([path, "--version"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    match = _VERSION.search(done.stdout)
    if done.returncode != 0 or match is None:
        return None
    major, minor = match.group(1).decode(), (match.group(2) or b"0").decode()
    return Tool(path, int(major), f"{major}.{minor}")


def find_tool(name: str, at_least: int = 0) -> Tool | None:
    """The newest ``name`` (``pg_dump``, ``pg_restore``) of major version ``at_least`` or
    more found here, or None."""
    tools = [t for t in (_version(p) for p in _places(name)) if t and t.major >= at_least]
    return max(tools, key=lambda t: (t.major, t.version), default=None)


@dataclass(frozen=True)
class ServerVersion:
    """The server's version: ``15.18`` and its major number."""

    text: str
    major: int


def server_version(connection: Connection) -> ServerVersion:
    """The version of the server ``connection`` talks to."""
    number = int(connection.exec_driver_sql("SHOW server_version_num").scalar_one())
    text = str(connection.exec_driver_sql("SHOW server_version").scalar_one()).split()[0]
    return ServerVersion(text, number // 10000)


def libpq_environment(where: Location) -> dict[str, str]:
    """The environment that points a client program at ``where``: the password (if the
    address or the credential store gave one) in ``PGPASSWORD``, never in its arguments."""
    env = {k: v for k, v in os.environ.items() if k not in ("PGSERVICE", "PGSERVICEFILE")}
    url = where.url
    env.update({
        "PGHOST": url.host or "localhost",
        "PGPORT": str(url.port or DEFAULT_PORT),
        "PGDATABASE": url.database or "",
        "PGCONNECT_TIMEOUT": "10",
        "PGAPPNAME": "CALcert Desktop (kopia)",
    })  # fmt: skip
    if url.username:
        env["PGUSER"] = url.username
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    for key, value in url.query.items():  # sslmode=require... as PGSSLMODE
        if isinstance(value, str):
            env["PG" + key.upper().replace("_", "")] = value
    return env


def first_line(text: bytes | str) -> str:
    """The first non-empty line of a program's message, without libpq's prefix."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    for line in text.splitlines():
        line = line.strip()
        if line:
            return re.sub(r"^(pg_dump|pg_restore): (error: )?", "", line)
    return ""


# What pg_dump and pg_restore say of a damaged or foreign file, in Polish.
_TOOL_ERRORS = (
    ("end of file", "plik kończy się przedwcześnie — kopia jest niepełna"),
    ("uncompress", "uszkodzone dane w pliku"),
    ("decompress", "uszkodzone dane w pliku"),
    ("does not appear to be a valid archive", "to nie jest archiwum pg_dump"),
    ("unsupported version", "archiwum z nowszej wersji pg_dump niż ten pg_restore"),
    ("corrupt", "uszkodzone dane w pliku"),
    ("unexpected", "uszkodzone dane w pliku"),
    ("invalid", "uszkodzone dane w pliku"),
)


def polish_reason(text: bytes | str, who: str = "programu") -> str:
    """A client program's (or the server's: ``who="serwera"``) first message as a Polish
    reason; unknown ones quoted in its own words."""
    said = first_line(text)
    lowered = said.lower()
    for marker, reason in _TOOL_ERRORS:
        if marker in lowered:
            return reason
    return f"komunikat {who}: „{said}”" if said else f"błąd {who}"
