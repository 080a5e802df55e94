"""Pomoc → Przewodnik użytkownika (F1): the short Polish guide per role, with pictures of the
screens (resources/guide/), opened at the section of the signed-in person's role."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from calcert_desktop.domain.roles import Role
from calcert_desktop.resources import resources_dir
from calcert_desktop.ui.widgets.screen_fit import resize_within_screen

GUIDE_FILE = "przewodnik.html"
GEOMETRY_KEY = "guide/geometry"
# The section of each role, in the order landing.py chooses a person's first role.
SECTIONS = (
    (Role.OFFICE, "biuro"),
    (Role.COMMISSION_CHAIR, "przewodniczacy"),
    (Role.COMMISSION_MEMBER, "czlonek"),
    (Role.EXPERT, "ekspert"),
    (Role.BOARD_MEMBER, "zarzad"),
    (Role.ADMIN, "administrator"),
)


def section_of(roles: frozenset[Role]) -> str:
    """The guide's anchor for someone holding ``roles`` ("" : the beginning)."""
    return next((anchor for role, anchor in SECTIONS if role in roles), "")


class GuideWindow(QWidget):
    """The guide in a window of its own (not modal: the work stays usable beside it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Przewodnik użytkownika — CALcert Desktop"))
        folder = resources_dir() / "guide"
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Przewodnik użytkownika"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(folder / GUIDE_FILE)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            resize_within_screen(self, 760, 900)

    def show_section(self, anchor: str) -> None:
        """Show the window at the section ``anchor`` (the beginning for "")."""
        self.show()
        self.raise_()
        self.activateWindow()
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the system's browser, not this window

    def closeEvent(self, event: object) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]
