"""Ustawienia → Dawny rejestr: the paper-era register brought in from a spreadsheet, as a
wizard (what ``calcert import-register`` does, through the same service:
``admin.register_import``).

1. the file (XLSX, ODS, XLS or CSV);
2. which column holds what: guessed from the headings, or as confirmed last time for files
   laid out the same way;
3. the dry run: each row's verdict; the refused rows can be saved as a spreadsheet with the
   reason in a last column, corrected and imported again;
4. the import, with progress, in one transaction: all accepted rows or none (Anuluj stops
   it and nothing is written).

Every read and write runs on the database worker; the window never freezes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from calcert_desktop.domain.register_fields import FIELDS
from calcert_desktop.domain.register_rows import REFUSE
from calcert_desktop.services.admin import register_import
from calcert_desktop.ui.case_file.common import plain_label
from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.views.register_import_pages import MappingForm, VerdictModel
from calcert_desktop.ui.widgets.progress_relay import ProgressRelay
from calcert_desktop.ui.widgets.scrolled import scrolled

if TYPE_CHECKING:
    from calcert_desktop.services.admin.register_import import ImportPreview
    from calcert_desktop.ui.session import Session

FOLDER_KEY = "register_import/folder"  # the folder the last file came from (QSettings)
SHEETS = "*.xlsx *.xlsm *.xls *.ods *.csv *.txt"


class FilePage(QWizardPage):
    """Step 1: the spreadsheet to import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Plik z dawnym rejestrem"))
        self.setSubTitle(self.tr(
            "Wybierz arkusz z rejestrem certyfikatów prowadzonym przed programem: XLSX, ODS, "
            "XLS albo CSV (średnik, przecinek lub tabulator; UTF-8 albo Windows-1250). Pierwszy "
            "wiersz z tekstem powinien nazywać kolumny."
        ))  # fmt: skip
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Plik"))
        self.path.textChanged.connect(self.completeChanged)
        choose = QPushButton(self.tr("&Wybierz…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)

    def choose(self) -> None:
        folder = str(QSettings().value(FOLDER_KEY, str(Path.home())))
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Wybierz arkusz z rejestrem"), folder,
            self.tr("Arkusze ({0});;Wszystkie pliki (*)").format(SHEETS),
        )  # fmt: skip
        if chosen:
            QSettings().setValue(FOLDER_KEY, str(Path(chosen).parent))
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()


class _Loading(QWizardPage):
    """A page filled by a read on the worker: not complete until its answer came."""

    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.ready = False
        self.status = plain_label("")
        self.status.setAccessibleName(self.tr("Stan"))

    def isComplete(self) -> bool:
        return self.ready

    def load(self, mapping: dict[str, str] | None, then: Any) -> None:
        """Read and judge the file (``mapping`` None: remembered or guessed)."""
        self.ready = False
        self.completeChanged.emit()
        self.status.setText(self.tr("Czytam i sprawdzam plik…"))
        wizard = self.owner
        path, session = wizard.path(), wizard.session

        def done(found: ImportPreview) -> None:
            wizard.preview = found
            then(found)
            self.completeChanged.emit()

        def failed(message: str) -> None:
            self.status.setText(message)

        read_op(session, self, lambda: register_import.preview(session.ctx, session.actor, path,
                                                               mapping), done, failed)  # fmt: skip


class MappingPage(_Loading):
    """Step 2: which column holds what."""

    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Kolumny"))
        self.setSubTitle(self.tr(
            "Wskaż, co jest w każdej kolumnie. Program rozpoznaje typowe nagłówki i pamięta "
            "przypisanie dla plików o tym samym układzie."
        ))  # fmt: skip
        self.form = MappingForm()
        self.form_area = scrolled(self.form)
        self.problem = plain_label("")
        self.problem.setStyleSheet("color: #a4262c;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        self.load(None, self.show_found)

    def show_found(self, found: ImportPreview) -> None:
        self.form.show_mapping(found.header, found.mapping)
        for box in self.form.boxes:
            box.currentIndexChanged.connect(self.completeChanged)
        if found.remembered:
            self.status.setText(self.tr("Przypisanie kolumn zapamiętane dla plików tego układu."))
        else:
            self.status.setText(self.tr("Kolumny rozpoznane po nagłówkach — sprawdź je."))
        self.ready = True

    def isComplete(self) -> bool:
        if not self.ready:
            return False
        chosen = self.form.chosen()
        missing = [f for f in FIELDS if f.required and f.key not in chosen]
        twice = self.form.duplicates()
        messages = []
        if missing:
            messages.append(self.tr("Wskaż kolumny: {0}.").format(
                ", ".join(f.label for f in missing)))  # fmt: skip
        if twice:
            messages.append(self.tr("Wybrane dla kilku kolumn: {0}.").format(", ".join(twice)))
        self.problem.setText(" ".join(messages))
        return not messages


class CheckPage(_Loading):
    """Step 3: the dry run, nothing written."""

    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Sprawdzenie (nic nie zostało jeszcze zapisane)"))
        self.setSubTitle(self.tr(
            "Co program zrobi z każdym wierszem pliku. Wybierz wiersz, aby przeczytać cały "
            "powód odrzucenia."))  # fmt: skip
        self.model = VerdictModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Wiersze pliku"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._show_row)
        # The chosen row's whole reason, wrapped (the table's cells keep one line each).
        self.detail = plain_label("")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.save = QPushButton(self.tr("&Zapisz odrzucone wiersze do poprawienia…"))
        self.save.clicked.connect(self.save_refused)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        self.save.setEnabled(False)
        self.load(self.owner.mapping_page.form.mapping(), self.show_found)

    def show_found(self, found: ImportPreview) -> None:
        self.model.set_rows(found.verdicts)
        self.table.resizeColumnsToContents()
        for column in (2, 3):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 360))
        self.status.setText(found.summary())
        refused = [i for i, v in enumerate(found.verdicts) if v.action == REFUSE]
        if found.verdicts:  # the first refused row's reason shown in full, else the first row's
            self.table.selectRow(refused[0] if refused else 0)
        self.save.setEnabled(found.counts.get("refuse", 0) > 0)
        self.ready = bool(found.accepted) and found.earlier is None

    def _show_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.setText("")
            return
        verdict = self.model.item(current.row())
        what = self.model.index(current.row(), 3).data()
        self.detail.setText(self.tr("Wiersz {0}: {1}").format(verdict.row, what))

    def save_refused(self) -> None:
        found = self.owner.preview
        if found is None:
            return
        name = Path(found.file_name).stem + "-odrzucone.xlsx"
        suggested = self.owner.path().with_name(name)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz odrzucone wiersze"), str(suggested),
            self.tr("Arkusz Excel (*.xlsx)"),
        )  # fmt: skip
        if not chosen:
            return
        target = Path(chosen).with_suffix(".xlsx")

        def write() -> Path:
            return register_import.save_refused_rows(found, target)

        read_op(self.owner.session, self, write,
                lambda path: self.status.setText(self.tr("Zapisano {0}.").format(path)),
                self.status.setText)  # fmt: skip


