"""Printing a stored PDF: pages rasterised by pdfium and drawn on a QPrinter that writes a
PDF file (set programmatically, no printer needed), checked with pypdf; the print dialog's
path with its progress dialog; errors in Polish."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from calcert_desktop.ui import printing
from calcert_desktop.ui.printing import PrintCancelled, PrintError, print_document, print_pdf

PORTRAIT = (595, 842)
LANDSCAPE = (842, 595)


def source_pdf(path: Path, sizes: list[tuple[float, float]]) -> Path:
    """A PDF whose pages have ``sizes`` (points), each with its number written on it."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=sizes[0])
    for number, size in enumerate(sizes, start=1):
        drawing.setPageSize(size)
        drawing.drawString(72, 72, f"strona {number}")
        drawing.showPage()
    drawing.save()
    path.write_bytes(buffer.getvalue())
    return path


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's width and height in whole points (reportlab's A4 is 841.89 x 595.28)."""
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(path).pages]  # fmt: skip


def test_every_page_is_printed_in_its_own_orientation(qapp, tmp_path):
    source = source_pdf(tmp_path / "certyfikat.pdf", [LANDSCAPE, PORTRAIT, PORTRAIT])
    printed = tmp_path / "wydruk.pdf"
    assert print_pdf(source, pdf_printer(printed)) == 3
    assert page_sizes(printed) == [LANDSCAPE, PORTRAIT, PORTRAIT]
    # The pages are pictures of the source: something dark is drawn on each.
    import pypdfium2

    document = pypdfium2.PdfDocument(printed)
    for index in range(len(document)):
        image = document[index].render(scale=0.5, grayscale=True).to_pil()
        assert image.getextrema()[0] < 128, f"page {index + 1} is blank"
    document.close()


def test_a_generated_certificate_prints_landscape(qapp, tmp_path, cli, declaration_file):
    from case_scenarios import granted_case

    reference = granted_case(cli, declaration_file, tmp_path)
    source = tmp_path / "cert.pdf"
    cli.ok("pdf", "certificate", reference, "-o", str(source), user="biuro")
    printed = tmp_path / "wydruk.pdf"
    count = len(PdfReader(source).pages)
    assert print_pdf(source, pdf_printer(printed)) == count
    assert page_sizes(printed) == page_sizes(source)
    assert page_sizes(printed)[0] == LANDSCAPE


def test_the_page_range_and_copies_are_honoured(qapp, tmp_path):
    source = source_pdf(tmp_path / "pismo.pdf", [PORTRAIT, LANDSCAPE, PORTRAIT, PORTRAIT])
    printer = pdf_printer(tmp_path / "zakres.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert print_pdf(source, printer) == 4  # pages 2 and 3, twice, collated
    assert page_sizes(tmp_path / "zakres.pdf") == [LANDSCAPE, PORTRAIT, LANDSCAPE, PORTRAIT]

    uncollated = pdf_printer(tmp_path / "kopie.pdf")
    uncollated.setCopyCount(2)
    uncollated.setCollateCopies(False)
    assert print_pdf(source, uncollated, pages=[2, 3]) == 4
    assert page_sizes(tmp_path / "kopie.pdf") == [LANDSCAPE, LANDSCAPE, PORTRAIT, PORTRAIT]


def test_progress_is_reported_per_page_and_can_cancel(qapp, tmp_path):
    source = source_pdf(tmp_path / "rejestr.pdf", [PORTRAIT] * 5)
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    assert print_pdf(source, pdf_printer(tmp_path / "a.pdf"), progress=report) == 5
    assert seen == [(n, 5) for n in range(6)]

    with pytest.raises(PrintCancelled):
        print_pdf(source, pdf_printer(tmp_path / "b.pdf"), progress=lambda done, _t: done < 2)


def test_a_missing_or_broken_file_is_a_polish_error(qapp, tmp_path):
    with pytest.raises(PrintError) as missing:
        print_pdf(tmp_path / "nie-ma.pdf", pdf_printer(tmp_path / "x.pdf"))
    assert missing.value.message.startswith("Brak pliku do wydruku:")
    assert "nie-ma.pdf" in missing.value.message

    broken = tmp_path / "zepsuty.pdf"
    broken.write_bytes(b"to nie jest PDF")
    with pytest.raises(PrintError) as unreadable:
        print_pdf(broken, pdf_printer(tmp_path / "y.pdf"))
    assert unreadable.value.message.startswith("Nie da się odczytać pliku PDF zepsuty.pdf")

    source = source_pdf(tmp_path / "jedna.pdf", [PORTRAIT])
    with pytest.raises(PrintError) as empty:
        print_pdf(source, pdf_printer(tmp_path / "z.pdf"), pages=[5])
    assert empty.value.message == "Wybrany zakres nie obejmuje żadnej strony dokumentu."


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *args: shown.append(text)
    )
    return shown


def test_without_a_printer_the_dialog_path_says_so(qtbot, tmp_path, monkeypatch, warnings):
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    parent = QWidget()
    qtbot.addWidget(parent)
    source = source_pdf(tmp_path / "pismo.pdf", [PORTRAIT])
    assert print_document(parent, source, "Pismo") == 0
    assert len(warnings) == 1 and warnings[0].startswith("Nie znaleziono żadnej drukarki.")

    assert print_document(parent, tmp_path / "brak.pdf", "Pismo") == 0
    assert warnings[1].startswith("Brak pliku do wydruku:")


def test_the_dialog_path_prints_with_a_progress_dialog(qtbot, tmp_path, monkeypatch, warnings):
    """The print dialog is answered as a user would (a PDF file, pages 2-6); the sheets are
    printed with the progress dialog up (more than a few)."""
    target = tmp_path / "z-dialogu.pdf"
    asked: list[tuple[int, int]] = []

    def answer(dialog: QPrintDialog) -> int:
        asked.append((dialog.minPage(), dialog.maxPage()))
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 6)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Biuro"]))
    monkeypatch.setattr(QPrintDialog, "exec", answer)
    progress_values: list[int] = []
    original = printing.QProgressDialog.setValue
    monkeypatch.setattr(
        printing.QProgressDialog, "setValue",
        lambda self, value: (progress_values.append(value), original(self, value))[1],
    )  # fmt: skip
    parent = QWidget()
    qtbot.addWidget(parent)
    source = source_pdf(tmp_path / "rejestr.pdf", [LANDSCAPE] * 7)
    assert print_document(parent, source, "Rejestr") == 5
    assert asked == [(1, 7)]
    assert len(PdfReader(target).pages) == 5
    assert progress_values == [0, 1, 2, 3, 4, 5]
    assert warnings == []
