"""Benchmark: a laptop importing a handover package (issue 19) of 500 cases with 2,000
attachments, against the cheapest honest way to do the same work.

- **ours**: ``services.exchange.transfer.import_package`` as the laptop's administrator, on
  a fresh copy of an empty laptop data folder that has the office registered: the package
  checked whole (structure, every entry's hash, the sender, the recipient, the signature,
  the sequence), then applied in one transaction (the person, their appointments, each
  case, its declaration, its attachments kept as blobs, the assignment, the record of the
  package and of each case handed), with its audit entries.
- **floor**: in the same process, on a fresh copy of the same empty database with the same
  pragmas: the file hashed, the zip opened with ``zipfile``, the sender's key and our own
  read with plain ``sqlite3``, the manifest's signature verified once, the content key
  agreed as the package module does (X25519, HKDF-SHA256), then each entry read once, its
  SHA-256 checked against the manifest and decrypted with the same AES-GCM; the data
  decompressed and parsed, each attachment's SHA-256 checked against the name the data
  gives it, and the same rows inserted with ``executemany`` in one transaction. No ORM, no
  audit log, no checks of the rows' types.

Both are timed from the package's path to the commit (the database opened before the clock
starts, closed after it stops), alternately: ours, floor, ours, floor... After the first
round the floor's rows are compared with ours, so the floor is known to do the same work.

The office, its 500 cases (each filed, accepted and assigned to czlonek1; four attachments
of random bytes each, so nothing compresses or is stored twice), the empty laptop and the
package are made once into ``--keep DIR``; a run with the same DIR only measures.

Usage: python benchmarks/bench_exchange.py [--cases 500] [--per-case 4] [--kb 40]
       [--rounds 5] [--keep DIR] [--profile N]
       (``--profile N``: then one more import of ours under cProfile, its N costliest
       functions printed)
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from calcert_desktop.exchange import identity
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "forms" / "examples" / "declaration-example.json"
OFFICE_NAME, LAPTOP_NAME, MEMBER = "Biuro CAL", "Laptop", "czlonek1"
FILED, ACTED = date(2024, 1, 20), date(2024, 2, 1)
PACKAGE = "przekazanie.calpack"
SETUP = "setup.json"  # written last: the kept folder is complete
# The tables the import writes (the floor writes the same; the audit log is ours alone),
# in the order the floor inserts them (each row's foreign keys before it).
TABLES = ("users", "appointments", "packages", "cases", "declarations", "site_visits",
          "visit_findings", "assignments", "assessments", "conflicts", "package_cases",
          "blobs", "blob_chunks")  # fmt: skip
# Per case: the records the package may carry, and which of their columns name a person.
CASE_RECORDS = (("visit", "site_visits", ("expert_id",)), ("findings", "visit_findings", ()),
                ("assignment", "assignments", ("member_id",)),
                ("assessments", "assessments", ("member_id",)),
                ("conflict", "conflicts", ("person_id",)))  # fmt: skip
CHUNK_BYTES = 1 << 20  # storage/blobs.py


# --- the prepared office, laptop and package (made once per --keep folder) ---------------


def _declaration(template: dict[str, Any], nip: str, files: list[str]) -> dict[str, Any]:
    """The example declaration for one institution, its first attachments given by path."""
    data = json.loads(json.dumps(template))
    data["signature"]["date"] = "2024-01-15"
    data["institution"]["nip"] = nip
    listed = data["attachments"]
    for n, path in enumerate(files):
        if n < len(listed):
            listed[n]["path"] = path
        else:
            listed.append({"kind": "other", "file_name": f"zalacznik-{n + 1}.pdf", "path": path})
    return data


def _prepare(keep: Path, cases: int, per_case: int, kb: int) -> None:
    """The office (the test people, the appointed Commission, ``cases`` cases handed to
    czlonek1 for review), the empty laptop, and the package between them, in ``keep``."""
    sys.path.insert(0, str(ROOT / "tests"))
    from calcert_desktop.services.applications.declare import declare
    from calcert_desktop.services.auth import hashing
    from calcert_desktop.services.exchange import transfer
    from calcert_desktop.services.process.perform import perform
    from cli_support import Captured, Cli, cheap_password_hashes, institution_nip, prepare
    from conftest import PEOPLE

    for name in ("office", "laptop", PACKAGE, SETUP, "pliki"):
        path = keep / name
        if path.is_dir():
            shutil.rmtree(path)
        path.unlink(missing_ok=True)
    keep.mkdir(parents=True, exist_ok=True)
    real = cheap_password_hashes()  # the people's passwords are not what is measured
    started = time.perf_counter()
    try:
        captured = Captured()  # one for both: it redirects the process's output
        office, laptop = Cli(keep / "office", captured), Cli(keep / "laptop", captured)
        with captured:
            prepare(office, PEOPLE)
            laptop.ok("init", "--no-encryption")
            laptop.ok("installations", "own", "--laptop", "--name", LAPTOP_NAME, user="admin")
            office.ok("installations", "own", "--name", OFFICE_NAME, user="admin")
            for one, other in ((office, laptop), (laptop, office)):
                line = other.ok("installations", "own", user="admin").strip().splitlines()[-1]
                one.ok("installations", "add", line, user="admin")
    finally:
        hashing.HASHER = real
    print(f"office and laptop prepared ({time.perf_counter() - started:.0f} s)", flush=True)

    template = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    files = keep / "pliki"
    files.mkdir()
    ctx = open_context(DataPaths(keep / "office"), create=False)
    try:
        clerk, chair = resolve_actor(ctx, "biuro"), resolve_actor(ctx, "przewodniczaca")
        references = []
        for i in range(cases):
            names = []
            for n in range(per_case):
                name = f"{i:05d}-{n}.pdf"
                (files / name).write_bytes(b"%PDF-1.4\n" + os.urandom(kb * 1024 - 9))
                names.append(name)
            data = _declaration(template, institution_nip(), names)
            reference = declare(ctx, clerk, data, received_on=FILED, source_dir=files,
                                confirmed=True).reference  # fmt: skip
            perform(ctx, clerk, reference, "accept", ACTED)
            perform(ctx, chair, reference, "assign", ACTED, {"member": MEMBER})
            references.append(reference)
            for name in names:
                (files / name).unlink()
            if (i + 1) % 50 == 0:
                print(f"  {i + 1} cases ({time.perf_counter() - started:.0f} s)", flush=True)
        done = transfer.export(ctx, clerk, references, LAPTOP_NAME, keep / PACKAGE, MEMBER)
        print(f"  {done.message[:80]}…")
    finally:
        ctx.close()
    files.rmdir()
    setup = {"cases": cases, "per_case": per_case, "kb": kb}
    (keep / SETUP).write_text(json.dumps(setup), encoding="utf-8")
    print(f"package made ({time.perf_counter() - started:.0f} s, "
          f"{(keep / PACKAGE).stat().st_size / 1e6:.1f} MB)", flush=True)  # fmt: skip


# --- ours ------------------------------------------------------------------------------


def ours(folder: Path, package: Path) -> float:
    """The laptop's import of ``package`` into the data folder ``folder``; milliseconds from
    the call to its commit."""
    from calcert_desktop.services.exchange import transfer

    ctx = open_context(DataPaths(folder), create=False)
    try:
        admin = resolve_actor(ctx, "admin")
        start = time.perf_counter()
        imported = transfer.import_package(ctx, admin, package)
        elapsed = (time.perf_counter() - start) * 1000
    finally:
        ctx.close()
    assert imported.done.message.startswith("Wczytano paczkę"), imported.done.message
    return elapsed


# --- the floor ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """One table the floor writes: its INSERT and how each column's JSON value is stored
    (as SQLAlchemy stores it in SQLite: times as "YYYY-MM-DD HH:MM:SS.ffffff", flags as
    0/1, the rest as given). Read from the database's schema before the clock starts."""

    columns: tuple[str, ...]
    insert: str
    times: frozenset[str]
    flags: frozenset[str]

    def row(self, values: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(_stored(values[c], c in self.times, c in self.flags) for c in self.columns)


def _stored(value: Any, time_: bool, flag: bool) -> Any:
    if value is None:
        return None
    if time_:
        return datetime.fromisoformat(value).isoformat(" ", "microseconds")
    if flag:
        return int(value)
    return value


def tables_of(connection: sqlite3.Connection) -> dict[str, Table]:
    """The INSERT of every table the import writes, from the database's own schema."""
    found = {}
    for name in TABLES:
        info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
        columns = tuple(row[1] for row in info)
        marks = ", ".join("?" for _ in columns)
        found[name] = Table(
            columns, f'INSERT INTO "{name}" ({", ".join(columns)}) VALUES ({marks})',
            frozenset(row[1] for row in info if row[2].upper() == "DATETIME"),
            frozenset(row[1] for row in info if row[2].upper() == "BOOLEAN"),
        )  # fmt: skip
    return found


def _connect(database: Path) -> sqlite3.Connection:
    """A plain connection with the application's pragmas (storage/database.py)."""
    connection = sqlite3.connect(database, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL",
                   "busy_timeout=5000", "cache_size=-65536"):  # fmt: skip
        connection.execute(f"PRAGMA {pragma}")
    return connection


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Entries:
    """The package's entries, each read once, its SHA-256 checked against the signed
    manifest, then decrypted (the entry's number is its nonce, its name the associated
    data, as exchange/package.py writes them)."""

    def __init__(self, archive: zipfile.ZipFile, manifest: dict[str, Any], key: bytes) -> None:
        self.archive = archive
        self.aead = AESGCM(key)
        self.listed = {e["name"]: (n, e["sha256"])
                       for n, e in enumerate(manifest["entries"], start=1)}  # fmt: skip

    def plain(self, name: str) -> bytes:
        number, expected = self.listed[name]
        sealed = self.archive.read(name)
        if hashlib.sha256(sealed).hexdigest() != expected:
            raise ValueError(f"bad hash: {name}")
        return self.aead.decrypt(number.to_bytes(12, "big"), sealed, name.encode("ascii"))


def _content_key(connection: sqlite3.Connection, manifest: dict[str, Any], raw: bytes,
                 signature: bytes) -> bytes:  # fmt: skip
    """The manifest's signature verified with the registered sender's key, and the content
    key agreed with our own box key (X25519, then HKDF-SHA256 as exchange/package.py)."""
    public, revoked = connection.execute(
        "SELECT public_key, revoked_at FROM installations WHERE key_id = ? AND own = 0",
        (manifest["sender"],)).fetchone()  # fmt: skip
    own, pem = connection.execute(
        "SELECT i.key_id, k.pem FROM installations i JOIN installation_private_keys k "
        "ON k.key_id = i.key_id WHERE i.own = 1").fetchone()  # fmt: skip
    if revoked is not None or manifest["recipient"] != own:
        raise ValueError("not from our office or not for us")
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(signature, raw)
    box = identity.box_private_of(identity.signer_of(pem.encode("ascii")))
    ephemeral = base64.b64decode(manifest["encryption"]["ephemeral"])
    shared = box.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    package_id = uuid.UUID(manifest["package_id"])
    info = f"calpack v1 {manifest['sender']}>{manifest['recipient']}".encode("ascii")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=package_id.bytes,
                info=info).derive(shared)  # fmt: skip


