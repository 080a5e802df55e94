"""The four letters the process lacked: the acknowledgement of receipt, the request to
complete, the notice of discontinuance and the renewal reminder. Their text as pypdf reads
it (Polish dates, the case number, the deadline, what follows), no gendered "(-a)" slot,
only our fonts, and the extreme examples kept inside the page."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from calcert_desktop.documents import (
    acknowledgement,
    completion_request,
    discontinuation,
    letter,
    letter_wordings,
    renewal_reminder,
)
from calcert_desktop.domain.office import DEFAULT_OFFICE
from calcert_desktop.services.documents import generate, notices, reminders
from documents.test_letters import flat, line_starts, only_dejavu, text_of

MODULES = (acknowledgement, completion_request, discontinuation, renewal_reminder)
NEW_KINDS = [module.KIND for module in MODULES]


@pytest.mark.parametrize("module", MODULES, ids=NEW_KINDS)
def test_each_letter_is_an_editable_letter_with_its_sample(module):
    assert letter_wordings.LETTERS[module.KIND].wording is module.WORDING
    pdf = letter_wordings.render_sample(module.KIND, dict(module.TEMPLATES))
    text = flat(text_of(pdf))
    assert DEFAULT_OFFICE.name in text
    assert module.TEMPLATES["title"] in text and module.TEMPLATES["signed_for"] in text
    for slot in ("(-a)", "(a)", "(-y)", "(ka)"):
        assert slot not in text
    only_dejavu(pdf)


def test_request_to_complete_says_what_and_by_when_and_what_follows():
    data = completion_request.sample()
    words = flat(text_of(completion_request.render(data)))
    assert "Wezwanie do uzupełnienia zgłoszenia" in words
    assert "Dotyczy: sprawa CAL/2025/0042" in words and "Warszawa, 10 marca 2025 r." in words
    assert "które wpłynęło w dniu 3 marca 2025 r. od instytucji Stowarzyszenie „Razem dla " \
        "Łącka”" in words  # fmt: skip
    assert "– raport ilustrujący realizację standardów" in words
    assert "w terminie do dnia 31 marca 2025 r., podając numer sprawy CAL/2025/0042." in words
    assert "pozostanie bez rozpatrzenia" in words and "Ewa Zalewska" in words
    assert "Biuro Certyfikatu Jakości CAL" in words


def test_acknowledgement_names_the_case_number_the_next_steps_and_the_contact():
    data = acknowledgement.sample()
    words = flat(text_of(acknowledgement.render(data)))
    assert "Potwierdzenie przyjęcia zgłoszenia" in words
    assert "w dniu 3 marca 2025 r. wpłynęło zgłoszenie" in words
    assert "nadano mu numer sprawy CAL/2025/0042." in words
    assert "Dalszy tok sprawy" in words and "wizytacji eksperta CAL" in words
    assert "Osoba do kontaktu: Ewa Zalewska." in words
    unknown = flat(text_of(acknowledgement.render(replace(data, contact_person=""))))
    assert "Osoba do kontaktu" not in unknown and "podając numer sprawy CAL/2025/0042." in unknown


def test_discontinuation_keeps_the_certificate_valid_with_the_reasons():
    data = discontinuation.sample()
    words = flat(text_of(discontinuation.render(data)))
    assert "Zawiadomienie o umorzeniu postępowania w sprawie odebrania certyfikatu" in words
    assert "w dniu 15 lutego 2025 r. postanowiła umorzyć postępowanie" in words
    assert "wszczęte w dniu 10 stycznia 2025 r., w którym w dniu 15 stycznia 2025 r. " \
        "sformułowano zarzuty na piśmie." in words  # fmt: skip
    assert "Certyfikat nr CJ-012/2023 pozostaje ważny do dnia 14 kwietnia 2028 r." in words
    assert "praca środowiskowa trwa (standard S5)" in words and "Komisja Certyfikacyjna" in words
    assert "Pouczenie" not in words  # nothing to appeal: the institution keeps its certificate
    before = flat(text_of(discontinuation.render(replace(data, charged_on=None))))
    assert "wszczęte w dniu 10 stycznia 2025 r.. " not in before
    assert "wszczęte w dniu 10 stycznia 2025 r. Certyfikat" in before


def test_renewal_reminder_names_the_last_day_and_how_to_renew():
    words = flat(text_of(renewal_reminder.render(renewal_reminder.sample())))
    assert "Przypomnienie o upływie ważności certyfikatu" in words
    assert "Warszawa, 15 grudnia 2025 r." in words
    assert "nr CJ-004/2021, wydany instytucji Miejski Ośrodek Pomocy Społecznej w Żaganiu " \
        "w dniu 14 czerwca 2021 r., jest ważny do dnia 13 czerwca 2026 r." in words  # fmt: skip
    assert "Możliwość odnowienia certyfikatu" in words
    assert "numer dotychczasowej sprawy CAL/2021/0008" in words


EXTREMES = {
    acknowledgement.KIND: notices.extreme_acknowledgement,
    completion_request.KIND: notices.extreme_completion_request,
    discontinuation.KIND: notices.extreme_discontinuation,
    renewal_reminder.KIND: reminders.extreme_reminder,
}


@pytest.mark.parametrize("kind", NEW_KINDS)
def test_extreme_examples_stay_inside_the_page(kind):
    pdf = generate.kinds()[kind].extreme()
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    text = text_of(pdf)
    assert f"Strona {pages} z {pages}" in text
    assert "Oddział Terenowy w Końskich" in flat(text)
    only_dejavu(pdf)
    for page in reader.pages:
        width = float(page.mediabox.width)
        starts = line_starts(page)
        assert starts and all(0 < x < width for x in starts)
    assert EXTREMES[kind]().reference in flat(text)


def test_the_long_request_runs_over_pages_and_keeps_every_item():
    pdf = completion_request.render(notices.extreme_completion_request())
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    words = flat(text_of(pdf))
    for number in range(1, 10):
        assert f"– standard S{number}:" in words
    assert "6 listopada 2026 r." in words


def test_new_placeholders_are_described_for_the_editor():
    for name in ("received_on", "requested_on", "due_on", "contact_person", "issued_on",
                 "valid_until"):  # fmt: skip
        assert letter.PLACEHOLDERS[name]
    rules = letter_wordings.wording(completion_request.KIND)
    assert rules.allowed("deadline")["due_on"] == "ostatni dzień na uzupełnienie zgłoszenia"
