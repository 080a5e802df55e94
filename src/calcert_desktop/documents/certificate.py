"""The CAL Quality Certificate as a PDF: one A4 landscape page (the CAL mark, the
institution, the number, the issuing Board, the place and dates, the Board's signature
lines, in a decorative border),
then its substantive annex, the institution's model of work, on portrait pages with a
header repeated on each.

Plain data in, bytes out: nothing here reads the database. Text that does not fit its
place shrinks (the institution's name and address pick the largest size that fits, and the
whole block shrinks as a last resort) or, in the annex, continues on the next page.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from calcert_desktop.documents import fonts
from calcert_desktop.documents.base import DocumentInfo, build_pdf_with_templates, styles
from calcert_desktop.documents.footer import page_counting_canvas
from calcert_desktop.documents.polish_dates import long_date
from calcert_desktop.documents.text import clipped, markup, normalized
from calcert_desktop.domain.office import DEFAULT_OFFICE, OfficeDetails
from calcert_desktop.domain.signature_slots import Signature

TITLE = "Certyfikat Jakości Centrum Aktywności Lokalnej"
ANNEX_TITLE = "model pracy instytucji"

# The certificate's colours: a deep teal and a muted gold, both print well in greyscale.
TEAL = (0.09, 0.33, 0.35)
GOLD = (0.69, 0.55, 0.24)
GREY = (0.35, 0.35, 0.35)

# The seal's QR code: about 60 modules with its quiet zone, so a module is about half a
# millimetre, which phones and USB scanners read from paper.
QR_SIZE = 31 * 2.8346456692913384  # 31 mm in points
SEAL_WIDTH = 42 * 2.8346456692913384  # the seal's column: the QR code and three short lines


@dataclass(frozen=True)
class Address:
    """The institution's address as the declaration gives it."""

    street: str
    postal_code: str
    town: str
    voivodeship: str  # lowercase, as stored: "małopolskie"

    def one_line(self) -> str:
        """``ul. Kościuszki 12, 33-390 Łącko, województwo małopolskie``"""
        town = " ".join(part for part in (self.postal_code, self.town) if part)
        voivodeship = f"województwo {self.voivodeship}" if self.voivodeship else ""
        return ", ".join(part for part in (self.street, town, voivodeship) if part)


