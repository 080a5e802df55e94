"""The site-visit protocol and the Commission's decision record: from plain data (the
extreme examples) and through ``calcert pdf`` on a granted case; the register through
``calcert register``."""

from __future__ import annotations

import csv
import io

from pypdf import PdfReader

from calcert_desktop.services.documents import records
from case_scenarios import granted_case
from documents.test_foundation import fonts_of
from pdf_words import joined


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    used = fonts_of(reader)
    assert used and all(name.split("+")[-1].startswith("DejaVuSans") for name in used), used
    return joined("\n".join(page.extract_text() for page in reader.pages))


def flat(text: str) -> str:
    """Extracted text with line breaks as spaces (wrapped paragraphs read as one line)."""
    return " ".join(text.split())


def test_extreme_visit_protocol_keeps_every_standard_and_the_long_name():
    text = flat(text_of(records.extreme_visit_protocol()))
    assert "Protokół wizytacji" in text and "14 marca 2026 r." in text
    assert flat(records.LONG_NAME) in text
    for number in range(1, 10):
        assert f"S{number}. " in text
    for rating in ("nie spełnia", "spełnia częściowo", "Ocena eksperta: spełnia"):
        assert rating in text
    assert "W imieniu instytucji" in text and "Ekspert CAL" in text
    assert "Komisja Certyfikacyjna Stowarzyszenia Centrum Wspierania" in text


def test_extreme_decision_record_lists_members_conflicts_and_votes():
    text = flat(text_of(records.extreme_decision_record()))
    assert "Kołodziej-Nowakowska" in text and "Żaneta Żółkiewska-Szczepańska" in text
    # Neutral Polish: a member's grammatical gender is not known.
    assert text.count("wyłączenie z głosowania") >= 4  # twice in the table, twice in 2.
    assert "(-a)" not in text and "(a)" not in text
    assert text.count("wstrzymanie się od głosu") == 3
    # The vote in sentences, with the numerals' forms and who voted how.
    assert "Za odmową przyznania certyfikatu oddano 6 głosów (" in text
    assert "), przeciw — 3 głosy (" in text and "), a 3 głosy wstrzymujące się (" in text
    assert "Z głosowania wyłączono z powodu konfliktu interesów: " in text
    # The chair is listed as the chair, not as a member.
    assert "przewodniczący Komisji Certyfikacyjnej" in text
    assert "Obecni" not in text  # attendance is not recorded: the record does not claim it
    assert "Wiceprzewodnicząca Komisji Certyfikacyjnej" in text and "Protokolantka" in text
    assert "postanowiła odmówić przyznania Certyfikatu Jakości" in text


def granted(cli, declaration_file, tmp_path) -> str:
    return granted_case(cli, declaration_file, tmp_path)


def test_visit_protocol_and_decision_record_of_a_granted_case(cli, declaration_file, tmp_path):
    ref = granted(cli, declaration_file, tmp_path)
    protocol = tmp_path / "protokol.pdf"
    cli.ok("pdf", "visit-protocol", ref, "-o", str(protocol), user="biuro")
    text = flat(text_of(protocol.read_bytes()))
    assert ref in text and "Marta Żak" in text and "10 lutego 2024 r." in text
    assert "Gminny Ośrodek Pomocy Społecznej w Łącku" in text
    assert "33-390 Łącko" in text
    assert "spełnia częściowo Diagnoza wymaga aktualizacji." in text
    assert text.count("Ekspert nie zapisał ustaleń") == 8  # S4 alone has a finding
    assert "Wizytacja potwierdziła zgłoszenie." in text

    record = tmp_path / "protokol-komisji.pdf"
    cli.ok("pdf", "decision-record", ref, "-o", str(record), user="biuro")
    text = flat(text_of(record.read_bytes()))
    assert "20 lutego 2024 r." in text and ref in text
    for name in ("Tomasz Wróbel", "Agnieszka Kołodziej", "Paweł Śliwiński"):
        assert name in text
    assert "Członek zarządu stowarzyszenia prowadzącego instytucję." in text
    assert "Za przyznaniem certyfikatu oddano 2 głosy (" in text
    assert "przeciw — 0 głosów, a 0 głosów wstrzymujących się." in text
    assert "postanowiła przyznać Certyfikat Jakości" in text
    assert "Standardy spełnione." in text
    # Nobody set as a signer: the functions alone, to sign by hand; the conflicted member
    # is named neutrally.
    assert "Przewodniczący Komisji Certyfikacyjnej" in text and "Protokolant" in text
    assert "wyłączenie z głosowania — konflikt interesów" in text
    assert "Komisja Certyfikacyjna Centrum Wspierania Aktywności Lokalnej CAL" in text


