"""Komisja: the members assigned to the case, and every conflict-of-interest declaration
in it (a member's, the chair's, an expert's or a Board member's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from calcert_desktop.ui.case_file.common import RecordsPane, pl_date, plain_label
from calcert_desktop.ui.views.placeholder import heading_label

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile


class CommissionTab(QWidget):
    """Two short tables: who is assigned, and who declared a conflict and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members = RecordsPane(
            [self.tr("Imię i nazwisko"), self.tr("Login"), self.tr("Wyznaczono"),
             self.tr("Sprawozdawca"), self.tr("Konflikt interesów")],
            self.tr("Do sprawy nie wyznaczono jeszcze członków Komisji."),
            self.tr("Członkowie Komisji w sprawie"),
        )  # fmt: skip
        self.members.detail.hide()  # the table says it all
        self.conflicts = RecordsPane(
            [self.tr("Osoba"), self.tr("Data zgłoszenia"), self.tr("Powód"),
             self.tr("W składzie Komisji")],
            self.tr("Nikt nie zgłosił konfliktu interesów w tej sprawie."),
            self.tr("Zgłoszone konflikty interesów"),
        )  # fmt: skip
        self.conflicts_note = plain_label(self.tr(
            "Osoba, która zgłosiła konflikt interesów (członek Komisji, przewodniczący, ekspert "
            "albo członek Zarządu), nie bierze udziału w sprawie: niczego w niej nie zapisuje, "
            "nie ocenia, nie głosuje, nie wydaje certyfikatu i nie rozstrzyga odwołania. Oceny "
            "wystawione przed zgłoszeniem nie liczą się (zostają w historii)."
        ))  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Skład Komisji w sprawie")))
        layout.addWidget(self.members, 2)
        self.conflicts_heading = heading_label(self.tr("Konflikty interesów"))
        layout.addWidget(self.conflicts_heading)
        layout.addWidget(self.conflicts_note)
        layout.addWidget(self.conflicts, 3)


    def show_file(self, view: CaseFile) -> None:
        """Show the Commission of ``view``."""
        members = view.members
        yes = self.tr("tak")
        self.members.show_records(
            [
                [view.name(m.login), m.login, pl_date(m.assigned_on),
                 yes if m.rapporteur else "",
                 self.tr("zgłoszony {0}").format(pl_date(m.conflict_declared_on))
                 if m.conflict_declared_on else ""]
                for m in members
            ],
            [],
        )  # fmt: skip
        self.members.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        conflicts = view.conflicts
        for widget in (self.conflicts_heading, self.conflicts_note, self.conflicts):
            # Nobody assigned and nobody conflicted: no conflicts to speak of.
            widget.setVisible(bool(members or conflicts))
        self.conflicts.show_records(
            [[view.name(c.login), pl_date(c.declared_on), c.reason,
              yes if c.assigned else self.tr("nie")] for c in conflicts],
            [self.tr("{0} — konflikt interesów zgłoszony {1}\n\nPowód:\n{2}").format(
                view.name(c.login), pl_date(c.declared_on), c.reason)
             for c in conflicts],
        )  # fmt: skip
