"""``calcert pdf``: an unknown kind is refused with the list of known ones."""

from __future__ import annotations


def test_unknown_kind_is_refused_in_polish(cli, tmp_path):
    target = tmp_path / "x.pdf"
    message = cli.refused("pdf", "dyplom", "CAL/2024/0001", "-o", str(target), user="biuro")
    assert "Nie ma dokumentu rodzaju „dyplom”" in message
    assert not target.exists()
