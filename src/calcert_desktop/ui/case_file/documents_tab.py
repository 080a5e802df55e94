"""Dokumenty: the documents the case has something for, each generated (stored with the case)
and opened or printed with one button; below, every document generated so far, to open,
print, copy out or sign electronically (sign_dialog.py). A signed document's signatures are
checked on the worker before it is opened or printed: a broken one is said first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
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
    plain_label,
    show_rows,
    table_view,
)
from calcert_desktop.ui.case_file.document_rows import (
    FILE_COLUMN,
    SHRINKABLE,
    DocumentRows,
    RowsFitter,
    local_time,
)
from calcert_desktop.ui.case_file.sign_dialog import SignDialog, open_sign_dialog, verdicts
from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.printing import print_document

if TYPE_CHECKING:
    from calcert_desktop.documents.pades import SignatureCheck
    from calcert_desktop.services.documents.generate import GeneratedInfo
    from calcert_desktop.services.documents.kind import DocumentKind
    from calcert_desktop.services.documents.signing import SigningResult
    from calcert_desktop.services.views.case_file_model import CaseFile
    from calcert_desktop.ui.session import Session


class DocumentsTab(QWidget):
    """Generate a case's documents and reach the ones generated before (work on the worker)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = ""
        self._kinds: list[DocumentKind] = []
        self._items: list[GeneratedInfo] = []
        self._select_id: uuid.UUID | None = None  # the row to select once the list is read
        self.sign_dialog: SignDialog | None = None
        self.kind_buttons: dict[str, QPushButton] = {}
        self.print_buttons: dict[str, QPushButton] = {}  # "Generuj i drukuj…" per kind

        self.kinds_box = QGroupBox(self.tr("Dokumenty do wygenerowania"))
        self.kinds_grid = QGridLayout(self.kinds_box)
        self.kinds_grid.setColumnStretch(3, 1)  # the name, then its buttons, then the room
        self._no_kinds_text = self.tr(
            "W tej sprawie nie ma jeszcze czego wydać na piśmie — dokumenty pojawią się tu "
            "po decyzji, wizytacji lub wydaniu certyfikatu."
        )

        self.model = DocumentRows(
            [self.tr("Wygenerowano"), self.tr("Kto"), self.tr("Dokument"),
             self.tr("Wersja treści"), self.tr("Rozmiar"), self.tr("Plik"), self.tr("Podpis")]
        )  # fmt: skip
        self.table = table_view(self.model, self.tr("Wygenerowane dokumenty"))
        # A file's name ends in its day and " (2)": elided in the middle, they stay in view;
        # the other columns give way first (the fitter sets the delegate that elides it).
        others = {c: [] for c in range(self.model.columnCount()) if c != FILE_COLUMN}
        self.fitter = RowsFitter(self.table, FILE_COLUMN, others, SHRINKABLE)
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
        self.sign_button = QPushButton(self.tr("Podpisz &elektronicznie…"))
        self.sign_button.clicked.connect(self.sign_selected)
        self.check_button = QPushButton(self.tr("&Sprawdź podpis…"))
        self.check_button.clicked.connect(self.check_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        # What the last signing or check found (who signed, a missing time stamp).
        self.status = plain_label()
        self.status.setAccessibleName(self.tr("Podpis elektroniczny"))
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.kinds_box)
        layout.addWidget(self.list_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
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
             d.template_version or DASH, size_text(d.size_bytes), Path(d.file_name).name,
             self.signature_text(d)]
            for d in self._items
        ]  # fmt: skip
        show_rows(self.model, self.table, self.empty, rows, stretch_column=FILE_COLUMN)
        self._fit_columns(rows)
        wanted, self._select_id = self._select_id, None
        self._select(wanted)
        self._update_buttons()

    def _select(self, wanted: uuid.UUID | None) -> None:
        for row, item in enumerate(self._items):
            if item.id == wanted:
                self.table.selectRow(row)

    def _fit_columns(self, rows: list[list[str]]) -> None:
        """Columns as wide as what they show, narrowed before the file's name is (which keeps
        some thirty characters); fitted again when the table is resized."""
        columns = range(self.model.columnCount())
        self.fitter.fit_rows({c: [row[c] for row in rows] for c in columns if c != FILE_COLUMN})

    def signature_text(self, item: GeneratedInfo) -> str:
        """The Podpis column: who signed and when (with a time stamp or not), or a dash."""
        if not item.signed:
            return DASH
        if item.signed_at is None:
            return self.tr("✓ {0}").format(item.signer)
        if item.timestamped:
            text = self.tr("✓ {0}, {1} (znacznik czasu)")
        else:
            text = self.tr("✓ {0}, {1}")
        return text.format(item.signer, local_time(item.signed_at))

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
        item = self._selected()
        chosen = item is not None
        self.open_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.sign_button.setEnabled(chosen)
        self.check_button.setEnabled(item is not None and item.signed)

    def _selected(self) -> GeneratedInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _with_copy(self, then: Callable[[GeneratedInfo, Path], object], ask: str) -> None:
        """Make a copy of the selected document to open or print (on the worker: it is
        streamed out of the database), then ``then`` (a message if it is missing). A signed
        document's signatures are checked first: a broken one is said, then ``ask`` asked."""
        item = self._selected()
        if item is None:
            return
        if item.signed:
            self._check(item, lambda checks: self._verified(item, checks, then, ask))
        else:
            self._copy(item, then)

    def _copy(self, item: GeneratedInfo, then: Callable[[GeneratedInfo, Path], object]) -> None:
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
        self._with_copy(
            lambda _item, path: self._open(path), self.tr("Czy mimo to otworzyć dokument?")
        )

    def print_selected(self) -> None:
        """Print the selected document (print dialog, then its pages on the printer)."""
        self._with_copy(
            lambda item, path: print_document(self, path, item.kind_label),
            self.tr("Czy mimo to wydrukować dokument?"),
        )

    # --- Electronic signatures -----------------------------------------------------------
    def sign_selected(self) -> None:
        """Sign the selected document (the dialog signs on the worker; the signed copy is
        listed and selected once stored)."""
        item = self._selected()
        if item is None:
            return
        dialog = open_sign_dialog(self._session, item, self)
        dialog.signed.connect(self._signed)
        dialog.finished.connect(self._sign_dialog_closed)
        self.sign_dialog = dialog

    def _sign_dialog_closed(self) -> None:
        self.sign_dialog = None  # deleted with its closing

    def _signed(self, result: SigningResult) -> None:
        document = result.document
        self._select_id = document.id  # the list is read again on the change set's broadcast
        self._select(document.id)
        when = local_time(document.signed_at) if document.signed_at else DASH
        message = self.tr("Podpisano dokument „{0}”: {1}, {2}.").format(
            document.kind_label, document.signer, when
        )
        if result.timestamp_problem:
            message += " " + self.tr("Bez znacznika czasu: {0}.").format(
                result.timestamp_problem.rstrip(".")
            )
        elif document.timestamped:
            message += " " + self.tr("Czas podpisu potwierdza znacznik czasu.")
        self._say(message)

    def check_selected(self) -> None:
        """Check the selected document's signatures and show what each says."""
        item = self._selected()
        if item is None or not item.signed:
            return
        self._check(item, lambda checks: self._show_checks(item, checks))

    def _check(self, item: GeneratedInfo, then: Callable[[list[SignatureCheck]], object]) -> None:
        """Read ``item``'s signatures back on the worker, then ``then`` with them."""
        from calcert_desktop.services.documents import signing

        ctx, actor = self._session.ctx, self._session.actor
        read_op(self._session, self, lambda: signing.check(ctx, actor, item), then, self._fail,
                busy=True)  # fmt: skip

    def _verified(
        self,
        item: GeneratedInfo,
        checks: list[SignatureCheck],
        then: Callable[[GeneratedInfo, Path], object],
        ask: str,
    ) -> None:
        """Go on with a document whose signatures all hold; else say what is wrong and go
        on only if the user says so (No is the default)."""
        if checks and all(check.valid for check in checks):
            self._say(checks[0].summary())
            self._copy(item, then)
            return
        said = verdicts(checks)
        self._say(said.split("\n")[0])
        question = self.tr("Podpis elektroniczny dokumentu {0} budzi zastrzeżenia:").format(
            item.name
        )
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        text = f"{question}\n\n{said}\n\n{ask}"
        answer = QMessageBox.warning(self, self.tr("Podpis elektroniczny"), text, yes | no, no)
        if answer == yes:
            self._copy(item, then)

    def _show_checks(self, item: GeneratedInfo, checks: list[SignatureCheck]) -> None:
        text = self.tr("Dokument {0}:\n\n{1}").format(item.name, verdicts(checks))
        title = self.tr("Podpis elektroniczny")
        if checks and all(check.valid for check in checks):
            QMessageBox.information(self, title, text)
        else:
            QMessageBox.warning(self, title, text)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

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
