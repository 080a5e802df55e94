"""A filed application, read-only, as it was filed (with its form version): plain text
laid out with the form's own labels, so nothing a user typed is ever read as HTML."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from calcert_desktop.domain.forms import FormDefinition, load_form
from calcert_desktop.ui.wizard.fields import get_path


def render_text(data: dict[str, Any], form: FormDefinition, header: list[str]) -> str:
    """The declaration as readable plain text, in the order of the paper form."""
    lines = [*header, ""]
    choices = {name: dict((c.code, c.label) for c in form.choices(name))
               for name in ("institution_types", "voivodeships", "fields_of_activity",
                            "attachment_kinds")}  # fmt: skip
    for spec in form.institution_fields:
        value = get_path(data, spec.path)
        if value in (None, ""):
            continue
        if spec.choices:
            value = choices.get(spec.choices, {}).get(value, value)
        lines.append(f"{spec.label}: {value}")
    lines.append("")
    for condition in form.eligibility:
        mark = "[X]" if get_path(data, f"eligibility.{condition.code}") else "[ ]"
        lines.append(f"{mark} {condition.label}")
    lines.append("")
    for standard in form.standards:
        entry = get_path(data, f"standards.{standard.code}") or {}
        mark = "[X]" if entry.get("declared") else "[ ]"
        lines.append(f"{mark} {standard.number}. {standard.title}: {standard.text}")
        if entry.get("description"):
            lines.append(f"    {entry['description']}")
        for name in entry.get("evidence", []):
            lines.append(f"    – {name}")
    model = data.get("model_of_work") or {}
    fields = ", ".join(choices["fields_of_activity"].get(c, c) for c in model.get("fields", []))
    title = QCoreApplication.translate("ApplicationView", "Model pracy ({0}):").format(fields)
    lines += ["", title, model.get("description", ""), ""]
    for item in data.get("attachments") or []:
        kind = choices["attachment_kinds"].get(item.get("kind", ""), item.get("kind", ""))
        label = QCoreApplication.translate("ApplicationView", "Załącznik – {0}: {1}")
        lines.append(label.format(kind, item.get("file_name", "")))
    return "\n".join(lines)


class ApplicationDialog(QDialog):
    """Shows one filed application; nothing can be changed here."""

    def __init__(self, case: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        reference = case["reference"] or case["draft_code"]
        self.setWindowTitle(self.tr("Zgłoszenie {0}").format(reference))
        form = load_form(case["form_version"])
        header = [
            self.tr("Zgłoszenie {0} — {1}").format(reference, case["state_label"]),
            self.tr("Data wpływu: {0}").format(case["received_on"] or "—"),
            self.tr("Wersja formularza: {0}").format(case["form_version"]),
        ]
        self.text = QPlainTextEdit(render_text(case["declaration"], form, header))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Treść zgłoszenia"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 700)
