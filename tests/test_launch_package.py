"""A double click on a ``.calpack`` starts the windowed program with the file's path: that
alone opens the window (to read the package), never the command line."""

from __future__ import annotations

from calcert_desktop.launch import _package


def test_one_package_path_is_a_package_to_open():
    assert _package([r"C:\Users\Anna\Pobrane\wizytacja.CALPACK"]) == (
        r"C:\Users\Anna\Pobrane\wizytacja.CALPACK")
    assert _package(["/home/anna/paczka.calpack"]) == "/home/anna/paczka.calpack"


def test_commands_and_other_files_are_not():
    assert _package(["import", "x.calpack"]) is None
    assert _package(["cases"]) is None
    assert _package(["notatki.txt"]) is None
    assert _package(["--x.calpack"]) is None
    assert _package([]) is None
