"""Ustawienia → Dane osobowe (RODO): everything held about a person saved for them (PDF or
JSON), their data erased where the law allows (the plan shown first), what is past its
retention period purged (tried first), and who viewed which case's personal data.

An administrator's tool (the services refuse anyone else; here the controls are off and a
note says why). Every step runs on the worker; the window stays live.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.domain.roles import Role
from calcert_desktop.services.privacy import erasure, export, retention, views
from calcert_desktop.services.privacy.subjects import Subject
from calcert_desktop.ui.case_file.common import pl_date, plain_label
from calcert_desktop.ui.list_model import Index, ListTableModel
from calcert_desktop.ui.operations import read_op, write_op

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session


class ViewsModel(ListTableModel):
    """The recorded views of personal data, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_headers([self.tr("Kiedy (UTC)"), self.tr("Kto"), self.tr("Numer sprawy"),
                          self.tr("Jak")])  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        view: views.View = self.item(index.row())
        return (f"{view.at:%Y-%m-%d %H:%M}", view.login, view.reference or "—",
                view.what)[index.column()]  # fmt: skip


class PrivacyEditor(QWidget):
    """A person's data exported or erased, the retention purge, the log of views."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Login konta"), "login")
        self.kind.addItem(self.tr("E-mail osoby ze zgłoszenia"), "email")
        self.kind.addItem(self.tr("Imię i nazwisko osoby ze zgłoszenia"), "name")
        self.kind.setAccessibleName(self.tr("Jak wskazać osobę"))
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Osoba"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.export_pdf = QPushButton(self.tr("Wykaz danych (&PDF)…"))
        self.export_json = QPushButton(self.tr("Wykaz danych (&JSON)…"))
        self.erase_button = QPushButton(self.tr("&Usuń dane osoby…"))
        self.export_pdf.clicked.connect(lambda: self.ask_export(".pdf"))
        self.export_json.clicked.connect(lambda: self.ask_export(".json"))
        self.erase_button.clicked.connect(self.plan_erasure)
        self.person_result = QPlainTextEdit()
        self.person_result.setReadOnly(True)
        self.person_result.setMaximumHeight(80)
        self.person_result.setAccessibleName(self.tr("Wynik dla osoby"))
        person = QGroupBox(self.tr("Osoba"))
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.who, 1)
        buttons = QHBoxLayout()
        for button in (self.export_pdf, self.export_json, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(person)
        about = plain_label(self.tr(
            "Wykaz zawiera wszystko, co program przechowuje o osobie, i kto oglądał te dane. "
            "Usunięcie zastępuje dane osoby słowem „[usunięto]” w sprawach i w dzienniku "
            "zmian (który nadal się weryfikuje) — tylko gdy prawo na to pozwala: sprawy osoby "
            "są zamknięte, konto jest nieaktywne. Decyzje i wysłane pisma zostają."
        ))  # fmt: skip
        about.setWordWrap(True)
        box.addWidget(about)
        box.addLayout(row)
        box.addLayout(buttons)
        box.addWidget(self.person_result)

        self.plan_button = QPushButton(self.tr("&Sprawdź, co zostałoby usunięte"))
        self.purge_button = QPushButton(self.tr("Usuń &teraz…"))
        self.plan_button.clicked.connect(self.plan_purge)
        self.purge_button.clicked.connect(self.ask_purge)
        self.purge_button.setEnabled(False)
        self.purge_result = QPlainTextEdit()
        self.purge_result.setReadOnly(True)
        self.purge_result.setMaximumHeight(80)
        self.purge_result.setAccessibleName(self.tr("Co zostałoby usunięte"))
        kept = QGroupBox(self.tr("Okresy przechowywania"))
        kept_box = QVBoxLayout(kept)
        periods = plain_label(self.tr(
            "Szkice nigdy niezłożone, dane osób ze zgłoszeń dawno zamkniętych spraw i stare "
            "wpisy rejestru wglądów są usuwane po okresach ustawionych przez biuro "
            "(calcert settings: retention_draft_months, retention_closed_years, "
            "retention_views_months)."
        ))  # fmt: skip
        periods.setWordWrap(True)
        kept_box.addWidget(periods)
        purge_buttons = QHBoxLayout()
        purge_buttons.addWidget(self.plan_button)
        purge_buttons.addWidget(self.purge_button)
        purge_buttons.addStretch(1)
        kept_box.addLayout(purge_buttons)
        kept_box.addWidget(self.purge_result)

        self.views_case = QLineEdit()
        self.views_case.setPlaceholderText(self.tr("numer sprawy"))
        self.views_case.setAccessibleName(self.tr("Numer sprawy"))
        self.views_login = QLineEdit()
        self.views_login.setPlaceholderText(self.tr("login osoby"))
        self.views_login.setAccessibleName(self.tr("Login osoby"))
        self.views_button = QPushButton(self.tr("P&okaż wglądy"))
        self.views_button.clicked.connect(self.show_views)
        self.views_model = ViewsModel(self)
        self.views_table = QTableView()
        self.views_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.views_table.setModel(self.views_model)
        self.views_table.verticalHeader().hide()
        self.views_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.views_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.views_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.views_table.horizontalHeader().setStretchLastSection(True)
        seen = QGroupBox(self.tr("Kto oglądał dane osobowe"))
        seen_box = QVBoxLayout(seen)
        filters = QHBoxLayout()
        filters.addWidget(self.views_case)
        filters.addWidget(self.views_login)
        filters.addWidget(self.views_button)
        seen_box.addLayout(filters)
        seen_box.addWidget(self.views_table, 1)

        self.read_only_note = plain_label(self.tr("Danymi osobowymi zarządza administrator."))
        layout = QVBoxLayout(self)
        layout.addWidget(person)
        layout.addWidget(kept)
        layout.addWidget(seen, 1)
        layout.addWidget(self.read_only_note)
        self.controls = [self.kind, self.who, self.export_pdf, self.export_json,
                         self.erase_button, self.plan_button, self.views_case,
                         self.views_login, self.views_button]  # fmt: skip
        self._kind_changed()
        self.attach(session)

    def _kind_changed(self) -> None:
        examples = {"login": self.tr("np. jnowak"), "email": self.tr("np. k.nowak@gops.pl"),
                    "name": self.tr("np. Katarzyna Nowak")}  # fmt: skip
        self.who.setPlaceholderText(examples[self.kind.currentData()])

    def attach(self, session: Session) -> None:
        """For ``session``'s person: the controls for administrators only."""
        self.session = session
        admin = Role.ADMIN in session.actor.roles
        for control in self.controls:
            control.setEnabled(admin)
        self.purge_button.setEnabled(False)
        self.read_only_note.setVisible(not admin)
        self.person_result.clear()
        self.purge_result.clear()
        self.views_model.set_rows([])

    # --- a person ------------------------------------------------------------------------

    def subject(self) -> Subject | None:
        """The person as given (None, with the reason shown, when not)."""
        kind, text = self.kind.currentData(), self.who.text()
        try:
            return Subject.of(*(text if kind == k else None for k in ("login", "email", "name")))
        except Exception as error:
            self.person_result.setPlainText(str(error))
            return None

    def ask_export(self, suffix: str) -> None:
        """Ask where to save the person's data, then write it."""
        if self.subject() is None:
            return
        kinds = self.tr("Dokument PDF (*.pdf)") if suffix == ".pdf" else self.tr("JSON (*.json)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz wykaz danych osoby"), str(Path.home() / f"dane-osoby{suffix}"),
            kinds,
        )  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        subject = self.subject()
        if subject is None:
            return
        session = self.session
        self.person_result.setPlainText(self.tr("Zbieram dane osoby…"))
        read_op(session, self, lambda: export.write(session.ctx, session.actor, subject, target),
                lambda path: self.person_result.setPlainText(
                    self.tr("Zapisano wykaz danych osoby: %1").replace("%1", str(path))),
                self.person_result.setPlainText)  # fmt: skip

    def _plan_text(self, plan: erasure.ErasurePlan) -> str:
        lines = []
        if plan.account:
            lines.append(self.tr("Konto: %1 — imię i nazwisko zostanie zastąpione, hasło "
                                 "usunięte.").replace("%1", plan.account))  # fmt: skip
        for found in plan.cases:
            state = self.tr("zamknięta") if found.closed else self.tr("w toku")
            lines.append(f"{found.reference} ({found.institution}; {found.state}, {state}): "
                         f"{', '.join(found.roles)}")  # fmt: skip
        lines += plan.refusals
        return "\n".join(lines)

    def plan_erasure(self) -> None:
        """Show what the erasure would reach; if the law allows it, ask, then erase."""
        subject = self.subject()
        if subject is None:
            return
        session = self.session

        def planned(plan: erasure.ErasurePlan) -> None:
            text = self._plan_text(plan)
            self.person_result.setPlainText(text)
            if not plan.allowed:
                return
            answer = QMessageBox.question(
                self, self.tr("Usunięcie danych osoby"),
                self.tr("Usunąć dane osoby (%1)? Tego nie można cofnąć.\n\n%2")
                .replace("%1", subject.shown()).replace("%2", text),
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Yes:
                write_op(session, self, lambda: erasure.erase(session.ctx, session.actor, subject),
                         lambda done: self.person_result.setPlainText(str(done)),
                         self.person_result.setPlainText)  # fmt: skip

        read_op(session, self, lambda: erasure.plan_erasure(session.ctx, session.actor, subject),
                planned, self.person_result.setPlainText)  # fmt: skip

    # --- retention -----------------------------------------------------------------------

    def plan_purge(self) -> None:
        """What a purge would remove today (nothing written)."""
        session = self.session
        self.purge_button.setEnabled(False)
        read_op(session, self, lambda: retention.plan(session.ctx, session.actor),
                self._planned, self.purge_result.setPlainText)  # fmt: skip

    def _planned(self, plan: retention.RetentionPlan) -> None:
        lines = [
            self.tr("Szkice bez zmian dłużej niż %1 mies.: %2").replace(
                "%1", str(plan.draft_months)).replace("%2", str(len(plan.drafts))),
            *(f"  {d.reference} {d.institution} ({pl_date(d.since)})" for d in plan.drafts),
            self.tr("Sprawy zamknięte ponad %1 lat temu, z danymi osób: %2").replace(
                "%1", str(plan.closed_years)).replace("%2", str(len(plan.closed))),
            *(f"  {d.reference} {d.institution} ({pl_date(d.since)})" for d in plan.closed),
            self.tr("Wpisy rejestru wglądów starsze niż %1 mies.: %2").replace(
                "%1", str(plan.view_months)).replace("%2", str(plan.views)),
        ]  # fmt: skip
        self.purge_result.setPlainText("\n".join(lines))
        self.purge_button.setEnabled(not plan.empty)

    def ask_purge(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Okresy przechowywania"),
            self.tr("Usunąć teraz to, czego okres przechowywania minął? Tego nie można "
                    "cofnąć."),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        session = self.session
        self.purge_button.setEnabled(False)
        write_op(session, self, lambda: retention.purge(session.ctx, session.actor),
                 lambda done: self.purge_result.setPlainText(str(done)),
                 self.purge_result.setPlainText)  # fmt: skip

    # --- views ---------------------------------------------------------------------------

    def show_views(self) -> None:
        """The latest views, of one case or by one person when given."""
        session = self.session
        case, login = self.views_case.text().strip(), self.views_login.text().strip()
        read_op(session, self,
                lambda: views.list_views(session.ctx, session.actor, reference=case or None,
                                         login=login or None),
                self._show_views, lambda message: QMessageBox.warning(
                    self, self.tr("Kto oglądał dane osobowe"), message))  # fmt: skip

    def _show_views(self, found: list[views.View]) -> None:
        self.views_model.set_rows(found)
