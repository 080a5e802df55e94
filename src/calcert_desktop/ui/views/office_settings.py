"""Ustawienia → Dane organizacji: the office's own details (name, address, contact, place of
issue) and who signs each kind of document, with the function and grammatical gender.

Each keystroke checks everything (pure rules, no database) and shows a problem under the
field it concerns; "Zapisz" stays disabled while there is any, or nothing changed. Saving
and "Przywróć domyślne" go through the services, which check again. Every document takes
the details from here. Read-only, with the reason said, for anyone but an administrator.

The signers are a form, not a list: one row per signature slot of the document kinds
(a handful, fixed by ``domain/signature_slots.py``), each with its own fields.

Imported only once a data folder is open (it loads the services).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain import office as office_rules
from calcert_desktop.domain import signature_slots as slots
from calcert_desktop.domain import signers
from calcert_desktop.domain.limits import MAX_FUNCTION_CHARS, MAX_SIGNER_NAME_CHARS
from calcert_desktop.domain.messages import render
from calcert_desktop.domain.roles import Role
from calcert_desktop.domain.signature_slots import SignerSetting
from calcert_desktop.services.admin import office
from calcert_desktop.services.changes import Changes, Done, Kind
from calcert_desktop.ui.case_file.common import plain_label
from calcert_desktop.ui.operations import listen, read_op, write_op

if TYPE_CHECKING:
    from calcert_desktop.domain.errors import ValidationError
    from calcert_desktop.services.office import OfficeSettings
    from calcert_desktop.ui.session import Session

PROBLEM_COLOUR = QColor("#a40000")
Slot = tuple[str, str]


def _problem_label() -> QLabel:
    label = plain_label()
    palette = label.palette()
    palette.setColor(label.foregroundRole(), PROBLEM_COLOUR)
    label.setPalette(palette)
    label.hide()
    return label


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class SignerRow:
    """The fields of one signature slot: name, function (a known one in the gender's form,
    or the signer's own words), gender, what the document will print, and its problems."""

    def __init__(self, kind: str, slot: str, parent: QWidget) -> None:
        self.kind, self.slot = kind, slot
        self.label = plain_label(slots.slot_label(kind, slot))
        self.name = QLineEdit(parent)
        self.name.setMaxLength(MAX_SIGNER_NAME_CHARS + 20)  # beyond: a message, not a cut
        self.function = QComboBox(parent)
        self.function.setEditable(True)
        self.function.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.function.lineEdit().setMaxLength(MAX_FUNCTION_CHARS + 20)
        self.gender = QComboBox(parent)
        for code, words in slots.GENDER_LABELS.items():
            self.gender.addItem(words, code)
        self.printed = plain_label()
        self.problem = _problem_label()
        self._fill_functions("")

    def _fill_functions(self, gender: str) -> None:
        """The known functions in the form for ``gender``, keeping what is typed."""
        typed = self.function.currentText()
        self.function.blockSignals(True)
        self.function.clear()
        for code, function in slots.FUNCTIONS.items():
            self.function.addItem(function.form(gender), code)
        self.function.setCurrentText(typed)
        self.function.blockSignals(False)

    def show_setting(self, setting: SignerSetting) -> None:
        """Show ``setting`` (a slot nobody set: its default function)."""
        for widget in (self.name, self.function, self.gender):
            widget.blockSignals(True)
        self.name.setText(setting.name)
        self.gender.setCurrentIndex(max(self.gender.findData(setting.gender), 0))
        self._fill_functions(setting.gender)
        code = setting.function or slots.default_function(self.kind, self.slot)
        self.function.setCurrentText(slots.function_text(code, setting.gender))
        for widget in (self.name, self.function, self.gender):
            widget.blockSignals(False)

    def setting(self) -> SignerSetting:
        """The slot's signer as typed."""
        gender = str(self.gender.currentData() or "")
        return SignerSetting(self.name.text(), self.function.currentText(), gender)

    def gender_changed(self) -> None:
        """A known function follows the gender's form."""
        setting = signers.cleaned(self.kind, self.slot, self.setting())
        self._fill_functions(setting.gender)
        code = setting.function or slots.default_function(self.kind, self.slot)
        if code in slots.FUNCTIONS:
            self.function.blockSignals(True)
            self.function.setCurrentText(slots.function_text(code, setting.gender))
            self.function.blockSignals(False)

    def fields(self) -> tuple[QWidget, ...]:
        return (self.name, self.function, self.gender)


class OfficeSettingsEditor(QWidget):
    """The office's details and the documents' signers, with Zapisz / Przywróć domyślne."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._loaded: OfficeSettings | None = None
        self._problems: list[ValidationError] = []
        self._busy = False
        self.may_edit = False

        self.read_only_note = plain_label(self.tr(
            "Dane organizacji i podpisy zmienia administrator — możesz je tylko przeglądać."
        ))  # fmt: skip
        intro = plain_label(self.tr(
            "Każdy dokument (pisma, certyfikat, protokoły, rejestr) bierze stąd nazwę "
            "organizacji, jej adres i kontakt, miejscowość oraz podpisy."
        ))  # fmt: skip

        details = QGroupBox(self.tr("Organizacja"))
        grid = QGridLayout(details)
        grid.setColumnStretch(1, 1)
        self.fields: dict[str, QLineEdit] = {}
        self.field_problems: dict[str, QLabel] = {}
        for row, (key, spec) in enumerate(office_rules.OFFICE_SETTINGS.items()):
            edit = QLineEdit()
            edit.setMaxLength(spec.max_length + 20)  # beyond the limit: a message, not a cut
            edit.setPlaceholderText(spec.hint or spec.default)
            edit.setToolTip(spec.hint)
            edit.setAccessibleName(_capitalised(spec.label))
            edit.textChanged.connect(self._edited)
            label = QLabel(_capitalised(spec.label) + (" *" if spec.required else "") + ":")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(edit)
            problem = _problem_label()
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(edit, 2 * row, 1)
            grid.addWidget(problem, 2 * row + 1, 1)
            self.fields[key] = edit
            self.field_problems[key] = problem

        signers_box = QGroupBox(self.tr("Podpisy na dokumentach"))
        table = QGridLayout(signers_box)
        table.setColumnStretch(0, 2)
        table.setColumnStretch(1, 2)
        table.setColumnStretch(2, 3)
        headers = (self.tr("Dokument"), self.tr("Imię i nazwisko"), self.tr("Funkcja"),
                   self.tr("Rodzaj"), self.tr("Na dokumencie"))  # fmt: skip
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setTextFormat(Qt.TextFormat.PlainText)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            table.addWidget(header, 0, column)
        self.signers: dict[Slot, SignerRow] = {}
        for index, (kind, slot) in enumerate(slots.all_slots()):
            row = SignerRow(kind, slot, self)
            label = slots.slot_label(kind, slot)
            row.name.setPlaceholderText(self.tr("nikt: podpis odręczny"))
            row.name.setAccessibleName(self.tr("{0}: imię i nazwisko").format(label))
            row.function.setAccessibleName(self.tr("{0}: funkcja").format(label))
            row.gender.setAccessibleName(self.tr("{0}: rodzaj gramatyczny").format(label))
            line = 1 + 2 * index
            table.addWidget(row.label, line, 0)
            table.addWidget(row.name, line, 1)
            table.addWidget(row.function, line, 2)
            table.addWidget(row.gender, line, 3)
            table.addWidget(row.printed, line, 4)
            table.addWidget(row.problem, line + 1, 1, 1, 4)
            row.name.textChanged.connect(self._edited)
            row.function.currentTextChanged.connect(self._edited)
            row.gender.currentIndexChanged.connect(self._gender_changed(row))
            self.signers[(kind, slot)] = row
        table.setColumnStretch(4, 3)
        gender_note = plain_label(self.tr(
            "Rodzaj gramatyczny wybiera formę funkcji: „Przewodnicząca Komisji "
            "Certyfikacyjnej” albo „Przewodniczący Komisji Certyfikacyjnej”. Bez nazwiska "
            "dokument ma samą funkcję i miejsce na podpis odręczny."
        ))  # fmt: skip
        table.addWidget(gender_note, 2 + 2 * len(self.signers), 0, 1, 5)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(intro)
        content_layout.addWidget(details)
        content_layout.addWidget(signers_box)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.save_button = QPushButton(self.tr("&Zapisz"))
        self.save_button.clicked.connect(self.save)
        self.restore_button = QPushButton(self.tr("Przywróć &domyślne…"))
        self.restore_button.clicked.connect(self.restore)
        self.status = plain_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.attach(session)

    # --- Loading ---------------------------------------------------------------------------
    def attach(self, session: Session) -> None:
        """Work for ``session``'s person (an administrator edits) and load what is set."""
        self._session = session
        self.may_edit = Role.ADMIN in session.actor.roles
        self.read_only_note.setVisible(not self.may_edit)
        for edit in self.fields.values():
            edit.setReadOnly(not self.may_edit)
        for row in self.signers.values():
            row.name.setReadOnly(not self.may_edit)
            row.function.setEnabled(self.may_edit)
            row.gender.setEnabled(self.may_edit)
        listen(self, session, self._changed)
        self.load()

    def _changed(self, changes: Changes) -> None:
        """Saved elsewhere: read again, unless saving now or holding unsaved changes."""
        if changes.concerns(Kind.SETTINGS) and not self._busy and not self.dirty:
            self.load()

    def load(self) -> None:
        """Read what is set, on the worker."""
        ctx = self._session.ctx
        self._busy = True
        self._update_buttons()
        read_op(self._session, self, lambda: office.office_settings(ctx), self._show, self._fail)

    def _show(self, loaded: OfficeSettings) -> None:
        self._busy = False
        self._loaded = loaded
        for key, edit in self.fields.items():
            edit.blockSignals(True)
            edit.setText(loaded.values.get(key, ""))
            edit.blockSignals(False)
        for key, row in self.signers.items():
            row.show_setting(loaded.signers.get(key, SignerSetting()))
        self._edited()

    # --- Editing ---------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """The office's details as typed."""
        return {key: edit.text() for key, edit in self.fields.items()}

    def signer_settings(self) -> dict[Slot, SignerSetting]:
        """Every slot's signer as typed."""
        return {key: row.setting() for key, row in self.signers.items()}

    @property
    def dirty(self) -> bool:
        """Whether what is shown differs from what is set."""
        if self._loaded is None:
            return False
        typed = {key: office_rules.cleaned(text) for key, text in self.values().items()}
        if typed != {key: office_rules.cleaned(v) for key, v in self._loaded.values.items()}:
            return True
        for key, setting in self.signer_settings().items():
            stored = self._loaded.signers.get(key, SignerSetting())
            if signers.cleaned(*key, setting) != signers.cleaned(*key, stored):
                return True
        return False

    def _gender_changed(self, row: SignerRow) -> Callable[[int], None]:
        def changed(_index: int) -> None:
            row.gender_changed()
            self._edited()

        return changed

    def _edited(self, *_args: object) -> None:
        self._problems = office.problems(self.values(), self.signer_settings())
        by_field: dict[str, list[str]] = {}
        for problem in self._problems:
            by_field.setdefault(problem.field or "", []).append(
                render(problem.code, None, problem.params)
            )
        for key, label in self.field_problems.items():
            text = "\n".join(by_field.get(key, []))
            label.setText(text)
            label.setVisible(bool(text))
        for (kind, slot), row in self.signers.items():
            found = [
                f"{_capitalised(words)}: {message}"
                for part, words in (("name", self.tr("imię i nazwisko")),
                                    ("function", self.tr("funkcja")),
                                    ("gender", self.tr("rodzaj gramatyczny")))
                for message in by_field.get(slots.field(kind, slot, part), [])
            ]  # fmt: skip
            row.problem.setText("\n".join(found))
            row.problem.setVisible(bool(found))
            printed = slots.signature(kind, slot, signers.cleaned(kind, slot, row.setting()))
            row.printed.setText(
                f"{printed.name}, {printed.function}" if printed.name else printed.function
            )
        unsaved = self.tr("Niezapisane zmiany.")
        if self.dirty:
            self.status.setText(unsaved)
        elif self.status.text() == unsaved:
            self.status.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and self._loaded is not None and self.may_edit
        self.save_button.setEnabled(ready and not self._problems and self.dirty)
        self.restore_button.setEnabled(ready)

    # --- Acting ----------------------------------------------------------------------------
    def save(self) -> None:
        """Save the details and the signers as shown."""
        ctx, actor = self._session.ctx, self._session.actor
        values, signers = self.values(), self.signer_settings()
        # What was read: another administrator's save since then is not overwritten.
        versions = dict(self._loaded.versions) if self._loaded is not None else {}
        self._run(lambda: office.save(ctx, actor, values, signers, versions))

    def restore(self) -> None:
        """Restore every default (the regulations' name, no signers), after confirmation."""
        answer = QMessageBox.question(
            self, self.tr("Przywróć domyślne"),
            self.tr("Przywrócić domyślne dane organizacji (nazwa z regulaminu: {0}) i usunąć "
                    "osoby podpisujące dokumenty?").format(office_rules.DEFAULT_NAME),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, actor = self._session.ctx, self._session.actor
        self._run(lambda: office.reset(ctx, actor))

    def _run(self, work: Callable[[], Done]) -> None:
        self._busy = True
        self._update_buttons()

        def done(result: Done) -> None:
            self.status.setText(str(result))
            self.load()

        write_op(self._session, self, work, done, self._save_failed)

    def _save_failed(self, message: str) -> None:
        """Say why; then read what is stored now (another administrator may have saved it
        meanwhile: the message showed both versions) without touching what was typed, so
        that saving again stores what is shown, knowingly."""
        self._fail(message)
        ctx = self._session.ctx
        read_op(self._session, self, lambda: office.office_settings(ctx), self._restored,
                self._fail)  # fmt: skip

    def _restored(self, loaded: OfficeSettings) -> None:
        self._loaded = loaded
        self._edited()

    def _fail(self, message: str) -> None:
        self._busy = False
        self._update_buttons()
        QMessageBox.warning(self, self.tr("Dane organizacji"), message)
