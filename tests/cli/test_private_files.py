"""Private by default: under the usual umask 022 the real commands leave the data folder 0700
with every folder in it 0700 and every file 0600 (the database's -wal and -shm too), and the
files a user exports 0600; a data folder an older version made 0755/0644 is tightened, and
leftovers of interrupted writes removed, when it is next opened."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

import calcert_process
from calcert_desktop.paths import DataPaths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

LOOSE = 0o022


def modes(root: Path) -> Iterator[tuple[Path, int, bool]]:
    """Every folder and file under ``root`` (itself included): path, mode, is a folder."""
    yield root, stat.S_IMODE(root.stat().st_mode), True
    for folder, dirs, names in os.walk(root):
        for name in [*dirs, *names]:
            path = Path(folder) / name
            mode = path.lstat().st_mode
            yield path, stat.S_IMODE(mode), stat.S_ISDIR(mode)


def not_private(root: Path) -> list[str]:
    return [
        f"{path.relative_to(root.parent)} {mode:o}"
        for path, mode, folder in modes(root)
        if mode != (0o700 if folder else 0o600)
    ]


def ok(data: Path, *args: str, user: str | None = None) -> str:
    done = calcert_process.run(data, *args, user=user, umask=LOOSE)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data folder and an export folder after the real commands ran under umask 022."""
    base = tmp_path_factory.mktemp("prywatne")
    data, out = base / "dane", base / "wyniki"
    out.mkdir(mode=0o755)
    out.chmod(0o755)
    ok(data, "init", "--no-encryption")
    ok(data, "demo", "--cases", "3", user="admin")
    ok(data, "pdf", "application", "CAL/2026/0001", "-o", str(out / "wniosek.pdf"), user="biuro")
    ok(data, "register", "-o", str(out / "rejestr.csv"))
    ok(data, "register", "-o", str(out / "rejestr.pdf"))
    ok(data, "backup", "-o", str(out / "kopia.sqlite3"))
    ok(data, "keys", "export", "-o", str(out / "klucz.txt"), user="admin")
    ok(data, "restore", str(out / "kopia.sqlite3"), user="admin")  # a safety copy inside
    return data, out


def test_the_data_folder_and_everything_in_it_is_private(folders):
    data, _ = folders
    names = {path.relative_to(data).as_posix() for path, _, _ in modes(data)}
    assert {"calcert.sqlite3", "kopie-zapasowe"} <= names
    # The seal key, the documents and the attachments are in the database, not beside it.
    assert not names & {"klucze", "dokumenty", "zalaczniki"}
    assert any(name.startswith("kopie-zapasowe/przed-przywroceniem-") for name in names)
    assert not_private(data) == []


def test_exported_files_are_private_and_their_folder_left_alone(folders):
    _, out = folders
    exported = sorted(p.name for p in out.iterdir())
    assert exported == ["klucz.txt", "kopia.sqlite3", "rejestr.csv", "rejestr.pdf", "wniosek.pdf"]
    assert {name: stat.S_IMODE((out / name).stat().st_mode) for name in exported} == dict.fromkeys(
        exported, 0o600
    )
    assert stat.S_IMODE(out.stat().st_mode) == 0o755  # the user's folder is theirs to set


def test_the_database_wal_and_shm_are_private_whatever_the_umask(tmp_path):
    # In this process, with no restrict_umask: the modes come from the data folder's own
    # code (the database file made 0600 before SQLite opens it), not from the entry point.
    from calcert_desktop.demo import loader
    from calcert_desktop.services.admin import people
    from calcert_desktop.services.context import open_context, resolve_actor
    from calcert_desktop.services.documents import generate

    old = os.umask(LOOSE)
    try:
        ctx = open_context(DataPaths(tmp_path / "dane"), create=True)
        try:
            people.ensure_admin(ctx)
            loader.fill(ctx, resolve_actor(ctx, "admin"), cases=3, seed=2026)
            info = generate.generate(ctx, resolve_actor(ctx, "biuro"), "application",
                                      "CAL/2026/0001")  # fmt: skip
            open_files = {p.name for p in ctx.paths.root.iterdir()}
            assert {"calcert.sqlite3-wal", "calcert.sqlite3-shm"} <= open_files
            assert "dokumenty" not in open_files and info.size_bytes > 0  # in the database
            assert not_private(ctx.paths.root) == []
        finally:
            ctx.close()
    finally:
        os.umask(old)


def test_an_older_folder_is_tightened_and_cleared_when_opened(folders):
    data, _ = folders
    for path, _, folder in modes(data):
        path.chmod(0o755 if folder else 0o644)
    leftover = data / "kopie-zapasowe" / "kopia.sqlite3.czesciowa"  # an earlier version's
    leftover.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert not_private(data) != []
    ok(data, "check")
    assert not leftover.exists()
    assert not_private(data) == []
