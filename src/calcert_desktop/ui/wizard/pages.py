"""The wizard's pages. Each shows and collects one page of the core flow
(:mod:`calcert_desktop.domain.application_flow`); which page is valid the core decides."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
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
    """A page bound to one page of the core flow; fields edit the wizard's data.

    The page's inputs go in :attr:`body`, inside a frameless scroll area, so a small or
    scaled screen scrolls the page instead of cutting it; errors that belong to no field stay
    visible below it.
    """

    def __init__(self, owner: ApplicationWizard, page_id: str) -> None:
        super().__init__()
        self.owner = owner
        self.page_id = page_id
        self.step = flow.PAGE_IDS.index(page_id) + 1
        # One context for every page (self.tr would look the text up under the subclass).
        step = QCoreApplication.translate("FlowPage", "Krok {0} z {1}: {2}")
        self.setTitle(step.format(
            self.step, len(flow.PAGES), flow.page(page_id).title))  # fmt: skip
        self.rows: list[FieldRow] = []
        self._general = plain_label("")
        self._general.setStyleSheet("color: #b3261e;")
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 4, 0)  # room for the scroll bar's edge
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self._general)

    def form_layout(self) -> QFormLayout:
        """A form layout whose error lines, always there, are the space between fields."""
        form_layout = QFormLayout()
        form_layout.setVerticalSpacing(0)
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        return form_layout

    def add_row(self, form_layout: QFormLayout, path: str) -> FieldRow:
        """A field of the form definition, placed in ``form_layout``."""
        row = FieldRow(self.owner.form.field_spec(path), self.owner.form, self)
        row.set_value(get_path(self.owner.data, path))
        row.edited.connect(self._row_edited)
        row.left.connect(lambda _path: self.refresh_errors())
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
        """Mark each field with its error. Untouched empty fields stay quiet until asked; the
        field being typed in gets a new error only when it is left (a fix shows at once)."""
        by_field: dict[str, str] = {}
        general: list[str] = []
        for error in self.errors():
            if error.field and any(error.field == r.spec.path for r in self.rows):
                by_field.setdefault(error.field, error.message)
            else:
                general.append(error.message)
        for row in self.rows:
            if reveal_all:
                row.touched = True  # once asked for, the missing ones stay marked
            message = by_field.get(row.spec.path)
            if message and message != row.shown_error() and not reveal_all and row.is_editing():
                continue  # typing: the message waits until the field is left
            quiet = message and not row.touched and error_is_missing(message)
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
        self.body.addWidget(plain_label(intro))
        form_layout = self.form_layout()
        for spec in owner.form.institution_fields:
            if spec.path.startswith(prefixes):
                self.add_row(form_layout, spec.path)
        self.body.addLayout(form_layout)
        self.body.addStretch(1)


class EligibilityPage(FlowPage):
    """The two conditions the regulations set before anything else."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "eligibility")
        layout = self.body
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
        layout.addStretch(1)

    def _toggled(self, code: str, on: bool) -> None:
        set_path(self.owner.data, f"eligibility.{code}", on)
        self.data_changed()


