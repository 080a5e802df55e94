"""Wizytacja: the expert's site visits, their summary and findings per standard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from calcert_desktop.domain.case_labels import RATINGS, VISIT_STATUSES, label
from calcert_desktop.ui.case_file.common import RecordsPane, pl_date, section

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile, Visit


class VisitsTab(QWidget):
    """The visits in a table; the selected visit's summary and findings below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = RecordsPane(
            [self.tr("Ekspert"), self.tr("Planowana data"), self.tr("Data wizytacji"),
             self.tr("Status"), self.tr("Podsumowanie")],
            self.tr("Brak wizytacji — Komisja nie kierowała eksperta do tej instytucji."),
            self.tr("Wizytacje"),
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)

    def show_file(self, view: CaseFile) -> None:
        """Show the site visits of ``view``."""
        visits = view.site_visits
        self.pane.show_records(
            [[view.name(v.expert), pl_date(v.planned_for), pl_date(v.visited_on),
              label(VISIT_STATUSES, v.status), v.summary or v.cancel_reason or ""]
             for v in visits],
            [self._detail(view, v) for v in visits],
        )  # fmt: skip

    def _detail(self, view: CaseFile, visit: Visit) -> str:
        head = self.tr("Wizytacja: {0}, {1} ({2})").format(
            view.name(visit.expert),
            pl_date(visit.visited_on or visit.planned_for),
            label(VISIT_STATUSES, visit.status),
        )
        parts = [head + "\n", section(self.tr("Podsumowanie:"), visit.summary or ""),
                 section(self.tr("Powód odwołania:"), visit.cancel_reason or "")]  # fmt: skip
        findings = visit.findings
        if findings:
            lines = [self.tr("Ustalenia według standardów:")]
            for standard in view.standards:
                found = findings.get(standard.code)
                if found is None:
                    continue
                lines.append(f"{view.standard_title(standard.code)} — "
                             f"{label(RATINGS, found.rating or '')}")  # fmt: skip
                if found.finding:
                    lines.append(f"    {found.finding}")
            parts.append("\n".join(lines) + "\n")
        elif visit.status == "done":
            parts.append(self.tr("Ekspert nie zapisał ustaleń dla poszczególnych standardów."))
        return "\n".join(part for part in parts if part)
