"""Załączniki: the files the declaration names; "Otwórz" shows one in the system viewer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.ui.case_file.common import (
    DASH,
    RowsModel,
    pl_date,
    plain_label,
    show_rows,
    table_view,
)

if TYPE_CHECKING:
    from pathlib import Path

    from calcert_desktop.services.applications.attachments import AttachmentInfo
    from calcert_desktop.services.views.case_file_model import CaseFile
    from calcert_desktop.ui.session import Session


def size_text(size: int | None) -> str:
    """A file size in Polish notation (decimal comma)."""
    if size is None:
        return DASH
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 2**20:.1f} MB".replace(".", ",")


class AttachmentsTab(QWidget):
    """The attachments in a table; opening one copies it out under its name (on the worker)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = ""
        self._items: list[AttachmentInfo] = []
        self.model = RowsModel(
            [self.tr("Rodzaj"), self.tr("Plik"), self.tr("Rozmiar"), self.tr("Zapisano"),
             self.tr("Plik w programie")]
        )  # fmt: skip
        self.table = table_view(self.model, self.tr("Załączniki"))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self.tr("&Otwórz"))
        self.open_button.clicked.connect(self.open_selected)
        self.empty = plain_label(self.tr("Brak załączników — zgłoszenie nie wymienia plików."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_button)

    def show_file(self, view: CaseFile) -> None:
        """Show the attachments of ``view``."""
        self._reference = view.reference
        self._items = list(view.attachments)
        stored, missing = self.tr("jest"), self.tr("brak pliku")
        rows = [
            [a.kind_label, a.file_name, size_text(a.size_bytes), pl_date(a.stored_on),
             stored if a.stored else missing]
            for a in self._items
        ]  # fmt: skip
        show_rows(self.model, self.table, self.empty, rows, stretch_column=1)
        self._update_button()

    def _update_button(self) -> None:
        self.open_button.setEnabled(self._selected() is not None)

    def _selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        """Open the selected attachment with the system viewer (a message if it is missing)."""
        item = self._selected()
        if item is None:
            return
        from calcert_desktop.services.applications import attachments

        ctx, actor = self._session.ctx, self._session.actor
        reference, index = self._reference, item.index
        self._session.worker.submit(
            lambda: attachments.attachment_file(ctx, actor, reference, index),
            self._open,
            self._fail,
            owner=self,
        )

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._fail(self.tr(
                "Nie udało się otworzyć pliku {0} — system nie ma programu do plików tego typu."
            ).format(path.name))  # fmt: skip

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Załącznik"), message)
