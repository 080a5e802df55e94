"""The attachments page: typed files (signed form, report, statute...), checked for type
and size, copied into the data folder at once so a moved original loses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    QVBoxLayout,
)

from calcert_desktop.domain.attachment_rules import FILE_TYPES, MAX_MB
from calcert_desktop.domain.errors import DomainError
from calcert_desktop.services.applications import attachments
from calcert_desktop.ui.wizard.fields import choice_items
from calcert_desktop.ui.wizard.pages import FlowPage, plain_label

if TYPE_CHECKING:
    from calcert_desktop.ui.wizard.wizard import ApplicationWizard


class AttachmentsPage(FlowPage):
    """A small table of attachments (a handful per application)."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "attachments")
        layout = QVBoxLayout(self)
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
        self.add_button = QPushButton(self.tr("&Dodaj plik…"))
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Załączniki"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self._general)
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
                f"{size / 1024:.0f} KB" if isinstance(size, int) else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))  # never HTML
        self.remove_button.setEnabled(bool(items))

    def add_file(self, path: Path) -> bool:
        """Check and store one file under the chosen kind; False (with a message) if refused."""
        refusal = self._add(path)
        if refusal is not None:
            QMessageBox.warning(self, self.tr("Załącznik"), refusal)
        return refusal is None

    def add_files(self, paths: list[Path]) -> None:
        """Add each file; one message lists the refused ones."""
        refusals = [message for path in paths if (message := self._add(path)) is not None]
        if refusals:
            QMessageBox.warning(self, self.tr("Załącznik"), "\n\n".join(refusals))

    def _add(self, path: Path) -> str | None:
        # The same check as the command line's `declare` (type by content, size, name, links).
        try:
            stored = attachments.add_file(self.owner.session.ctx.paths.attachments, path)
        except DomainError as error:
            return error.message
        except OSError as error:
            return self.tr("Nie udało się odczytać pliku {0}: {1}").format(
                path.name, error.strerror or ""
            )
        items = self._items()
        items.append({"kind": self.kind.currentData(), "file_name": stored.file_name,
                      "size_bytes": stored.size_bytes, "sha256": stored.sha256})  # fmt: skip
        self.owner.data["attachments"] = items
        self._show()
        self.data_changed()
        return None

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
