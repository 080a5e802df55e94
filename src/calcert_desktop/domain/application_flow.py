"""The application-form wizard's flow: its pages as data, their order, and which errors
keep each page from being valid.

The flow lives here, below the GUI, as Electrum keeps ``wizard.py`` apart from its Qt views:
the QWizard pages in ``ui/wizard`` only show and collect, and ask this module whether "Next"
may be pressed and what is still missing before filing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calcert_desktop.domain.declaration import Declaration, missing_for_filing, validate_values
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.forms import FormDefinition

SUMMARY = "summary"


@dataclass(frozen=True)
class Page:
    """One page of the wizard: a stable id, its Polish title, the field paths it owns.

    ``fields`` are dotted path prefixes: ``"institution"`` owns ``institution.name`` and
    ``institution.address.town`` (whole path segments only, so it does not own
    ``institution_x``).
    """

    id: str
    title: str
    fields: tuple[str, ...]

    def owns(self, field: str) -> bool:
        """True when the dotted ``field`` is one of this page's prefixes or lies below one."""
        return any(field == prefix or field.startswith(prefix + ".") for prefix in self.fields)


PAGES: tuple[Page, ...] = (
    Page("institution", "Dane instytucji", ("institution",)),
    Page("people", "Osoba zgłaszająca i kierownik instytucji", ("submitter", "head")),
    Page("eligibility", "Warunki ubiegania się o Certyfikat", ("eligibility",)),
    Page("standards", "Standardy i raport z ich realizacji", ("standards",)),
    Page("model_of_work", "Model pracy", ("model_of_work",)),
    Page("attachments", "Załączniki", ("attachments",)),
    # The form version is set by the program, not typed: a mismatch is shown before filing.
    Page(SUMMARY, "Podsumowanie i podpis", ("signature", "form_version")),
)

PAGE_IDS: tuple[str, ...] = tuple(p.id for p in PAGES)
_BY_ID: dict[str, Page] = {p.id: p for p in PAGES}


def page(page_id: str) -> Page:
    """The page with this id; KeyError for an unknown id (a programming error)."""
    return _BY_ID[page_id]


def next_page(page_id: str) -> str | None:
    """The id of the page after ``page_id``, or ``None`` on the last page."""
    index = PAGE_IDS.index(page(page_id).id)
    return PAGE_IDS[index + 1] if index + 1 < len(PAGE_IDS) else None


def previous_page(page_id: str) -> str | None:
    """The id of the page before ``page_id``, or ``None`` on the first page."""
    index = PAGE_IDS.index(page(page_id).id)
    return PAGE_IDS[index - 1] if index > 0 else None


def page_of(field: str | None) -> str:
    """The id of the page that shows ``field``; the summary for ``None`` or an unknown field."""
    if field:
        for candidate in PAGES:
            if candidate.owns(field):
                return candidate.id
    return SUMMARY


def _all_errors(
    declaration: Declaration, form: FormDefinition, today: date | None
) -> list[ValidationError]:
    """Invalid values first, then missing requirements (the order the filing check uses)."""
    return [
        *validate_values(declaration, form, today=today),
        *missing_for_filing(declaration, form),
    ]


def page_errors(
    declaration: Declaration, form: FormDefinition, page_id: str, *, today: date | None = None
) -> list[ValidationError]:
    """The invalid values and missing requirements shown on one page, in check order.

    ``today`` bounds the signature date (default: the system date).
    """
    wanted = page(page_id).id
    return [e for e in _all_errors(declaration, form, today) if page_of(e.field) == wanted]


def page_is_valid(
    declaration: Declaration, form: FormDefinition, page_id: str, *, today: date | None = None
) -> bool:
    """True when the page has no errors ("Next" is enabled).

    For the summary page this means the whole application may be filed: every other page's
    errors count too.
    """
    if page(page_id).id == SUMMARY:
        return not _all_errors(declaration, form, today)
    return not page_errors(declaration, form, page_id, today=today)


def missing_by_page(
    declaration: Declaration, form: FormDefinition, *, today: date | None = None
) -> dict[str, list[ValidationError]]:
    """What is still missing or wrong before filing, grouped by page in page order.

    Only pages with errors are keys, so an empty dict means the application may be filed.
    """
    grouped: dict[str, list[ValidationError]] = {p.id: [] for p in PAGES}
    for error in _all_errors(declaration, form, today):
        grouped[page_of(error.field)].append(error)
    return {page_id: errors for page_id, errors in grouped.items() if errors}
