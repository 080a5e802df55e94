"""What every document shares: the paragraph styles in our font, and building a PDF (A4,
metadata with the Polish language) from flowables into bytes."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from calcert_desktop.documents import fonts

AUTHOR = "CALcert Desktop"
LANGUAGE = "pl-PL"


@dataclass(frozen=True)
class DocumentInfo:
    """The PDF's metadata."""

    title: str
    subject: str
    author: str = AUTHOR


def styles() -> dict[str, Any]:
    """The paragraph styles, all in DejaVu Sans: body, small, heading, title, right, cell."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    family = fonts.register()
    body = ParagraphStyle("body", fontName=family, fontSize=10.5, leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=6)  # fmt: skip
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        # A heading never ends a page: it goes with the text it heads.
        "heading": ParagraphStyle("heading", parent=body, fontName=fonts.BOLD, fontSize=12,
                                  leading=16, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=16,
                                leading=20, alignment=TA_CENTER, spaceAfter=12),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        # table cells: ragged right, a justified narrow column stretches its words apart
        "cell": ParagraphStyle("cell", parent=body, alignment=TA_LEFT, spaceAfter=0),
    }


PageHook = Callable[[Any, Any], None]


def build_pdf(
    flowables: Sequence[Any],
    info: DocumentInfo,
    *,
    landscape_page: bool = False,
    on_page: PageHook | None = None,
    margins_mm: float = 20,
    canvasmaker: Any = None,
) -> bytes:
    """The PDF of ``flowables`` on A4 (landscape when asked), with ``info`` as metadata.

    ``canvasmaker`` replaces reportlab's canvas class, e.g. one that knows the page count
    when it draws the footers ("strona N z M")."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    fonts.register()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4) if landscape_page else A4,
        leftMargin=margins_mm * mm,
        rightMargin=margins_mm * mm,
        topMargin=margins_mm * mm,
        bottomMargin=margins_mm * mm,
        title=info.title,
        subject=info.subject,
        author=info.author,
        creator=AUTHOR,
        lang=LANGUAGE,
    )
    hook = on_page or (lambda canvas, doc: None)
    extra = {"canvasmaker": canvasmaker} if canvasmaker is not None else {}
    document.build(list(flowables), onFirstPage=hook, onLaterPages=hook, **extra)
    return buffer.getvalue()


def build_pdf_with_templates(
    flowables: Sequence[Any], info: DocumentInfo, templates: Sequence[Any],
    canvasmaker: Any = None,
) -> bytes:
    """The PDF of ``flowables`` laid out on reportlab ``PageTemplate``s (the first one
    starts; ``NextPageTemplate`` switches), each with its own frames, page size and
    decoration, with ``info`` as metadata: for documents whose pages differ, like a
    landscape certificate followed by its portrait annex."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate

    fonts.register()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=templates[0].pagesize or A4,
        pageTemplates=list(templates),
        title=info.title,
        subject=info.subject,
        author=info.author,
        creator=AUTHOR,
        lang=LANGUAGE,
    )
    extra = {"canvasmaker": canvasmaker} if canvasmaker is not None else {}
    document.build(list(flowables), **extra)
    return buffer.getvalue()
