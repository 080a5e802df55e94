"""Odwołania: appeals to the Board, their grounds and outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from calcert_desktop.domain.case_labels import APPEAL_OUTCOMES, label
from calcert_desktop.ui.case_file.common import RecordsPane, pl_date, section

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile


class AppealsTab(QWidget):
    """Appeals in a table; the selected one's grounds below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = RecordsPane(
            [self.tr("Data wpływu"), self.tr("Rozstrzygnięcie Zarządu"), self.tr("Zarzuty")],
            self.tr("Brak odwołań — instytucja nie odwoływała się do Zarządu."),
            self.tr("Odwołania"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)

    def show_file(self, view: CaseFile) -> None:
        """Show the appeals of ``view``."""
        appeals = view.appeals
        pending = self.tr("w toku — czeka na rozstrzygnięcie")
        outcomes = [label(APPEAL_OUTCOMES, a.outcome) if a.outcome else pending
                    for a in appeals]  # fmt: skip
        self.pane.show_records(
            [[pl_date(a.received_on), outcome, a.grounds or ""]
             for a, outcome in zip(appeals, outcomes, strict=True)],
            [self.tr("Odwołanie z {0}: {1}").format(pl_date(a.received_on), outcome) + "\n\n"
             + section(self.tr("Zarzuty odwołania:"), a.grounds or "")
             for a, outcome in zip(appeals, outcomes, strict=True)],
        )  # fmt: skip
