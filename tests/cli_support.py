"""Helpers of the command-line test fixtures that a module-scoped fixture can use too (a
module cannot import them from ``conftest``: ``tests/ui`` has a conftest of its own)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from calcert_desktop.cli.main import main
from calcert_desktop.domain.identifiers import nip_check_digit

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "forms" / "examples" / "declaration-example.json"

# The test people's Board: two members, the quorum. Its resolution, adopted by both.
BOARD = ("zarzad", "zarzad2")
BOARD_VOTES = ("--board-vote", "zarzad=za", "--board-vote", "zarzad2=za")
# The Commission the Board appointed (regulations, point 6) in the prepared database, from
# this day, open-ended: (login, function).
APPOINTED_FROM = "2018-01-02"
APPOINTED = (
    ("przewodniczaca", "przewodniczący"),
    ("czlonek1", "członek"),
    ("czlonek2", "członek"),
    ("czlonek3", "członek"),
)


# Every test person's password (the prepared database's, the first administrator's of each
# new one); a temporary one an administrator gives before the person chooses their own.
PASSWORD = "hasło-testowe-2026"
TEMPORARY = "tymczasowe-hasło-2026"


@contextlib.contextmanager
def password_fd(*lines: str) -> Iterator[int]:
    """A pipe's reading end holding ``lines`` (for ``--password-fd``), closed afterwards."""
    read, write = os.pipe()
    try:
        os.write(write, "".join(f"{line}\n" for line in lines).encode("utf-8"))
    finally:
        os.close(write)
    try:
        yield read
    finally:
        close_quietly(read)


def close_quietly(fd: int) -> None:
    """Close ``fd`` unless it is closed already."""
    with contextlib.suppress(OSError):
        os.close(fd)


# Commands that once ran without a person and now sign one in: a test that names nobody runs
# them as the administrator (who may run every one of them). Tests of the refusal without a
# person call ``main`` themselves (tests/cli/test_sign_in_cli.py).
AS_ADMIN = frozenset({"check", "backup", "users", "register", "sweep", "verify-certificate",
                      "settings"})  # fmt: skip


def person_for(args: tuple[str, ...], user: str | None) -> str | None:
    """``user``, or the administrator for a command of :data:`AS_ADMIN` given nobody."""
    if user is None and args[:1] and args[0] in AS_ADMIN and "--help" not in args:
        return "admin"
    return user


def first_line_for(args: tuple[str, ...], user: str | None, password: str) -> list[str]:
    """The lines a command reads from ``--password-fd``: the person's password, or for
    ``init`` (and ``db init``) the first administrator's new one."""
    if user:
        return [password]
    if args[:1] == ("init",) or args[:2] == ("db", "init"):
        return [PASSWORD]
    return []


def run_main(argv: list[str], *args: str, user: str | None = None,
             password: str = PASSWORD, more: tuple[str, ...] = ()) -> int:
    """``calcert ARGV [--user USER] ARGS`` in-process, the passwords given through a pipe
    (``password`` as the person's own, then the ``more`` lines)."""
    user = person_for(args, user)
    lines = [*first_line_for(args, user, password), *more]
    with password_fd(*lines) as fd:
        extra = ["--user", user] if user else []
        return main([*argv, *extra, "--password-fd", str(fd), *args])


def cheap_password_hashes() -> Any:
    """Argon2id with the least work (the tests' own hashes: the recommended 64 MiB and three
    passes per hash would cost seconds per test person; what is stored is still a real
    Argon2id hash, checked the same way); the hasher it replaced, to put back."""
    from argon2 import PasswordHasher

    from calcert_desktop.services.auth import hashing

    real = hashing.HASHER
    hashing.HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    return real


_NIPS = itertools.count(1)


def institution_nip() -> str:
    """A valid NIP no other call of this run returns: each test declaration is a distinct
    institution, so filing several does not meet the warning of a second open case of one
    institution (its own tests set the same NIP on purpose)."""
    while True:
        first = f"{526_000_000 + next(_NIPS):09d}"
        check = nip_check_digit(first)
        if check is not None:
            return f"{first[:3]}-{first[3:6]}-{first[6:8]}-{first[8]}{check}"