class ImportPage(QWizardPage):
    """Step 4: the import itself, with progress; Anuluj stops it, nothing written."""

    def __init__(self, wizard: RegisterImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr(
            "Przyjęte wiersze zapisują się razem: wszystkie albo — po błędzie lub Anuluj — "
            "żaden."))  # fmt: skip
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Postęp importu"))
        self.result = plain_label("")
        self.result.setAccessibleName(self.tr("Wynik"))
        self.done = False
        self.relay = ProgressRelay(self)
        self.relay.advanced.connect(self._advanced)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done = False
        self.relay.stop.clear()
        self.bar.setRange(0, 0)
        self.result.setText(self.tr("Importuję… Anuluj przerywa import bez zapisywania."))
        wizard = self.owner
        session, path, mapping = wizard.session, wizard.path(), wizard.mapping_page.form.mapping()
        write_op(session, self, lambda: register_import.apply(session.ctx, session.actor, path,
                                                              mapping, self.relay),
                 self._finished, self._failed)  # fmt: skip

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finished(self, outcome: Any) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.result.setText(str(outcome))
        self.done = True
        # Written: nothing left to cancel, only Zakończ.
        self.wizard().button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.result.setText(message)
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class RegisterImportWizard(QWizard):
    """The four steps; the file's preview is shared by the pages."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import dawnego rejestru certyfikatów"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Dalej >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Wstecz"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Zakończ"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Anuluj"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Importuj"))
        self.check_page.setCommitPage(True)
        self.resize(900, 620)

    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def reject(self) -> None:
        """Anuluj during the import stops it (the transaction rolls back); the wizard
        closes once the worker has answered."""
        if self.currentPage() is self.import_page and not self.import_page.done:
            self.import_page.relay.stop.set()
            self.import_page.result.setText(self.tr("Przerywam…"))
            return
        super().reject()
