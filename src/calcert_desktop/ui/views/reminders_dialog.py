"""Przypomnienia o odnowieniu: every renewal reminder due on a day, prepared in one go.

The dialog lists the certificates due on the chosen day (read on the worker whenever the day
or "also those reminded before" changes), then generates them all through the services with
a progress bar that can stop the batch: a stopped or failed batch writes nothing. Each
reminder is stored with its case; a copy of each may go to a folder the user picks.

Imported only when the register opens it (it loads the services).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.services.documents import reminder_batch, reminders
from calcert_desktop.ui.case_file.common import (
    DASH,
    RowsModel,
    pl_date,
    plain_label,
    show_rows,
    table_view,
)
from calcert_desktop.ui.operations import read_op, write_op
from calcert_desktop.ui.widgets.progress_relay import ProgressRelay
from calcert_desktop.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from calcert_desktop.services.documents.reminder_batch import BatchResult
    from calcert_desktop.services.documents.reminders import ReminderPlan
    from calcert_desktop.ui.session import Session


def local_day(at: datetime) -> str:
    """A stored UTC moment as the user's local date (dd.mm.rrrr)."""
    return pl_date(at.replace(tzinfo=UTC).astimezone().date())


class RemindersDialog(QDialog):
    """Choose the day, look at what is due, and prepare every reminder at once."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._plan: ReminderPlan | None = None
        self._progress = ProgressRelay(self)
        self._progress.advanced.connect(self._advanced)
        self.setWindowTitle(self.tr("Przypomnienia o upływie ważności certyfikatów"))

        today = session.ctx.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setAccessibleName(self.tr("Data przypomnień"))
        self.again = QCheckBox(self.tr("Także certyfikaty, o których już przypomnia&no"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder na kopie przypomnień"))
        self.folder.setPlaceholderText(self.tr("(bez kopii – tylko w dokumentach spraw)"))
        self.choose = QPushButton(self.tr("&Wybierz…"))
        self.choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        day_row = QHBoxLayout()  # the date as wide as a date, not the whole dialog
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        form = QFormLayout()
        day_label = plain_label(self.tr("&Data przypomnień:"), wrap=False)
        day_label.setBuddy(self.day)
        form.addRow(day_label, day_row)
        form.addRow("", self.again)
        folder_label = plain_label(self.tr("&Kopie w folderze:"), wrap=False)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)

        self.summary = plain_label(self.tr("Sprawdzam, o których certyfikatach przypomnieć…"))
        self.summary.setAccessibleName(self.tr("Podsumowanie przypomnień"))
        self.model = RowsModel([
            self.tr("Numer sprawy"),
            self.tr("Certyfikat"),
            self.tr("Ważny do"),
            self.tr("Ostatnie przypomnienie"),
            self.tr("Instytucja"),
        ])  # fmt: skip
        self.table = table_view(self.model, self.tr("Certyfikaty do przypomnienia"))
        self.empty = plain_label("")
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Postęp przygotowywania przypomnień"))
        self.bar.hide()
        self.stop_button = QPushButton(self.tr("P&rzerwij"))
        self.stop_button.clicked.connect(self._stop)
        self.stop_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.bar, 1)
        progress_row.addWidget(self.stop_button)

        self.buttons = QDialogButtonBox()
        self.generate_button = QPushButton(self.tr("&Przygotuj przypomnienia"))
        self.generate_button.setEnabled(False)
        self.generate_button.clicked.connect(self.generate)
        self.close_button = QPushButton(self.tr("Zamknij"))
        self.close_button.clicked.connect(self.reject)
        self.buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 900, 520)

        self.day.dateChanged.connect(self.reload)
        self.again.toggled.connect(self.reload)
        self.reload()

    # --- what is due ---------------------------------------------------------------------
    def chosen_day(self) -> date:
        """The day the reminders are dated."""
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def reload(self) -> None:
        """Read the certificates due on the chosen day, on the worker."""
        ctx, actor = self._session.ctx, self._session.actor
        on, again = self.chosen_day(), self.again.isChecked()
        self.generate_button.setEnabled(False)
        read_op(self._session, self, lambda: reminders.plan(ctx, actor, on, again=again),
                self._show_plan, self._fail, busy=False)  # fmt: skip

    def _show_plan(self, plan: ReminderPlan) -> None:
        if plan.on != self.chosen_day() or self.bar.isVisible():
            return  # an older read (the day changed meanwhile), or a batch is running
        self._plan = plan
        rows = [[item.reference, item.certificate, pl_date(item.valid_until),
                 local_day(item.reminded_at) if item.reminded_at else DASH,
                 item.institution] for item in plan.due]  # fmt: skip
        show_rows(self.model, self.table, self.empty, rows, stretch_column=4)
        period = self.tr("ważność kończy się do {0} (okres przypomnień: {1} mies.)").format(
            pl_date(plan.until), plan.months
        )
        if plan.due:
            self.summary.setText(self.tr("Do przygotowania: {0} – certyfikaty, których {1}.")
                                 .format(len(plan.due), period))  # fmt: skip
        else:
            self.summary.setText(self.tr("Na dzień {0} nie ma certyfikatów, o których trzeba "
                                         "przypomnieć.").format(pl_date(plan.on)))  # fmt: skip
            self.empty.setText(self.tr("Nie ma ważnych certyfikatów, których {0}, a o których "
                                       "jeszcze nie przypomniano.").format(period))  # fmt: skip
        if plan.skipped:
            skipped = self.tr("Pominięto te, o których już przypomniano: {0}.")
            self.summary.setText(f"{self.summary.text()} {skipped.format(len(plan.skipped))}")
        self.generate_button.setEnabled(bool(plan.due))

    # --- generating ----------------------------------------------------------------------
    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder na kopie przypomnień"), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)

    def generate(self) -> None:
        """Prepare every reminder due on the chosen day, on the worker, with progress."""
        if self._plan is None or not self._plan.due:
            return
        ctx, actor = self._session.ctx, self._session.actor
        on, again = self.chosen_day(), self.again.isChecked()
        folder = self.folder.text().strip() or None
        progress = self._progress
        progress.stop.clear()
        self._running(True, len(self._plan.due))
        write_op(
            self._session,
            self,
            lambda: reminder_batch.generate_all(ctx, actor, on, again=again, folder=folder,
                                                progress=progress),
            self._generated,
            self._failed,
        )  # fmt: skip

    def _running(self, running: bool, total: int = 0) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.bar.setVisible(running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        for widget in (self.generate_button, self.close_button, self.day, self.again,
                       self.folder, self.choose):  # fmt: skip
            widget.setEnabled(not running)

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _stop(self) -> None:
        self._progress.stop.set()
        self.stop_button.setEnabled(False)

    def _generated(self, result: BatchResult) -> None:
        self._running(False)
        count = len(result.documents)
        text = self.tr("Przygotowano przypomnienia: {0}. Każde zapisano w dokumentach "
                       "sprawy.").format(count)  # fmt: skip
        if result.copies:
            folder = result.copies[0].parent
            text += "\n" + self.tr("Kopie zapisano w folderze {0}.").format(folder)
        QMessageBox.information(self, self.windowTitle(), text)
        self.reload()

    def _failed(self, message: str) -> None:
        self._running(False)
        self._fail(message)
        self.reload()

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)

    def reject(self) -> None:
        """Close, unless a batch runs (Escape too): it finishes or is stopped first."""
        if self.bar.isVisible():
            return
        super().reject()
