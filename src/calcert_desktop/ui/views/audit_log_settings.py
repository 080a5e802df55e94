"""Ustawienia → Dziennik zmian: the audit log's hash chain checked on demand, naming the first
broken entry and its case, and the log written out for an outside reviewer.

An administrator's tool (the services refuse anyone else; here the buttons are off and a
note says why). The walk and the export run on the worker: a log of many thousand entries
takes seconds, the window stays live.

Imported only once a data folder is open (it loads the services).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from calcert_desktop.domain.roles import Role
from calcert_desktop.services.admin import audit_log
from calcert_desktop.ui.case_file.common import plain_label
from calcert_desktop.ui.operations import read_op

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session


class AuditLogEditor(QWidget):
    """Check the audit log's chain; save it to a file for a reviewer (administrators)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        about = plain_label(self.tr(
            "Każda zmiana danych trafia do dziennika zmian: kto, kiedy, co i jak było przedtem. "
            "Baza danych nie pozwala zmienić ani usunąć wpisu. Każdy wpis zawiera skrót "
            "poprzedniego, a koniec łańcucha podpisuje klucz biura przy każdym zapisie — kto "
            "zmieni, usunie, wstawi albo przestawi wpis poza programem, zerwie łańcuch w tym "
            "miejscu, a sprawdzenie wskaże ten wpis i jego sprawę."
        ))  # fmt: skip
        about.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Sprawdź dziennik zmian"))
        self.export_button = QPushButton(self.tr("&Zapisz dziennik do pliku…"))
        self.check_button.clicked.connect(self.check)
        self.export_button.clicked.connect(self.ask_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.result = plain_label("")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Wynik sprawdzenia dziennika"))
        reviewer = plain_label(self.tr(
            "Zapisany plik (JSON Lines) sprawdzi osoba spoza biura, bez tego programu: "
            "krótkim skryptem check_audit_log.py (folder reviewer; opis w README) i kluczem "
            "publicznym biura."
        ))  # fmt: skip
        reviewer.setWordWrap(True)
        self.read_only_note = plain_label(self.tr(
            "Dziennik zmian sprawdza i zapisuje administrator."
        ))  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(reviewer)
        layout.addWidget(self.read_only_note)
        layout.addStretch(1)
        self.attach(session)

    def attach(self, session: Session) -> None:
        """For ``session``'s person: the buttons for administrators only."""
        self.session = session
        admin = Role.ADMIN in session.actor.roles
        for button in (self.check_button, self.export_button):
            button.setEnabled(admin)
        self.read_only_note.setVisible(not admin)
        self.result.clear()

    def _busy(self, busy: bool) -> None:
        for button in (self.check_button, self.export_button):
            button.setEnabled(not busy)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.result.setText(message)

    def check(self) -> None:
        """Walk the chain on the worker; say the verdict."""
        self._busy(True)
        self.result.setText(self.tr("Sprawdzam dziennik zmian…"))
        session = self.session
        read_op(session, self, lambda: audit_log.check_log(session.ctx, session.actor),
                self._checked, self._failed)  # fmt: skip

    def _checked(self, found: audit_log.LogCheck) -> None:
        self._busy(False)
        if found.problem is not None:
            self.result.setText(self.tr("Dziennik zmian jest naruszony: %1.").replace(
                "%1", found.problem))  # fmt: skip
            return
        if not found.entries:
            self.result.setText(self.tr("Dziennik zmian jest jeszcze pusty."))
            return
        signed = found.signed_at.strftime("%d.%m.%Y %H:%M") if found.signed_at else ""
        self.result.setText(self.tr(
            "Dziennik zmian jest nienaruszony: wpisów %1; koniec łańcucha podpisany kluczem "
            "biura %2 (%3 UTC)."
        ).replace("%1", f"{found.entries:n}").replace("%2", found.key_id or "")
            .replace("%3", signed))  # fmt: skip

    def ask_export(self) -> None:
        """Ask where to save the log, then write it on the worker."""
        name = f"dziennik-zmian-{date.today().isoformat()}.jsonl"
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz dziennik zmian"), str(Path.home() / name),
            self.tr("Dziennik zmian (*.jsonl)"),
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        """Write the whole log to ``target``; say how many entries, or why not."""
        self._busy(True)
        self.result.setText(self.tr("Zapisuję dziennik zmian…"))
        session = self.session

        def done(made: audit_log.LogExported) -> None:
            self._busy(False)
            self.result.setText(self.tr("Zapisano dziennik zmian (wpisów: %1) do pliku %2.")
                                .replace("%1", f"{made.entries:n}")
                                .replace("%2", str(made.path)))  # fmt: skip

        read_op(session, self,
                lambda: audit_log.export_log(session.ctx, session.actor, target),
                done, self._failed)  # fmt: skip
