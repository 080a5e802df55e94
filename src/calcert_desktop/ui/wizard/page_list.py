"""The wizard's pages in the order of the flow (``domain/application_flow.py``): the one place
that knows every page class, so the pages and the wizard need not know each other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizardPage

from calcert_desktop.domain import application_flow as flow
from calcert_desktop.ui.wizard.attachments import AttachmentsPage
from calcert_desktop.ui.wizard.pages import (
    EligibilityPage,
    FieldsPage,
    ModelOfWorkPage,
    StandardsPage,
)
from calcert_desktop.ui.wizard.summary import SummaryPage

if TYPE_CHECKING:
    from calcert_desktop.ui.wizard.wizard import ApplicationWizard


def build_pages(owner: ApplicationWizard) -> list[QWizardPage]:
    """Every page of the flow, in order."""
    institution_intro = QCoreApplication.translate(
        "ApplicationWizard",
        "Dane instytucji, jak na papierowym zgłoszeniu. Pola oznaczone * są wymagane.",
    )
    people_intro = QCoreApplication.translate(
        "ApplicationWizard",
        "Osoba zgłaszająca i kierownik instytucji, który podpisuje zgłoszenie.",
    )
    builders = {
        "institution": lambda: FieldsPage(owner, "institution", ("institution.",),
                                          institution_intro),
        "people": lambda: FieldsPage(owner, "people", ("submitter.", "head."), people_intro),
        "eligibility": lambda: EligibilityPage(owner),
        "standards": lambda: StandardsPage(owner),
        "model_of_work": lambda: ModelOfWorkPage(owner),
        "attachments": lambda: AttachmentsPage(owner),
        "summary": lambda: SummaryPage(owner),
    }  # fmt: skip
    return [builders[page.id]() for page in flow.PAGES]
