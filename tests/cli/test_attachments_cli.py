"""`calcert declare` with hostile attachment files: each refused in one Polish line, the
database unchanged and no file stored; real documents accepted, into the database."""

from __future__ import annotations

import json
import os

import pytest

import attachment_samples as samples
import blob_support
from calcert_desktop.domain.attachment_rules import MAX_BYTES


def attaching(name: str, path: str | None = None):
    def edit(data):
        data["attachments"] = [{"kind": "statute", "file_name": name, "path": path or name}]

    return edit


def copied(cli) -> list[str]:
    """The files the data folder's database holds (the prepared one holds none)."""
    return blob_support.folder_hashes(cli.data_dir)


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        ("instalacja.sh", samples.SHELL, "Plik instalacja.sh ma nieobsługiwany typ"),
        ("statut.pdf", samples.ELF, "to nie jest plik PDF, tylko program"),
        ("statut.pdf", samples.SHELL, "to nie jest plik PDF, tylko skrypt"),
        ("statut.docx", samples.odt(), "to nie jest plik Word (DOCX)"),
    ],
)
def test_wrong_types_are_refused(cli, declaration_file, tmp_path, name, content, expect):
    (tmp_path / name).write_bytes(content)
    cli.refused("declare", str(declaration_file(edit=attaching(name))), user="biuro",
                expect=expect)  # fmt: skip
    assert copied(cli) == []


def test_over_25_mb_is_refused(cli, declaration_file, tmp_path):
    with (tmp_path / "raport.pdf").open("wb") as stream:
        stream.write(b"%PDF-1.4\n")
        stream.truncate(MAX_BYTES + 1)
    line = cli.refused("declare", str(declaration_file(edit=attaching("raport.pdf"))),
                       user="biuro", expect="największy dopuszczalny rozmiar to 25 MB")  # fmt: skip
    assert "ma 25,1 MB" in line
    assert copied(cli) == []


@pytest.mark.parametrize("name", ["CON", "con.pdf", "raport.pdf.", "raport\u202efdp.exe"])
def test_unsafe_names_are_refused(cli, declaration_file, tmp_path, name):
    (tmp_path / "plik.pdf").write_bytes(samples.pdf())
    line = cli.refused("declare", str(declaration_file(edit=attaching(name, "plik.pdf"))),
                       user="biuro", expect="Nazwa pliku")  # fmt: skip
    assert "\u202e" not in line
    assert copied(cli) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX symbolic links and FIFOs")
def test_links_and_fifos_are_refused(cli, declaration_file, tmp_path):
    key = cli.data_dir / "klucze" / "pieczec.pem"
    key.parent.mkdir()
    key.write_bytes(b"-----BEGIN PRIVATE KEY-----\n")
    (tmp_path / "statut.pdf").symlink_to(key)
    cli.refused("declare", str(declaration_file(edit=attaching("statut.pdf"))), user="biuro",
                expect="dowiązaniem symbolicznym")  # fmt: skip
    (tmp_path / "raport.pdf").symlink_to("/etc/shadow")
    cli.refused("declare", str(declaration_file(edit=attaching("raport.pdf"))), user="biuro",
                expect="dowiązaniem symbolicznym")  # fmt: skip
    os.mkfifo(tmp_path / "fifo.pdf")
    cli.refused("declare", str(declaration_file(edit=attaching("fifo.pdf"))), user="biuro",
                expect="potok nazwany (FIFO)")  # fmt: skip
    assert copied(cli) == []


def test_real_documents_are_accepted_and_stored_in_the_database(cli, declaration_file, tmp_path):
    names = {f"zalacznik{suffix}": make() for suffix, make in samples.LEGIT.items()}
    for name, content in names.items():
        (tmp_path / name).write_bytes(content)

    def attach(data):
        data["attachments"] = [
            {"kind": "other", "file_name": name, "path": name} for name in names
        ]

    draft = cli.ok("declare", str(declaration_file(edit=attach)), user="biuro").strip()
    stored = json.loads(cli.ok("show", draft, "--json", user="biuro"))["declaration"]["attachments"]
    assert [a["file_name"] for a in stored] == list(names)
    assert sorted(copied(cli)) == sorted(a["sha256"] for a in stored)
    for item, content in zip(stored, names.values(), strict=True):
        assert blob_support.folder_content(cli.data_dir, item["sha256"]) == content
    assert not (cli.data_dir / "zalaczniki").exists()
