"""Zgłoszenie: the application read-only, as filed, with its form version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from calcert_desktop.domain.forms import load_form
from calcert_desktop.ui.case_file.common import pl_date, read_only_text
from calcert_desktop.ui.views.application_view import render_text

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile


class ApplicationTab(QWidget):
    """The declaration laid out as on the paper form (the same text as the application
    dialog of the applications list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = read_only_text(self.tr("Treść zgłoszenia"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_file(self, view: CaseFile) -> None:
        """Show the declaration of ``view``."""
        header = view.header
        form = load_form(header.form_version)
        lines = [
            self.tr("{0} — {1}").format(form.title, view.reference),
            self.tr("Data wpływu pisemnej prośby: {0}").format(pl_date(header.received_on)),
            self.tr("Wersja formularza: {0}").format(header.form_version),
        ]
        if header.renews:
            lines.append(self.tr("Odnowienie certyfikatu ze sprawy {0}").format(header.renews))
        scroll = self.text.verticalScrollBar().value()
        self.text.setPlainText(render_text(view.declaration, form, lines))
        self.text.verticalScrollBar().setValue(scroll)  # a refresh keeps the reader's place
