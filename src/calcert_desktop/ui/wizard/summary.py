"""The wizard's last page: what is still missing, everything typed in, step by step (each
step with a button back to it), then place and date of signing and the date of receipt.
A signing date long before the receipt is asked about before filing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from calcert_desktop.domain import application_flow as flow
from calcert_desktop.domain import signing_dates
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.ui.case_file.common import pl_date
from calcert_desktop.ui.widgets import go_on
from calcert_desktop.ui.wizard.attachments import size_text
from calcert_desktop.ui.wizard.fields import ERROR_STYLE, choice_items, get_path, set_path
from calcert_desktop.ui.wizard.pages import FlowPage, plain_label

if TYPE_CHECKING:
    from calcert_desktop.ui.wizard.wizard import ApplicationWizard

NOTE_STYLE = "color: #8a5300;"  # a question, not an error: amber, readable on white
EXCERPT = 200  # characters of a long text shown in the review


def excerpt(text: str, length: int = EXCERPT) -> str:
    """The start of a long text, on one line, cut at a word with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    return flat[:length].rsplit(" ", 1)[0] + "…"


class SummaryPage(FlowPage):
    """What is still missing, what was entered, then place, date and the written request's
    date: file it."""

    def __init__(self, owner: ApplicationWizard) -> None:
        super().__init__(owner, "summary")
        self.setFinalPage(True)
        layout = self.body
        self.missing = plain_label("")
        layout.addWidget(self.missing)
        form_layout = self.form_layout()
        for spec in owner.form.institution_fields:
            if spec.path.startswith("signature."):
                self.add_row(form_layout, spec.path)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy")
        self.received.setFixedWidth(self.received.sizeHint().width())
        self.received.setAccessibleName(self.tr("Data wpływu pisemnej prośby"))
        self.received.dateChanged.connect(self._dates_changed)
        received_label = QLabel(self.tr("&Data wpływu pisemnej prośby *"))
        received_label.setBuddy(self.received)
        form_layout.addRow(received_label, self.received)
        self.date_note = plain_label("")  # its line is kept, as a field's error line
        self.date_note.setMinimumHeight(self.date_note.fontMetrics().lineSpacing() + 4)
        form_layout.addRow("", self.date_note)
        layout.addLayout(form_layout)
        heading = QLabel(self.tr("Sprawdź wpisane dane"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.review = QVBoxLayout()
        layout.addLayout(self.review)
        layout.addStretch(1)
        self.back_buttons: dict[str, QPushButton] = {}
        self.groups: dict[str, QGroupBox] = {}

    def initializePage(self) -> None:
        for row in self.rows:  # a date the user has not touched is still today's: keep it
            if row.value() and not get_path(self.owner.data, row.spec.path):
                set_path(self.owner.data, row.spec.path, row.value())
        super().initializePage()
        self.update_missing()
        self.show_review()
        self._dates_changed()

    def update_missing(self) -> None:
        """List, page by page, what keeps the application from being filed."""
        try:
            missing = flow.missing_by_page(self.owner.declaration(), self.owner.form)
        except ValidationError as error:
            missing = {"summary": [error]}
        lines = []
        for page_id, errors in missing.items():
            if errors:
                number = flow.PAGE_IDS.index(page_id) + 1
                lines.append(self.tr("Krok {0}: {1}").format(number, flow.page(page_id).title))
                lines.extend(f"  • {error.message}" for error in errors)
        self.missing.setStyleSheet(ERROR_STYLE if lines else "")
        self.missing.setText(
            self.tr("Do złożenia brakuje:\n") + "\n".join(lines)
            if lines
            else self.tr("Zgłoszenie jest kompletne. Sprawdź dane i datę wpływu, potem je złóż.")
        )

    # --- the review ----------------------------------------------------------------------

    def show_review(self) -> None:
        """One group per step with what was entered there and a button back to it."""
        while self.review.count():
            item = self.review.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.back_buttons.clear()
        self.groups.clear()
        for page in flow.PAGES:
            if page.id == flow.SUMMARY:
                continue
            number = flow.PAGE_IDS.index(page.id) + 1
            group = QGroupBox(self.tr("Krok {0}: {1}").format(number, page.title))
            grid = QGridLayout(group)
            lines = QFormLayout()
            lines.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for label, value in self.review_lines(page.id):
                shown = plain_label(value or self.tr("—"))
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                key = QLabel(label)
                key.setTextFormat(Qt.TextFormat.PlainText)  # form labels, never HTML
                lines.addRow(key, shown)
            grid.addLayout(lines, 0, 0)
            button = QPushButton(self.tr("Popraw krok {0}").format(number))
            button.setAccessibleName(self.tr("Wróć do kroku {0}: {1}").format(number, page.title))
            button.clicked.connect(lambda _on=False, target=page.id: self.owner.go_to(target))
            grid.addWidget(button, 0, 1, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(0, 1)
            self.review.addWidget(group)
            self.back_buttons[page.id] = button
            self.groups[page.id] = group

    def review_lines(self, page_id: str) -> list[tuple[str, str]]:
        """(label, value) pairs of what was entered on one step, as the person reads them."""
        data, form = self.owner.data, self.owner.form
        if page_id in ("institution", "people"):
            return [(spec.label, self._field_text(spec.path, spec.choices))
                    for spec in form.institution_fields
                    if flow.page(page_id).owns(spec.path)]  # fmt: skip
        if page_id == "eligibility":
            return [(condition.label, self._yes_no(get_path(data, f"eligibility.{condition.code}")))
                    for condition in form.eligibility]  # fmt: skip
        if page_id == "standards":
            return [(f"{standard.number}. {standard.title}",
                     self._standard_text(get_path(data, f"standards.{standard.code}") or {}))
                    for standard in form.standards]  # fmt: skip
        if page_id == "model_of_work":
            labels = dict(choice_items(form, "fields_of_activity"))
            chosen = get_path(data, "model_of_work.fields") or []
            return [
                (self.tr("Pola działalności"), ", ".join(labels.get(c, c) for c in chosen)),
                (self.tr("Opis modelu pracy"),
                 excerpt(get_path(data, "model_of_work.description") or "")),
            ]  # fmt: skip
        if page_id == "attachments":
            return self._attachment_lines(data.get("attachments") or [])
        return []

    def _field_text(self, path: str, choices: str | None) -> str:
        value = get_path(self.owner.data, path)
        if value is None or value == "":
            return ""
        if choices:
            return dict(choice_items(self.owner.form, choices)).get(str(value), str(value))
        if path == "signature.date" and (signed := signing_dates.parse_signed(value)):
            return pl_date(signed)
        return str(value)

    def _yes_no(self, value: Any) -> str:
        return self.tr("tak") if value else self.tr("nie")

    def _standard_text(self, entry: dict[str, Any]) -> str:
        declared = (
            self.tr("zadeklarowany") if entry.get("declared") else self.tr("niezadeklarowany")
        )
        parts = [declared]
        if entry.get("description"):
            parts.append(self.tr("Raport: {0}").format(excerpt(entry["description"])))
        evidence = entry.get("evidence") or []
        if evidence:
            parts.append(self.tr("Dowody: {0}").format(", ".join(evidence)))
            attached = {item.get("file_name") for item in self.owner.data.get("attachments") or []}
            loose = [name for name in evidence if name not in attached]
            if loose:
                parts.append(self.tr("Nie ma wśród załączników: {0}").format(", ".join(loose)))
        return "\n".join(parts)

    def _attachment_lines(self, items: list[dict[str, Any]]) -> list[tuple[str, str]]:
        kinds = dict(choice_items(self.owner.form, "attachment_kinds"))
        lines = []
        for item in items:
            kind = str(item.get("kind") or "")
            size = size_text(item.get("size_bytes"))
            name = str(item.get("file_name") or "")
            lines.append((kinds.get(kind, kind), f"{name} ({size})" if size else name))
        return lines or [(self.tr("Załączniki"), self.tr("brak"))]

    # --- dates ---------------------------------------------------------------------------

    def signed_and_received(self) -> tuple[date | None, date]:
        """The signing date typed (None while it is not a date) and the date of receipt."""
        signed = signing_dates.parse_signed(get_path(self.owner.data, "signature.date"))
        return signed, self.received.date().toPython()

    def _dates_changed(self, *_: object) -> None:
        signed, received = self.signed_and_received()
        note, style = "", NOTE_STYLE
        if signed is not None and signing_dates.signed_after_receipt(signed, received):
            note, style = (
                self.tr(
                    "Data wpływu ({0}) jest wcześniejsza niż data podpisania ({1}): pismo nie "
                    "mogło wpłynąć przed podpisaniem."
                ).format(pl_date(received), pl_date(signed)),
                ERROR_STYLE,
            )
        elif signed is not None and signing_dates.signed_long_before_receipt(signed, received):
            note = self.long_gap_text(signed, received)
        self.date_note.setStyleSheet(style)
        self.date_note.setText(note)
        self.completeChanged.emit()

    def long_gap_text(self, signed: date, received: date) -> str:
        """Why the dates are worth a second look (Polish)."""
        return self.tr(
            "Zgłoszenie podpisano {0} dni przed datą wpływu ({1} i {2}). Sprawdź, czy obie "
            "daty są dobre."
        ).format(signing_dates.days_before_receipt(signed, received), pl_date(signed),
                 pl_date(received))  # fmt: skip

    def data_changed(self) -> None:
        super().data_changed()
        self.update_missing()
        self._dates_changed()

    def isComplete(self) -> bool:
        signed, received = self.signed_and_received()
        if signed is not None and signing_dates.signed_after_receipt(signed, received):
            return False  # the core refuses it at filing; say so now, on the page
        try:  # the summary is valid only when nothing on any page blocks filing
            return flow.page_is_valid(self.owner.declaration(), self.owner.form, "summary")
        except ValidationError:
            return False

    def validatePage(self) -> bool:
        # Not yet: the filing runs on the worker, and the wizard closes itself once filed.
        if self.owner.filed_reference is not None:
            return True
        if not super().validatePage():
            return False
        signed, received = self.signed_and_received()
        if signed is not None and signing_dates.signed_long_before_receipt(signed, received):
            title = self.tr("Data podpisania i data wpływu")
            if not go_on.ask_to_go_on(self, title, self.long_gap_text(signed, received),
                                      self.tr("Złóż &mimo to")):  # fmt: skip
                return False
        self.owner.file_application(received)
        return False
