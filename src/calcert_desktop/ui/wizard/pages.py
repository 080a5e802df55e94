"""The wizard's pages. Each shows and collects one page of the core flow
(:mod:`calcert_desktop.domain.application_flow`); which page is valid the core decides."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from calcert_desktop.domain import application_flow as flow
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.ui.wizard.fields import FieldRow, get_path, set_path

if TYPE_CHECKING:
    from calcert_desktop.ui.wizard.wizard import ApplicationWizard


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapped label that never interprets HTML (texts come from users and the form)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class FlowPage(QWizardPage):
    """A page bound to one page of the core flow; fields edit the wizard's data."""

    def __init__(self, owner: ApplicationWizard, page_id: str) -> None:
        super().__init__()
        self.owner = owner
        self.page_id = page_id
        self.setTitle(flow.page(page_id).title)
        self.rows: list[FieldRow] = []
        self._general = plain_label("")
        self._general.setStyleSheet("color: #b3261e;")

    def add_row(self, form_layout: QFormLayout, path: str) -> FieldRow:
        """A field of the form definition, placed in ``form_layout``."""
        row = FieldRow(self.owner.form.field_spec(path), self.owner.form, self)
        row.set_value(get_path(self.owner.data, path))
        row.edited.connect(self._row_edited)
        form_layout.addRow(row.label, row.widget)
        form_layout.addRow("", row.error)
        self.rows.append(row)
        return row

    def _row_edited(self, path: str) -> None:
        row = next(r for r in self.rows if r.spec.path == path)
        set_path(self.owner.data, path, row.value())
        self.data_changed()

    def data_changed(self) -> None:
        """The page's data changed: save the draft soon and re-check the page."""
        self.owner.changed()
        self.refresh_errors()
        self.completeChanged.emit()

    def errors(self) -> list[ValidationError]:
        """The core's errors for this page."""
        return self.owner.errors_of(self.page_id)

    def refresh_errors(self, reveal_all: bool = False) -> None:
        """Mark each field with its error; untouched empty fields stay quiet until asked."""
        by_field: dict[str, str] = {}
        general: list[str] = []
        for error in self.errors():
            if error.field and any(error.field == r.spec.path for r in self.rows):
                by_field.setdefault(error.field, error.message)
            else:
                general.append(error.message)
        for row in self.rows:
            message = by_field.get(row.spec.path)
            quiet = message and not row.touched and not reveal_all and error_is_missing(message)
            row.show_error(None if quiet else message)
        self._general.setText("\n".join(general) if (general and reveal_all) else "")

    def initializePage(self) -> None:
        self.refresh_errors()

    def isComplete(self) -> bool:
        return not self.errors()

    def validatePage(self) -> bool:
        self.refresh_errors(reveal_all=True)
        return not self.errors()


def error_is_missing(message: str) -> bool:
    """True for "fill this in" messages, kept quiet until the user leaves the field empty."""
    return "wymagane" in message or "Uzupełnij" in message or "Wpisz" in message


class FieldsPage(FlowPage):
    """A page of single-line fields from the form definition, in form order."""

    def __init__(self, owner: ApplicationWizard, page_id: str, prefixes: tuple[str, ...],
                 intro: str) -> None:  # fmt: skip
        super().__init__(owner, page_id)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(intro))
        form_layout = QFormLayout()
        for spec in owner.form.institution_fields:
            if spec.path.startswith(prefixes):
                self.add_row(form_layout, spec.path)
        layout.addLayout(form_layout)
        layout.addWidget(self._general)
        layout.addStretch(1)


class EligibilityPage(FlowPage):
    """The two conditions the regulations set before anything else."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "eligibility")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "O Certyfikat mogą ubiegać się instytucje, które spełniają oba warunki:"
        )))  # fmt: skip
        self.boxes: dict[str, QCheckBox] = {}
        for condition in owner.form.eligibility:
            box = QCheckBox(condition.label)
            box.setAccessibleName(condition.label)
            box.setChecked(bool(get_path(owner.data, f"eligibility.{condition.code}")))
            box.toggled.connect(lambda on, code=condition.code: self._toggled(code, on))
            layout.addWidget(box)
            layout.addWidget(plain_label(condition.text))
            self.boxes[condition.code] = box
        layout.addWidget(self._general)
        layout.addStretch(1)

    def _toggled(self, code: str, on: bool) -> None:
        set_path(self.owner.data, f"eligibility.{code}", on)
        self.data_changed()


class StandardsPage(FlowPage):
    """The nine standards: the full text, the box to declare it, the report's description."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "standards")
        outer = QVBoxLayout(self)
        outer.addWidget(plain_label(self.tr(
            "Oświadczamy, że spełniamy wszystkie punkty. Przy każdym opisz, jak instytucja go "
            "realizuje (raport) i wymień dokumenty, które to potwierdzają."
        )))  # fmt: skip
        content = QWidget()
        layout = QVBoxLayout(content)
        self.declared: dict[str, QCheckBox] = {}
        self.descriptions: dict[str, QPlainTextEdit] = {}
        self.evidence: dict[str, QPlainTextEdit] = {}
        for standard in owner.form.standards:
            box = QGroupBox(f"{standard.number}. {standard.title}")
            inner = QVBoxLayout(box)
            inner.addWidget(plain_label(standard.text))
            check = QCheckBox(self.tr("Deklarujemy spełnienie punktu {0}").format(standard.number))
            entry = get_path(owner.data, f"standards.{standard.code}") or {}
            check.setChecked(bool(entry.get("declared")))
            check.toggled.connect(lambda _on, code=standard.code: self._edited(code))
            description = QPlainTextEdit(entry.get("description", ""))
            description.setPlaceholderText(self.tr("Jak instytucja realizuje ten standard…"))
            description.setAccessibleName(
                self.tr("Opis realizacji standardu {0}").format(standard.number)
            )
            description.setTabChangesFocus(True)
            description.setFixedHeight(80)
            description.textChanged.connect(lambda code=standard.code: self._edited(code))
            evidence = QPlainTextEdit("\n".join(entry.get("evidence", [])))
            evidence.setPlaceholderText(self.tr("Dowody: nazwy plików, po jednej w wierszu"))
            evidence.setAccessibleName(self.tr("Dowody dla standardu {0}").format(standard.number))
            evidence.setTabChangesFocus(True)
            evidence.setFixedHeight(50)
            evidence.textChanged.connect(lambda code=standard.code: self._edited(code))
            for widget in (check, description, evidence):
                inner.addWidget(widget)
            layout.addWidget(box)
            self.declared[standard.code] = check
            self.descriptions[standard.code] = description
            self.evidence[standard.code] = evidence
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        outer.addWidget(self._general)

    def _edited(self, code: str) -> None:
        evidence = [line.strip() for line in self.evidence[code].toPlainText().splitlines()]
        entry: dict[str, Any] = {"declared": self.declared[code].isChecked()}
        text = self.descriptions[code].toPlainText().strip()
        if text:
            entry["description"] = text
        if any(evidence):
            entry["evidence"] = [line for line in evidence if line]
        set_path(self.owner.data, f"standards.{code}", entry)
        self.data_changed()


