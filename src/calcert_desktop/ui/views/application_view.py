"""A filed application, read-only, as it was filed (with its form version): plain text
laid out with the form's own labels, so nothing a user typed is ever read as HTML."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from calcert_desktop.domain.forms import FormDefinition
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
