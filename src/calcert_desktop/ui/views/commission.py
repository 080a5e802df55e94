"""The Commission's workspace: every case (the dashboard) and what needs action now (the
overview), as two tabs of one view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from calcert_desktop.services.changes import Changes, Kind
from calcert_desktop.ui.operations import listen
from calcert_desktop.ui.views.dashboard import DashboardView
from calcert_desktop.ui.views.overview import OverviewView
from calcert_desktop.ui.views.statistics_view import StatisticsView

if TYPE_CHECKING:
    from calcert_desktop.ui.session import Session


# What each tab shows, by index: the list of cases; the deadlines, counts and charts; the
# yearly statistics.
TAB_KINDS: tuple[tuple[Kind, ...], ...] = (
    (Kind.CASES, Kind.DRAFTS, Kind.APPLICATION, Kind.COMMISSION),
    (Kind.CASES, Kind.DECISIONS, Kind.CERTIFICATES, Kind.REVOCATIONS, Kind.SETTINGS),
    (Kind.CASES, Kind.DECISIONS, Kind.CERTIFICATES, Kind.REVOCATIONS, Kind.APPEALS),
)
STATISTICS_TAB = 2


class CommissionView(QWidget):
    """Cases, overview and the yearly statistics (for those who may read them); the first
    two ask for a case file by its reference."""

    open_requested = Signal(str)
    # The empty case list's "Przejdź do Zgłoszeń": the main window shows the applications.
    applications_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard = DashboardView()
        self.overview = OverviewView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, self.tr("&Sprawy"))
        self.tabs.addTab(self.overview, self.tr("&Przegląd"))
        self.statistics = StatisticsView()
        self.tabs.addTab(self.statistics, self.tr("S&tatystyka"))
        self.tabs.currentChanged.connect(self._shown)
        self.dashboard.open_requested.connect(self.open_requested)
        self.overview.open_requested.connect(self.open_requested)
        self.dashboard.applications_requested.connect(self.applications_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # by tab index
        self._reloads = (self.dashboard.refresh, self.overview.refresh, self.statistics.mark_stale)
        self._stale: set[int] = set()
        self._session: Session | None = None

    def attach(self, session: Session) -> None:
        """Show the data of ``session``'s folder, as its person sees it."""
        self._session = session
        listen(self, session, self._changed)
        tabs = [self.dashboard.attach, self.overview.attach]
        if self.tabs.currentWidget() is self.overview:  # the tab on screen loads first
            tabs.reverse()
        for attach in tabs:
            attach(session)
        from calcert_desktop.services.access import reads_statistics

        allowed = reads_statistics(session.actor)
        if not allowed and self.tabs.currentIndex() == STATISTICS_TAB:
            self.tabs.setCurrentIndex(0)
        self.tabs.setTabVisible(STATISTICS_TAB, allowed)
        self.statistics.attach(session)  # read when first shown
        self._stale.clear()

    def _changed(self, changes: Changes) -> None:
        """A write changed what a tab shows: the visible tab reloads now, the other when
        shown."""
        stale = {i for i, kinds in enumerate(TAB_KINDS) if changes.concerns(*kinds)}
        if self._session is None or not stale:
            return
        self._stale |= stale
        self._shown(self.tabs.currentIndex())

    def _shown(self, index: int) -> None:
        if self._session is not None and index in self._stale:
            self._stale.discard(index)
            self._reloads[index]()
