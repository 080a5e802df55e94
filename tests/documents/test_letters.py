"""The four letters: their text as pypdf extracts it (Polish letters, the case's number,
Polish dates, the reasons, the deadlines), only our fonts embedded, layout holding with
extreme data, refusal of cases without such a decision, and ``calcert pdf`` over them."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from calcert_desktop.documents import (
    appeal_decision,
    charges_letter,
    letter,
    refusal_letter,
    revocation_decision,
)
from calcert_desktop.domain.errors import ValidationError
from calcert_desktop.domain.signature_slots import Signature
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.documents import generate, letters
from case_scenarios import revoked_case
from documents.test_foundation import fonts_of
from pdf_words import joined

ADDRESS = ("ul. Źródlana 7", "33-390 Łącko")
INSTITUTION = "Gminny Ośrodek Pomocy Społecznej w Łącku"


def text_of(pdf: bytes) -> str:
    """The whole text, no-break spaces read as spaces, lines joined by newlines."""
    reader = PdfReader(io.BytesIO(pdf))
    return joined("\n".join(page.extract_text() for page in reader.pages)).replace("\xa0", " ")


def flat(text: str) -> str:
    """The text with line breaks as spaces (a sentence may wrap anywhere)."""
    return " ".join(text.split())


def line_starts(page) -> list[float]:
    """Where each run of text starts on the page (x, in points)."""
    starts: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            starts.append(tm[4] * cm[0] + cm[4])

    page.extract_text(visitor_text=visit)
    return starts


def only_dejavu(pdf: bytes) -> None:
    used = fonts_of(PdfReader(io.BytesIO(pdf)))
    assert used and all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used


def test_polish_dates_and_one_dot_after_them():
    assert letter.polish_date(date(2025, 3, 14), unbreakable=False) == "14 marca 2025 r."
    assert letter.polish_date(date(2024, 12, 1)) == "1\u00a0grudnia 2024\u00a0r."
    assert letter.fill("do dnia {d}.", {"d": "3 maja 2025 r."}) == "do dnia 3 maja 2025 r."
    assert letter.fill("{name}", {"name": "Koło {x}"}) == "Koło {x}"


def test_refusal_letter_with_reasons_per_standard_and_the_appeal_deadline():
    reasons = (
        "Komisja Certyfikacyjna stwierdziła, że instytucja nie spełnia standardów:\n\n"
        "4. Diagnoza (S4) – nie spełnia:\n– Diagnoza sprzed pięciu lat, źle udokumentowana.\n\n"
        "9. Ewaluacja (S9) – spełnia częściowo:\n– Wizytacja: brak sprawozdań z ewaluacji."
    )
    data = refusal_letter.RefusalData(
        reference="CAL/2025/0042", institution=INSTITUTION, address_lines=ADDRESS,
        decided_on=date(2025, 3, 14), reasons=reasons, appeal_days=14,
        delivered_on=date(2025, 3, 18),
        signatures=(Signature("Barbara Łukaszewicz", "Przewodnicząca Komisji Certyfikacyjnej"),),
    )  # fmt: skip
    pdf = refusal_letter.render(data)
    text = text_of(pdf)
    words = flat(text)
    for expected in ("Centrum Wspierania Aktywności Lokalnej CAL", "Komisja Certyfikacyjna",
                     "Warszawa, 14 marca 2025 r.", INSTITUTION, *ADDRESS,
                     "Dotyczy: sprawa CAL/2025/0042", "Odmowa przyznania certyfikatu",
                     "Rozstrzygnięcie", "Uzasadnienie", "Pouczenie",
                     "4. Diagnoza (S4) – nie spełnia:", "Diagnoza sprzed pięciu lat",
                     "Wizytacja: brak sprawozdań z ewaluacji", "Barbara Łukaszewicz",
                     "Przewodnicząca Komisji Certyfikacyjnej", "Strona 1 z 1"):  # fmt: skip
        assert expected in words, expected
    assert f"złożonego przez instytucję {INSTITUTION} (sprawa CAL/2025/0042)" in words
    assert "przez:" not in words
    assert (
        "odwołanie do Zarządu Centrum Wspierania Aktywności Lokalnej CAL w terminie 14 dni"
        in words
    )
    assert "Komisja Certyfikacyjna Centrum Wspierania Aktywności Lokalnej CAL, po" in words
    # 14 days from delivery on 18 March: the last day is 1 April, written once with one dot.
    assert "Decyzję doręczono 18 marca 2025 r., zatem ostatnim dniem" in words
    assert "jest 1 kwietnia 2025 r. Odwołanie wnosi się na piśmie" in words
    assert "r.." not in words
    assert "za pośrednictwem biura Centrum Wspierania Aktywności Lokalnej CAL," in words
    only_dejavu(pdf)
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info.title == "Odmowa przyznania certyfikatu – CAL/2025/0042"


def test_refusal_before_delivery_names_no_last_day():
    data = refusal_letter.RefusalData(
        reference="CAL/2025/0042", institution=INSTITUTION, address_lines=ADDRESS,
        decided_on=date(2025, 3, 14), reasons="Brak dowodów.", appeal_days=1,
    )  # fmt: skip
    words = flat(text_of(refusal_letter.render(data)))
    assert "w terminie 1 dzień od dnia jej doręczenia. Odwołanie" in words
    assert "ostatnim dniem" not in words


def test_charges_revocation_and_appeal_letters():
    charges = charges_letter.ChargesData(
        reference="CAL/2023/0007", institution=INSTITUTION, address_lines=ADDRESS,
        certificate="CJ-003/2023", opened_on=date(2025, 1, 10), charged_on=date(2025, 1, 15),
        charges="Zaprzestano pracy środowiskowej (S5).", response_due=date(2025, 2, 10),
    )  # fmt: skip
    words = flat(text_of(charges_letter.render(charges)))
    assert f"wydanego instytucji {INSTITUTION}." in words
    assert "Zarzuty na piśmie" in words and "Zaprzestano pracy środowiskowej (S5)." in words
    assert "Warszawa, 15 stycznia 2025 r." in words and "nr CJ-003/2023" in words
    assert "w terminie do dnia 10 lutego 2025 r. Odpowiedź" in words

    revocation = revocation_decision.RevocationData(
        reference="CAL/2023/0007", institution=INSTITUTION, address_lines=ADDRESS,
        certificate="CJ-003/2023", decided_on=date(2025, 2, 15),
        reasons="Odpowiedź nie usuwa naruszenia S5.", appeal_days=21,
        charged_on=date(2025, 1, 15), delivered_on=date(2025, 2, 20),
    )  # fmt: skip
    words = flat(text_of(revocation_decision.render(revocation)))
    assert "Decyzja o odebraniu certyfikatu" in words
    assert "na piśmie w dniu 15 stycznia 2025 r., postanowiła w dniu 15 lutego 2025 r." in words
    assert "Odpowiedź nie usuwa naruszenia S5." in words and "w terminie 21 dni" in words
    assert "jest 13 marca 2025 r." in words  # 20 February + 21 days
    # It takes effect when it becomes final (an appeal may still overturn it), and the
    # institution's name follows its noun without a stray colon.
    assert "Z dniem, w którym decyzja stanie się ostateczna, instytucja traci prawo" in words
    assert "Z tym dniem" not in words and f"odebrać instytucji {INSTITUTION} Certyfikat" in words

    appeal = appeal_decision.AppealDecisionData(
        reference="CAL/2023/0007", institution=INSTITUTION, address_lines=ADDRESS,
        outcome="overturned", against="revoke", against_on=date(2025, 2, 15),
        appeal_received_on=date(2025, 2, 25), decided_on=date(2025, 3, 5),
        reasons="Komisja pominęła dowody.", certificate="CJ-003/2023",
        signatures=(Signature("Jerzy Będkowski", "Prezes Zarządu"),),
    )  # fmt: skip
    text = text_of(appeal_decision.render(appeal))
    words = flat(text)
    assert "Rozstrzygnięcie odwołania przez Zarząd" in words and "Zarząd\n" in text
    assert "uchyla tę decyzję" in words and "Certyfikat nr CJ-003/2023 pozostaje ważny." in words
    assert "Zarząd Centrum Wspierania Aktywności Lokalnej CAL, po rozpatrzeniu" in words
    assert "Jerzy Będkowski Prezes Zarządu" in words
    assert "o odebraniu Certyfikatu" in words and "Komisja pominęła dowody." in words
    upheld = appeal_decision.render(
        replace(appeal, outcome="upheld", against="refuse")
    )
    words = flat(text_of(upheld))
    assert "utrzymuje tę decyzję w mocy" in words and "Odmowa przyznania certyfikatu jest" in words


@pytest.mark.parametrize("kind", sorted(letters.LABELS))
def test_extreme_letters_continue_on_next_pages(kind):
    pdf = generate.kinds()[kind].extreme()
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages >= 2
    text = text_of(pdf)
    assert f"Strona {pages} z {pages}" in text
    assert "Oddział Terenowy w Końskich" in flat(text)
    only_dejavu(pdf)
    # Every line of text stays inside the page (a run-off line would start outside it).
    for page in reader.pages:
        width = float(page.mediabox.width)
        starts = line_starts(page)
        assert starts and all(0 < x < width for x in starts)


def test_extreme_refusal_keeps_all_nine_standards():
    words = flat(text_of(refusal_letter.render(letters.extreme_refusal())))
    for number in range(1, 10):
        assert f"(S{number}) – nie spełnia:" in words


def test_letters_of_a_revoked_case_and_refusals_without_a_decision(cli, declaration_file):
    ref = revoked_case(cli, declaration_file)
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:
        actor = resolve_actor(ctx, "biuro")
        refusal = flat(text_of(generate.render(ctx, actor, "refusal", ref)))
        assert f"Dotyczy: sprawa {ref}" in refusal and "Standardy nie są spełnione." in refusal
        # Nobody set as the signer: the function alone, to sign by hand.
        assert "Warszawa, 20 marca 2023 r." in refusal
        assert "Przewodniczący Komisji Certyfikacyjnej" in refusal
        assert "Decyzję doręczono 22 marca 2023 r., zatem ostatnim dniem" in refusal
        assert "jest 5 kwietnia 2023 r." in refusal
        assert "Gminny Ośrodek Pomocy Społecznej w Łącku Łącko 445 33-390 Łącko" in refusal

        charges = flat(text_of(generate.render(ctx, actor, "charges", ref)))
        assert "Zaprzestano pracy środowiskowej (S5)." in charges
        assert "do dnia 10 lutego 2025 r." in charges and "10 stycznia 2025 r." in charges

        revocation = flat(text_of(generate.render(ctx, actor, "revocation", ref)))
        assert "Odpowiedź nie usuwa naruszenia S5." in revocation
        assert "Warszawa, 15 lutego 2025 r." in revocation and "CJ-" in revocation

        appeal = flat(text_of(generate.render(ctx, actor, "appeal-decision", ref)))
        assert "uchyla tę decyzję" in appeal and "Komisja pominęła raport." in appeal
        assert "wniesionego 30 marca 2023 r." in appeal and "Prezes Zarządu" in appeal
    finally:
        ctx.close()


def test_not_applicable_refusals(cli, declaration_file):
    ref = cli.file_case(declaration_file(), "2024-02-12")
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:
        actor = resolve_actor(ctx, "biuro")
        for kind in letters.LABELS:
            with pytest.raises(ValidationError) as refused:
                generate.render(ctx, actor, kind, ref)
            assert refused.value.code == "document.not_applicable"
            assert ref in refused.value.message
            assert letters.LABELS[kind] in refused.value.message
    finally:
        ctx.close()
    line = cli.refused("pdf", "refusal", ref, "-o", str(cli.data_dir / "x.pdf"),
                       user="biuro", expect="nie odmówiła")  # fmt: skip
    assert "Odmowa przyznania certyfikatu" in line


def test_calcert_pdf_refusal(cli, declaration_file):
    ref = revoked_case(cli, declaration_file)
    target = cli.data_dir / "odmowa.pdf"
    cli.ok("pdf", "refusal", ref, "-o", str(target), user="biuro")
    words = flat(text_of(target.read_bytes()))
    assert "Odmowa przyznania certyfikatu" in words and ref in words
    only_dejavu(target.read_bytes())
