"""The site-visit protocol as written on site (issue 19, point 3): each standard's
observations and evidence, the institution's representative, their acknowledgement and
remarks; the blank protocol to fill in by hand; both through the service on a case handed
to the expert's laptop, and only for the visit's expert."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from calcert_desktop.documents import visit_protocol as paper
from calcert_desktop.documents.visit_protocol import (
    StandardFinding,
    VisitProtocol,
    visit_protocol_pdf,
)
from calcert_desktop.domain.errors import PermissionDenied
from calcert_desktop.domain.forms import load_form
from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.services.documents import records
from calcert_desktop.services.exchange import protocol
from cli_support import Cli
from documents.test_record_documents import flat, text_of
from exchange_support import handed_visit

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
STANDARDS = load_form().standards


def _protocol(**fields) -> VisitProtocol:
    findings = tuple(StandardFinding(s.code, s.title) for s in STANDARDS)
    values = {
        "reference": "CAL/2026/0042",
        "institution": "Gminny Ośrodek Kultury w Żółkiewce",
        "address": "ul. Źródlana 5, 22-335 Żółkiewka (woj. lubelskie)",
        "town": "Żółkiewka",
        "expert": "Małgorzata Łęgowska",
        "visited_on": date(2026, 3, 14),
        "planned_for": date(2026, 3, 10),
        "findings": findings,
        "summary": "Wizytacja potwierdziła zgłoszenie.",
    }
    values.update(fields)
    return VisitProtocol(**values)


def test_a_filled_protocol_prints_what_was_written_on_site():
    findings = (
        StandardFinding(
            "S1", STANDARDS[0].title, "partly", "Diagnoza wymaga aktualizacji.",
            "Świetlica dostępna dla osób z niepełnosprawnościami; tablica ogłoszeń przy wejściu.",
            ("zdjęcie_świetlicy.jpg", "plan pracy 2026 — źródła.pdf"),
        ),
        *(StandardFinding(s.code, s.title, "meets") for s in STANDARDS[1:]),
    )  # fmt: skip
    text = flat(text_of(visit_protocol_pdf(_protocol(
        findings=findings,
        representative="Żaneta Ślęzak, dyrektorka ośrodka",
        acknowledged=True,
        remarks="Prosimy o uwzględnienie działań sołectwa Łęczna Góra.",
    ))))  # fmt: skip
    assert "Ocena eksperta: spełnia częściowo Diagnoza wymaga aktualizacji." in text
    assert ("Obserwacje: Świetlica dostępna dla osób z niepełnosprawnościami; tablica ogłoszeń "
            "przy wejściu.") in text  # fmt: skip
    assert "Dowody: • zdjęcie_świetlicy.jpg • plan pracy 2026 — źródła.pdf" in text
    assert text.count("Obserwacje:") == 1 and text.count("Dowody:") == 1  # only when present
    assert "Przedstawiciel instytucji Żaneta Ślęzak, dyrektorka ośrodka" in text
    assert paper.ACKNOWLEDGED in text and paper.NOT_ACKNOWLEDGED not in text
    assert "Uwagi przedstawiciela instytucji Prosimy o uwzględnienie działań sołectwa" in text
    # The institution signs by its representative's name, not the hint what to write.
    assert "W imieniu instytucji Żaneta Ślęzak, dyrektorka ośrodka" in text
    assert paper.NAME_HINT not in text and paper.BOX not in text


def test_a_recorded_protocol_says_what_the_representative_did_not_do():
    text = flat(text_of(visit_protocol_pdf(_protocol(acknowledged=False))))
    assert paper.NOT_ACKNOWLEDGED in text and paper.NO_REMARKS in text
    assert f"Przedstawiciel instytucji {paper.NO_REPRESENTATIVE}" in text
    assert f"W imieniu instytucji {paper.NAME_HINT}" in text
    assert text.count(f"Ocena eksperta: {paper.NOT_RATED}") == 9
    assert paper.BOX not in text


def test_a_protocol_to_be_signed_leaves_room_for_the_representative():
    text = flat(text_of(visit_protocol_pdf(_protocol(acknowledged=None))))
    assert f"{paper.BOX} {paper.ACKNOWLEDGED}" in text
    assert "Imię, nazwisko, stanowisko:" in text
    assert paper.NOT_ACKNOWLEDGED not in text and paper.NO_REMARKS not in text


def test_the_extreme_protocol_carries_the_new_fields():
    text = flat(text_of(records.extreme_visit_protocol()))
    assert text.count("Obserwacje: W świetlicy wiejskiej") == 9
    assert text.count("zdjęcie_świetlica_Źdźbłowo_2026-03-14.jpg") == 3
    assert text.count(records.REPRESENTATIVE) == 2  # in its place, and under the signature
    assert paper.ACKNOWLEDGED in text and "Uwagi przedstawiciela instytucji" in text


def test_the_blank_protocol_has_every_standard_and_boxes_to_tick():
    text = flat(text_of(records.extreme_blank_visit_protocol()))
    assert "Protokół wizytacji" in text and flat(records.LONG_NAME) in text
    assert "Planowana data 10 marca 2026 r." in text and "14 marca 2026" not in text
    for standard in STANDARDS:
        assert f"{standard.code}. {flat(standard.title)}" in text
    ratings = f"Ocena eksperta: {paper.BOX} spełnia {paper.BOX} spełnia częściowo {paper.BOX} "
    assert text.count(ratings + "nie spełnia") == 9
    for label in ("Ustalenie:", "Obserwacje:", "Dowody (pliki, zdjęcia, dokumenty):"):
        assert text.count(label) == 9
    # Nothing written: not the extreme sample's findings, representative or remarks.
    assert "Ekspert zapoznał się" not in text and records.REPRESENTATIVE not in text
    assert "Złota Jesień" not in text and paper.NOT_RATED not in text
    assert f"{paper.BOX} {paper.ACKNOWLEDGED}" in text
    assert f"W imieniu instytucji {paper.NAME_HINT}" in text and "Ekspert CAL" in text


# --- through the service, on a case handed to the expert's laptop ----------------------------


@pytest.fixture
def handed(cli: Cli, declaration_file, tmp_path: Path, capsys) -> tuple[Cli, str]:
    return handed_visit(cli, declaration_file, tmp_path, capsys)


def test_draft_and_blank_protocols_of_a_handed_visit(handed, tmp_path):
    laptop, reference = handed
    photo = tmp_path / "sala_główna.png"
    photo.write_bytes(PHOTO)
    ctx = open_context(DataPaths(laptop.data_dir), create=False)
    try:
        expert = resolve_actor(ctx, "ekspert")
        blank = flat(text_of(protocol.blank_pdf(ctx, expert, reference)))
        assert reference in blank and "Marta Żak" in blank and "33-390 Łącko" in blank
        assert "Planowana data 10 lutego 2024 r." in blank
        assert blank.count(f"{paper.BOX} spełnia częściowo") == 9
        for standard in STANDARDS:
            assert f"{standard.code}. {flat(standard.title)}" in blank

        draft = protocol.open_draft(ctx, expert, reference)
        draft.visited_on = date(2024, 2, 10)
        first = draft.standards[0]
        first.rating, first.finding = "meets", "Standard spełniony."
        first.observations = "Sala dostępna dla osób z niepełnosprawnościami."
        first.evidence.append(protocol.add_evidence(ctx, expert, reference, photo))
        draft.summary = "Wizytacja potwierdziła zgłoszenie."
        draft.representative = "Anna Nowak, dyrektor"
        text = flat(text_of(protocol.draft_pdf(ctx, expert, draft)))
        assert "10 lutego 2024 r." in text and "Gminny Ośrodek Pomocy Społecznej" in text
        assert "Ocena eksperta: spełnia Standard spełniony." in text
        assert "Obserwacje: Sala dostępna dla osób z niepełnosprawnościami." in text
        assert "Dowody: • sala_główna.png" in text
        assert text.count(f"Ocena eksperta: {paper.NOT_RATED}") == 8  # not yet rated
        # To be read and signed: a box to tick, lines for the remarks.
        assert f"{paper.BOX} {paper.ACKNOWLEDGED}" in text
        assert "W imieniu instytucji Anna Nowak, dyrektor" in text

        draft.acknowledged, draft.remarks = True, "Brak zastrzeżeń co do przebiegu wizyty."
        text = flat(text_of(protocol.draft_pdf(ctx, expert, draft)))
        assert paper.ACKNOWLEDGED in text and paper.BOX not in text
        assert "Uwagi przedstawiciela instytucji Brak zastrzeżeń co do przebiegu" in text

        admin = resolve_actor(ctx, "admin")
        with pytest.raises(PermissionDenied, match="ekspert"):
            protocol.blank_pdf(ctx, admin, reference)
        with pytest.raises(PermissionDenied, match="ekspert"):
            protocol.draft_pdf(ctx, admin, draft)

        # Once the visit is recorded, the protocol of the case prints the same fields.
        protocol.finish(ctx, expert, draft)
        text = flat(text_of(records.build_visit_protocol(ctx, reference)))
        assert "Obserwacje: Sala dostępna dla osób z niepełnosprawnościami." in text
        assert "Dowody: • sala_główna.png" in text and paper.ACKNOWLEDGED in text
        assert "Przedstawiciel instytucji Anna Nowak, dyrektor" in text
        assert "Brak zastrzeżeń co do przebiegu wizyty." in text
    finally:
        ctx.close()
