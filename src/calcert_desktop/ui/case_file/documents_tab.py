"""Dokumenty: the documents the case has something for, each generated (stored with the case)
and opened or printed with one button; below, every document generated so far, to open,
print or copy out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.ui.case_file.attachments_tab import size_text
from calcert_desktop.ui.case_file.common import (
    DASH,
    RowsModel,
    plain_label,
    show_rows,
    table_view,
)
from calcert_desktop.ui.operations import write_op
from calcert_desktop.ui.printing import print_document
from calcert_desktop.ui.widgets.column_fit import MiddleElided

if TYPE_CHECKING:
    from calcert_desktop.services.documents.generate import GeneratedInfo
    from calcert_desktop.services.documents.kind import DocumentKind
    from calcert_desktop.services.views.case_file_model import CaseFile
    from calcert_desktop.ui.session import Session


def local_time(at: datetime) -> str:
    """A stored UTC moment as the user's local date and time (dd.mm.rrrr gg:mm)."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")


FILE_COLUMN = 5  # the stored file's name


class DocumentsTab(QWidget):
    """Generate a case's documents and reach the ones generated before (work on the worker)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = ""
        self._kinds: list[DocumentKind] = []
        self._items: list[GeneratedInfo] = []
        self.kind_buttons: dict[str, QPushButton] = {}
        self.print_buttons: dict[str, QPushButton] = {}  # "Generuj i drukuj…" per kind

        self.kinds_box = QGroupBox(self.tr("Dokumenty do wygenerowania"))
        self.kinds_grid = QGridLayout(self.kinds_box)
        self.kinds_grid.setColumnStretch(3, 1)  # the name, then its buttons, then the room
        self._no_kinds_text = self.tr(
            "W tej sprawie nie ma jeszcze czego wydać na piśmie — dokumenty pojawią się tu "
            "po decyzji, wizytacji lub wydaniu certyfikatu."
        )

        self.model = RowsModel(
            [self.tr("Wygenerowano"), self.tr("Kto"), self.tr("Dokument"),
             self.tr("Wersja treści"), self.tr("Rozmiar"), self.tr("Plik")]
        )  # fmt: skip
        self.table = table_view(self.model, self.tr("Wygenerowane dokumenty"))
        # A file's name ends in its day and " (2)": elided in the middle, they stay in view.
        self.table.setItemDelegateForColumn(FILE_COLUMN, MiddleElided(self.table))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.list_label = QLabel(self.tr("Wygenerowane doku&menty:"))
        self.list_label.setBuddy(self.table)
        self.empty = plain_label(self.tr("Z tej sprawy nie wygenerowano jeszcze dokumentów."))
        self.open_button = QPushButton(self.tr("Otwó&rz"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Zapisz kopię &jako…"))
        self.save_button.clicked.connect(self.save_selected)
        # Every letter of "Drukuj" is a tab's mnemonic already: Ctrl+P prints instead.
        self.print_button = QPushButton(self.tr("Drukuj…"))
        self.print_button.setToolTip(self.tr("Drukuj wybrany dokument (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_selected)
        print_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_key.activated.connect(self.print_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.kinds_box)
        layout.addWidget(self.list_label)
        layout.addLayout(buttons)
        # One of the two shows; either takes the room left, so nothing spreads apart.
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- Loading -----------------------------------------------------------------------
    def show_file(self, view: CaseFile) -> None:
        """Show the documents of the case of ``view`` (read on the worker)."""
        self._reference = view.reference
        self.reload()

    def reload(self) -> None:
        """Read the applicable kinds and the generated documents again."""
        from calcert_desktop.services.documents import generate

        ctx, actor, reference = self._session.ctx, self._session.actor, self._reference

        def read() -> tuple[list[DocumentKind], list[GeneratedInfo]]:
            return generate.applicable_kinds(ctx, actor, reference), generate.list_generated(
                ctx, actor, reference
            )

        self._session.worker.submit(read, self._show, self._fail)

    def _show(self, loaded: tuple[list[DocumentKind], list[GeneratedInfo]]) -> None:
        self._kinds, self._items = loaded
        self._fill_kinds()
        rows = [
            [local_time(d.generated_at), d.generated_by, d.kind_label,
             d.template_version or DASH, size_text(d.size_bytes), Path(d.file_name).name]
            for d in self._items
        ]  # fmt: skip
        show_rows(self.model, self.table, self.empty, rows, stretch_column=FILE_COLUMN)
        self._update_buttons()

    def _fill_kinds(self) -> None:
        while self.kinds_grid.count():
            item = self.kinds_grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.kind_buttons = {}
        self.print_buttons = {}
        if not self._kinds:
            self.kinds_grid.addWidget(plain_label(self._no_kinds_text), 0, 0, 1, 4)
            return
        for row, kind in enumerate(self._kinds):
            name = plain_label(kind.label, wrap=False)
            button = QPushButton(self.tr("Generuj i otwórz"))
            button.setAccessibleName(self.tr("Generuj i otwórz: {0}").format(kind.label))
            button.clicked.connect(lambda _checked=False, code=kind.code: self.generate(code))
            printing = QPushButton(self.tr("Generuj i drukuj…"))
            printing.setAccessibleName(self.tr("Generuj i drukuj: {0}").format(kind.label))
            printing.clicked.connect(
                lambda _checked=False, code=kind.code: self.generate(code, then_print=True)
            )
            name.setBuddy(button)
            # What the document is first, what one can do with it after (read left to right).
            self.kinds_grid.addWidget(name, row, 0)
            self.kinds_grid.addWidget(button, row, 1)
            self.kinds_grid.addWidget(printing, row, 2)
            self.kind_buttons[kind.code] = button
            self.print_buttons[kind.code] = printing

    # --- Generating ----------------------------------------------------------------------
    def generate(self, code: str, *, then_print: bool = False) -> None:
        """Generate the document ``code`` on the worker, then open it (or, with
        ``then_print``, print it: what is printed is also stored) and list it."""
        from calcert_desktop.services.documents import generate

        ctx, actor, reference = self._session.ctx, self._session.actor, self._reference
        self._enable_kinds(False)
        # Listed again by the change set's broadcast (the case window asks this tab).
        # The copy to open or print is streamed out of the database on the worker too.
        write_op(
            self._session,
            self,
            lambda: generate.with_copy(ctx, generate.generate(ctx, actor, code, reference)),
            self._generated_for_print if then_print else self._generated,
            self._generation_failed,
        )

    def _generated(self, info: GeneratedInfo) -> None:
        if info.copy is not None:
            self._open(info.copy)

    def _generated_for_print(self, info: GeneratedInfo) -> None:
        if info.copy is not None:
            print_document(self, info.copy, info.kind_label)

    def _generation_failed(self, message: str) -> None:
        self._enable_kinds(True)
        self._fail(message)

    def _enable_kinds(self, enabled: bool) -> None:
        for button in (*self.kind_buttons.values(), *self.print_buttons.values()):
            button.setEnabled(enabled)

    # --- The generated documents -----------------------------------------------------------
    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _selected(self) -> GeneratedInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _with_copy(self, then: Callable[[GeneratedInfo, Path], object]) -> None:
        """Make a copy of the selected document to open or print (on the worker: it is
        streamed out of the database), then ``then`` (a message if it is missing)."""
        item = self._selected()
        if item is None:
            return
        from calcert_desktop.services.documents import generate

        ctx = self._session.ctx
        self._session.worker.submit(
            lambda: generate.generated_file(ctx, item),
            lambda path: then(item, path),
            self._fail,
            owner=self,
        )

    def open_selected(self) -> None:
        """Open the selected document with the system's PDF viewer."""
        self._with_copy(lambda _item, path: self._open(path))

    def print_selected(self) -> None:
        """Print the selected document (print dialog, then its pages on the printer)."""
        self._with_copy(lambda item, path: print_document(self, path, item.kind_label))

    def save_selected(self) -> None:
        """Copy the selected document to a file the user names."""
        item = self._selected()
        if item is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz kopię dokumentu"), str(Path.home() / item.name),
            self.tr("Dokument PDF (*.pdf)"),
        )  # fmt: skip
        if not target:
            return
        from calcert_desktop.services.documents import exports

        ctx = self._session.ctx
        self._session.worker.submit(
            lambda: exports.save_copy(ctx, item, target), None, self._fail, owner=self
        )

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._fail(self.tr(
                "Nie udało się otworzyć pliku {0} — system nie ma programu do plików PDF."
            ).format(path.name))  # fmt: skip

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Dokumenty"), message)
