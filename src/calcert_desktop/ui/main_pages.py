"""The main window's pages beside Zgłoszenia (Komisja, Rejestr, Osoby, Zarząd, Ustawienia),
built just after the window is first on screen, or when first needed (a person signed in,
a page chosen): their modules and widgets were most of what the window built before it
could be shown (issue 22). Until then the window's stack holds an empty page in each place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from calcert_desktop.ui.main_window import MainWindow
    from calcert_desktop.ui.views.board import BoardView
    from calcert_desktop.ui.views.commission import CommissionView
    from calcert_desktop.ui.views.people import PeopleView
    from calcert_desktop.ui.views.register import RegisterView
    from calcert_desktop.ui.views.settings import SettingsView

# The stack's places of the pages built later, after Zgłoszenia's (index 0), in the order
# of the navigation.
FIRST_LATER = 1


@dataclass(frozen=True)
class Pages:
    """The pages built later, in the navigation's order after Zgłoszenia."""

    commission: CommissionView
    register: RegisterView
    people: PeopleView
    board: BoardView
    settings: SettingsView

    def in_order(self) -> tuple[QWidget, ...]:
        return (self.commission, self.register, self.people, self.board, self.settings)


def hold_places(stack: QStackedWidget, count: int) -> None:
    """An empty page in the stack for each page built later."""
    for _ in range(count):
        stack.addWidget(QWidget())


def build_pages(window: MainWindow) -> Pages:
    """The pages made, wired to ``window`` and put in their places in its stack."""
    from calcert_desktop.ui.views.board import BoardView
    from calcert_desktop.ui.views.commission import CommissionView
    from calcert_desktop.ui.views.people import PeopleView
    from calcert_desktop.ui.views.register import RegisterView
    from calcert_desktop.ui.views.settings import SettingsView

    commission = CommissionView()
    commission.open_requested.connect(window.open_case)
    commission.applications_requested.connect(
        lambda: window.navigation.setCurrentRow(window.stack.indexOf(window.applications))
    )
    commission.dashboard.export_requested.connect(window.export_cases)
    register = RegisterView()
    register.open_case.connect(window.open_case)
    register.verify_requested.connect(window.verify_certificate)
    pages = Pages(commission, register, PeopleView(), BoardView(), SettingsView())
    stack = window.stack
    for index, page in enumerate(pages.in_order(), start=FIRST_LATER):
        place = stack.widget(index)
        stack.insertWidget(index, page)
        stack.removeWidget(place)
        place.deleteLater()
    return pages
