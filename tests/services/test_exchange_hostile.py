"""Hostile packages (issue 19, point 5): each refused with one Polish line, the laptop's
database and its data folder byte for byte as they were. The packages are a real one from
the office, then altered: tampered, truncated, signed by an unknown or revoked key,
replayed, addressed elsewhere, of a newer format or schema, with paths out of the package,
links, a compressed (bomb) entry, a bomb inside the encrypted data, duplicate entries."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from calcert_desktop.exchange import identity, package
from calcert_desktop.services.context import reading
from calcert_desktop.services.exchange.installations import own_signer
from cli_support import Cli
from exchange_support import identity_of, name_office, new_laptop, pair, under_review


def folder_digest(folder: Path) -> str:
    """Every file of a data folder, its path and bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def setting(cli: Cli, ctx, declaration_file, tmp_path: Path, capsys):
    """The office, a registered laptop and a good package for it (the member's review)."""
    name_office(cli)
    reference = under_review(cli, declaration_file)
    laptop = new_laptop(tmp_path / "laptop", capsys, "Laptop")
    pair(cli, laptop)
    good = tmp_path / "dobra.calpack"
    cli.ok("export", reference, "--to", "Laptop", "-o", str(good), user="biuro")
    with reading(ctx) as session:
        mine = own_signer(session)
        assert mine is not None
        signer = mine[1]
    return cli, laptop, good, signer, reference