@dataclass(frozen=True)
class SealPrint:
    """The certificate's seal as printed: the QR code's text and the short code."""

    payload: str  # CAL1.… (upper-case letters, digits, a dot: QR's alphanumeric mode)
    code: str  # grouped, e.g. 7KQ2-M9XD-4HTA
    matrix: str = ""  # the payload's QR code, packed (pack_qr), when stored with the seal


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on a certificate and its annex."""

    number: str  # CJ-NNN/<year>
    case_reference: str  # CAL/<year>/<NNNN>
    institution: str
    address: Address
    issued_on: date
    valid_until: date
    signatories: tuple[Signature, ...]
    fields_of_activity: tuple[str, ...]  # Polish labels, in the form's order
    model_of_work: str  # the description, paragraphs separated by blank lines
    seal: SealPrint | None = None  # the QR code and short code (none: printed without)
    office: OfficeDetails = DEFAULT_OFFICE  # the issuing body and the place of issue
    resolution: str = ""  # the Board's resolution issuing it ("3/2026"); "" before them


def render(data: CertificateData) -> bytes:
    """The certificate of ``data`` as PDF bytes: the certificate page, then the annex."""
    from reportlab.platypus import FrameBreak, NextPageTemplate, PageBreak

    layout = _Layout(sealed=data.seal is not None, signatories=len(data.signatories))
    flowables: list[Any] = [
        layout.certificate_block(data),
        FrameBreak(),
        layout.signatures(data.signatories),
    ]
    if data.seal is not None:
        flowables += [FrameBreak(), layout.seal_block(data.seal)]
    flowables += [
        NextPageTemplate("annex"),
        PageBreak(),
        *layout.annex(data),
    ]
    info = DocumentInfo(
        title=f"Certyfikat nr {normalized(data.number)}",
        subject=f"{TITLE}: {normalized(data.institution)}",
    )
    # The certificate's own page has no footer; the annex's pages have every document's.
    footer = page_counting_canvas(
        f"{data.office.name} · certyfikat nr {normalized(data.number)}", from_page=2
    )
    return build_pdf_with_templates(flowables, info, layout.templates(data), footer)


def verification_line(data: CertificateData) -> str:
    """How someone outside the office checks the certificate: the register is public, and
    the office confirms the certificate by its verification code (its contact named)."""
    assert data.seal is not None
    office = data.office
    contact = ", ".join(
        part for part in (office.website, f"tel. {office.phone}" if office.phone else "",
                          f"e-mail {office.email}" if office.email else "") if part
    )  # fmt: skip
    where = f" ({contact})" if contact else ""
    # The genitive follows a noun as the office's name is set to ("rejestru … Fundacji X").
    return (
        f"Certyfikat jest wpisany do jawnego rejestru certyfikatów {office.name_of}{where}. "
        f"Jego ważność potwierdza biuro certyfikatu po podaniu numeru certyfikatu i kodu "
        f"weryfikacyjnego {data.seal.code}."
    )


def _mm(value: float) -> float:
    from reportlab.lib.units import mm

    return value * mm


class _Layout:
    """The page geometry and styles of one rendering."""

    def __init__(self, *, sealed: bool = False, signatories: int = 2) -> None:
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import ParagraphStyle

        self.family = fonts.register()
        self.landscape = landscape(A4)
        self.portrait = A4
        base = styles()
        self.base = base
        # embeddedHyphenation: a long double-barrelled name breaks after its hyphen.
        centred = ParagraphStyle("centred", parent=base["body"], alignment=TA_CENTER,
                                 spaceAfter=0, embeddedHyphenation=1)  # fmt: skip
        self.centred = centred
        self.lead = ParagraphStyle("lead", parent=centred, fontSize=12.5, leading=17,
                                   textColor=GREY)  # fmt: skip
        self.number = ParagraphStyle("number", parent=centred, fontName=fonts.BOLD,
                                     fontSize=14, leading=18, textColor=TEAL)  # fmt: skip
        self.dates = ParagraphStyle("dates", parent=centred, fontSize=12, leading=16)
        # A name never breaks inside a word (a long one is set smaller: _words_fitting).
        self.sign_name = ParagraphStyle("sign_name", parent=centred, fontName=fonts.BOLD,
                                        fontSize=10, leading=12.5, splitLongWords=0)  # fmt: skip
        self.sign_role = ParagraphStyle("sign_role", parent=centred, fontSize=8.5, leading=10.5,
                                        textColor=GREY)  # fmt: skip
        # The certificate page: the mark above, the text block, the signatures below.
        width, height = self.landscape
        self.text_box = (_mm(28), _mm(60), width - _mm(56), height - _mm(60) - _mm(56))
        self.sign_box = (_mm(28), _mm(17), width - _mm(56), _mm(40))
        self.seal_box: tuple[float, float, float, float] | None = None
        if sealed:
            # The seal sits in the bottom right corner, inside the gold border; two
            # signatures keep the middle, narrowed on both sides so that they stay centred;
            # more take the room to the left as well, so that long names are not cut.
            self.seal_box = (width - _mm(17) - SEAL_WIDTH, _mm(15), SEAL_WIDTH, _mm(43))
            side = _mm(17) + SEAL_WIDTH + _mm(4)
            left = side if signatories <= 2 else _mm(28)
            self.sign_box = (left, _mm(17), width - side - left, _mm(40))
        self.seal_text = ParagraphStyle("seal", parent=centred, fontSize=7, leading=8.4,
                                        textColor=GREY)  # fmt: skip
        # Who confirms the certificate to someone outside the office, under the dates.
        self.check = ParagraphStyle("check", parent=centred, fontSize=9, leading=11.5,
                                    textColor=GREY)  # fmt: skip
        # The short code is typed by hand: large, bold, in the certificate's teal.
        self.seal_code = ParagraphStyle("seal_code", parent=centred, fontName=fonts.BOLD,
                                        fontSize=10.5, leading=13, textColor=TEAL)  # fmt: skip

    # -- the certificate page ------------------------------------------------------------

    def certificate_block(self, data: CertificateData) -> Any:
        """Title, number, institution, address, statement and dates, shrunk to their box."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import KeepInFrame, Paragraph, Spacer

        _, _, width, height = self.text_box
        title = ParagraphStyle("cert_title", parent=self.centred, fontName=fonts.BOLD,
                               textColor=TEAL)  # fmt: skip
        title.fontSize = _fitting_size(TITLE, fonts.BOLD, width, 26, 16)
        title.leading = title.fontSize * 1.2
        # The name gets up to three lines at its larger sizes, the address two.
        name = _fitted(data.institution, fonts.BOLD, width, parent=self.centred,
                       sizes=(24, 21, 18, 16, 14, 12, 10.5), budget=_mm(31))  # fmt: skip
        address = _fitted(data.address.one_line(), self.family, width, parent=self.centred,
                          sizes=(13, 12, 11, 10, 9), budget=_mm(15), colour=GREY)  # fmt: skip
        content = [
            Paragraph(markup(TITLE), title),
            Spacer(1, _mm(2)),
            Paragraph(f"nr {markup(data.number)}", self.number),
            Spacer(1, _mm(6)),
            Paragraph("przyznany instytucji", self.lead),
            Spacer(1, _mm(3)),
            name,
            Spacer(1, _mm(2)),
            address,
            Spacer(1, _mm(6)),
            Paragraph(
                "za pracę metodą organizowania społeczności lokalnej zgodną ze standardami "
                "Centrum Aktywności Lokalnej. Integralną częścią certyfikatu jest załącznik: "
                "model pracy instytucji.",
                self.lead,
            ),
            Spacer(1, _mm(4)),
            Paragraph(f"Certyfikat wydał {markup(data.office.board)}", self.lead),
            Spacer(1, _mm(2)),
            Paragraph(
                f"{markup(data.office.place)}, {markup(long_date(data.issued_on))}"
                + (f" · uchwała Zarządu nr {markup(data.resolution)}" if data.resolution else "")
                + f" · <b>ważny do {markup(long_date(data.valid_until))}</b>",
                self.dates,
            ),
        ]
        if data.seal is not None:
            content += [Spacer(1, _mm(4)), Paragraph(markup(verification_line(data)), self.check)]
        return KeepInFrame(width, height, content, mode="shrink", hAlign="CENTER")

    def signatures(self, signatories: Sequence[Signature]) -> Any:
        """A line to sign on for each Board signatory, the name and function beneath it."""
        from reportlab.platypus import KeepInFrame, Paragraph, Table, TableStyle

        _, _, width, height = self.sign_box
        people = list(signatories) or [Signature("", "za Zarząd")]
        count = len(people)
        gap = _mm(18) if count <= 2 else _mm(10)  # three names need the room
        column = min(_mm(80), (width - gap * (count - 1)) / count)
        widths: list[float] = []
        names: list[Any] = []
        for index, person in enumerate(people):
            if index:
                widths.append(gap)
                names.append([])
            widths.append(column)
            name_style = _words_fitting(person.name, self.sign_name, column)
            cell = [Paragraph(markup(person.name), name_style)] if person.name else []
            cell.append(Paragraph(markup(person.function), self.sign_role))
            names.append(cell)
        table = Table([[[] for _ in widths], names], colWidths=widths, rowHeights=[_mm(16), None])
        commands: list[tuple[Any, ...]] = [
            # A table's own font is Helvetica: set ours, or its empty cells embed Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.family),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 1), (-1, 1), 4),
        ]
        for col in range(0, len(widths), 2):
            commands.append(("LINEABOVE", (col, 1), (col, 1), 0.6, GREY))
        table.setStyle(TableStyle(commands))
        return KeepInFrame(width, height, [table], mode="shrink", hAlign="CENTER")

    def seal_block(self, seal: SealPrint) -> Any:
        """The QR code of the seal and, under it, the short code with where to check it."""
        from reportlab.platypus import KeepInFrame, Paragraph, Spacer

        assert self.seal_box is not None
        _, _, width, height = self.seal_box
        content = [
            qr_flowable(seal.payload, QR_SIZE, matrix=seal.matrix),
            Spacer(1, _mm(0.6)),
            Paragraph("Kod weryfikacyjny:", self.seal_text),
            Paragraph(markup(seal.code), self.seal_code),
            Paragraph("w jawnym rejestrze certyfikatów", self.seal_text),
        ]
        return KeepInFrame(width, height, content, mode="shrink", hAlign="CENTER")

    def decorate_certificate(self, canvas: Any, doc: Any) -> None:
        """The border and the CAL mark of the certificate page."""
        width, height = self.landscape
        canvas.saveState()
        # A double border: a thick teal frame, a thin gold one inside, gold corner squares.
        canvas.setStrokeColorRGB(*TEAL)
        canvas.setLineWidth(3)
        canvas.rect(_mm(9), _mm(9), width - _mm(18), height - _mm(18))
        canvas.setStrokeColorRGB(*GOLD)
        canvas.setLineWidth(0.8)
        canvas.rect(_mm(12.5), _mm(12.5), width - _mm(25), height - _mm(25))
        canvas.setFillColorRGB(*GOLD)
        side = _mm(4)
        for x in (_mm(12.5), width - _mm(12.5)):
            for y in (_mm(12.5), height - _mm(12.5)):
                canvas.rect(x - side / 2, y - side / 2, side, side, stroke=0, fill=1)
        _draw_mark(canvas, width / 2, height - _mm(36), _mm(17), self.family)
        canvas.restoreState()

    # -- the annex -----------------------------------------------------------------------

    def annex(self, data: CertificateData) -> list[Any]:
        """The annex's flowables: heading, institution, fields of activity, description."""
        from reportlab.lib.enums import TA_LEFT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph, Spacer

        base = self.base
        # Ragged right: justified lines in a TrueType font are drawn word by word (no word
        # spacing operator for them), which costs time and leaves wide gaps in narrow text.
        body = ParagraphStyle("annex", parent=base["body"], alignment=TA_LEFT)
        number = markup(data.number)
        flow: list[Any] = [
            Paragraph(f"Załącznik do certyfikatu nr {number}", base["title"]),
            Paragraph(f"<b>Instytucja:</b> {markup(data.institution)}", body),
            Paragraph(f"<b>Adres:</b> {markup(data.address.one_line())}", body),
            Paragraph(f"<b>Numer sprawy:</b> {markup(data.case_reference)}", body),
            Paragraph(
                f"<b>Certyfikat wydał:</b> {markup(data.office.board)}, "
                f"{markup(data.office.place)}, {markup(long_date(data.issued_on))}",
                body,
            ),
            Spacer(1, _mm(2)),
            Paragraph("Dziedziny działalności", base["heading"]),
        ]
        if data.fields_of_activity:
            # A bullet's font is Helvetica unless set: ours, so that no other font is embedded.
            item = ParagraphStyle("item", parent=body, spaceAfter=2, leftIndent=12,
                                  bulletIndent=2, bulletFontName=self.family)  # fmt: skip
            for label in data.fields_of_activity:
                flow.append(Paragraph(markup(label), item, bulletText="•"))
        else:
            flow.append(Paragraph("nie wskazano", body))
        flow.append(Paragraph("Opis modelu pracy", base["heading"]))
        paragraphs = _paragraphs(data.model_of_work)
        for paragraph in paragraphs or ["nie przedstawiono"]:
            flow.append(Paragraph(markup(paragraph), body))
        return flow

    def decorate_annex(self, data: CertificateData) -> Any:
        """The annex's header, repeated on each page (its footer is every document's:
        :mod:`footer`)."""
        header = f"Załącznik do certyfikatu nr {normalized(data.number)}: {ANNEX_TITLE}"

        def draw(canvas: Any, doc: Any) -> None:
            width, height = self.portrait
            canvas.saveState()
            canvas.setFont(self.family, 8.5)
            canvas.setFillColorRGB(*GREY)
            canvas.drawString(_mm(20), height - _mm(12), clipped(header, self.family, 8.5,
                                                                  width - _mm(40)))  # fmt: skip
            canvas.setStrokeColorRGB(*TEAL)
            canvas.setLineWidth(0.6)
            canvas.line(_mm(20), height - _mm(14), width - _mm(20), height - _mm(14))
            canvas.restoreState()

        return draw

    def templates(self, data: CertificateData) -> list[Any]:
        """The certificate page (two frames: text, signatures) and the annex pages."""
        from reportlab.platypus import Frame, PageTemplate

        def frame(box: tuple[float, float, float, float], name: str) -> Frame:
            x, y, width, height = box
            return Frame(x, y, width, height, id=name, leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)  # fmt: skip

        width, height = self.portrait
        annex_frame = Frame(_mm(20), _mm(18), width - _mm(40), height - _mm(18) - _mm(20),
                            id="annex")  # fmt: skip
        frames = [frame(self.text_box, "text"), frame(self.sign_box, "signatures")]
        if self.seal_box is not None:
            frames.append(frame(self.seal_box, "seal"))
        return [
            PageTemplate("certificate", frames,
                         onPage=self.decorate_certificate, pagesize=self.landscape),
            PageTemplate("annex", [annex_frame], onPage=self.decorate_annex(data),
                         pagesize=self.portrait),
        ]  # fmt: skip


