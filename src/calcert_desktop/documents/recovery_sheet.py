"""The sheet of the office's recovery key (issue 18, part 4): the 24 words, numbered, and the
same words as a QR code, with what the key opens and how to use it. Printed once, when an
installation is encrypted; it is the only copy of the key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import DocumentInfo, build_pdf, styles
from calcert_desktop.documents.certificate import qr_flowable
from calcert_desktop.documents.letter import polish_date
from calcert_desktop.documents.text import escape

QR_MM = 55
COLUMNS = 4

INTRO = (
    "Te 24 słowa są kluczem odzyskiwania danych instalacji programu CALcert Desktop "
    "zaszyfrowanej na tym komputerze. Otwierają bazę danych, gdy nikt nie pamięta hasła. "
    "Program ich nie przechowuje i nie pokaże ponownie."
)
KEEP = (
    "Przechowuj ten arkusz w zamkniętej szafie lub sejfie biura, nie razem z komputerem. "
    "Kto ma te słowa i plik bazy, może odczytać wszystkie dane."
)
USE = (
    "Jak użyć: w oknie odblokowania bazy wybierz „Nie pamiętam hasła…” i wpisz słowa w tej "
    "kolejności (albo zeskanuj kod QR), a potem nowe hasło swojego konta; w wierszu poleceń: "
    "calcert recover LOGIN."
)


@dataclass(frozen=True)
class RecoverySheet:
    """What the sheet shows: the words, the office, the installation's folder, the day."""

    words: tuple[str, ...]
    office: str
    installation: str
    made_on: date


def render(sheet: RecoverySheet) -> bytes:
    """The sheet as a one-page A4 PDF."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    fonts.register()
    style = styles()
    rows = len(sheet.words) // COLUMNS
    cells = [
        [f"{column * rows + row + 1:2}. {sheet.words[column * rows + row]}"
         for column in range(COLUMNS)]
        for row in range(rows)
    ]  # fmt: skip
    words = Table(cells, colWidths=[42 * mm] * COLUMNS, hAlign="CENTER")
    words.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.FAMILY, 12),
        ("BOX", (0, 0), (-1, -1), 0.8, (0, 0, 0)),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))  # fmt: skip
    heading = (f"{escape(sheet.office)}<br/>Instalacja: {escape(sheet.installation)}<br/>"
               f"Sporządzono {polish_date(sheet.made_on)}")  # fmt: skip
    story = [
        Paragraph("Klucz odzyskiwania danych", style["title"]),
        Paragraph(heading, style["small"]),
        Spacer(0, 4 * mm),
        Paragraph(INTRO, style["body"]),
        Spacer(0, 3 * mm),
        words,
        Spacer(0, 6 * mm),
        qr_flowable(" ".join(sheet.words), QR_MM * mm, cached=False),
        Spacer(0, 6 * mm),
        Paragraph(KEEP, style["body"]),
        Paragraph(USE, style["body"]),
    ]
    info = DocumentInfo("Klucz odzyskiwania danych", "CALcert Desktop: klucz odzyskiwania")
    return build_pdf(story, info)
