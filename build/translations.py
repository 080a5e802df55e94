"""Qt translations of the desktop app: extract the strings, compile them.

    python build/translations.py update    # lupdate: GUI strings -> resources/translations/*.ts
    python build/translations.py compile   # lrelease: *.ts -> *.qm (dev.py does it when needed)
    python build/translations.py missing   # the untranslated strings, as a JSON object
    python build/translations.py fill FILE # translations from a JSON object {source: text}

Polish is the source language: the code's strings are Polish; ``calcert_en.ts`` holds the
English translation. Run with the project's Python (the tools come with PySide6).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

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


UNFINISHED = re.compile(
    r'(<source>)([^<]*)(</source>\s*)<translation type="unfinished">([^<]*)</translation>'
)


def english_ts() -> Path:
    """The English translation source (the only translation so far)."""
    return FOLDER / "calcert_en.ts"


def missing() -> int:
    """Print the untranslated source strings as a JSON object to fill in (with lupdate's
    guess, if it made one, as the value)."""
    text = english_ts().read_text(encoding="utf-8")
    pending = {
        html.unescape(m.group(2)): html.unescape(m.group(4)) for m in UNFINISHED.finditer(text)
    }
    print(json.dumps(pending, ensure_ascii=False, indent=1))
    return 0


def fill(mapping_file: str) -> int:
    """Write translations from ``{source: translation}`` into the unfinished entries; the
    placeholders ({0}, {name}) of each source must survive in its translation."""
    mapping: dict[str, str] = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    path = english_ts()
    problems: list[str] = []

    def replace(match: re.Match[str]) -> str:
        source = html.unescape(match.group(2))
        translation = mapping.get(source, "").strip()
        if not translation:
            return match.group(0)
        lost = [p for p in re.findall(r"\{\w*\}", source) if p not in translation]
        if lost:
            problems.append(f"{source!r}: {', '.join(lost)} missing in the translation")
            return match.group(0)
        head = match.group(1) + match.group(2) + match.group(3)
        return f"{head}<translation>{escape(translation)}</translation>"

    text = UNFINISHED.sub(replace, path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    left = len(UNFINISHED.findall(text))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{left} string(s) still untranslated")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    """Entry point: ``update``, ``compile``, ``compile-stale``, ``missing`` or ``fill FILE``."""
    commands = {
        "update": update,
        "compile": compile_all,
        "compile-stale": lambda: compile_all(only_stale=True),
        "missing": missing,
    }
    if len(argv) == 2 and argv[0] == "fill":
        return fill(argv[1])
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
