"""Wizytacja: the expert's site visits, their summary and findings per standard; the protocol
of a planned visit is written from here ("Protokół wizytacji…")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from calcert_desktop.domain.case_labels import RATINGS, VISIT_STATUSES, label
from calcert_desktop.domain.roles import Role
from calcert_desktop.ui.case_file.common import RecordsPane, pl_date, section

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile, Finding, Visit
    from calcert_desktop.ui.case_file.protocol_editor import ProtocolEditor
    from calcert_desktop.ui.session import Session

SCHEDULED = "scheduled"


class VisitsTab(QWidget):
    """The visits in a table; the selected visit's summary and findings below."""

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = ""
        self.protocol_button = QPushButton(self.tr("&Protokół wizytacji…"))
        self.protocol_button.setEnabled(False)
        self.protocol_button.clicked.connect(self.open_protocol)
        self.pane = RecordsPane(
            [self.tr("Ekspert"), self.tr("Planowana data"), self.tr("Data wizytacji"),
             self.tr("Status"), self.tr("Podsumowanie")],
            self.tr("Brak wizytacji — Komisja nie kierowała eksperta do tej instytucji."),
            self.tr("Wizytacje"),
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.protocol_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.pane)

    def session(self) -> Session | None:
        """The session the tab acts in: given, or its case file window's."""
        if self._session is not None:
            return self._session
        from calcert_desktop.ui.session import Session

        found = getattr(self.window(), "session", None)  # the case file window's
        return found if isinstance(found, Session) else None

    def show_file(self, view: CaseFile) -> None:
        """Show the site visits of ``view``."""
        self._reference = view.reference
        visits = view.site_visits
        self.pane.show_records(
            [[view.name(v.expert), pl_date(v.planned_for), pl_date(v.visited_on),
              label(VISIT_STATUSES, v.status), v.summary or v.cancel_reason or ""]
             for v in visits],
            [self._detail(view, v) for v in visits],
        )  # fmt: skip
        self._offer_protocol(view)

    def _offer_protocol(self, view: CaseFile) -> None:
        """The protocol button: for a planned visit, to its expert or the office."""
        planned = next((v for v in view.site_visits if v.status == SCHEDULED), None)
        session = self.session()
        actor = session.actor if session is not None else None
        allowed = (planned is not None and actor is not None
                   and (actor.login == planned.expert or Role.OFFICE in actor.roles))  # fmt: skip
        self.protocol_button.setEnabled(allowed)
        if planned is None:
            why = self.tr("W sprawie nie ma zaplanowanej wizytacji.")
        elif not allowed:
            why = self.tr("Protokół pisze ekspert wizytacji ({0}) albo biuro.").format(
                view.name(planned.expert)
            )
        else:
            why = self.tr(
                "Protokół wizytacji zaplanowanej na {0}: zapisuje się w trakcie pisania, także "
                "bez sieci."
            ).format(pl_date(planned.planned_for))
        self.protocol_button.setToolTip(why)

    def open_protocol(self) -> ProtocolEditor | None:
        """Open the protocol editor of the case's planned visit (its own window)."""
        session = self.session()
        if session is None or not self._reference or not self.protocol_button.isEnabled():
            return None
        from calcert_desktop.ui.case_file.protocol_editor import open_protocol

        return open_protocol(session, self._reference)

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
                if found is not None:
                    lines.extend(self._finding_lines(view, standard.code, found))
            parts.append("\n".join(lines) + "\n")
        elif visit.status == "done":
            parts.append(self.tr("Ekspert nie zapisał ustaleń dla poszczególnych standardów."))
        parts.append(self._representative(visit))
        return "\n".join(part for part in parts if part)

    def _finding_lines(self, view: CaseFile, code: str, found: Finding) -> list[str]:
        lines = [f"{view.standard_title(code)} — {label(RATINGS, found.rating or '')}"]
        if found.finding:
            lines.append(f"    {found.finding}")
        if found.observations:
            lines.append("    " + self.tr("Obserwacje: {0}").format(found.observations))
        if found.evidence:
            names = ", ".join(name for name, _digest in found.evidence)
            lines.append("    " + self.tr("Dowody: {0}").format(names))
        return lines

    def _representative(self, visit: Visit) -> str:
        """The institution's representative on site, whether they acknowledged the
        protocol, and their remarks; "" when the visit has none of it."""
        if visit.status != "done" or not (visit.representative or visit.acknowledged
                                          or visit.remarks):  # fmt: skip
            return ""
        lines = [self.tr("Przedstawiciel instytucji: {0}").format(visit.representative or "—")]
        if visit.acknowledged:
            lines.append(self.tr("Przedstawiciel zapoznał się z protokołem."))
        else:
            lines.append(self.tr("Przedstawiciel nie potwierdził zapoznania się z protokołem."))
        text = "\n".join(lines) + "\n"
        return text + ("\n" + section(self.tr("Uwagi przedstawiciela:"), visit.remarks)
                       if visit.remarks.strip() else "")  # fmt: skip
