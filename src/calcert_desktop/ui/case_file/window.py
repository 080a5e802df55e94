"""The case file window: a header with where the case stands, a bar for the actions, and
one tab per part of the process. Everything is read on the worker in one go, again only
when a write's change set concerns this case (a generated document: its tab alone)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calcert_desktop.services.changes import CASE_KINDS, Changes, Kind
from calcert_desktop.ui.case_file.appeals_tab import AppealsTab
from calcert_desktop.ui.case_file.application_tab import ApplicationTab
from calcert_desktop.ui.case_file.assessment_tab import AssessmentTab
from calcert_desktop.ui.case_file.attachments_tab import AttachmentsTab
from calcert_desktop.ui.case_file.certificate_tab import CertificateTab
from calcert_desktop.ui.case_file.commission_tab import CommissionTab
from calcert_desktop.ui.case_file.common import DASH, pl_date, plain_label
from calcert_desktop.ui.case_file.decisions_tab import DecisionsTab
from calcert_desktop.ui.case_file.documents_tab import DocumentsTab
from calcert_desktop.ui.case_file.history_tab import HistoryTab
from calcert_desktop.ui.case_file.revocation_tab import RevocationTab
from calcert_desktop.ui.case_file.visits_tab import VisitsTab
from calcert_desktop.ui.operations import listen, read_op
from calcert_desktop.ui.views.placeholder import heading_label
from calcert_desktop.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from calcert_desktop.services.views.case_file_model import CaseFile, CaseHeader
    from calcert_desktop.ui.session import Session

GEOMETRY_KEY = "case_file/geometry"
# What the file shows apart from its documents list (which reloads on its own).
FILE_KINDS = tuple(CASE_KINDS - {Kind.DOCUMENTS, Kind.HISTORY})


class CaseFileWindow(QWidget):
    """One case's file, read-only; ``actions_bar`` is left for the action buttons."""

    loaded = Signal()  # every tab shows the freshly read file
    failed = Signal(str)  # reading failed; the Polish message

    def __init__(self, session: Session, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.reference = reference
        self.view: CaseFile | None = None
        self.setWindowTitle(reference)
        self.institution_label = heading_label(reference)  # the institution, once loaded
        self.institution_label.setWordWrap(True)
        self.reference_label = plain_label(reference, wrap=False)
        self.town_label = plain_label(wrap=False)
        self.state_label = plain_label(wrap=False)
        self.since_label = plain_label(wrap=False)
        self.deadline_label = plain_label(wrap=False)
        self.status = plain_label(self.tr("Wczytywanie…"))
        self.package_button = QPushButton(self.tr("Przekaż lub odeślij (&paczka)…"))
        self.package_button.setToolTip(self.tr(
            "W biurze: przekaż tę sprawę na laptop eksperta lub członka Komisji. Na laptopie: "
            "odeślij zapisaną w niej pracę do biura."))  # fmt: skip
        self.package_button.clicked.connect(self._package)
        self.actions_bar = QHBoxLayout()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.application_tab = ApplicationTab()
        self.attachments_tab = AttachmentsTab(session)
        self.commission_tab = CommissionTab()
        self.assessment_tab = AssessmentTab()
        self.visits_tab = VisitsTab(session)
        self.decisions_tab = DecisionsTab()
        self.certificate_tab = CertificateTab(session)
        self.appeals_tab = AppealsTab()
        self.revocation_tab = RevocationTab()
        self.documents_tab = DocumentsTab(session)
        self.history_tab = HistoryTab()
        for tab, title in (
            (self.application_tab, self.tr("&Zgłoszenie")),
            (self.attachments_tab, self.tr("Za&łączniki")),
            (self.commission_tab, self.tr("&Komisja")),
            (self.assessment_tab, self.tr("&Ocena")),
            (self.visits_tab, self.tr("&Wizytacja")),
            (self.decisions_tab, self.tr("&Decyzja")),
            (self.certificate_tab, self.tr("&Certyfikat")),
            (self.appeals_tab, self.tr("Odwoł&ania")),
            (self.revocation_tab, self.tr("Co&fnięcie")),
            (self.documents_tab, self.tr("Dok&umenty")),
            (self.history_tab, self.tr("&Historia")),
        ):
            self.tabs.addTab(tab, title)
        self.tabs.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.institution_label)
        layout.addLayout(self._header())
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self._shortcuts()
        self._restore_geometry()
        listen(self, session, self._changed)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        """A write somewhere: reload what it touched of this case, nothing otherwise."""
        if changes.concerns(*FILE_KINDS, reference=self.reference):
            self.refresh()
        elif changes.concerns(Kind.DOCUMENTS, reference=self.reference):
            self.documents_tab.reload()  # the history shows it at the next full reload

    def _header(self) -> QVBoxLayout:
        """Two lines of what identifies the case and where it stands (one line of five
        pairs and the package button made the window 1,100 pixels wide at least: wider than
        a 1366x768 laptop at 150%)."""
        lines = (
            ((self.tr("Numer sprawy:"), self.reference_label), (self.tr("Stan:"), self.state_label),
             (self.tr("Od:"), self.since_label)),
            ((self.tr("Miejscowość:"), self.town_label),
             (self.tr("Najbliższy termin:"), self.deadline_label)),
        )  # fmt: skip
        header = QVBoxLayout()
        header.setSpacing(2)
        for number, pairs in enumerate(lines):
            line = QHBoxLayout()
            line.setSpacing(6)
            for caption, value in pairs:
                name = QLabel(caption)
                name.setBuddy(value)
                font = value.font()
                font.setBold(True)
                value.setFont(font)
                line.addWidget(name)
                line.addWidget(value)
                line.addSpacing(12)
            line.addStretch(1)
            if number == 0:
                line.addWidget(self.package_button)
            header.addLayout(line)
        return header

    def _package(self) -> None:
        from calcert_desktop.ui.packages import ExportDialog

        dialog = ExportDialog(self.session, [self.reference], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.status.setText(dialog.message))
        dialog.show()

    def _shortcuts(self) -> None:
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            QShortcut(keys, self, self.close)
        QShortcut(QKeySequence("Ctrl+Tab"), self, lambda: self._step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, lambda: self._step_tab(-1))

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def refresh(self) -> None:
        """Read the case again on the worker and refill every tab (after an action, say)."""
        from calcert_desktop.services.views import case_file

        self.status.setText(self.tr("Wczytywanie…"))
        self.status.show()
        ctx, actor, reference = self.session.ctx, self.session.actor, self.reference
        read_op(self.session, self, lambda: case_file.load(ctx, actor, reference),
                self._show, self._fail)  # fmt: skip

    def _show(self, view: CaseFile) -> None:
        self.view = view
        header = view.header
        self.reference = view.reference  # a draft filed meanwhile has its reference now
        self.setWindowTitle(self.tr("{0} — {1}").format(view.reference, view.institution))
        self.institution_label.setText(view.institution or view.reference)
        self.reference_label.setText(view.reference)
        self.town_label.setText(view.town or DASH)
        self.state_label.setText(header.state_label)
        self.since_label.setText(pl_date(header.state_since))
        self.deadline_label.setText(self._deadline_text(header))
        for tab in (self.application_tab, self.attachments_tab, self.commission_tab,
                    self.visits_tab, self.decisions_tab, self.certificate_tab,
                    self.appeals_tab, self.revocation_tab, self.documents_tab,
                    self.history_tab):  # fmt: skip
            tab.show_file(view)
        self.assessment_tab.show_matrix(view.matrix)
        self.tabs.setEnabled(True)
        self.status.hide()
        self.loaded.emit()


    def _deadline_text(self, header: CaseHeader) -> str:
        """The next deadline and, when the case closes by itself, the day it does."""
        text = pl_date(header.next_deadline)
        if header.closes_on is None:
            return text
        closes = pl_date(header.closes_on)
        if header.state == "certified":
            return self.tr("{0} (certyfikat wygaśnie {1})").format(text, closes)
        return self.tr("{0} (bez odwołania decyzja ostateczna {1})").format(text, closes)

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        self.failed.emit(message)
        QMessageBox.warning(self, self.tr("Akta sprawy"), message)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            # 1180x740, or less on a small or scaled screen (a 1366x768 laptop at 150%).
            resize_within_screen(self, 1180, 740)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