def _base(item: dict[str, Any]) -> str:
    """What package_cases.base says of the handed work (handover.py's ``_base`` of rows
    just placed: each at row version 1)."""
    visit = item["visit"]
    value = {
        "visit": None if visit is None else {"id": visit["id"], "version": 1,
                                             "status": visit["status"]},
        "assessments": {a["standard"]: 1 for a in item["assessments"]},
        "conflict": item["conflict"] is not None,
    }  # fmt: skip
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _pieces(content: bytes) -> Iterator[bytes]:
    view = memoryview(content)
    for start in range(0, len(content), CHUNK_BYTES):
        yield bytes(view[start : start + CHUNK_BYTES])


def _blobs(entries: Entries, files: dict[str, str], now: str
           ) -> Iterator[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:  # fmt: skip
    """The blobs and chunk rows of the attachments, 64 files at a time."""
    names = sorted(files.items(), key=lambda item: item[1])
    for start in range(0, len(names), 64):
        blobs, chunks = [], []
        for digest, name in names[start : start + 64]:
            content = entries.plain(name)
            if hashlib.sha256(content).hexdigest() != digest:
                raise ValueError(f"bad file: {name}")
            blobs.append((digest, len(content), now, 0))
            chunks.extend((digest, n, piece) for n, piece in enumerate(_pieces(content)))
        yield blobs, chunks


def floor(database: Path, package: Path, tables: dict[str, Table]) -> float:
    """The same import by the cheapest honest means; milliseconds from the package's path
    to the commit."""
    with closing(_connect(database)) as connection:
        start = time.perf_counter()
        file_sha256 = _file_sha256(package)
        with zipfile.ZipFile(package) as archive:
            raw = archive.read("manifest.json")
            manifest = json.loads(raw)
            signature = base64.b64decode(archive.read("manifest.sig"))
            key = _content_key(connection, manifest, raw, signature)
            package_id = uuid.UUID(manifest["package_id"]).hex
            if connection.execute("SELECT 1 FROM packages WHERE id = ? OR (direction = 'in' "
                                  "AND peer_key_id = ? AND sequence >= ?)",
                                  (package_id, manifest["sender"],
                                   manifest["sequence"])).fetchone():  # fmt: skip
                raise ValueError("read before")
            entries = Entries(archive, manifest, key)
            data = json.loads(zlib.decompress(entries.plain("data")))
            _write(connection, tables, entries, data, manifest, package_id, file_sha256)
        return (time.perf_counter() - start) * 1000


def _write(connection: sqlite3.Connection, tables: dict[str, Table], entries: Entries,
           data: dict[str, Any], manifest: dict[str, Any], package_id: str,
           file_sha256: str) -> None:  # fmt: skip
    """Every row of the handover, in one transaction."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    person, items = data["person"], data["cases"]
    user = dict(person["user"])
    login = user["login"]
    connection.execute("BEGIN IMMEDIATE")
    found = connection.execute("SELECT id FROM users WHERE login = ?", (login,)).fetchone()
    if found is None:
        user["roles"] = ",".join(sorted({"expert"} & set(user["roles"].split(","))))
        user["row_version"] = 1
        connection.execute(tables["users"].insert, tables["users"].row(user))
        user_id = user["id"]
    else:  # not in this benchmark (a fresh laptop): the account is the laptop's own
        user_id = found[0]
    ids = {user["id"]: user_id}
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    for term in person["appointments"]:
        rows["appointments"].append(tables["appointments"].row(
            dict(term, person_id=user_id, basis="handed", resolution_id=None,
                 ended_by_id=None)))  # fmt: skip
    rows["packages"].append(tables["packages"].row({
        "id": package_id, "direction": "in", "peer_key_id": manifest["sender"],
        "sequence": manifest["sequence"], "kind": "handover",
        "made_at": manifest["made_at"], "person_login": data["made_by"]["login"],
        "cases": len(items), "file_sha256": file_sha256, "recorded_at": now}))  # fmt: skip
    for item in items:
        case = dict(item["case"], renews_case_id=None, row_version=1,
                    rapporteur_id=ids.get(item["case"]["rapporteur_id"]))  # fmt: skip
        rows["cases"].append(tables["cases"].row(case))
        rows["declarations"].append(tables["declarations"].row(item["declaration"]))
        for key, name, people in CASE_RECORDS:
            given = item[key]
            for record in given if isinstance(given, list) else [given] if given else []:
                record = dict(record, **{column: ids[record[column]] for column in people})
                if "row_version" in record:
                    record["row_version"] = 1
                rows[name].append(tables[name].row(record))
        rows["package_cases"].append(tables["package_cases"].row({
            "package_id": package_id, "case_id": case["id"], "person_login": login,
            "work": item["work"], "base": _base(item)}))  # fmt: skip
    for name in TABLES[1:-2]:
        connection.executemany(tables[name].insert, rows[name])
    for blobs, chunks in _blobs(entries, data["_files"], now):
        connection.executemany(tables["blobs"].insert, blobs)
        connection.executemany(tables["blob_chunks"].insert, chunks)
    connection.execute("COMMIT")


# --- the run ---------------------------------------------------------------------------


def _fresh(template: Path, target: Path) -> Path:
    """A copy of the empty laptop's data folder at ``target``."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(template, target)
    return target


def differences(ours_db: Path, floor_db: Path) -> list[str]:
    """The tables whose rows differ between the two databases (each run's clock aside)."""
    clocks = {"blobs": "created_at", "packages": "recorded_at"}
    found = []
    with closing(sqlite3.connect(ours_db)) as a, closing(sqlite3.connect(floor_db)) as b:
        for name in TABLES:
            columns = [row[1] for row in a.execute(f'PRAGMA table_info("{name}")')
                       if row[1] != clocks.get(name)]  # fmt: skip
            query = f'SELECT {", ".join(columns)} FROM "{name}" ORDER BY 1, 2'
            if a.execute(query).fetchall() != b.execute(query).fetchall():
                found.append(name)
    return found


def summary(values: Iterable[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"best_ms": round(ordered[0], 1), "median_ms": round(statistics.median(ordered), 1)}


def profile_ours(template: Path, package: Path, work: Path, top: int) -> None:
    """One more import of ours under cProfile: the costliest functions."""
    import cProfile
    import pstats

    from calcert_desktop.services.exchange import transfer

    folder = _fresh(template, work / "profiled")
    ctx = open_context(DataPaths(folder), create=False)
    try:
        admin = resolve_actor(ctx, "admin")
        profiler = cProfile.Profile()
        profiler.runcall(transfer.import_package, ctx, admin, package)
    finally:
        ctx.close()
    shutil.rmtree(folder)
    for order in ("tottime", "cumulative"):
        print(f"\n--- ours under cProfile, by {order} ---")
        pstats.Stats(profiler).sort_stats(order).print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--per-case", type=int, default=4, help="attachments per case")
    parser.add_argument("--kb", type=int, default=40, help="each attachment's size")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", help="keep the prepared office, laptop and package here")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="then profile one more import of ours: its N costliest functions",
    )
    args = parser.parse_args()
    if args.rounds < 3:
        parser.error("--rounds: at least 3")
    keep = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    wanted = {"cases": args.cases, "per_case": args.per_case, "kb": args.kb}
    work = keep / "runs"
    try:
        setup = keep / SETUP
        if not setup.exists() or json.loads(setup.read_text(encoding="utf-8")) != wanted:
            _prepare(keep, args.cases, args.per_case, args.kb)
        template, package = keep / "laptop", keep / PACKAGE
        size = package.stat().st_size
        _file_sha256(package)  # into the page cache, for both alike
        with closing(sqlite3.connect(template / "calcert.sqlite3")) as connection:
            tables = tables_of(connection)
        timings: dict[str, list[float]] = {"ours": [], "floor": []}
        print(f"import of {args.cases} cases, {args.cases * args.per_case} attachments of "
              f"{args.kb} KB ({size / 1e6:.1f} MB package), {args.rounds} rounds:")  # fmt: skip
        for round_ in range(args.rounds):
            mine = _fresh(template, work / "ours")
            timings["ours"].append(ours(mine, package))
            other = _fresh(template, work / "floor")
            timings["floor"].append(floor(other / "calcert.sqlite3", package, tables))
            print(f"  round {round_ + 1}: ours {timings['ours'][-1]:8.0f} ms   "
                  f"floor {timings['floor'][-1]:8.0f} ms", flush=True)  # fmt: skip
            if round_ == 0:
                differ = differences(mine / "calcert.sqlite3", other / "calcert.sqlite3")
                if differ:
                    raise SystemExit(f"the floor wrote other rows than ours: {differ}")
        shutil.rmtree(work)
        result = {name: summary(values) for name, values in timings.items()}
        ratio = result["ours"]["median_ms"] / result["floor"]["median_ms"]
        print(
            f"ours : best {result['ours']['best_ms']:8.0f} ms, "
            f"median {result['ours']['median_ms']:8.0f} ms"
        )
        print(
            f"floor: best {result['floor']['best_ms']:8.0f} ms, "
            f"median {result['floor']['median_ms']:8.0f} ms"
        )
        print(f"ratio of medians: x{ratio:.2f} (target: within x3)")
        out = ROOT / "benchmarks" / "results"
        out.mkdir(exist_ok=True)
        (out / "bench_exchange.json").write_text(json.dumps({
            "cases": args.cases, "attachments": args.cases * args.per_case, "kb": args.kb,
            "package_mb": round(size / 1e6, 1), "rounds": args.rounds, **result,
            "ratio_of_medians": round(ratio, 2),
            "runs_ms": {k: [round(v, 1) for v in vs] for k, vs in timings.items()},
        }, indent=2), encoding="utf-8")  # fmt: skip
        if args.profile:
            profile_ours(template, package, work, args.profile)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(keep, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
