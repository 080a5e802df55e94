"""Every document's pages end in one footer (issue 21): the office's name at the left,
"Strona N z M" at the right, in the same small type at the same height; the certificate's
own page has none, its annex's pages have it."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from calcert_desktop.documents import footer
from calcert_desktop.domain.office import DEFAULT_NAME
from calcert_desktop.services.documents.registry import KINDS

POINTS_PER_MM = 72 / 25.4
WITH_EXTREME = [kind for kind in KINDS if kind.extreme is not None]


def _hits(text: object, what: str) -> list[int]:
    searcher = text.search(what, match_case=True)
    found = []
    while (hit := searcher.get_next()) is not None:
        found.append(hit[0])
    return found


def _footers(pdf: bytes) -> list[tuple[str, float, float] | None]:
    """Per page: the footer's "Strona N z M", its baseline's height and that of the office's
    name lowest on the page (points), or None when the page has no "Strona N z M"."""
    found: list[tuple[str, float, float] | None] = []
    for page in pdfium.PdfDocument(pdf):
        text = page.get_textpage()
        labels = [(start, re.match(r"Strona \d+ z \d+", text.get_text_range(start, 24)))
                  for start in _hits(text, "Strona ")]  # fmt: skip
        labels = [(start, match.group(0)) for start, match in labels if match]
        if not labels:
            found.append(None)
            continue
        start, label = labels[-1]
        offices = [text.get_charbox(i)[1] for i in _hits(text, DEFAULT_NAME)]
        assert offices, f"no office name beside {label}"
        found.append((label, text.get_charbox(start)[1], min(offices)))
    return found


@pytest.mark.parametrize("kind", WITH_EXTREME, ids=[kind.code for kind in WITH_EXTREME])
def test_every_page_has_the_one_footer(kind):
    pdf = kind.extreme()
    pages = _footers(pdf)
    first = 2 if kind.code == "certificate" else 1
    assert all(page is None for page in pages[: first - 1]), "the certificate's page is clean"
    numbered = pages[first - 1 :]
    assert numbered and all(numbered), pages
    total = len(pages)
    assert [label for label, _, _ in numbered] == [
        footer.page_label(n, total) for n in range(first, total + 1)
    ]
    for _label, right, left in numbered:
        # The same baseline for both halves and for every document (glyph boxes start a
        # little above it: "S" and "C" sit on the line, within half a point).
        assert abs(right - left) < 0.6
        assert abs(right - footer.HEIGHT_MM * POINTS_PER_MM) < 1.0
