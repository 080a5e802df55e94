"""The documents' foundation: our font embedded (never a standard one), Polish letters
intact in the extracted text, user text escaped and normalised, metadata in Polish."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import DocumentInfo, build_pdf, styles
from calcert_desktop.documents.text import markup

POLISH = "Zażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"


def fonts_of(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # a composite (Type0) font has it on its descendant
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), f"{font['/BaseFont']} not embedded"
    return names


def test_polish_text_survives_in_our_embedded_font():
    from reportlab.platypus import Paragraph

    style = styles()
    flow = [
        Paragraph(markup(POLISH), style["title"]),
        Paragraph("<b>" + markup(POLISH) + "</b> <i>" + markup("kursywa: źdźbło") + "</i>",
                  style["body"]),
    ]
    pdf = build_pdf(flow, DocumentInfo("Próba", "Litery"))
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[0].extract_text()
    assert POLISH in text and "źdźbło" in text
    used = fonts_of(reader)
    assert used and all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used
    assert any("Bold" in name for name in used) and any("Oblique" in name for name in used)
    assert reader.metadata.title == "Próba" and reader.metadata.subject == "Litery"
    assert reader.trailer["/Root"]["/Lang"] == "pl-PL"


def test_user_text_is_escaped_and_normalised():
    decomposed = unicodedata.normalize("NFD", "Łódź <b>&</b>")
    assert markup(decomposed) == "Łódź &lt;b&gt;&amp;&lt;/b&gt;"
    assert markup("jeden\ndwa") == "jeden<br/>dwa"
    assert markup(None) == ""


def test_the_family_is_registered_once_with_its_faces():
    from reportlab.lib.fonts import tt2ps

    assert fonts.register() == fonts.register() == fonts.FAMILY
    assert tt2ps(fonts.FAMILY, 1, 1) == fonts.BOLD_ITALIC
    assert (fonts.fonts_dir() / "LICENSE-DejaVu.txt").exists()
