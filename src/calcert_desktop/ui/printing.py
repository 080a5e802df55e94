"""Printing a stored PDF: each page rasterised by pdfium and drawn on a Qt printer.

Qt prints only what a QPainter draws, and a PDF is not something it can draw; pdfium turns
one page at a time into an image at the printer's resolution (at most 300 dpi: sharp on
paper, and an A4 page takes about 35 MB while it is drawn), so memory does not grow with
the document. Each page is fitted to the paper in its own orientation (the certificate is
landscape, its annex portrait). The page range and the number of copies come from the
printer (the print dialog sets them). Everything runs on the GUI thread (a QPrinter is not
made for other threads); between pages the progress dialog keeps the window answering.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

# The user's strings are QCoreApplication.translate("Printing", ...) calls written out in
# full: lupdate finds only literal calls.

if TYPE_CHECKING:
    import pypdfium2

MAX_DPI = 300
# Up to this many sheets the print is quick enough to need no progress dialog.
QUIET_SHEETS = 3

# Called after each printed sheet with (done, total); returns False to cancel the print.
Progress = Callable[[int, int], bool]


class PrintError(Exception):
    """Printing failed; ``message`` says why, in Polish."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PrintCancelled(Exception):
    """The user cancelled the print in the progress dialog."""


def open_pdf(path: Path) -> pypdfium2.PdfDocument:
    """The PDF at ``path`` opened by pdfium; a missing or unreadable file is a PrintError."""
    import pypdfium2

    if not path.is_file():
        raise PrintError(
            QCoreApplication.translate("Printing", "Brak pliku do wydruku: {0}.").format(str(path))
        )
    try:
        return pypdfium2.PdfDocument(path)
    except (pypdfium2.PdfiumError, OSError) as error:
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "Nie da się odczytać pliku PDF {0} ({1})."
            ).format(path.name, str(error))
        ) from error


def page_count(path: Path) -> int:
    """How many pages the PDF at ``path`` has (PrintError if it cannot be read)."""
    document = open_pdf(path)
    try:
        return len(document)
    finally:
        document.close()


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (1-based) the printer's range names, within the document's ``count``."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return list(range(first, last + 1))
    return list(range(1, count + 1))


def sheets(pages: Sequence[int], copies: int, collate: bool) -> list[int]:
    """The pages in printing order for ``copies`` copies: whole sets one after another
    when collated (1 2 3 1 2 3), else each page repeated (1 1 2 2 3 3)."""
    if copies <= 1:
        return list(pages)
    if collate:
        return [page for _copy in range(copies) for page in pages]
    return [page for page in pages for _copy in range(copies)]


def _page_image(document: pypdfium2.PdfDocument, index: int, dpi: int) -> QImage:
    """Page ``index`` (0-based) as an image at ``dpi``; the image owns its pixels."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
        try:
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )  # fmt: skip
            return image.copy()  # owns its pixels: pdfium's buffer is freed below
        finally:
            bitmap.close()
    finally:
        page.close()


def _orientation(document: pypdfium2.PdfDocument, index: int) -> QPageLayout.Orientation:
    width, height = document[index].get_size()
    if width > height:
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def _draw_fitted(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    """``image`` as large as the printable area allows, its aspect kept, centred."""
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    # The painter's origin is the printable area's corner.
    corner = QPointF((area.width() - width) / 2, (area.height() - height) / 2)
    painter.drawImage(QRectF(corner.x(), corner.y(), width, height), image)


def print_pdf(
    path: Path | str,
    printer: QPrinter,
    pages: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Print the PDF at ``path`` on ``printer``; returns the number of sheets printed.

    ``pages`` (1-based) overrides the printer's page range. Copies the printer cannot make
    itself (a PDF file, some drivers) are printed here, collated as the printer says.
    Raises PrintError (Polish message) or PrintCancelled when ``progress`` returns False.
    """
    document = open_pdf(Path(path))
    try:
        count = len(document)
        wanted = [p for p in (pages or chosen_pages(printer, count)) if 1 <= p <= count]
        if not wanted:
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "Wybrany zakres nie obejmuje żadnej strony dokumentu."
                )
            )
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        order = sheets(wanted, copies, printer.collateCopies())
        dpi = min(printer.resolution(), MAX_DPI)
        # As close to the paper's edge as the printer allows: the PDF has its own margins.
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setPageOrientation(_orientation(document, order[0] - 1))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "Nie udało się rozpocząć drukowania na drukarce {0}."
                ).format(printer.printerName() or printer.outputFileName())
            )
        try:
            if progress is not None and not progress(0, len(order)):
                printer.abort()
                raise PrintCancelled
            for done, number in enumerate(order):
                if done:
                    # Takes effect on the page newPage() starts.
                    printer.setPageOrientation(_orientation(document, number - 1))
                    if not printer.newPage():
                        raise PrintError(
                            QCoreApplication.translate("Printing", "Drukarka przerwała drukowanie.")
                        )
                _draw_fitted(painter, printer, _page_image(document, number - 1, dpi))
                if progress is not None and not progress(done + 1, len(order)):
                    printer.abort()
                    raise PrintCancelled
        finally:
            painter.end()
        return len(order)
    finally:
        document.close()


def print_document(parent: QWidget, path: Path, title: str = "") -> int:
    """Ask for a printer, range and copies, then print the PDF at ``path`` with a progress
    dialog for longer prints. Problems are shown in Polish; returns the sheets printed
    (0 when nothing was printed)."""
    heading = QCoreApplication.translate("Printing", "Drukowanie")
    try:
        count = page_count(path)
        if not QPrinterInfo.availablePrinterNames():
            raise PrintError(
                QCoreApplication.translate(
                    "Printing",
                    "Nie znaleziono żadnej drukarki. Dodaj drukarkę w ustawieniach systemu "
                    "albo zapisz kopię dokumentu jako PDF.",
                )
            )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title or path.stem)
        printer.setFromTo(1, count)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("Printing", "Drukuj: {0}").format(title or path.name)
        )
        dialog.setMinMax(1, count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        if not printer.isValid():
            raise PrintError(
                QCoreApplication.translate("Printing", "Wybrana drukarka jest niedostępna.")
            )
        progress = _PrintProgress(parent, title or path.name)
        try:
            return print_pdf(path, printer, progress=progress)
        finally:
            progress.close()
    except PrintCancelled:
        return 0
    except PrintError as error:
        QMessageBox.warning(parent, heading, error.message)
        return 0


class _PrintProgress:
    """A progress callback that shows a cancellable dialog when a print has more than a
    few sheets (opened when the print starts, closed when it ends however it ends)."""

    def __init__(self, parent: QWidget, title: str) -> None:
        self._parent = parent
        self._title = title
        self._dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> bool:
        if total <= QUIET_SHEETS:
            return True
        if self._dialog is None:
            self._dialog = QProgressDialog(
                QCoreApplication.translate("Printing", "Drukowanie: {0}").format(self._title),
                QCoreApplication.translate("Printing", "Anuluj"),
                0,
                total,
                self._parent,
            )
            self._dialog.setWindowTitle(QCoreApplication.translate("Printing", "Drukowanie"))
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(0)
        self._dialog.setLabelText(
            QCoreApplication.translate("Printing", "Drukowanie: {0} — strona {1} z {2}").format(
                self._title, done, total
            )
        )
        self._dialog.setValue(done)  # a modal dialog handles the window's events here
        return not self._dialog.wasCanceled()

    def close(self) -> None:
        """Take the dialog down (the print ended, was cancelled or failed)."""
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
