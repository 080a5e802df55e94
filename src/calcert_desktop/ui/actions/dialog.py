"""One action of the process as a dialog, built from the action's parameters (domain data).

The dialog loads what it offers (people, voters, a draft of the reasons) through the worker,
checks its fields before it acts (the OK button waits until they are valid), and runs the
action through :func:`perform.perform` on the worker. When the core refuses, its Polish
message is shown here and the dialog stays open; nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.action_params import ParamKind, params_of
from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.amendments import REASON_PARAM, amends
from calcert_desktop.domain.errors import NeedsConfirmation
from calcert_desktop.domain.guards import future_date
from calcert_desktop.ui.actions.change_reason import ChangeReason
from calcert_desktop.ui.actions.fields import DateField, Field, date_edit, make_field, plain_label
from calcert_desktop.ui.actions.mnemonics import capitalized, with_mnemonic
from calcert_desktop.ui.operations import write_op
from calcert_desktop.ui.widgets import go_on
from calcert_desktop.ui.widgets.unsaved import Choice, ask_unsaved

if TYPE_CHECKING:
    from calcert_desktop.services.process.action_forms import ActionForm
    from calcert_desktop.ui.session import Session

PROBLEM_STYLE = "color: #a1000e;"
ERROR_STYLE = (
    "background: #fdecea; color: #6b0009; border: 1px solid #e0a8a8; border-radius: 3px;"
    " padding: 6px;"
)


def problem_label() -> QLabel:
    """The Polish note next to a field that is not valid yet."""
    label = plain_label("")
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


def error_banner() -> QLabel:
    """Where the core's refusal is shown, above the buttons."""
    label = plain_label("")
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class ActionDialogBase(QDialog):
    """What the action dialogs share: the act's date, the OK button named for the action,
    loading through the worker, the core's refusal shown in the dialog."""

    performed = Signal(str)
    ready = Signal()

    def __init__(
        self, session: Session, reference: str, action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reference = reference
        self.action = Action(action)
        self.form_data: ActionForm | None = None
        self.typed_at_load: list[str] = []  # the texts as loaded (a draft of the reasons)
        self.busy = False
        self.confirmed = False  # the person confirmed the core's warning (see :meth:`send`)
        self.result_message = ""
        self.taken: set[str] = set()  # mnemonic letters in use
        self.setWindowTitle(f"{capitalized(self.action.label)} — {reference}")
        self.ok = QPushButton(with_mnemonic(self.action.command, self.taken))
        self.ok.setDefault(True)
        self.ok.setEnabled(False)
        self.ok.clicked.connect(self.submit)
        self.cancel = QPushButton(with_mnemonic(self.tr("Anuluj"), self.taken))
        self.cancel.clicked.connect(self.reject)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.error = error_banner()
        self.date = date_edit(session.ctx.today())
        self.date.setAccessibleName(self.tr("Data czynności"))
        self.date.dateChanged.connect(self.validate)
        self.date_problem = problem_label()

    # --- loading -----------------------------------------------------------------------

    def load(self) -> None:
        """Read what the dialog offers, in the background; :meth:`loaded` builds the rest."""
        from calcert_desktop.services.process.action_forms import action_form

        ctx, actor, reference, action = (
            self.session.ctx,
            self.session.actor,
            self.reference,
            self.action,
        )
        self.session.worker.submit(
            lambda: action_form(ctx, actor, reference, action),
            self._loaded,
            self.show_error,
            owner=self,
        )

    def _loaded(self, form: ActionForm) -> None:
        self.form_data = form
        self.loaded(form)
        self.typed_at_load = self.typed_text()
        self.validate()
        self.ready.emit()

    def loaded(self, form: ActionForm) -> None:
        """Fill the fields from the loaded data (subclasses)."""

    @property
    def is_ready(self) -> bool:
        """True once the dialog's data has loaded."""
        return self.form_data is not None

    def typed_text(self) -> list[str]:
        """Every text the user can type in the dialog, as it stands (subclasses)."""
        return []

    @property
    def has_typed_text(self) -> bool:
        """True when the user typed text that closing the dialog would throw away."""
        return self.is_ready and self.typed_text() != self.typed_at_load

    # --- closing -----------------------------------------------------------------------

    def reject(self) -> None:
        # Also reached by Escape, the Anuluj button and the window's close button.
        if self.busy or not self.has_typed_text:
            super().reject()
            return
        perform = with_mnemonic(self.action.command, {"o", "a"})  # beside Odrzuć and Anuluj
        choice = ask_unsaved(
            self,
            self.tr("Niewykonana czynność"),
            self.tr("Wpisany tekst nie został nigdzie zapisany."),
            self.tr(
                "Zamknięcie okna odrzuci tekst wpisany w tym oknie. Aby go zachować, wykonaj "
                "czynność albo wróć do okna."
            ),
            perform if self.validate() else "",
        )
        if choice == Choice.KEEP:
            self.submit()  # the dialog closes once the action is done
        elif choice == Choice.DISCARD:
            super().reject()

    # --- checking and acting -----------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field name -> Polish problem, for every field not valid yet (subclasses add)."""
        problems = {}
        error = future_date(self.on(), self.form_data.today) if self.form_data else None
        if error is not None:  # the domain's rule, in the domain's words
            problems["date"] = error.message
        return problems

    def validate(self, *_: object) -> bool:
        """Show each field's problem next to it; enable OK only when there is none."""
        problems = self.problems()
        self.show_problems(problems)
        valid = self.is_ready and not problems and not self.busy
        self.ok.setEnabled(valid)
        return valid

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show or hide the notes next to the fields (subclasses add theirs)."""
        show_note(self.date_problem, problems.get("date"))

    def on(self) -> date:
        """The date of the act."""
        return self.date.date().toPython()

    def job(self) -> Callable[[], Any]:
        """The service call that performs the action, to run on the worker (subclasses)."""
        raise NotImplementedError

    def submit(self) -> None:
        """Run the action in the background if every field is valid."""
        if not self.validate():
            return
        self.confirmed = False  # a warning is confirmed for one submission, by its question
        self.prepare()

    def prepare(self) -> None:
        """Ask what the act still needs before it runs (subclasses), then :meth:`send`."""
        self.send()

    def send(self) -> None:
        """Run the action's job on the worker; a warning of the core comes back as a value
        (:class:`NeedsConfirmation`: nothing written) for :meth:`_done` to ask about."""
        self.busy = True
        self.ok.setEnabled(False)
        self.cancel.setEnabled(False)
        self.error.hide()
        work = self.job()

        def run() -> Any:
            try:
                return work()
            except NeedsConfirmation as warning:
                return warning

        write_op(self.session, self, run, self._done, self._refused)

    def _done(self, result: Any) -> None:
        self.busy = False
        if isinstance(result, NeedsConfirmation):
            self.cancel.setEnabled(True)
            go = with_mnemonic(self.tr("{0} mimo to").format(self.action.command), {"a"})
            if go_on.ask_to_go_on(self, self.windowTitle(), result.message, go):
                self.confirmed = True
                self.send()
            else:
                self.validate()
            return
        self.result_message = result.message
        self.performed.emit(result.message)
        self.accept()

    def _refused(self, message: str) -> None:
        self.busy = False
        self.cancel.setEnabled(True)
        self.show_error(message)
        self.validate()

    def show_error(self, message: str) -> None:
        """Show the core's Polish message in the dialog."""
        self.error.setText(message)
        self.error.show()

    @property
    def error_message(self) -> str:
        """The refusal shown, '' when none."""
        return "" if self.error.isHidden() else self.error.text()


def show_note(label: QLabel, text: str | None) -> None:
    """Show ``text`` in a field's note, or hide the note when there is nothing to say."""
    label.setText(text or "")
    label.setVisible(bool(text))


class ActionDialog(ActionDialogBase):
    """A dialog for any action, its fields made from the action's parameters."""

    def __init__(
        self, session: Session, reference: str, action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, reference, action, parent)
        self.fields: dict[str, Field] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        heading = plain_label(capitalized(self.action.label))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.case_line = plain_label(self.tr("Numer sprawy: {0}").format(reference))
        layout = QVBoxLayout(self)  # installed first: rows added below belong to the dialog
        layout.addWidget(heading)
        layout.addWidget(self.case_line)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form, 1)
        self._add_row(form, self.tr("Data czynności"), self.date, self.date_problem)
        self.change_reason = ChangeReason(reference, self)  # asked apart, when saving
        self.change_reason.given.connect(self.send)
        for param in params_of(self.action):
            if param.own_dialog:
                continue
            field = make_field(param, session.ctx.today())
            field.changed.connect(self.validate)
            self.fields[param.name] = field
            self.problem_labels[param.name] = problem_label()
            label = param.label if param.kind != ParamKind.FLAG else ""
            self._add_row(form, label, field.widget, self.problem_labels[param.name], field)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._act_date_changed)
        self.resize(self.sizeHint().expandedTo(self._preferred_size()))
        self.load()

    def _preferred_size(self) -> QSize:
        wide = any(p.kind in (ParamKind.FINDINGS, ParamKind.TEXT) for p in params_of(self.action))
        return QSize(760 if wide else 520, 0)

    def _add_row(
        self,
        form: QFormLayout,
        text: str,
        widget: QWidget,
        problem: QLabel,
        field: Field | None = None,
    ) -> None:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QDateEdit):  # a date needs no more than its width
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(widget)
        column.addWidget(problem)
        if not text:
            form.addRow("", box)
            return
        label = QLabel(with_mnemonic(text + ":", self.taken), self)
        label.setBuddy(field.focus if field else widget)
        if field is not None and field.param.help:
            label.setToolTip(capitalized(field.param.help))
        form.addRow(label, box)
        self.labels[field.param.name if field else "date"] = label

    def loaded(self, form: ActionForm) -> None:
        for field in self.fields.values():
            field.fill(form, self.session.actor.login)
        for name, label in self.labels.items():
            if name in self.fields:
                label.setBuddy(self.fields[name].focus)  # grids build their inputs now
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def typed_text(self) -> list[str]:
        return [field.typed() for field in self.fields.values()]

    def field(self, name: str) -> Field:
        """The field of parameter ``name`` (for tests and the panel)."""
        return self.fields[name]

    def problems(self) -> dict[str, str]:
        problems = super().problems()
        if not self.is_ready:
            return problems
        for name, field in self.fields.items():
            problem = field.problem()
            if not problem and isinstance(field, DateField):
                problem = field.too_short(self.on())
            if problem:
                problems[name] = problem
        return problems

    def _act_date_changed(self, *_: object) -> None:
        for field in self.fields.values():
            if isinstance(field, DateField):
                field.follow(self.on())  # a deadline not picked yet stays counted from it

    def show_problems(self, problems: dict[str, str]) -> None:
        super().show_problems(problems)
        for name, label in self.problem_labels.items():
            show_note(label, problems.get(name))

    def params(self) -> dict[str, Any]:
        """The request's parameters from the fields (empty ones left out)."""
        params = {}
        for name, field in self.fields.items():
            value = field.value()
            if value not in (None, "", {}):
                params[name] = value
        return params

    def prepare(self) -> None:
        """A change to the filed application asks for its reason first (then sends)."""
        if amends(self.action, self.params()):
            self.change_reason.ask()
        else:
            self.send()

    def job(self) -> Callable[[], Any]:
        from calcert_desktop.services.applications.json_files import read_json
        from calcert_desktop.services.process import perform

        ctx, actor, reference, action = (
            self.session.ctx,
            self.session.actor,
            self.reference,
            self.action,
        )
        on, params, confirmed = self.on(), self.params(), self.confirmed
        if amends(action, params):
            params[REASON_PARAM] = self.change_reason.value()
        files = [p.name for p in params_of(action) if p.kind == ParamKind.JSON]

        def run() -> Any:
            for name in files:
                if name in params:  # read on the worker: the file may be large or slow
                    params[name] = read_json(Path(params[name]))
            return perform.perform(ctx, actor, reference, action, on, params,
                                   confirmed=confirmed)  # fmt: skip

        return run
