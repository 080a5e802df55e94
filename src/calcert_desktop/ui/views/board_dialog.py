"""A resolution of the Board outside a case, as a dialog: appointing a member or the chair of
the Commission, ending an appointment, or naming the person responsible for certification.
Each takes the Board members' votes; the dialog checks them with the domain's rule before it
acts, and shows the core's refusal (nothing written) in its banner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.guards import future_date
from calcert_desktop.ui.actions.dialog import error_banner, problem_label, show_note
from calcert_desktop.ui.actions.fields import date_edit, plain_label
from calcert_desktop.ui.operations import write_op
from calcert_desktop.ui.widgets.board_ballot import BoardBallot

if TYPE_CHECKING:
    from calcert_desktop.services.admin.board import AppointmentRow, BoardForm
    from calcert_desktop.ui.session import Session


class BoardAct(StrEnum):
    """Which resolution the dialog records."""

    APPOINT = "appoint"
    END = "end"
    RESPONSIBLE = "responsible"


class BoardDialog(QDialog):
    """One of the Board's resolutions; ``performed`` with the Polish confirmation."""

    performed = Signal(str)

    def __init__(
        self,
        session: Session,
        act: BoardAct,
        form: BoardForm,
        appointment: AppointmentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.act, self.form, self.appointment = session, act, form, appointment
        self.busy = False
        titles = {
            BoardAct.APPOINT: self.tr("Powołanie do Komisji Certyfikacyjnej"),
            BoardAct.END: self.tr("Zakończenie powołania"),
            BoardAct.RESPONSIBLE: self.tr("Wskazanie osoby odpowiedzialnej za certyfikację"),
        }
        self.setWindowTitle(titles[act])
        layout = QVBoxLayout(self)
        heading = plain_label(titles[act])
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        fields = QFormLayout()
        layout.addLayout(fields)
        self.date = date_edit(form.today)
        self.date.setAccessibleName(self.tr("Data uchwały"))
        self.date_problem = problem_label()
        fields.addRow(self.tr("Data uchwały:"), self._with_note(self.date, self.date_problem))
        self.person = QComboBox()
        self.function = QComboBox()
        self.starts_on = date_edit(form.today)
        self.ends_on = date_edit(form.today)
        self.until = QCheckBox(self.tr("do dnia"))
        if act == BoardAct.APPOINT:
            self.person.addItem(self.tr("— wybierz —"), None)
            for login, name in form.people:
                self.person.addItem(name, login)
            self.function.addItem(self.tr("członek Komisji"), "member")
            self.function.addItem(self.tr("przewodniczący Komisji"), "chair")
            fields.addRow(self.tr("Osoba:"), self.person)
            fields.addRow(self.tr("Funkcja:"), self.function)
            fields.addRow(self.tr("Od dnia:"), self.starts_on)
            fields.addRow(self.until, self.ends_on)
            self.ends_on.setEnabled(False)
            self.until.toggled.connect(self.ends_on.setEnabled)
        elif act == BoardAct.END:
            assert appointment is not None
            shown = f"{appointment.full_name} — {appointment.function_label}"
            fields.addRow(self.tr("Powołanie:"), plain_label(shown))
            fields.addRow(self.tr("Ostatni dzień:"), self.ends_on)
        else:
            self.person.addItem(self.tr("— wybierz —"), None)
            for login, name in form.board:
                self.person.addItem(name, login)
            fields.addRow(self.tr("Członek Zarządu:"), self.person)
            fields.addRow(self.tr("Od dnia:"), self.starts_on)
        self.ballot = BoardBallot()
        self.ballot.set_voters(list(form.board), form.quorum)
        self.ballot_problem = problem_label()
        fields.addRow(self.tr("Głosowanie Zarządu:"),
                      self._with_note(self.ballot, self.ballot_problem))  # fmt: skip
        self.error = error_banner()
        layout.addStretch(1)
        layout.addWidget(self.error)
        self.ok = QPushButton(self.tr("Zapisz uchwałę"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.submit)
        self.cancel = QPushButton(self.tr("Anuluj"))
        self.cancel.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        for signal in (self.ballot.changed, self.person.currentIndexChanged,
                       self.date.dateChanged):  # fmt: skip
            signal.connect(self.validate)
        self.validate()

    def _with_note(self, widget: QWidget, note: QLabel) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(note)
        return box

    def on(self) -> date:
        """The resolution's date."""
        return self.date.date().toPython()

    def problems(self) -> dict[str, str]:
        """What keeps the resolution from being recorded, by field, in Polish."""
        found: dict[str, str] = {}
        error = future_date(self.on(), self.form.today)
        if error is not None:
            found["date"] = error.message
        if self.act != BoardAct.END and self.person.currentData() is None:
            found["person"] = self.tr("Wybierz osobę z listy.")
        problem = self.ballot.problem()
        if problem:
            found["board_votes"] = problem
        return found

    def validate(self, *_: object) -> bool:
        """Show each problem next to its field; OK only when there is none."""
        found = self.problems()
        show_note(self.date_problem, found.get("date"))
        show_note(self.ballot_problem, found.get("board_votes"))
        valid = not found and not self.busy
        self.ok.setEnabled(valid)
        return valid

    def job(self) -> Callable[[], Any]:
        """The service call recording the resolution, to run on the worker."""
        from calcert_desktop.services.admin import board

        ctx, actor, votes, on = self.session.ctx, self.session.actor, self.ballot.value(), self.on()
        starts_on = self.starts_on.date().toPython()
        ends_on = self.ends_on.date().toPython()
        login = self.person.currentData()
        if self.act == BoardAct.APPOINT:
            function = self.function.currentData()
            until = ends_on if self.until.isChecked() else None
            return lambda: board.appoint(ctx, actor, login, function, votes, starts_on, until, on)
        if self.act == BoardAct.END:
            assert self.appointment is not None
            row = self.appointment
            return lambda: board.end_appointment(
                ctx, actor, row.login, row.function, votes, ends_on, on
            )
        return lambda: board.name_responsible(ctx, actor, login, votes, starts_on, on)

    def submit(self) -> None:
        """Record the resolution in the background if the dialog is valid."""
        if not self.validate():
            return
        self.busy = True
        self.ok.setEnabled(False)
        self.error.hide()
        write_op(self.session, self, self.job(), self._done, self._refused)

    def _done(self, result: object) -> None:
        self.busy = False
        self.performed.emit(str(result))
        self.accept()

    def _refused(self, message: str) -> None:
        self.busy = False
        self.error.setText(message)
        self.error.show()
        self.validate()

    @property
    def error_message(self) -> str:
        """The refusal shown, '' when none."""
        return "" if self.error.isHidden() else self.error.text()
