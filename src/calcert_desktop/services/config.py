"""The settings, typed: whole numbers for the process where the regulations are silent
(domain.md; :class:`IntSetting`) and one-line texts for the office's own details
(:data:`TEXT_SETTINGS`, whose rules live in ``domain/office.py``), and reading them: what the
process and the documents consult; changing them is administration (:mod:`admin.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from calcert_desktop.domain.board import DEFAULT_QUORUM
from calcert_desktop.domain.dates import (
    DEFAULT_APPEAL_DAYS,
    DEFAULT_MIN_RESPONSE_DAYS,
    DEFAULT_REMINDER_MONTHS,
    DEFAULT_RESPONSE_DAYS,
)
from calcert_desktop.domain.office import OFFICE_SETTINGS, TextSetting
from calcert_desktop.storage.models import Setting


@dataclass(frozen=True)
class IntSetting:
    """A whole-number setting with its Polish description and allowed range."""

    default: int
    label: str
    low: int
    high: int


SETTINGS: dict[str, IntSetting] = {
    "appeal_days": IntSetting(DEFAULT_APPEAL_DAYS, "dni na odwołanie od doręczenia decyzji", 1, 90),
    "reminder_months": IntSetting(
        DEFAULT_REMINDER_MONTHS, "miesiące przed wygaśnięciem: przypomnienie i odnowienie", 1, 24
    ),
    "response_days": IntSetting(
        DEFAULT_RESPONSE_DAYS, "domyślna liczba dni na odpowiedź na zarzuty", 1, 90
    ),
    # Impartiality (issue 16): the expert who verified the institution does not also decide.
    "visit_expert_votes": IntSetting(
        0,
        "głosowanie eksperta wizytującego (0: członek Komisji, który przeprowadził wizytację, "
        "nie głosuje w tej sprawie; 1: głosuje)",
        0,
        1,
    ),
    # Two at least: one Board member never decides for the Board (domain/board.py).
    "board_quorum": IntSetting(
        DEFAULT_QUORUM, "członkowie Zarządu, którzy muszą głosować nad uchwałą (kworum)", 2, 15
    ),
    # Not below a week (the charges travel by post), not above two months (the default
    # period, at most 90 days, must stay at or above it).
    "min_response_days": IntSetting(
        DEFAULT_MIN_RESPONSE_DAYS, "najkrótszy dopuszczalny termin odpowiedzi na zarzuty", 7, 60
    ),
    # Sign-in (issue 18): a window left alone hides the cases until the password is given.
    "lock_minutes": IntSetting(
        10, "minuty bezczynności, po których okno programu się blokuje (0: nie blokuje)", 0, 240
    ),
    # Personal data (RODO, issue 18): how long what is kept (services/privacy/retention.py).
    "retention_draft_months": IntSetting(
        12, "miesiące bez zmian, po których nieukończony szkic zgłoszenia jest usuwany", 1, 120
    ),
    "retention_closed_years": IntSetting(
        10,
        "lata od zamknięcia sprawy, po których dane osób z jej zgłoszenia (osoby zgłaszającej "
        "i kierownika) są usuwane; dane instytucji i decyzje zostają",
        1,
        50,
    ),
    "retention_views_months": IntSetting(
        24, "miesiące przechowywania rejestru wglądów w dane osobowe", 1, 120
    ),
    # Encryption at rest (issue 18): a plain SQLite installation is encrypted when an
    # administrator opens it, unless the office chose otherwise (a disk BitLocker encrypts).
    "encrypt_at_rest": IntSetting(
        1,
        "szyfrowanie bazy danych w pliku na tym komputerze (1: niezaszyfrowaną bazę program "
        "szyfruje, gdy otworzy ją administrator; 0: nie, np. gdy cały dysk szyfruje BitLocker)",
        0,
        1,
    ),
}


def get_int(session: Session, key: str) -> int:
    """An integer setting, or its default."""
    row = session.get(Setting, key)
    return int(row.value) if row is not None else SETTINGS[key].default


# The text settings: the office's details (the signers are read by ``services/office.py``).
TEXT_SETTINGS: dict[str, TextSetting] = OFFICE_SETTINGS


def get_text(session: Session, key: str) -> str:
    """A text setting, or its default."""
    row = session.get(Setting, key)
    return row.value if row is not None else TEXT_SETTINGS[key].default


def response_days(session: Session) -> int:
    """The days the charges give for an answer by default: the setting, never below the
    shortest period (a database whose period was set before the minimum existed)."""
    return max(get_int(session, "response_days"), get_int(session, "min_response_days"))
