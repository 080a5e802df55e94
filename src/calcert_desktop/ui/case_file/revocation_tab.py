"""Cofnięcie: proceedings to revoke the certificate, from the reason to the outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from calcert_desktop.domain.case_labels import REVOCATION_OUTCOMES, label
from calcert_desktop.ui.case_file.common import RecordsPane, pl_date, section

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile, RevocationEntry


class RevocationTab(QWidget):
    """Proceedings in a table; the selected one's reason, charges and response below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = RecordsPane(
            [self.tr("Wszczęto"), self.tr("Zarzuty z dnia"), self.tr("Termin odpowiedzi"),
             self.tr("Odpowiedź z dnia"), self.tr("Rozstrzygnięcie")],
            self.tr("Brak postępowań o odebranie certyfikatu."),
            self.tr("Postępowania o odebranie certyfikatu"),
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)

    def _outcome(self, revocation: RevocationEntry) -> str:
        if revocation.outcome:
            return label(REVOCATION_OUTCOMES, revocation.outcome)
        return self.tr("w toku")

    def show_file(self, view: CaseFile) -> None:
        """Show the revocation proceedings of ``view``."""
        items = view.revocations
        self.pane.show_records(
            [[pl_date(r.opened_on), pl_date(r.charged_on), pl_date(r.response_due),
              pl_date(r.response_received_on), self._outcome(r)] for r in items],
            [self._detail(r) for r in items],
        )  # fmt: skip

    def _detail(self, r: RevocationEntry) -> str:
        head = self.tr("Postępowanie wszczęte {0} — {1}").format(
            pl_date(r.opened_on), self._outcome(r)
        )
        charges = section(
            self.tr("Zarzuty na piśmie z {0} (termin odpowiedzi: {1}):").format(
                pl_date(r.charged_on), pl_date(r.response_due)
            ),
            r.charges or "",
        ) or self.tr("Zarzutów jeszcze nie sformułowano na piśmie.\n")
        response = section(
            self.tr("Odpowiedź instytucji z {0}:").format(pl_date(r.response_received_on)),
            r.response_text or "",
        ) or self.tr("Instytucja nie odpowiedziała na zarzuty.\n")
        if not r.charges:
            response = ""
        return "\n".join(
            part for part in (f"{head}\n", section(self.tr("Powód wszczęcia:"), r.reason or ""),
                              charges, response) if part
        )  # fmt: skip
