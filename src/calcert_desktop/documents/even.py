"""Justified paragraphs that stay even: :class:`EvenParagraph` is set justified, with Polish
hyphenation (:mod:`hyphenation`; titles, names, headings and table cells are never
hyphenated: only justified text is), unless some line would still open a
gap between words wider than :data:`MAX_GAP_SPACES` ordinary spaces (a long address or
e-mail that cannot break); then the whole paragraph is set ragged-right instead. The last
line of a paragraph and a line ending at a line break are never stretched (reportlab's own
rule, kept by the styles)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from calcert_desktop.documents import hyphenation

# The widest gap a justified line may have, in ordinary spaces of its font.
MAX_GAP_SPACES = 3.0


def widest_gap(paragraph: Paragraph) -> float:
    """The widest gap between words on a justified line of ``paragraph`` (wrapped), in
    ordinary spaces; 1.0 when no line is stretched."""
    lines = getattr(paragraph, "blPara", None)
    if lines is None:
        return 1.0
    style = paragraph.style
    space = stringWidth(" ", style.fontName, style.fontSize) or 1.0
    widest = 1.0
    for line in lines.lines[:-1]:  # the last line is set as it falls
        if lines.kind == 0:  # plain text: (extra space, words)
            extra, words = line
            gaps = len(words) - 1
        elif getattr(line, "lineBreak", False):  # ends at a line break: not stretched
            continue
        else:
            extra, gaps = line.extraSpace, line.wordCount - 1
        if gaps > 0 and extra > 0:
            widest = max(widest, 1.0 + extra / gaps / space)
    return widest


class EvenParagraph(Paragraph):
    """A paragraph of body text: justified and hyphenated, or ragged-right when no break
    keeps its gaps within :data:`MAX_GAP_SPACES`. A paragraph of any other alignment is
    reportlab's own."""

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        if style is not None and style.alignment == TA_JUSTIFY and not style.hyphenationLang:
            style = ParagraphStyle(f"{style.name}-hyphenated", parent=style,
                                   hyphenationLang=hyphenation.polish, embeddedHyphenation=1,
                                   hyphenationMinWordLength=5)  # fmt: skip
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size: Any = super().wrap(availWidth, availHeight)
        if self.style.alignment == TA_JUSTIFY and widest_gap(self) > MAX_GAP_SPACES:
            self.style = ParagraphStyle(f"{self.style.name}-ragged", parent=self.style,
                                        alignment=TA_LEFT)  # fmt: skip
            size = super().wrap(availWidth, availHeight)
        return size
