"""The wizard's attachments page refuses the files `calcert declare` refuses, with the same
message, and takes in real documents."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import attachment_samples as samples
import blob_support
from calcert_desktop.domain.attachment_rules import MAX_BYTES
from calcert_desktop.ui.wizard.wizard import ApplicationWizard
from cli_support import EXAMPLE, run_main, write_declaration


@pytest.fixture
def page(session, qtbot):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.pop("attachments", None)
    wizard = ApplicationWizard(session, data=data)
    qtbot.addWidget(wizard)
    return next(wizard.page(i) for i in wizard.pageIds() if wizard.page(i).page_id == "attachments")


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


def declare_line(session, capsys, folder: Path, name: str) -> str:
    """What `calcert declare` prints for a declaration attaching ``folder/name``."""

    def edit(data):
        data["attachments"] = [{"kind": "statute", "file_name": name, "path": name}]

    declaration = write_declaration(folder, edit=edit, name="zgloszenie.json")
    capsys.readouterr()
    argv = ["--data-dir", str(session.ctx.paths.root)]
    assert run_main(argv, "declare", str(declaration), user="biuro") == 1
    return capsys.readouterr().err.strip()


def oversized(path: Path) -> None:
    with path.open("wb") as stream:
        stream.write(b"%PDF-1.4\n")
        stream.truncate(MAX_BYTES + 1)


HOSTILE = {
    "skrypt.sh": lambda p: p.write_bytes(samples.SHELL),
    "program.pdf": lambda p: p.write_bytes(samples.ELF),
    "skrypt.pdf": lambda p: p.write_bytes(samples.SHELL),
    "duzy.pdf": oversized,
}
if os.name == "posix":
    HOSTILE["dowiazanie.pdf"] = lambda p: p.symlink_to("/etc/shadow")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_refused_like_the_command_line(session, page, warnings, capsys, tmp_path, name, qtbot):
    folder = tmp_path / "pliki"
    folder.mkdir()
    HOSTILE[name](folder / name)
    before = list(page.owner.data.get("attachments") or [])
    with qtbot.waitSignal(page.checked) as checked:
        page.add_file(folder / name)
    assert checked.args == [0]  # refused
    [message] = warnings
    assert declare_line(session, capsys, folder, name) == f"błąd: {message}"
    assert (page.owner.data.get("attachments") or []) == before
    assert page.table.rowCount() == len(before)
    assert blob_support.hashes(session.ctx) == []  # nothing stored


def test_several_refusals_come_in_one_message(page, warnings, tmp_path, qtbot):
    (tmp_path / "a.sh").write_bytes(samples.SHELL)
    (tmp_path / "b.pdf").write_bytes(samples.ELF)
    (tmp_path / "statut.pdf").write_bytes(samples.pdf())
    with qtbot.waitSignal(page.checked) as checked:
        page.add_files([tmp_path / "a.sh", tmp_path / "statut.pdf", tmp_path / "b.pdf"])
    assert checked.args == [1]
    [message] = warnings
    assert "a.sh" in message and "b.pdf" in message and "statut.pdf" not in message
    assert [item["file_name"] for item in page.owner.data["attachments"]] == ["statut.pdf"]


@pytest.mark.parametrize("suffix", sorted(samples.LEGIT))
def test_real_documents_are_taken_in(page, warnings, tmp_path, suffix, qtbot):
    path = tmp_path / f"Statut stowarzyszenia{suffix}"
    path.write_bytes(samples.LEGIT[suffix]())
    with qtbot.waitSignal(page.checked) as checked:
        page.add_file(path)
    assert checked.args == [1] and warnings == []
    [item] = page.owner.data["attachments"]
    assert item["file_name"] == path.name and item["size_bytes"] == path.stat().st_size
    assert blob_support.content(page.owner.session.ctx, item["sha256"]) == path.read_bytes()