def write_declaration(
    folder: Path,
    signed: str = "2024-02-10",
    edit: Callable[[dict[str, Any]], None] | None = None,
    name: str = "deklaracja.json",
) -> Path:
    """The example declaration, signed on ``signed`` with an institution's NIP of its own
    (:func:`institution_nip`) and changed by ``edit``, as a file in ``folder``."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["signature"]["date"] = signed
    data["institution"]["nip"] = institution_nip()
    if edit:
        edit(data)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


class Captured:
    """What ``capsys`` gives ``Cli``, for a fixture wider than one test: the output printed
    inside ``with captured:`` (stdout and stderr redirected to buffers)."""

    def __init__(self) -> None:
        self.out, self.err = io.StringIO(), io.StringIO()
        self._redirects: list[Any] = []

    def __enter__(self) -> Captured:
        self._redirects = [contextlib.redirect_stdout(self.out),
                           contextlib.redirect_stderr(self.err)]  # fmt: skip
        for redirect in self._redirects:
            redirect.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        for redirect in reversed(self._redirects):
            redirect.__exit__(*exc)

    def readouterr(self) -> tuple[str, str]:
        out, err = self.out.getvalue(), self.err.getvalue()
        for buffer in (self.out, self.err):
            buffer.seek(0)
            buffer.truncate()
        return out, err


class Cli:
    """Runs ``calcert`` in-process on one data folder and captures what it prints."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(
        self,
        *args: str,
        user: str | None = None,
        password: str = PASSWORD,
        more: tuple[str, ...] = (),
    ) -> tuple[int, str, str]:
        """``calcert --data-dir DATA [--user USER] ARGS``, signed in with ``password``
        (``more``: further lines for ``--password-fd``, a new password)."""
        self.capsys.readouterr()
        try:
            code = run_main(["--data-dir", str(self.data_dir)], *args, user=user,
                            password=password, more=more)  # fmt: skip
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(
        self,
        *args: str,
        user: str | None = None,
        password: str = PASSWORD,
        more: tuple[str, ...] = (),
    ) -> str:
        code, out, err = self(*args, user=user, password=password, more=more)
        assert code == 0, f"calcert {' '.join(args)} failed ({code}): {err}"
        return out

    def passwords_again(self) -> None:
        """After a database from before sign-in was upgraded (it has no password): the
        first administrator's set (``init``), then everyone else's as :meth:`add_person`."""
        self.ok("init", "--no-encryption")
        for person in json.loads(self.ok("users", "--json", user="admin")):
            if person["login"] != "admin" and person["active"]:
                self.ok("set-password", person["login"], user="admin", more=(TEMPORARY,))
                self.ok("change-password", user=person["login"], password=TEMPORARY,
                        more=(PASSWORD,))  # fmt: skip

    def add_person(self, login: str, name: str, roles: str = "") -> None:
        """Add a person as the administrator, give them a temporary password and let them
        choose :data:`PASSWORD` (the way every person gets one)."""
        self.ok("add-user", login, name, "--roles", roles, user="admin")
        self.ok("set-password", login, user="admin", more=(TEMPORARY,))
        self.ok("change-password", user=login, password=TEMPORARY, more=(PASSWORD,))

    @property
    def database(self) -> Path:
        return self.data_dir / "calcert.sqlite3"

    def file_case(self, declaration: Path, received: str) -> str:
        """Declare and file a case on the written request; returns its reference."""
        draft = self.ok("declare", str(declaration), user="biuro").strip()
        assert draft.startswith("ROB-")
        out = self.ok("act", draft, "file", "--date", received, user="biuro")
        assert "nadano numer" in out
        reference = json.loads(self.ok("show", draft, "--json", user="biuro"))["reference"]
        assert reference.startswith(f"CAL/{received[:4]}/")
        return reference

    def review(self, ref: str, day: str, members: tuple[str, ...], rating: str = "meets") -> None:
        """Accept the case, assign ``members`` (the first as rapporteur), assess S1-S9."""
        self.ok("act", ref, "accept", "--date", day, user="biuro")
        for index, member in enumerate(members):
            extra = ["--rapporteur"] if index == 0 else []
            self.ok(
                "act",
                ref,
                "assign",
                "--member",
                member,
                "--date",
                day,
                *extra,
                user="przewodniczaca",
            )
        for member in members:
            for number in range(1, 10):
                comment = [] if rating == "meets" else ["--comment", f"Brak dowodów (S{number})."]
                self.ok(
                    "act",
                    ref,
                    "assess",
                    "--standard",
                    f"S{number}",
                    "--rating",
                    rating,
                    "--date",
                    day,
                    *comment,
                    user=member,
                )

    def fingerprint(self) -> str:
        """Hash of the database file and its write-ahead log, byte for byte (on the server,
        of every table's rows)."""
        import engines

        if engines.database_of(self.data_dir) is not None:
            return engines.content_hash(self.data_dir)
        digest = hashlib.sha256()
        for suffix in ("", "-wal"):
            path = self.database.with_name(self.database.name + suffix)
            digest.update(path.read_bytes() if path.exists() else b"-")
        return digest.hexdigest()

    def refused(
        self, *args: str, user: str | None = None, expect: str = "", password: str = PASSWORD,
        more: tuple[str, ...] = (),
    ) -> str:
        """Run a command that must be refused: exit 1, one Polish line naming ``expect``,
        and the database byte-for-byte as it was. Returns that line."""
        before = self.fingerprint()
        code, out, err = self(*args, user=user, password=password, more=more)
        assert code == 1, (code, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("błąd: "), err
        assert expect in lines[0], lines[0]
        assert self.fingerprint() == before, "a refused command changed the database"
        return lines[0]


def prepare(cli: Cli, people: list[tuple[str, str, str]]) -> None:
    """A new database with ``people`` (login, name, roles), each with :data:`PASSWORD`, the
    Commission the Board appointed (:data:`APPOINTED`) and the person responsible for
    certification, both Board members voting."""
    cli.ok("init", "--no-encryption")
    for login, name, roles in people:
        cli.add_person(login, name, roles)
    board = [*BOARD_VOTES, "--date", APPOINTED_FROM]
    for login, function in APPOINTED:
        cli.ok("appoint", login, "--as", function, "--from", APPOINTED_FROM, *board,
               user="zarzad")  # fmt: skip
    cli.ok("responsible", "zarzad", *board, user="zarzad")


def admin_of(ctx: Any) -> Any:
    """The administrator of ``ctx``'s database as an actor (for the services that only an
    administrator, or anyone with a role, may call)."""
    from calcert_desktop.services.context import resolve_actor

    return resolve_actor(ctx, "admin")


def words_of(out: str) -> list[str]:
    """The 24 recovery words ``calcert encrypt`` printed (numbered, four a line)."""
    lines = [line for line in out.splitlines() if line.lstrip().startswith(("1.", "5.", "9.",
             "13.", "17.", "21."))]  # fmt: skip
    words = [part for line in lines for part in line.split() if not part.endswith(".")]
    assert len(words) == 24, out
    return words
