"""Zgłoszenie: the application read-only, as filed, with its form version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from calcert_desktop.domain.forms import load_form
from calcert_desktop.ui.case_file.common import pl_date, read_only_text
from calcert_desktop.ui.views.application_view import render_text

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file import CaseFileView


class ApplicationTab(QWidget):
    """The declaration laid out as on the paper form (the same text as the application
    dialog of the applications list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = read_only_text(self.tr("Treść zgłoszenia"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_file(self, view: CaseFileView) -> None:
        """Show the declaration of ``view``."""
        data = view.data
        form = load_form(data["form_version"])
        header = [
            self.tr("{0} — {1}").format(form.title, view.reference),
            self.tr("Data wpływu pisemnej prośby: {0}").format(pl_date(data["received_on"])),
            self.tr("Wersja formularza: {0}").format(data["form_version"]),
        ]
        if data["renews"]:
            header.append(self.tr("Odnowienie certyfikatu ze sprawy {0}").format(data["renews"]))
        scroll = self.text.verticalScrollBar().value()
        self.text.setPlainText(render_text(data["declaration"], form, header))
        self.text.verticalScrollBar().setValue(scroll)  # a refresh keeps the reader's place