class ModelOfWorkPage(FlowPage):
    """Fields of activity and the description that becomes the certificate's annex."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "model_of_work")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Opisz metodycznie uporządkowany sposób (model) pracy w społeczności lokalnej. "
            "Ten opis stanie się merytorycznym załącznikiem certyfikatu."
        )))  # fmt: skip
        group = QGroupBox(self.tr("Pola działalności"))
        grid = QGridLayout(group)
        chosen = set(get_path(owner.data, "model_of_work.fields") or [])
        self.fields: dict[str, QCheckBox] = {}
        choices = owner.form.fields_of_activity
        rows = (len(choices) + 2) // 3  # three columns, filled top to bottom
        for index, choice in enumerate(choices):
            box = QCheckBox(choice.label)
            box.setChecked(choice.code in chosen)
            box.toggled.connect(self._edited)
            grid.addWidget(box, index % rows, index // rows)
            self.fields[choice.code] = box
        layout.addWidget(group)
        label = QLabel(self.tr("&Opis modelu pracy *"))
        self.description = QPlainTextEdit(get_path(owner.data, "model_of_work.description") or "")
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Opis modelu pracy"))
        self.description.textChanged.connect(self._edited)
        label.setBuddy(self.description)
        layout.addWidget(label)
        layout.addWidget(self.description, 1)
        layout.addWidget(self._general)

    def _edited(self) -> None:
        fields = [code for code, box in self.fields.items() if box.isChecked()]
        set_path(self.owner.data, "model_of_work", {
            "fields": fields, "description": self.description.toPlainText().strip(),
        })  # fmt: skip
        self.data_changed()


class SummaryPage(FlowPage):
    """What is still missing, then place, date and the written request's date: file it."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "summary")
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.missing = plain_label("")
        layout.addWidget(self.missing)
        form_layout = QFormLayout()
        for spec in owner.form.institution_fields:
            if spec.path.startswith("signature."):
                self.add_row(form_layout, spec.path)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy")
        self.received.setAccessibleName(self.tr("Data wpływu pisemnej prośby"))
        received_label = QLabel(self.tr("Data &wpływu pisemnej prośby *"))
        received_label.setBuddy(self.received)
        form_layout.addRow(received_label, self.received)
        layout.addLayout(form_layout)
        layout.addWidget(self._general)
        layout.addStretch(1)

    def initializePage(self) -> None:
        for row in self.rows:  # a date the user has not touched is still today's: keep it
            if row.value() and not get_path(self.owner.data, row.spec.path):
                set_path(self.owner.data, row.spec.path, row.value())
        super().initializePage()
        self.update_missing()

    def update_missing(self) -> None:
        """List, page by page, what keeps the application from being filed."""
        try:
            missing = flow.missing_by_page(self.owner.declaration(), self.owner.form)
        except ValidationError as error:
            missing = {"summary": [error]}
        lines = []
        for page_id, errors in missing.items():
            if errors:
                lines.append(flow.page(page_id).title + ":")
                lines.extend(f"  • {error.message}" for error in errors)
        self.missing.setText(
            self.tr("Do złożenia brakuje:\n") + "\n".join(lines)
            if lines
            else self.tr("Zgłoszenie jest kompletne. Sprawdź datę wpływu i złóż je.")
        )

    def data_changed(self) -> None:
        super().data_changed()
        self.update_missing()

    def isComplete(self) -> bool:
        try:  # the summary is valid only when nothing on any page blocks filing
            return flow.page_is_valid(self.owner.declaration(), self.owner.form, "summary")
        except ValidationError:
            return False

    def validatePage(self) -> bool:
        # Not yet: the filing runs on the worker, and the wizard closes itself once filed.
        if self.owner.filed_reference is not None:
            return True
        if super().validatePage():
            self.owner.file_application(self.received.date().toPython())
        return False