def _entries(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _rezip(target: Path, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return target


def _resigned(entries, signer, change: Callable[[dict], None]):
    """The entries with the manifest changed by ``change`` and signed again."""
    manifest = json.loads(dict((i.filename, d) for i, d in entries)[package.MANIFEST])
    change(manifest)
    raw = json.dumps(manifest, sort_keys=True, indent=1).encode()
    import base64

    signature = base64.b64encode(signer.sign(raw))
    out = []
    for info, data in entries:
        if info.filename == package.MANIFEST:
            data = raw
        elif info.filename == package.SIGNATURE:
            data = signature
        out.append((info, data))
    return out


def _refused(laptop: Cli, path: Path, expect: str) -> None:
    before = folder_digest(laptop.data_dir)
    line = laptop.refused("import", str(path), user="admin", expect=expect)
    assert "Traceback" not in line
    assert folder_digest(laptop.data_dir) == before


def test_a_tampered_entry_a_changed_manifest_and_a_truncated_file_are_refused(setting, tmp_path):
    _cli, laptop, good, _signer, _ref = setting
    entries = _entries(good)
    flipped = [(i, (d[:-1] + bytes([d[-1] ^ 1])) if i.filename == package.DATA else d)
               for i, d in entries]  # fmt: skip
    _refused(laptop, _rezip(tmp_path / "a.calpack", flipped), "inną sumę kontrolną")
    changed = []
    for info, data in entries:
        if info.filename == package.MANIFEST:
            data = data.replace(b'"sequence": 1', b'"sequence": 7')
        changed.append((info, data))
    _refused(laptop, _rezip(tmp_path / "b.calpack", changed), "Podpis paczki się nie zgadza")
    whole = good.read_bytes()
    cut = tmp_path / "c.calpack"
    cut.write_bytes(whole[: len(whole) // 2])
    _refused(laptop, cut, "uszkodzony lub niepełny")
    (tmp_path / "d.calpack").write_bytes(b"")
    _refused(laptop, tmp_path / "d.calpack", "uszkodzony lub niepełny")


def test_unknown_revoked_and_other_recipients_are_refused(setting, tmp_path, capsys):
    cli, laptop, good, _signer, _reference = setting
    # Signed by an office this laptop never registered.
    stranger = Cli(tmp_path / "obce", capsys)
    stranger.ok("init", "--no-encryption")
    stranger.ok("installations", "own", "--name", "Obce biuro", user="admin")
    entries = _entries(good)
    strange_key = identity.parse(identity_of(stranger)).key_id
    with reading_signer(stranger) as foreign:
        forged = _resigned(entries, foreign, lambda m: m.update(sender=strange_key))
        _refused(laptop, _rezip(tmp_path / "a.calpack", forged), "której ta instalacja nie zna")
        # The same, claiming to be the office: its signature is not the office's.
        claimed = _resigned(entries, foreign, lambda m: None)
        _refused(laptop, _rezip(tmp_path / "a2.calpack", claimed), "Podpis paczki")
    # Addressed to another laptop.
    other = new_laptop(tmp_path / "inny", capsys, "Inny")
    other.ok("installations", "add", identity_of(cli), user="admin")
    _refused(other, good, "dla innej instalacji")
    # The office's key revoked on the laptop (say, the office's PC was stolen).
    office_key = identity.parse(identity_of(cli)).key_id
    laptop.ok("installations", "revoke", office_key, user="admin")
    _refused(laptop, good, "unieważnionym")


class reading_signer:
    """The private exchange key of ``cli``'s installation (a context manager)."""

    def __init__(self, cli: Cli) -> None:
        from calcert_desktop.paths import DataPaths
        from calcert_desktop.services.context import open_context

        self.ctx = open_context(DataPaths(cli.data_dir), create=False)

    def __enter__(self):
        with reading(self.ctx) as session:
            found = own_signer(session)
            assert found is not None
            return found[1]

    def __exit__(self, *_):
        self.ctx.close()


def test_a_replayed_package_and_a_newer_one_are_refused(setting, tmp_path):
    cli, laptop, good, signer, reference = setting
    second = tmp_path / "druga.calpack"
    cli.ok("export", reference, "--to", "Laptop", "-o", str(second), user="biuro")
    laptop.ok("import", str(second), user="admin")
    _refused(laptop, good, "starsza paczka")  # number 1 after number 2
    entries = _entries(second)
    newer_schema = _resigned(entries, signer, lambda m: m.update(schema="9999"))
    _refused(laptop, _rezip(tmp_path / "a.calpack", newer_schema), "nowszej wersji programu")
    newer_format = _resigned(entries, signer, lambda m: m.update(version=2))
    _refused(laptop, _rezip(tmp_path / "b.calpack", newer_format), "nowszy format")


@pytest.mark.parametrize("name", ["../../evil.txt", "/etc/passwd", "C:\\x.txt", "f/../x",
                                  "dane/", "f/000001/../../x"])  # fmt: skip
def test_paths_out_of_the_package_are_refused(setting, tmp_path, name):
    _cli, laptop, good, _signer, _ref = setting
    extra = zipfile.ZipInfo(name)
    _refused(laptop, _rezip(tmp_path / "a.calpack", [*_entries(good), (extra, b"x")]),
             "niedozwolony element")  # fmt: skip
    assert not (tmp_path.parent / "evil.txt").exists()


def test_links_compressed_bombs_and_duplicates_are_refused(setting, tmp_path, monkeypatch):
    _cli, laptop, good, signer, _reference = setting
    entries = _entries(good)
    link = zipfile.ZipInfo("f/000009")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    _refused(laptop, _rezip(tmp_path / "a.calpack", [*entries, (link, b"/etc/passwd")]),
             "dowiązanie")  # fmt: skip
    bomb = zipfile.ZipInfo("f/000009")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    _refused(laptop, _rezip(tmp_path / "b.calpack", [*entries, (bomb, bytes(50 << 20))]),
             "skompresowany")  # fmt: skip
    duplicate = [*entries, next((i, d) for i, d in entries if i.filename == package.DATA)]
    with pytest.warns(UserWarning):
        _rezip(tmp_path / "c.calpack", duplicate)
    _refused(laptop, tmp_path / "c.calpack", "dwa razy")
    # A bomb inside the encrypted data: well signed, but it inflates past the limit.
    monkeypatch.setattr(package, "MAX_DATA_BYTES", 1 << 20)
    laptop_box = identity.parse(identity_of(laptop))
    stream = io.BytesIO()
    manifest = json.loads(dict((i.filename, d) for i, d in entries)[package.MANIFEST])
    writer = package.Writer(stream, kind="handover", schema=manifest["schema"], signer=signer,
                            sender=manifest["sender"], recipient=manifest["recipient"],
                            recipient_box=laptop_box.box_raw, sequence=5,
                            made_at=package.datetime(2024, 2, 1))  # fmt: skip
    writer.finish({"kind": "handover", "padding": "0" * (3 << 20)})
    inflating = tmp_path / "d.calpack"
    inflating.write_bytes(stream.getvalue())
    _refused(laptop, inflating, "za duże")
