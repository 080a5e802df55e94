"""Pieces the Commission's records share: the line naming who keeps the record (the
Commission of the office), a two-column table of facts, and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import styles
from calcert_desktop.documents.text import markup, normalized
from calcert_desktop.domain.office import OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

SIGNATURE_LINE = "." * 60


def issuer_line(office: OfficeDetails) -> Any:
    """The small line above the title naming who keeps the record: "Komisja Certyfikacyjna
    Centrum Wspierania Aktywności Lokalnej CAL"."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    style = ParagraphStyle("issuer", parent=styles()["small"], alignment=TA_LEFT)
    return Paragraph(markup(office.commission), style)


def facts_table(rows: Sequence[tuple[str, str]], width: float) -> Any:
    """Label / value rows (the value wraps), as at the head of a protocol."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    style = styles()
    label_width = 120
    data = [
        [
            Paragraph(f"<b>{markup(label)}</b>", style["cell"]),
            Paragraph(markup(value), style["cell"]),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, width - label_width])
    table.setStyle(
        TableStyle(
            [
                # a table sets its cells' font even around paragraphs: never Helvetica
                ("FONT", (0, 0), (-1, -1), fonts.FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0da")),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def signatures(people: Sequence[Signature], width: float, before: Sequence[Any] = ()) -> Any:
    """Signature lines side by side: for each, the dotted line, the function, and the name
    (or a hint what to write, or nothing: written by hand); kept together on one page with
    the flowables ``before`` them (the end of the text they sign)."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from calcert_desktop.documents.even import EvenParagraph as Paragraph

    small = ParagraphStyle("signature", parent=styles()["small"], alignment=TA_CENTER)
    cells = [
        [
            Paragraph(SIGNATURE_LINE, small),
            Paragraph(f"<b>{markup(person.function)}</b>", small),
            *([Paragraph(markup(person.name), small)] if normalized(person.name) else []),
        ]
        for person in people
    ]
    table = Table([cells], colWidths=[width / len(people)] * len(people))
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), fonts.FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return KeepTogether([*before, Spacer(1, 36), table])
