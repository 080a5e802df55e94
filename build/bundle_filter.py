"""Which collected files ``build/calcert.spec`` leaves out of the frozen folder, by their
destination path inside it (``a.binaries`` and ``a.datas`` entries).

Everything named here was measured as never opened by the frozen program (its self-test and
its start to an interactive window, under strace; benchmarks/README.md, bench_frozen.py,
2026-12-07) and nothing of ours reaches it. Patterns accept both path separators: the spec
runs on Windows too, where PyInstaller writes destinations with backslashes. Nothing Windows
needs is matched (the MSVC runtime, tzdata, the platform plugin ``qwindows``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence

SEP = r"[/\\]"

# Qt plugins we have no use for: image formats (we draw and print PDFs, read no images but
# our icons), TLS back-ends and network information (only a local socket is used),
# Wayland/EGL extras, input methods, icon engines, QML tooling, SQL drivers, Designer.
UNUSED_PLUGINS = (
    rf"plugins{SEP}(imageformats{SEP}(?!q(ico|svg))|tls|networkinformation|"
    r"egldeviceintegrations|wayland-|xcbglintegrations|platforminputcontexts|generic|"
    r"iconengines|qmltooling|sqldrivers|designer)"
)
# Platforms other than a desktop's and offscreen (the self-test's); GTK's theme on Linux
# (it would bring GTK itself).
UNUSED_PLATFORMS = (
    rf"plugins{SEP}(platforms{SEP}\w*(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)|"
    rf"platformthemes{SEP}\w*gtk3)"
)
# Data collected with a package that nothing reads: jsonschema's benchmark documents.
UNUSED_DATA = rf"(^|{SEP})jsonschema{SEP}benchmarks{SEP}"
# Qt libraries of modules the program never imports (matched on the file's name), and on
# Windows the software OpenGL renderer (about 20 MB): a widgets program that creates no
# OpenGL context, as ours (no QOpenGLWidget, no Qt Quick), never loads it.
UNUSED_LIBRARIES = re.compile(r"Qt6?(Pdf|Qml|Quick|VirtualKeyboard|OpenGL|EglFS)|^opengl32sw\.dll$")


def unused_pattern(qt_languages: Sequence[str], hyphenation: str) -> re.Pattern[str]:
    """The destinations left out: the parts above, Qt's translations other than
    ``qtbase_<language>.qm`` of ``qt_languages``, and pyphen's hyphenation dictionaries
    (with their read-me files) other than the one of ``hyphenation`` (e.g. "pl_PL"), the
    only one documents/hyphenation.py loads."""
    languages = "|".join(re.escape(language) for language in qt_languages)
    # PySide6/Qt/translations on Linux and macOS, PySide6\translations on Windows.
    translations = (
        rf"PySide6{SEP}(Qt{SEP})?translations{SEP}(?!qtbase_({languages})\.qm$)[^/\\]+\.qm$"
    )
    wanted = re.escape(hyphenation)
    dictionaries = rf"pyphen{SEP}dictionaries{SEP}(?!(README_)?hyph_{wanted}\.(dic|txt)$)[^/\\]+$"
    return re.compile(
        "|".join((UNUSED_PLUGINS, UNUSED_PLATFORMS, UNUSED_DATA, translations, dictionaries))
    )


def keep(destination: str, unused: re.Pattern[str]) -> bool:
    """Whether the file that goes to ``destination`` stays in the folder."""
    name = os.path.basename(destination.replace("\\", "/"))
    return not (unused.search(destination) or UNUSED_LIBRARIES.search(name))


def kept(entries: Iterable[tuple[str, ...]], unused: re.Pattern[str]) -> list[tuple[str, ...]]:
    """The TOC ``entries`` (destination first) that stay in the folder."""
    return [entry for entry in entries if keep(entry[0], unused)]


def hyphenation_language(source: str) -> str:
    """The ``LANGUAGE = "..."`` that documents/hyphenation.py (given as text) loads."""
    found = re.search(r'^LANGUAGE\s*=\s*"([^"]+)"', source, re.MULTILINE)
    if found is None:
        raise ValueError("documents/hyphenation.py names no LANGUAGE")
    return found.group(1)
