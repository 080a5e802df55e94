"""build/bundle_filter.py: what the frozen folder leaves out, on both path separators (the
spec runs on Windows too) and never a file Windows or the program needs."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_bundle_filter():
    spec = importlib.util.spec_from_file_location(
        "calcert_bundle_filter", ROOT / "build" / "bundle_filter.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bundle_filter = _load_bundle_filter()
LANGUAGE = bundle_filter.hyphenation_language(
    (ROOT / "src" / "calcert_desktop" / "documents" / "hyphenation.py").read_text(encoding="utf-8")
)
UNUSED = bundle_filter.unused_pattern(("pl", "en"), LANGUAGE)

KEPT = [
    "PySide6/Qt/translations/qtbase_pl.qm",
    "PySide6/Qt/translations/qtbase_en.qm",
    "PySide6/translations/qtbase_pl.qm",  # a Windows wheel's layout
    "pyphen/dictionaries/hyph_pl_PL.dic",
    "pyphen/dictionaries/README_hyph_pl_PL.txt",  # the dictionary's licence
    "pyphen/__init__.py",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/plugins/imageformats/qico.dll",
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt6Widgets.dll",
    "PySide6/Qt6PrintSupport.dll",
    "PySide6/Qt6Network.dll",
    "PySide6/Qt6Svg.dll",
    "VCRUNTIME140.dll",
    "VCRUNTIME140_1.dll",
    "MSVCP140.dll",
    "PySide6/MSVCP140.dll",
    "ucrtbase.dll",
    "python311.dll",
    "tzdata/zoneinfo/Europe/Warsaw",
    "certifi/cacert.pem",
    "resources/translations/calcert_en.qm",
    "jsonschema_specifications/schemas/draft202012/metaschema.json",
]
LEFT_OUT = [
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtdeclarative_pl.qm",
    "PySide6/translations/qtbase_de.qm",
    "pyphen/dictionaries/hyph_de_DE.dic",
    "pyphen/dictionaries/README_hyph_de_DE.txt",
    "pyphen/dictionaries/hyph_pl.dic",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/plugins/tls/qopensslbackend.dll",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt6Quick.dll",
    "PySide6/Qt6OpenGL.dll",
    "PySide6/opengl32sw.dll",
    "jsonschema/benchmarks/issue232/issue.json",
]


@pytest.mark.parametrize("destination", KEPT)
@pytest.mark.parametrize("separator", ["/", "\\"])
def test_kept(destination, separator):
    assert bundle_filter.keep(destination.replace("/", separator), UNUSED)


@pytest.mark.parametrize("destination", LEFT_OUT)
@pytest.mark.parametrize("separator", ["/", "\\"])
def test_left_out(destination, separator):
    assert not bundle_filter.keep(destination.replace("/", separator), UNUSED)


def test_kept_filters_toc_entries_by_destination():
    entries = [
        ("pyphen/dictionaries/hyph_pl_PL.dic", "/src/hyph_pl_PL.dic", "DATA"),
        ("pyphen/dictionaries/hyph_fr.dic", "/src/hyph_fr.dic", "DATA"),
    ]
    assert bundle_filter.kept(entries, UNUSED) == entries[:1]


def test_the_dictionary_kept_is_the_one_hyphenation_loads():
    from calcert_desktop.documents import hyphenation

    assert LANGUAGE == hyphenation.LANGUAGE
    with pytest.raises(ValueError):
        bundle_filter.hyphenation_language("LANG = 'pl'\n")
