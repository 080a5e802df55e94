"""One footer on every document's pages: at the left the office's name with what the
document is (its case's number, the register's title), at the right "Strona N z M", in the
same small grey type at the same height.

The page count is known only when the whole document is laid out, so the footers are drawn
by a canvas class (reportlab's ``canvasmaker``) that keeps each page until ``save``.
"""

from __future__ import annotations

from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents.text import clipped

FONT_SIZE = 8
GREY = 0.35  # the grey of every document's secondary text
HEIGHT_MM = 10  # the baseline above the paper's bottom edge
GAP_MM = 8  # between the left text and "Strona N z M"


def page_label(number: int, total: int) -> str:
    return f"Strona {number} z {total}"


def draw(
    canvas: Any, left: str, number: int, total: int, *, margin_mm: float = 20,
    height_mm: float = HEIGHT_MM,
) -> None:  # fmt: skip
    """The footer of page ``number`` of ``total`` on ``canvas``: ``left`` shortened with an
    ellipsis to leave room for the page's number."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = canvas._pagesize[0]
    right = page_label(number, total)
    room = width - 2 * margin_mm * mm - stringWidth(right, fonts.FAMILY, FONT_SIZE) - GAP_MM * mm
    canvas.saveState()
    canvas.setFont(fonts.FAMILY, FONT_SIZE)
    canvas.setFillGray(GREY)
    canvas.drawString(margin_mm * mm, height_mm * mm, clipped(left, fonts.FAMILY, FONT_SIZE, room))
    canvas.drawRightString(width - margin_mm * mm, height_mm * mm, right)
    canvas.restoreState()


def page_counting_canvas(
    left: str, *, margin_mm: float = 20, height_mm: float = HEIGHT_MM, from_page: int = 1
) -> type:
    """A canvas class for ``build_pdf(canvasmaker=…)`` that draws :func:`draw`'s footer on
    every page from ``from_page`` on (a certificate's own page has none), counting all."""
    from reportlab.pdfgen.canvas import Canvas

    class PageCountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number >= from_page:
                    draw(self, left, number, total, margin_mm=margin_mm, height_mm=height_mm)
                super().showPage()
            super().save()

    return PageCountingCanvas