QUIET_ZONE = 4  # modules of white around a QR code, as the standard asks


def encode_qr(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``payload`` at error correction M, as rows of dark (True) modules."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


def pack_qr(modules: tuple[tuple[bool, ...], ...]) -> str:
    """The modules of a QR code as stored with a seal: "N:" and the N×N bits, row by row,
    in hexadecimal."""
    size = len(modules)
    bits = "".join("1" if cell else "0" for row in modules for cell in row)
    return f"{size}:{int(bits, 2).to_bytes((len(bits) + 7) // 8, 'big').hex()}"


def unpack_qr(text: str) -> tuple[tuple[bool, ...], ...] | None:
    """The modules :func:`pack_qr` stored, or None for a text that is not such a matrix (a
    QR code has 21 to 177 modules a side)."""
    size_text, _, digits = text.partition(":")
    if not size_text.isdigit() or not 21 <= int(size_text) <= 177:
        return None
    size = int(size_text)
    try:
        value = int.from_bytes(bytes.fromhex(digits), "big")
    except ValueError:
        return None
    if len(digits) != 2 * ((size * size + 7) // 8) or value >> (size * size):
        return None
    bits = format(value, f"0{size * size}b")
    return tuple(
        tuple(bit == "1" for bit in bits[row * size : (row + 1) * size]) for row in range(size)
    )


@functools.lru_cache(maxsize=256)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """:func:`encode_qr`, kept: reportlab's encoder takes some 50 ms (it tries the eight
    masks in pure Python); a seal never changes, so each certificate's matrix is made once
    per run of the program."""
    return encode_qr(payload)


def qr_flowable(payload: str, size: float, *, cached: bool = True, matrix: str = "") -> Any:
    """A ``size`` square flowable of the QR code of ``payload``, quiet zone included: each
    row's runs of dark modules drawn as one filled path (no seams between modules). The code
    is drawn from ``matrix`` (:func:`pack_qr`, stored with a seal) when given, else encoded.
    A secret (the recovery key) is not ``cached``: it stays in no table of this process."""
    from reportlab.platypus import Flowable

    stored = unpack_qr(matrix) if matrix else None
    modules = stored or (qr_modules(payload) if cached else encode_qr(payload))

    class QrCode(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.payload = payload
            self.modules = modules
            self.hAlign = "CENTER"

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return size, size

        def draw(self) -> None:
            unit = size / (len(modules) + 2 * QUIET_ZONE)
            path = self.canv.beginPath()
            for row_index, row in enumerate(modules):
                y = size - (row_index + QUIET_ZONE + 1) * unit
                column = 0
                while column < len(row):
                    if not row[column]:
                        column += 1
                        continue
                    run = column
                    while run < len(row) and row[run]:
                        run += 1
                    path.rect((column + QUIET_ZONE) * unit, y, (run - column) * unit, unit)
                    column = run
            self.canv.setFillColorRGB(0, 0, 0)
            self.canv.drawPath(path, stroke=0, fill=1)

    return QrCode()


def _draw_mark(canvas: Any, x: float, y: float, radius: float, family: str) -> None:
    """The CAL mark: a teal disc in a gold ring, "CAL" across it, a gold rule beneath."""
    canvas.setFillColorRGB(*TEAL)
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(2.2)
    canvas.circle(x, y, radius, stroke=1, fill=1)
    canvas.setStrokeColorRGB(1, 1, 1)
    canvas.setLineWidth(0.7)
    canvas.circle(x, y, radius - _mm(2.2), stroke=1, fill=0)
    canvas.setFillColorRGB(1, 1, 1)
    size = radius * 0.78
    canvas.setFont(fonts.BOLD, size)
    canvas.drawCentredString(x, y - size * 0.36, "CAL")
    canvas.setFont(family, radius * 0.16)
    canvas.drawCentredString(x, y - radius * 0.56, "CERTYFIKAT")
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(0.8)
    for side in (-1, 1):
        start = x + side * (radius + _mm(4))
        canvas.line(start, y, start + side * _mm(38), y)


def _fitting_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    """The largest size (in steps of 1 pt) at which ``text`` fits ``width`` on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 1
    return size


def _fitted(
    text: str,
    font: str,
    width: float,
    *,
    sizes: Sequence[float],
    budget: float,
    parent: Any,
    colour: tuple[float, float, float] | None = None,
) -> Any:
    """A centred paragraph of ``text`` at the largest of ``sizes`` whose wrapped height
    stays within ``budget`` (the smallest size when none does; its box shrinks then)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    content = markup(text)
    paragraph = None
    for size in sizes:
        style = ParagraphStyle(f"fit{size}", parent=parent, fontName=font, fontSize=size,
                               leading=size * 1.22)  # fmt: skip
        if colour is not None:
            style.textColor = colour
        paragraph = Paragraph(content, style)
        _, height = paragraph.wrap(width, 10_000)
        if height <= budget:
            break
    return paragraph


def _words_fitting(text: str, style: Any, width: float) -> Any:
    """``style``, smaller if need be, so that no word of ``text`` is wider than ``width``
    (the style never splits a word, and reportlab does not break at a word's hyphens)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = normalized(text).split()
    widest = max((stringWidth(word, style.fontName, 1) for word in words), default=0)
    if widest * style.fontSize <= width:
        return style
    size = max(6.0, width / widest)
    return ParagraphStyle(f"{style.name}_{size:.1f}", parent=style, fontSize=size,
                          leading=size * 1.25)  # fmt: skip


def _paragraphs(text: str) -> list[str]:
    """The description's paragraphs: split on blank lines, single line breaks kept."""
    blocks: list[str] = []
    current: list[str] = []
    for line in normalized(text).splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks
