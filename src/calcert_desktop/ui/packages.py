"""Packages in the window (issue 19): handing cases to a laptop (or, on a laptop, sending
the work back to the office), and reading a package: first a dry run listing every change
with both versions of each conflict, then, once each conflict has its resolution, one
import. Everything runs on the worker; a refusal is said in Polish in the dialog."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from calcert_desktop.services.exchange.returns import Plan
    from calcert_desktop.services.exchange.transfer import Imported
    from calcert_desktop.ui.session import Session

FILTER = "*.calpack"
OFFICE, LAPTOP = "office", "laptop"


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())  # fmt: skip


def _error_label() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b00020;")
    return label


class ExportDialog(QDialog):
    """At the office: hand chosen cases to a laptop, for one person's work. On a laptop:
    send the work recorded in the handed cases back to the office."""

    def __init__(self, session: Session, references: Sequence[str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.role = ""
        self.cases = QLineEdit(" ".join(references))
        self.cases.setAccessibleName(self.tr("Sprawy"))
        self.cases.setPlaceholderText(self.tr("numery spraw, np. CAL/2026/0001 CAL/2026/0002"))
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Odbiorca"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Czyja praca"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Plik paczki"))
        browse = QPushButton(self.tr("&Wybierz…"))
        browse.clicked.connect(self._browse)
        self.error = _error_label()
        self.note = QLabel("")
        self.note.setWordWrap(True)
        form = QFormLayout()
        cases_label = QLabel(self.tr("&Sprawy:"))
        cases_label.setBuddy(self.cases)
        form.addRow(cases_label, self.cases)
        recipient_label = QLabel(self.tr("&Odbiorca:"))
        recipient_label.setBuddy(self.recipient)
        form.addRow(recipient_label, self.recipient)
        self.person_label = QLabel(self.tr("&Czyja praca:"))
        self.person_label.setBuddy(self.person)
        form.addRow(self.person_label, self.person)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        target_label = QLabel(self.tr("&Plik:"))
        target_label.setBuddy(self.target)
        form.addRow(target_label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self.cases.editingFinished.connect(self._load_people)
        self._load()

    def _references(self) -> list[str]:
        return [part for part in self.cases.text().replace(",", " ").split() if part]

    def _load(self) -> None:
        from calcert_desktop.services.exchange import transfer

        ctx, actor = self.session.ctx, self.session.actor
        read_op(self.session, self, lambda: (transfer.role(ctx),
                                             transfer.recipients(ctx, actor)),
                self._loaded, self.error.setText)  # fmt: skip

    def _loaded(self, found: tuple[str, list[Any]]) -> None:
        self.role, recipients = found
        office = self.role == OFFICE
        self.setWindowTitle(self.tr("Przekaż sprawy na laptop") if office
                            else self.tr("Odeślij pracę do biura"))  # fmt: skip
        self.note.setText(
            self.tr("Paczka niesie tylko to, czego wymaga praca jednej osoby: sprawę, "
                    "zgłoszenie z załącznikami i jej wizytację albo ocenę. Jest podpisana "
                    "i zaszyfrowana dla odbiorcy.") if office else
            self.tr("Paczka niesie to, co zapisano na tym laptopie w przekazanych sprawach "
                    "(puste pole spraw: wszystkie z nową pracą)."))  # fmt: skip
        self.person.setVisible(office)
        self.person_label.setVisible(office)
        for recipient in recipients:
            self.recipient.addItem(recipient.name, recipient.key_id)
        if not recipients:
            self.error.setText(self.tr("Ta instalacja nie zna jeszcze odbiorcy — administrator "
                                       "rejestruje go w Ustawieniach, na karcie Instalacje."))
        name = "_".join(self._references()).replace("/", "-") or "praca"
        self.target.setText(str(_documents() / f"{name}.calpack"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(recipients))
        if office:
            self._load_people()

    def _load_people(self) -> None:
        if self.role != OFFICE or not self._references():
            return
        from calcert_desktop.services.exchange import transfer

        ctx, actor, references = self.session.ctx, self.session.actor, self._references()
        read_op(self.session, self, lambda: transfer.people_for(ctx, actor, references),
                self._people, self.error.setText)  # fmt: skip

    def _people(self, people: list[tuple[str, str]]) -> None:
        self.person.clear()
        for login, name in people:
            self.person.addItem(f"{name} ({login})", login)
        self.error.setText("" if people else self.tr(
            "W tych sprawach nikt nie ma pracy do przekazania (zaplanowanej wizytacji ani "
            "przydziału do oceny)."))  # fmt: skip

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz paczkę"), self.target.text(),
            self.tr("Paczki CALcert ({0})").format(FILTER))  # fmt: skip
        if chosen:
            self.target.setText(chosen)

    def _export(self) -> None:
        from calcert_desktop.services.exchange import transfer

        self.error.setText("")
        ctx, actor = self.session.ctx, self.session.actor
        references, to = self._references(), str(self.recipient.currentData() or "")
        target = Path(self.target.text().strip()).expanduser()
        if target.suffix.lower() != ".calpack":
            target = target.with_name(target.name + ".calpack")
        login = self.person.currentData() if self.role == OFFICE else None
        self.buttons.setEnabled(False)
        write_op(self.session, self,
                 lambda: transfer.export(ctx, actor, references, to, target, login),
                 self._done, self._failed)  # fmt: skip

    def _done(self, done: Any) -> None:
        self.message = str(done)
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)


class ImportDialog(QDialog):
    """Read a package: the dry run's list first; then, with every conflict resolved, the
    import (one transaction)."""

    COLUMNS = ("Nr", "Numer sprawy", "Co", "Stan", "W biurze", "Z laptopa", "Rozstrzygnięcie")

    def __init__(self, session: Session, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.source = source
        self.plan: Plan | None = None
        self.choices: dict[int, QComboBox] = {}
        self.setWindowTitle(self.tr("Wczytaj paczkę — {0}").format(source.name))
        self.summary = QLabel(self.tr("Sprawdzanie paczki…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Nr"), self.tr("Numer sprawy"), self.tr("Co"), self.tr("Stan"),
            self.tr("W biurze"), self.tr("Z laptopa"), self.tr("Rozstrzygnięcie")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 3, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Zmiany z paczki"))
        self.table.setVisible(False)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Wczytaj"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 1000, 520)
        self._dry_run()

    def _dry_run(self) -> None:
        from calcert_desktop.services.exchange import transfer

        ctx, actor, source = self.session.ctx, self.session.actor, self.source
        read_op(self.session, self,
                lambda: transfer.import_package(ctx, actor, source, dry_run=True),
                self._weighed, self._refused, busy=True)  # fmt: skip

    def _refused(self, message: str) -> None:
        self.summary.setText(self.tr("Paczka nie została wczytana."))
        self.error.setText(message)
        self.apply_button.setEnabled(False)

    def _weighed(self, imported: Imported) -> None:
        self.plan = imported.plan
        self.summary.setText(str(imported.done))
        if imported.already:
            return
        if self.plan is None:  # a handover on a laptop: nothing to resolve
            self.apply_button.setEnabled(True)
            return
        items = self.plan.items
        self.table.setVisible(True)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = (str(item.number), item.reference, item.what, item.status_label,
                      item.office or "—", item.laptop)  # fmt: skip
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
            if item.status in ("conflict", "refused"):
                choice = QComboBox()
                choice.addItem(self.tr("— wybierz —"), "")
                choice.addItem(self.tr("zostaw wersję biura"), "office")
                if item.status == "conflict":
                    choice.addItem(self.tr("przyjmij wersję z laptopa"), "laptop")
                if item.reason:
                    choice.setToolTip(item.reason)
                choice.setAccessibleName(self.tr("Rozstrzygnięcie pozycji {0}").format(
                    item.number))  # fmt: skip
                choice.currentIndexChanged.connect(self._resolved)
                self.choices[item.number] = choice
                self.table.setCellWidget(row, 6, choice)
        self.table.resizeRowsToContents()
        self._resolved()

    def _resolved(self) -> None:
        missing = [n for n, combo in self.choices.items() if not combo.currentData()]
        self.apply_button.setEnabled(not missing)
        self.error.setText(self.tr("Rozstrzygnij konflikty ({0}), zanim wczytasz paczkę.")
                           .format(len(missing)) if missing else "")  # fmt: skip

    def _apply(self) -> None:
        from calcert_desktop.services.exchange import transfer

        resolutions = {str(n): str(combo.currentData()) for n, combo in self.choices.items()}
        ctx, actor, source = self.session.ctx, self.session.actor, self.source
        self.apply_button.setEnabled(False)
        write_op(self.session, self,
                 lambda: transfer.import_package(ctx, actor, source, resolutions=resolutions),
                 self._done, self._refused)  # fmt: skip

    def _done(self, imported: Imported) -> None:
        self.message = str(imported.done)
        self.accept()


def choose_package(parent: QWidget) -> Path | None:
    """A package file the user picks (Polish file dialog)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Packages", "Wczytaj paczkę"), str(_documents()),
        QCoreApplication.translate("Packages", "Paczki CALcert ({0})").format(FILTER))
    return Path(chosen) if chosen else None
