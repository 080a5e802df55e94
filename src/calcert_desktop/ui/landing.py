"""Where a person lands after signing in: on their own work (issue 20, point 1). The office
on the applications, the Commission's chair on what is due, a member on the cases assigned
to them, an expert on their visits, the Board on its resolutions, an administrator on the
people. A person with several roles lands on the first of them in that order."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from calcert_desktop.domain.roles import Role


class View(StrEnum):
    """The main window's views, in the order of its navigation list."""

    APPLICATIONS = "applications"
    COMMISSION = "commission"
    REGISTER = "register"
    PEOPLE = "people"
    BOARD = "board"
    SETTINGS = "settings"


CASES_TAB, OVERVIEW_TAB = 0, 1  # the Commission view's tabs


@dataclass(frozen=True)
class Landing:
    """The view to show, and in the Commission's view its tab and whether the list shows
    only the cases assigned to the person."""

    view: View
    tab: int = CASES_TAB
    mine: bool = False


def landing_of(roles: frozenset[Role]) -> Landing:
    """Where someone holding ``roles`` starts."""
    if Role.OFFICE in roles:
        return Landing(View.APPLICATIONS)
    if Role.COMMISSION_CHAIR in roles:
        return Landing(View.COMMISSION, OVERVIEW_TAB)
    if Role.COMMISSION_MEMBER in roles:
        return Landing(View.COMMISSION, CASES_TAB, mine=True)
    if Role.EXPERT in roles:  # the services show an expert only the cases of their visits
        return Landing(View.COMMISSION, CASES_TAB)
    if Role.BOARD_MEMBER in roles:
        return Landing(View.BOARD)
    if Role.ADMIN in roles:
        return Landing(View.PEOPLE)
    return Landing(View.APPLICATIONS)
