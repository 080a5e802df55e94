"""Ustawienia → Dawny rejestr: what the import of the paper-era register does, and the button
that opens its wizard (the office and the administrator; the service says who may)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from calcert_desktop.ui.case_file.common import plain_label

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session


class RegisterImportEditor(QWidget):
    """The import's explanation and its wizard."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        about = plain_label(self.tr(
            "Certyfikaty wydane, zanim biuro zaczęło pracować w programie, przenosi się tu z "
            "arkusza (XLSX, ODS, XLS albo CSV). Każdy wiersz to jedna sprawa w stanie, w jakim "
            "się zakończyła: certyfikat ważny, wygasły albo odebrany, albo odmowa — z "
            "prawdziwymi datami i numerami. Program najpierw sprawdza wszystkie wiersze i "
            "pokazuje, co utworzy, a co odrzuci i dlaczego; odrzucone wiersze można zapisać do "
            "arkusza, poprawić i zaimportować ponownie. Import zapisuje wszystkie przyjęte "
            "wiersze naraz albo żadnego; ponowny import tego samego pliku niczego nie dodaje. "
            "Numeracja spraw i certyfikatów biegnie dalej od najwyższego przeniesionego numeru."
        ))  # fmt: skip
        self.button = QPushButton(self.tr("&Importuj dawny rejestr…"))
        self.button.clicked.connect(self.open_wizard)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def attach(self, session: Session) -> None:
        self.session = session

    def open_wizard(self) -> None:
        from calcert_desktop.ui.views.register_import_wizard import RegisterImportWizard

        RegisterImportWizard(self.session, self).open()