def test_a_case_without_a_visit_has_no_protocol(cli, declaration_file, tmp_path):
    ref = cli.file_case(declaration_file(), "2024-02-12")
    target = tmp_path / "x.pdf"
    message = cli.refused("pdf", "visit-protocol", ref, "-o", str(target), user="biuro")
    assert "nie zapisano przeprowadzonej wizytacji" in message
    message = cli.refused("pdf", "decision-record", ref, "-o", str(target), user="biuro")
    assert "nie podjęła jeszcze" in message
    assert not target.exists()


def test_register_command_writes_pdf_and_csv(cli, declaration_file, tmp_path):
    ref = granted(cli, declaration_file, tmp_path)
    number = cli.ok("show", ref, user="biuro")
    pdf, table = tmp_path / "rejestr.pdf", tmp_path / "rejestr.csv"
    assert "liczba wpisów: 1" in cli.ok("register", "-o", str(pdf))
    cli.ok("register", "-o", str(table))
    text = flat(text_of(pdf.read_bytes()))
    assert "Rejestr certyfikatów — stan na" in text and "Strona 1 z 1" in text
    assert "29.02.2024" in text and "28.02.2029" in text
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Numer certyfikatu" and len(rows) == 2
    certificate, institution, town, _voiv, issued, until, status = rows[1]
    assert certificate in text and certificate in number
    assert institution == "Gminny Ośrodek Pomocy Społecznej w Łącku" and town == "Łącko"
    assert (issued, until) == ("2024-02-29", "2029-02-28")
    assert status in ("ważny", "wygasły")  # the clock of the test decides


def test_register_refuses_another_suffix(cli, tmp_path):
    target = tmp_path / "rejestr.xlsx"
    message = cli.refused("register", "-o", str(target))
    assert "Rejestr zapisuje się do pliku .pdf albo .csv" in message and "rejestr.xlsx" in message
    assert not target.exists()


def test_the_chair_in_the_form_of_their_signature_and_the_vote_in_sentences():
    from datetime import date

    from calcert_desktop.documents.decision_record import (
        DecisionRecord,
        MemberPresent,
        function_of,
        vote_sentences,
    )
    from calcert_desktop.domain.signature_slots import Signature

    chair = MemberPresent("Barbara Łukaszewicz", chair=True, vote="for")
    members = (
        chair,
        MemberPresent("Jan Nowak", rapporteur=True, vote="for"),
        MemberPresent("Ewa Kot", vote="abstain"),
        MemberPresent("Adam Lis", conflict_reason="krewny w zarządzie"),
        MemberPresent("Ola Wiśniewska"),
    )
    record = DecisionRecord(
        "CAL/2026/0001", "Fundacja Razem", "ul. Długa 1", date(2026, 3, 1), "grant", "Tak.",
        members, signatures=(Signature("Barbara Łukaszewicz",
                                       "Przewodnicząca Komisji Certyfikacyjnej"),),
    )  # fmt: skip
    assert function_of(chair, record) == "przewodnicząca Komisji Certyfikacyjnej"
    assert function_of(members[1], record) == "sprawozdawca"
    assert function_of(members[3], record).endswith("wyłączenie z głosowania — konflikt interesów")
    assert vote_sentences(record) == (
        "Za przyznaniem certyfikatu oddano 2 głosy (Barbara Łukaszewicz, Jan Nowak), "
        "przeciw — 0 głosów, a 1 głos wstrzymujący się (Ewa Kot). "
        "Nie oddano głosu: Ola Wiśniewska. "
        "Z głosowania wyłączono z powodu konfliktu interesów: Adam Lis."
    )
