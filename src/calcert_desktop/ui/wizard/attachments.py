"""The attachments page: typed files (signed form, report, statute...), checked for type
and size, kept in the database at once so a moved original loses nothing (on the worker:
reading, hashing and storing 25 MB never freezes the window)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from calcert_desktop.domain.attachment_rules import FILE_TYPES, MAX_MB
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.applications import attachments
from calcert_desktop.ui.operations import read_op
from calcert_desktop.ui.wizard.fields import choice_items
from calcert_desktop.ui.wizard.pages import FlowPage, plain_label

if TYPE_CHECKING:
    from calcert_desktop.services.context import AppContext
    from calcert_desktop.ui.wizard.wizard import ApplicationWizard


def size_text(size: object) -> str:
    """A file size the Polish way: "900 B", "340 kB", "1,2 MB" ('' when unknown); binary
    units, as the size limit counts them."""
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return ""
    if size < 1024:
        return QCoreApplication.translate("AttachmentsPage", "{0} B").format(size)
    kilobytes = round(size / 1024)
    if kilobytes < 1000:  # "1000 kB" reads worse than "1,0 MB"
        return QCoreApplication.translate("AttachmentsPage", "{0} kB").format(kilobytes)
    megabytes = f"{size / 2**20:.1f}".replace(".", ",")
    return QCoreApplication.translate("AttachmentsPage", "{0} MB").format(megabytes)


def _store(ctx: AppContext, path: Path) -> attachments.StoredFile | DomainError | OSError:
    """Check and store one file (worker thread); a refusal is returned, not raised, so one
    bad file does not stop the others."""
    try:
        return attachments.add_file(ctx, path)
    except (DomainError, OSError) as error:
        return error


class AttachmentsPage(FlowPage):
    """A small table of attachments (a handful per application)."""

    checked = Signal(int)  # files were checked and stored: this many were taken in

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "attachments")
        layout = self.body
        layout.addWidget(plain_label(self.tr(
            "Dołącz skan podpisanego zgłoszenia, raport i dokumenty (statut, regulamin, zakresy "
            "czynności). Pliki PDF, obrazy lub dokumenty tekstowe, do {0} MB każdy."
        ).format(MAX_MB)))  # fmt: skip
        row = QHBoxLayout()
        kind_label = QLabel(self.tr("&Rodzaj:"))
        self.kind = QComboBox()
        for code, label in choice_items(owner.form, "attachment_kinds"):
            self.kind.addItem(label, code)
        kind_label.setBuddy(self.kind)
        self.kind.setAccessibleName(self.tr("Rodzaj załącznika"))
        self.add_button = QPushButton(self.tr("Dodaj pli&k…"))
        self.add_button.clicked.connect(self._choose)
        self.remove_button = QPushButton(self.tr("&Usuń załącznik"))
        self.remove_button.clicked.connect(self._remove)
        for widget in (kind_label, self.kind, self.add_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rodzaj"), self.tr("Plik"), self.tr("Rozmiar")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Załączniki"))
        layout.addWidget(self.table, 1)
        self._labels = dict(choice_items(owner.form, "attachment_kinds"))
        self._show()

    def _items(self) -> list[dict[str, Any]]:
        return list(self.owner.data.get("attachments") or [])

    def _show(self) -> None:
        items = self._items()
        self.table.setRowCount(len(items))
        for index, item in enumerate(items):
            size = item.get("size_bytes")
            cells = (
                self._labels.get(item.get("kind", ""), item.get("kind", "")),
                item.get("file_name", ""),
                size_text(size) or self.tr("nieznany"),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # never HTML
                if column == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    if size_text(size) == "":
                        cell.setToolTip(self.tr("Plik nie jest zapisany w programie: dodaj go."))
                self.table.setItem(index, column, cell)
        self.remove_button.setEnabled(bool(items))

    def add_file(self, path: Path) -> None:
        """Check and store one file under the chosen kind (a message if refused)."""
        self.add_files([path])

    def add_files(self, paths: list[Path]) -> None:
        """Check and store each file on the worker; one message lists the refused ones;
        :attr:`checked` says how many were taken in."""
        # The same check as the command line's `declare` (type by content, size, name, links).
        ctx, kind = self.owner.session.ctx, self.kind.currentData()
        self.add_button.setEnabled(False)
        read_op(self.owner.session, self, lambda: [(path, _store(ctx, path)) for path in paths],
                lambda results: self._added(kind, results), self._failed, busy=True)  # fmt: skip

    def _added(self, kind: str, results: list[tuple[Path, Any]]) -> None:
        self.add_button.setEnabled(True)
        items, refusals = self._items(), []
        for path, outcome in results:
            if isinstance(outcome, DomainError):
                refusals.append(outcome.message)
            elif isinstance(outcome, OSError):
                refusals.append(self.tr("Nie udało się odczytać pliku {0}: {1}").format(
                    path.name, outcome.strerror or ""))  # fmt: skip
            else:
                items.append({"kind": kind, "file_name": outcome.file_name,
                              "size_bytes": outcome.size_bytes,
                              "sha256": outcome.sha256})  # fmt: skip
        if len(refusals) < len(results):
            self.owner.data["attachments"] = items
            self._show()
            self.data_changed()
        if refusals:
            QMessageBox.warning(self, self.tr("Załącznik"), "\n\n".join(refusals))
        self.checked.emit(len(results) - len(refusals))

    def _failed(self, message: str) -> None:
        self.add_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Załącznik"), message)
        self.checked.emit(0)

    def _choose(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in FILE_TYPES)
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Wybierz pliki"), "", self.tr("Dokumenty ({0})").format(patterns)
        )
        self.add_files([Path(name) for name in names])

    def _remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        items = self._items()
        for row in rows:
            del items[row]
        self.owner.data["attachments"] = items
        self._show()
        self.data_changed()
