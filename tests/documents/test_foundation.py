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


def test_a_one_letter_word_stays_with_the_next_word():
    assert markup("Ośrodek w Radomiu i Okolicach") == "Ośrodek w\u00a0Radomiu i\u00a0Okolicach"
    assert markup("Dom „Z Nami” a potem") == "Dom „Z\u00a0Nami” a\u00a0potem"
    # Not a word of its own: an initial, a hyphenated part, the last word of a line.
    assert markup("J. Kowalski, Nowe-w Górne, plan a") == "J. Kowalski, Nowe-w Górne, plan a"


def test_no_line_of_a_paragraph_ends_with_a_one_letter_word():
    from reportlab.platypus import Paragraph

    fonts.register()
    text = "Centrum Integracji Społecznej w Radomiu i Ośrodek Pomocy w Zawierciu a także " * 3
    for width in range(120, 400, 7):  # many widths: somewhere each "w" would end a line
        paragraph = Paragraph(markup(text), styles()["body"])
        paragraph.wrap(width, 10_000)
        lines = [" ".join(str(word) for word in line.words) if hasattr(line, "words")
                 else " ".join(line[1]) for line in paragraph.blPara.lines]
        assert all(line.split()[-1] not in {"w", "i", "a"} for line in lines), (width, lines)
