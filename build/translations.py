"""Qt translations of the desktop app: extract the strings, compile them.

    python build/translations.py update    # lupdate: GUI strings -> resources/translations/*.ts
    python build/translations.py compile   # lrelease: *.ts -> *.qm (dev.py does it when needed)

Polish is the source language: the code's strings are Polish; ``calcert_en.ts`` holds the
English translation. Run with the project's Python (the tools come with PySide6).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "calcert_desktop" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"en": "en_GB"}


def tool(name: str) -> str:
    """A PySide6 tool installed beside this Python (pyside6-lupdate, pyside6-lrelease)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def stale() -> list[Path]:
    """The .ts files whose .qm is missing or older."""
    result = []
    for source in sorted(FOLDER.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            result.append(source)
    return result


def update() -> int:
    """Extract every tr() string of the GUI into the .ts files (keeping translations)."""
    for code, locale in LANGUAGES.items():
        target = FOLDER / f"calcert_{code}.ts"
        command = [tool("lupdate"), "-extensions", "py", "-no-obsolete", "-locations",
                   "relative", "-source-language", "pl_PL", "-target-language", locale,
                   str(SOURCES), "-ts", str(target)]  # fmt: skip
        if subprocess.run(command, check=False).returncode:
            return 1
    return 0


def compile_all(only_stale: bool = False) -> int:
    """Compile .ts files to .qm beside them."""
    for source in stale() if only_stale else sorted(FOLDER.glob("*.ts")):
        command = [tool("lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))]
        if subprocess.run(command, check=False).returncode:
            return 1
    return 0


def main(argv: list[str]) -> int:
    """Entry point: ``update``, ``compile`` or ``compile-stale``."""
    commands = {
        "update": update,
        "compile": compile_all,
        "compile-stale": lambda: compile_all(only_stale=True),
    }
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
