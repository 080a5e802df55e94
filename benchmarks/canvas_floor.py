"""The canvas floor of a sealed certificate: its strings drawn at fixed places on reportlab's
bare canvas, in the documents' fonts, with the seal's QR code one rectangle per dark module.

This module imports only reportlab and the fonts module (which imports nothing else of
ours), so that a process running it pays for reportlab and the fonts, not for our document
layout: ``bench_documents.py`` draws it in-process, ``bench_cli.py`` as a whole process
(``python canvas_floor.py PAGE.json OUT.pdf``). What to draw comes as plain lists
(:func:`bench_documents.floor_page` makes them from a certificate's data).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from calcert_desktop.documents import fonts


def _lines(canvas: Any, lines: Sequence[str], bold: set[str], family: str, *, x: float,
           top: float, size: float, step: float) -> None:  # fmt: skip
    """Each line at ``x`` from ``top`` down by ``step``, bold when it is one of ``bold``."""
    y = top
    for line in lines:
        canvas.setFont(fonts.BOLD if line in bold else family, size)
        canvas.drawString(x, y, line)
        y -= step


def draw_certificate(
    first: list[str],
    first_bold: list[str],
    code: str | None,
    modules: list[str],
    annex: list[str],
    annex_bold: list[str],
) -> bytes:
    """Two pages: ``first`` (the certificate's lines, ``first_bold`` among them bold) with
    the seal's ``code`` and its QR ``modules`` (rows of "0"/"1"), then the ``annex``'s lines."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    family = fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    _lines(canvas, first, set(first_bold), family, x=60, top=540, size=12, step=20)
    if code is not None:  # the code's text and its modules, one rectangle each
        canvas.setFont(family, 9)
        canvas.drawString(640, 40, code)
        unit = 110 / (len(modules) + 8)
        path = canvas.beginPath()
        for r, row in enumerate(modules):
            for c, dark in enumerate(row):
                if dark == "1":
                    path.rect(700 + (c + 4) * unit, 160 - (r + 5) * unit, unit, unit)
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.showPage()
    canvas.setPageSize(A4)
    _lines(canvas, annex, set(annex_bold), family, x=50, top=800, size=10, step=14)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    """``canvas_floor.py PAGE.json OUT.pdf``: draw the page described in PAGE.json, write it."""
    page: dict[str, Any] = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    Path(argv[1]).write_bytes(draw_certificate(**page))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
