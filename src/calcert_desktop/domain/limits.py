"""Every bound on what a user hands us, in one place: file sizes, counts, lengths, dates.

The form definition (``forms/zgloszenie/vN.json``) bounds the lengths of the fields it
describes (``max_length``, ``long_text_max_length``, ``file_name_max_length``); everything
else is bounded here. Each refusal shows the limit, so the user knows what would pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# --- files and their JSON -------------------------------------------------------------------

# A declaration with nine 20,000-character descriptions is well under 1 MB even escaped.
MAX_JSON_FILE_BYTES = 4 * 1024 * 1024
# A declaration nests four levels ({} > standards > S1 > evidence []); room to spare.
MAX_JSON_DEPTH = 16
# Characters of one number literal: enough for any size in bytes, never a 5,000-digit int.
MAX_NUMBER_CHARS = 20

# An attachment: a scanned statute or report fits; 25 MB is also what e-mail gateways pass.
MAX_ATTACHMENT_MB = 25
# A file name in bytes of UTF-8: what NTFS and ext4 allow for one path component.
MAX_FILE_NAME_BYTES = 255

# --- texts --------------------------------------------------------------------------------

# Hard caps on any text of a declaration, checked before its structure: far above the
# form's own limits (300 characters for a name, 20,000 for a description), so a draft typed
# a little too long still saves and the wizard shows the form's limit on its page.
MAX_ONE_LINE_CHARS = 2000
MAX_MULTI_LINE_CHARS = 100_000
# A key of a JSON object (a standard's or a condition's code).
MAX_KEY_CHARS = 40
# The text of an action's parameter (reasons, charges, grounds, findings, comments).
MAX_ACTION_TEXT_CHARS = 20000
# The reason of a change to a filed application: one line in the case's history.
MAX_CHANGE_REASON_CHARS = 500

# --- counts in a declaration ------------------------------------------------------------

MAX_ATTACHMENTS = 100
MAX_EVIDENCE_PER_STANDARD = 50
MAX_FIELDS_OF_ACTIVITY = 30
MAX_STANDARDS = 30
MAX_ELIGIBILITY_ANSWERS = 30

# How many entries each list or object of a declaration may hold, by its dotted path
# (``*`` stands for one key, e.g. a standard's code).
DECLARATION_COUNTS: dict[str, int] = {
    "attachments": MAX_ATTACHMENTS,
    "standards": MAX_STANDARDS,
    "standards.*.evidence": MAX_EVIDENCE_PER_STANDARD,
    "eligibility": MAX_ELIGIBILITY_ANSWERS,
    "model_of_work.fields": MAX_FIELDS_OF_ACTIVITY,
}
# Any other list or object (there are none today; a future form version may add some).
MAX_OTHER_ENTRIES = 50

# --- dates --------------------------------------------------------------------------------

EARLIEST_DATE = date(2000, 1, 1)  # the CAL certificate is younger; earlier means a typo


@dataclass(frozen=True)
class DateWindow:
    """Where a date of one kind may fall.

    ``earliest`` is absolute (``None``: no bound of its own); ``years_ahead`` counts from
    the reference day (today for a signature or an act, the act's date for a deadline):
    0 means not after it.
    """

    earliest: date | None
    years_ahead: int


# One row per kind of date; the keys are the fields' names.
DATE_WINDOWS: dict[str, DateWindow] = {
    "signature.date": DateWindow(EARLIEST_DATE, 0),  # signed in the past, not before 2000
    "date": DateWindow(EARLIEST_DATE, 0),  # the date of an act (and of receipt, --received)
    "due_on": DateWindow(None, 1),  # completing a declaration: weeks, never years
    "response_due": DateWindow(None, 1),  # the institution's answer to charges
    "visit_on": DateWindow(None, 2),  # a planned site visit
}

# --- the office's own details (settings) -----------------------------------------------------

# The body's full name: the regulations' name is 41 characters; 200 still fits the letterhead
# in full and the certificate (which sets it smaller when it is long).
MAX_OFFICE_NAME_CHARS = 200
# One line of the office's address, its e-mail or website.
MAX_OFFICE_LINE_CHARS = 120
# The place on the letters' place-and-date line ("Warszawa").
MAX_PLACE_CHARS = 60
# A signer's full name, and a function in the signer's own words.
MAX_SIGNER_NAME_CHARS = 120
MAX_FUNCTION_CHARS = 150
