"""Benchmark: a 20 MB attachment kept in the database, against keeping it as a file.

- **store**: the wizard's way in (``attachments.add_file``: read, check the type, hash, write
  twenty 1 MiB chunks in one transaction and commit), against the floor: what an earlier
  version did, the same checked read and hash, then the file written into the data folder
  atomically (temporary file, fsync, rename), as ``zalaczniki/<2>/<sha>``.
- **open**: a viewable copy streamed out of the database a chunk at a time
  (``attachments.viewable_copy``: the chunks read and hashed, the type checked, the copy
  written), against the floor: the same copy made from the file (``copy_atomically``).

Each store uses new content (random bytes behind a PDF header), so nothing is deduplicated.
Both run alternately in one process, so the machine's load touches both alike; the figure
to read is the ratio.

Usage: python benchmarks/bench_blobs.py [--repeat 7] [--mb 20] [--postgres]
(``--postgres`` starts a temporary PostgreSQL cluster as the tests do, and measures there.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import people
from calcert_desktop.services.applications import attachments
from calcert_desktop.services.context import AppContext, open_context, reading
from calcert_desktop.storage.files import copy_atomically, write_atomically
from calcert_desktop.storage.preview_folder import PreviewFolder

ROOT = Path(__file__).resolve().parents[1]


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _content(megabytes: int) -> bytes:
    return b"%PDF-1.4\n" + os.urandom(megabytes * (1 << 20) - 9)


def _open(folder: Path, server: str | None) -> AppContext:
    ctx = open_context(DataPaths(folder, server), create=True)
    people.ensure_admin(ctx)
    return ctx


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--mb", type=int, default=20)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()

    server = None
    cluster = None
    if args.postgres:
        sys.path.insert(0, str(ROOT / "tests"))
        import postgres_server

        cluster = postgres_server.start()
        os.environ["PGPASSWORD"] = postgres_server.PASSWORD
        import psycopg

        admin = cluster.admin_url().replace("+psycopg", "")
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute('CREATE DATABASE "bench_blobs"')
        server = cluster.url("bench_blobs", password=False).replace("+psycopg", "")
    work = Path(tempfile.mkdtemp(prefix="bench-blobs-"))
    ctx = _open(work / "dane", server)
    store = work / "dane-pliki" / "zalaczniki"
    previews = PreviewFolder(parent=work)
    timings: dict[str, list[float]] = {"store": [], "store floor": [], "open": [],
                                       "open floor": []}  # fmt: skip
    try:
        for run in range(args.repeat):
            source = work / f"raport-{run}.pdf"
            source.write_bytes(_content(args.mb))
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
            target = store / digest[:2] / digest

            def floor_store(path: Path = source, file: Path = target) -> None:
                data = attachments.checked_content(path, path.name, field="a", name_field="a")
                hashlib.sha256(data).hexdigest()
                write_atomically(file, data, private_parent=True)

            pair = [("store", lambda path=source: attachments.add_file(ctx, path)),
                    ("store floor", floor_store)]  # fmt: skip
            for name, job in pair if run % 2 else reversed(pair):
                timings[name].append(_timed(job))
            item = {"file_name": source.name, "sha256": digest}

            def ours(item: dict = item) -> None:
                with reading(ctx) as session:
                    attachments.viewable_copy(session, item, previews)

            def floor_open(file: Path = target, name: str = source.name) -> None:
                copy_atomically(file, previews.path() / "floor" / name, private_parent=True)

            pair = [("open", ours), ("open floor", floor_open)]
            for name, job in pair if run % 2 else reversed(pair):
                timings[name].append(_timed(job))
            previews.remove()
            source.unlink()
    finally:
        ctx.close()
        if cluster is not None:
            cluster.stop()
    engine = "PostgreSQL" if args.postgres else "SQLite"
    result = {name: statistics.median(values) for name, values in timings.items()}
    print(f"{args.mb} MB attachment, {engine}, median of {args.repeat}:")
    for what in ("store", "open"):
        ours, floor = result[what], result[f"{what} floor"]
        print(f"  {what:5}: {ours:8.0f} ms   floor (a file) {floor:8.0f} ms   x{ours / floor:.1f}")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    name = f"bench_blobs_{engine.lower()}.json"
    (out / name).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
