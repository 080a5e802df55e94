"""Zgłoszenie: the application read-only, as filed, with its form version, laid out like the
paper form: headings, the fields as label and value, check marks, Polish dates. Rich text
built here; every text from the declaration or the form is escaped, so none is read as HTML."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from calcert_desktop.domain.forms import FieldKind, FormDefinition, load_form
from calcert_desktop.ui.case_file.common import pl_date
from calcert_desktop.ui.wizard.fields import get_path

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile

CHECKED, UNCHECKED = "☑", "☐"


def _text(value: Any) -> str:
    """User text as HTML: escaped, its line breaks kept."""
    return escape(str(value)).replace("\n", "<br>")


class ApplicationTab(QWidget):
    """The declaration laid out as on the paper form (the same content as its PDF)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Treść zgłoszenia"))
        self.text.setOpenLinks(False)  # an address typed in the form is not a link to follow
        self.text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_file(self, view: CaseFile) -> None:
        """Show the declaration of ``view``."""
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(self.render(view))
        self.text.verticalScrollBar().setValue(scroll)  # a refresh keeps the reader's place

    def render(self, view: CaseFile) -> str:
        """The declaration of ``view`` as rich text."""
        header = view.header
        form = load_form(header.form_version)
        data = view.declaration
        parts = [
            f"<h2>{escape(form.title)} — {escape(view.reference)}</h2>",
            f"<p>{escape(form.subtitle)}</p>",
            "<p>" + "<br>".join([
                escape(self.tr("Data wpływu pisemnej prośby: {0}").format(
                    pl_date(header.received_on))),
                escape(self.tr("Wersja formularza: {0}").format(header.form_version)),
            ]) + "</p>",
        ]  # fmt: skip
        if header.renews:
            parts.append("<p>" + escape(
                self.tr("Odnowienie certyfikatu ze sprawy {0}").format(header.renews)) + "</p>")
        parts += self._fields(data, form)
        parts += self._eligibility(data, form)
        parts += self._standards(data, form)
        parts += self._model_and_attachments(data, form)
        return "\n".join(parts)

    def _choices(self, form: FormDefinition, name: str) -> dict[str, str]:
        return {c.code: c.label for c in form.choices(name)}

    def _fields(self, data: dict[str, Any], form: FormDefinition) -> list[str]:
        headings = {
            "institution": self.tr("Dane instytucji"),
            "submitter": self.tr("Osoba zgłaszająca"),
            "head": self.tr("Kierownik instytucji"),
            "signature": self.tr("Podpis zgłoszenia"),
        }
        parts: list[str] = []
        group = ""
        for spec in form.institution_fields:
            value = get_path(data, spec.path)
            if value in (None, ""):
                continue
            if spec.choices:
                value = self._choices(form, spec.choices).get(value, value)
            if spec.kind == FieldKind.DATE:
                value = pl_date(value)
            prefix = spec.path.split(".")[0]
            if prefix != group:
                if group:
                    parts.append("</table>")
                group = prefix
                parts.append(f"<h3>{escape(headings.get(prefix, ''))}</h3>")
                parts.append("<table cellspacing='0' cellpadding='3'>")
            parts.append(f"<tr><td>{escape(spec.label)}:</td>"
                         f"<td><b>{_text(value)}</b></td></tr>")  # fmt: skip
        if group:
            parts.append("</table>")
        return parts

    def _eligibility(self, data: dict[str, Any], form: FormDefinition) -> list[str]:
        parts = [f"<h3>{escape(self.tr('Warunki zgłoszenia'))}</h3>"]
        for condition in form.eligibility:
            met = bool(get_path(data, f"eligibility.{condition.code}"))
            mark = CHECKED if met else UNCHECKED
            parts.append(f"<p>{mark} <b>{escape(condition.label)}</b><br>"
                         f"{escape(condition.text)}</p>")  # fmt: skip
        return parts

    def _standards(self, data: dict[str, Any], form: FormDefinition) -> list[str]:
        parts = [f"<h3>{escape(self.tr('Standardy'))}</h3>"]
        for standard in form.standards:
            entry = get_path(data, f"standards.{standard.code}") or {}
            mark = CHECKED if entry.get("declared") else UNCHECKED
            parts.append(f"<p>{mark} <b>{standard.number}. {escape(standard.title)}</b>: "
                         f"{escape(standard.text)}</p>")  # fmt: skip
            if entry.get("description"):
                parts.append(f"<blockquote>{_text(entry['description'])}</blockquote>")
            evidence = entry.get("evidence") or []
            if evidence:
                items = "".join(f"<li>{escape(str(name))}</li>" for name in evidence)
                parts.append(f"<ul>{items}</ul>")
        return parts

    def _model_and_attachments(self, data: dict[str, Any], form: FormDefinition) -> list[str]:
        activity = self._choices(form, "fields_of_activity")
        model = data.get("model_of_work") or {}
        fields = ", ".join(activity.get(c, c) for c in model.get("fields", []))
        parts = [f"<h3>{escape(self.tr('Model pracy'))}</h3>"]
        if fields:
            parts.append("<p>" + escape(self.tr("Obszary działania: {0}").format(fields)) + "</p>")
        if model.get("description"):
            parts.append(f"<p>{_text(model['description'])}</p>")
        attachments = data.get("attachments") or []
        if attachments:
            kinds = self._choices(form, "attachment_kinds")
            parts.append(f"<h3>{escape(self.tr('Załączniki'))}</h3>")
            items = "".join(
                f"<li>{escape(kinds.get(item.get('kind', ''), item.get('kind', '')))}: "
                f"{escape(str(item.get('file_name', '')))}</li>"
                for item in attachments
            )
            parts.append(f"<ul>{items}</ul>")
        return parts
