"""Typesetting rules of every document (issue 21, point 1), read from the PDFs' text
positions with pypdfium2, on each kind's extreme data (long names, long reasons):

- a justified line never opens a gap between words wider than three ordinary spaces
  (hyphenation keeps them even; a paragraph that cannot be is set ragged-right);
- a word is broken only where Polish hyphenation allows (or at its own hyphen).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict

import pypdfium2 as pdfium
import pyphen
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from calcert_desktop.documents import fonts, hyphenation
from calcert_desktop.documents.even import MAX_GAP_SPACES
from calcert_desktop.services.documents.registry import KINDS

WITH_EXTREME = [kind for kind in KINDS if kind.extreme is not None]
FOOT = 15 * 72 / 25.4  # the footer's band: its two halves are apart by design
BODY_SIZE = 10.5
# pdfium reports a hyphen reportlab added at a line's end as U+FFFE, joined to the rest.
BREAK = re.compile(r"(\w+)\ufffe\r?\n?(\w+)")


def justified_lines(pdf: bytes) -> list[tuple[int, float, str]]:
    """(page, widest gap between words in points, text) of every line that reaches the
    text's right edge with its gaps all equal, as justification sets them (a table's row
    reaches it too, but its gaps differ)."""
    found = []
    for number, page in enumerate(pdfium.PdfDocument(pdf), start=1):
        text = page.get_textpage()
        rows: dict[float, list[tuple[float, float, str]]] = defaultdict(list)
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if not char.strip():
                continue
            left, bottom, right, _top = text.get_charbox(index, loose=True)
            if bottom > FOOT:
                rows[round(bottom, 1)].append((left, right, char))
        lines = [sorted(chars) for chars in rows.values() if len(chars) >= 20]
        if not lines:
            continue
        edge = Counter(round(line[-1][1]) for line in lines).most_common(1)[0][0]
        for line in lines:
            if abs(line[-1][1] - edge) > 1.0:
                continue
            gaps = [b[0] - a[1] for a, b in itertools.pairwise(line)]
            spaces = [gap for gap in gaps if gap > 1.0]
            if not spaces or max(spaces) - min(spaces) > 1.0:
                continue
            words = "".join(c + (" " if g > 1.0 else "") for (_, _, c), g in
                            zip(line, [*gaps, 0.0], strict=True))  # fmt: skip
            found.append((number, max(spaces), words))
    return found


@pytest.mark.parametrize("kind", WITH_EXTREME, ids=[kind.code for kind in WITH_EXTREME])
def test_justified_lines_keep_even_gaps(kind):
    lines = justified_lines(kind.extreme())
    assert lines, "no justified line found: the measurement would prove nothing"
    space = stringWidth(" ", fonts.FAMILY, BODY_SIZE)
    limit = MAX_GAP_SPACES * space + 0.5  # half a point for the positions' rounding
    wide = [(page, round(gap, 1), text) for page, gap, text in lines if gap > limit]
    assert not wide, wide[:3]


@pytest.mark.parametrize("kind", WITH_EXTREME, ids=[kind.code for kind in WITH_EXTREME])
def test_words_break_only_at_hyphenation_points(kind):
    dictionary = pyphen.Pyphen(lang=hyphenation.LANGUAGE, left=hyphenation.MIN_LEFT,
                               right=hyphenation.MIN_RIGHT)  # fmt: skip
    breaks = 0
    for page in pdfium.PdfDocument(kind.extreme()):
        for left, right in BREAK.findall(page.get_textpage().get_text_range()):
            word = left + right
            assert len(left) in dictionary.positions(word), f"{left}-{right}"
            breaks += 1
    if kind.code in ("refusal", "revocation"):
        assert breaks, "long reasons hyphenate somewhere: the check must see a break"


def test_a_paragraph_that_cannot_be_even_is_set_ragged():
    from calcert_desktop.documents.base import styles
    from calcert_desktop.documents.even import EvenParagraph, widest_gap

    body = styles()["body"]
    # Short words, then an address that fits no line's end and cannot break.
    text = "Pisz na adres: certyfikat.jakosci.centrum@example.org.pl lub dzwoń. " * 3
    paragraph = EvenParagraph(text, body)
    paragraph.wrap(260, 1000)
    assert paragraph.style.alignment != body.alignment  # ragged: no gap would be even
    ordinary = EvenParagraph("Ala ma kota, a kot ma Alę i psa, który biega po ogrodzie. " * 4, body)
    ordinary.wrap(300, 1000)
    assert ordinary.style.alignment == body.alignment and widest_gap(ordinary) <= MAX_GAP_SPACES


@pytest.mark.parametrize("blank", [False, True], ids=["written", "blank"])
def test_a_standard_starts_with_its_rating_and_finding_on_one_page(blank):
    # Its heading never stands at a page's foot with the rating or the finding overleaf.
    from calcert_desktop.documents.visit_protocol import visit_protocol_pdf
    from calcert_desktop.services.documents.records import _extreme_protocol

    pdf = visit_protocol_pdf(_extreme_protocol(), blank=blank)
    seen = []
    for page in pdfium.PdfDocument(pdf):
        text = page.get_textpage().get_text_range().replace("\r", "")
        for match in re.finditer(r"(?m)^S(\d)\. .*$", text):
            after = text[match.end():]
            assert "Ocena eksperta" in after[:400], (match.group(0), after[:200])
            rest = after.split("Ocena eksperta", 1)[1]
            # the finding (or the lines to write it on) follows on the same page
            assert len(rest.strip()) > 60, (match.group(0), rest[:200])
            seen.append(match.group(1))
    assert sorted(seen) == [str(n) for n in range(1, 10)]


HEADINGS = re.compile(
    r"^(\d\. (Członkowie Komisji wyznaczeni do sprawy|Zgłoszone konflikty interesów|Głosowanie"
    r"|Rozstrzygnięcie|Uzasadnienie)|\d\. .{3,40} \(S\d\) – .{3,30}:"
    r"|Rozstrzygnięcie|Uzasadnienie|Pouczenie|Zarzuty|Termin i sposób odpowiedzi"
    r"|Wszczęcie postępowania|Podsumowanie|Ustalenia dotyczące standardów|Dziedziny działalności"
    r"|Opis modelu pracy)$"
)


@pytest.mark.parametrize("kind", WITH_EXTREME, ids=[kind.code for kind in WITH_EXTREME])
def test_no_page_ends_with_a_heading(kind):
    for number, page in enumerate(pdfium.PdfDocument(kind.extreme()), start=1):
        lines = [line.strip() for line in page.get_textpage().get_text_range().splitlines()]
        lines = [line for line in lines if line and not re.search(r"Strona \d+ z \d+$", line)]
        if lines:
            assert not HEADINGS.match(lines[-1]), (number, lines[-3:])