class StandardsPage(FlowPage):
    """The nine standards: the full text, the box to declare it, the report's description,
    and the evidence: free text, or the names of the attachments picked from a menu."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "standards")
        self.body.addWidget(plain_label(self.tr(
            "Oświadczamy, że spełniamy wszystkie punkty. Przy każdym opisz, jak instytucja go "
            "realizuje (raport) i wymień dokumenty, które to potwierdzają."
        )))  # fmt: skip
        self.declared: dict[str, QCheckBox] = {}
        self.descriptions: dict[str, QPlainTextEdit] = {}
        self.evidence: dict[str, QPlainTextEdit] = {}
        self.pickers: dict[str, QPushButton] = {}
        for standard in owner.form.standards:
            entry = get_path(owner.data, f"standards.{standard.code}") or {}
            box = QGroupBox(f"{standard.number}. {standard.title}")
            inner = QVBoxLayout(box)
            inner.addWidget(plain_label(standard.text))
            check = QCheckBox(self.tr("Deklarujemy spełnienie punktu {0}").format(standard.number))
            check.setChecked(bool(entry.get("declared")))
            check.toggled.connect(lambda _on, code=standard.code: self._edited(code))
            inner.addWidget(check)
            description = QPlainTextEdit(entry.get("description", ""))
            description.setAccessibleName(
                self.tr("Raport: jak instytucja realizuje standard {0}").format(standard.number)
            )
            description.setTabChangesFocus(True)
            description.setFixedHeight(text_height(description, 4))
            description.textChanged.connect(lambda code=standard.code: self._edited(code))
            inner.addWidget(buddy_label(self.tr("Raport — jak instytucja realizuje ten standard:"),
                                        description))  # fmt: skip
            inner.addWidget(description)
            evidence = QPlainTextEdit("\n".join(entry.get("evidence", [])))
            evidence.setPlaceholderText(self.tr("np. statut.pdf"))
            evidence.setAccessibleName(self.tr("Dowody dla standardu {0}").format(standard.number))
            evidence.setTabChangesFocus(True)
            evidence.setFixedHeight(text_height(evidence, 2))
            evidence.textChanged.connect(lambda code=standard.code: self._edited(code))
            inner.addWidget(buddy_label(self.tr(
                "Dowody — dokumenty potwierdzające, po jednym w wierszu (wpisz albo wybierz "
                "spośród załączników):"), evidence))  # fmt: skip
            picker = QPushButton(self.tr("Wybierz z załączników…"))
            picker.setAccessibleName(
                self.tr("Wybierz dowód dla standardu {0} z załączników").format(standard.number)
            )
            menu = QMenu(picker)
            menu.aboutToShow.connect(lambda code=standard.code, m=menu: self._fill_menu(code, m))
            picker.setMenu(menu)
            evidence_row = QHBoxLayout()
            evidence_row.addWidget(evidence, 1)
            evidence_row.addWidget(picker, 0, Qt.AlignmentFlag.AlignTop)
            inner.addLayout(evidence_row)
            self.body.addWidget(box)
            self.declared[standard.code] = check
            self.descriptions[standard.code] = description
            self.evidence[standard.code] = evidence
            self.pickers[standard.code] = picker

    def attachment_names(self) -> list[str]:
        """The file names of the attachments added so far, in their order."""
        items = self.owner.data.get("attachments") or []
        return [str(item.get("file_name")) for item in items if item.get("file_name")]

    def _fill_menu(self, code: str, menu: QMenu) -> None:
        menu.clear()
        chosen = set(self._evidence_lines(code))
        names = self.attachment_names()
        for name in names:
            action = menu.addAction(name.replace("&", "&&"))  # a name's & is no mnemonic
            action.setCheckable(True)
            action.setChecked(name in chosen)
            action.triggered.connect(lambda _on=False, n=name: self.pick_evidence(code, n))
        if not names:
            none = menu.addAction(self.tr(
                "Nie dodano jeszcze załączników: dodaj je w kroku {0} i wróć tu z podsumowania"
            ).format(flow.PAGE_IDS.index("attachments") + 1))  # fmt: skip
            none.setEnabled(False)

    def _evidence_lines(self, code: str) -> list[str]:
        lines = self.evidence[code].toPlainText().splitlines()
        return [line.strip() for line in lines if line.strip()]

    def pick_evidence(self, code: str, name: str) -> None:
        """Add an attachment's name to the standard's evidence (once), as its own line."""
        lines = self._evidence_lines(code)
        if name not in lines:
            self.evidence[code].setPlainText("\n".join([*lines, name]))
        self.evidence[code].moveCursor(self.evidence[code].textCursor().MoveOperation.End)
        self.evidence[code].setFocus()

    def _edited(self, code: str) -> None:
        evidence = self._evidence_lines(code)
        entry: dict[str, Any] = {"declared": self.declared[code].isChecked()}
        text = self.descriptions[code].toPlainText().strip()
        if text:
            entry["description"] = text
        if evidence:
            entry["evidence"] = evidence
        set_path(self.owner.data, f"standards.{code}", entry)
        self.data_changed()


def text_height(edit: QPlainTextEdit, lines: int) -> int:
    """The height of a text box showing ``lines`` lines of its font (follows the scale)."""
    margins = edit.contentsMargins()
    frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
    document_margin = 2 * int(edit.document().documentMargin())
    return edit.fontMetrics().lineSpacing() * lines + frame + document_margin


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A wrapped plain label naming ``buddy`` (read out with it, focusing it when clicked)."""
    label = plain_label(text)
    label.setBuddy(buddy)
    return label


class ModelOfWorkPage(FlowPage):
    """Fields of activity and the description that becomes the certificate's annex."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "model_of_work")
        layout = self.body
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
        self.description.setMinimumHeight(text_height(self.description, 5))
        self.description.textChanged.connect(self._edited)
        label.setBuddy(self.description)
        layout.addWidget(label)
        layout.addWidget(self.description, 1)

    def _edited(self) -> None:
        fields = [code for code, box in self.fields.items() if box.isChecked()]
        set_path(self.owner.data, "model_of_work", {
            "fields": fields, "description": self.description.toPlainText().strip(),
        })  # fmt: skip
        self.data_changed()
