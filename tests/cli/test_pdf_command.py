"""``calcert pdf``: an unknown kind is refused with the list of known ones; a file that
cannot be written (missing folder, no permission, full disk) is one Polish line, and the
previous file stays."""

from __future__ import annotations

import errno

from calcert_desktop.storage import files


def test_unknown_kind_is_refused_in_polish(cli, tmp_path):
    target = tmp_path / "x.pdf"
    message = cli.refused("pdf", "dyplom", "CAL/2024/0001", "-o", str(target), user="biuro")
    assert "Nie ma dokumentu rodzaju „dyplom”" in message
    assert not target.exists()


def test_a_missing_folder_is_one_polish_sentence(cli, declaration_file, tmp_path):
    cli.file_case(declaration_file(), "2024-03-01")
    target = tmp_path / "brak" / "x.pdf"
    message = cli.refused("pdf", "application", "CAL/2024/0001", "-o", str(target),
                          user="biuro", expect="folder nie istnieje")  # fmt: skip
    assert message == (
        f"błąd: Nie udało się zapisać pliku {target}: folder nie istnieje. Poprzednia "
        "zawartość pliku (jeśli była) pozostała bez zmian."
    )


def test_no_permission_is_one_polish_sentence_and_the_old_file_stays(
    cli, declaration_file, tmp_path, monkeypatch
):
    cli.file_case(declaration_file(), "2024-03-01")
    target = tmp_path / "x.pdf"
    target.write_bytes(b"%PDF previous")

    # Tests run as root, who may write anywhere: the refusal is simulated at the OS call.
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    message = cli.refused("pdf", "application", "CAL/2024/0001", "-o", str(target),
                          user="biuro", expect="brak uprawnień do zapisu")  # fmt: skip
    assert str(target) in message
    assert target.read_bytes() == b"%PDF previous"


def test_a_full_disk_midway_keeps_the_old_file(cli, declaration_file, tmp_path, monkeypatch):
    cli.file_case(declaration_file(), "2024-03-01")
    target = tmp_path / "x.pdf"
    target.write_bytes(b"%PDF previous")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    cli.refused("pdf", "application", "CAL/2024/0001", "-o", str(target), user="biuro",
                expect="brak miejsca na dysku")  # fmt: skip
    assert target.read_bytes() == b"%PDF previous"
    assert sorted(p.name for p in tmp_path.iterdir() if ".czesciow" in p.name) == []
