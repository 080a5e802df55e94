"""The Board as a body on the command line (issue 16, item 2): ``--board-vote`` on issue,
uphold and overturn; ``calcert appoint``, ``end-appointment``, ``responsible``,
``resolutions`` and ``appointments``. Each refusal: one Polish line, exit 1, the database
byte for byte as it was."""

from __future__ import annotations

import json

import pytest

from cli_support import BOARD_VOTES

ONE_VOTE = ("--board-vote", "zarzad=za")


@pytest.fixture
def granted(cli, declaration_file) -> str:
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.review(ref, "2024-02-01", ("czlonek1",))
    cli.ok("act", ref, "grant", "--vote", "czlonek1=za", "--date", "2024-02-20",
           user="przewodniczaca")  # fmt: skip
    return ref


def issue(ref: str, *votes: str) -> tuple[str, ...]:
    return ("act", ref, "issue", *votes, "--date", "2024-02-29")


def test_one_board_member_cannot_issue_alone(cli, granted):
    line = cli.refused(*issue(granted, *ONE_VOTE), user="zarzad", expect="Brak kworum")
    assert line == (
        "błąd: Głosowanie Zarządu: Brak kworum: w głosowaniu wzięło udział 1 z wymaganych co "
        "najmniej 2 członków Zarządu — jeden członek nie podejmuje uchwały za Zarząd."
    )
    code, _, err = cli(*issue(granted), user="zarzad")  # the votes are required
    assert code == 2 and "--board-vote" in err


@pytest.mark.parametrize(
    ("votes", "expect"),
    [
        (
            ("--board-vote", "zarzad=za", "--board-vote", "zarzad2=przeciw"),
            "Uchwała Zarządu nie została podjęta: za 1, przeciw 1, wstrzymało się 0",
        ),
        (
            ("--board-vote", "zarzad=za", "--board-vote", "czlonek1=za"),
            "Osoba „czlonek1” nie jest aktywnym członkiem Zarządu",
        ),
        (
            ("--board-vote", "zarzad=za", "--board-vote", "Zarzad=za"),
            "Osoba „zarzad” głosuje w tej uchwale dwa razy",
        ),
        (
            ("--board-vote", "zarzad=za", "--board-vote", "zarzad2"),
            "Głos zapisz jako LOGIN=za|przeciw|wstrzymuje",
        ),
    ],
)
def test_issuing_needs_an_adopted_resolution(cli, granted, votes, expect):
    cli.refused(*issue(granted, *votes), user="zarzad", expect=expect)


def test_the_issued_certificate_names_its_resolution(cli, granted):
    votes = ("--board-vote", "zarzad=za", "--board-vote", "zarzad2=wstrzymuje")
    out = cli.ok(*issue(granted, *votes), user="zarzad")
    assert "(Uchwała nr 1/2024: za 1, przeciw 0, wstrzymało się 1)" in out
    shown = cli.ok("show", granted, user="biuro")
    assert (
        "Uchwała nr 1/2024 z 2024-02-29 (wydanie certyfikatu): podjęta — za 1, przeciw 0, "
        "wstrzymało się 1 [Halina Sobczak: wstrzymanie się od głosu, Jerzy Będkowski: za]"
    ) in shown
    assert "uchwała Zarządu (numer uchwały: 1/2024, przedmiot uchwały: wydanie certyfikatu" in (
        shown
    )
    data = json.loads(cli.ok("show", granted, "--json", user="biuro"))
    assert data["resolutions"][0]["votes"] == {"zarzad": "for", "zarzad2": "abstain"}
    listed = cli.ok("resolutions", "--year", "2024", user="biuro")
    assert listed.splitlines()[-1] == "Razem: 1 uchwała"
    assert "Wydanie certyfikatu nr CJ-001/2024 w sprawie " + granted in listed
    assert cli("check")[0] == 0


def test_an_appeal_is_decided_by_a_resolution(cli, declaration_file):
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.review(ref, "2024-02-01", ("czlonek1",), rating="not")
    cli.ok("act", ref, "refuse", "--vote", "czlonek1=przeciw", "--reasons", "Brak S1–S9.",
           "--date", "2024-02-20", user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "deliver", "--date", "2024-02-22", user="biuro")
    cli.ok("act", ref, "appeal", "--grounds", "Pominięto raport.", "--date", "2024-03-01",
           user="biuro")  # fmt: skip
    overturn = ("act", ref, "overturn", "--reasons", "Komisja pominęła raport.",
                "--date", "2024-03-20")  # fmt: skip
    cli.refused(*overturn, *ONE_VOTE, user="zarzad", expect="Brak kworum")
    out = cli.ok(*overturn, *BOARD_VOTES, user="zarzad")
    assert "Zarząd uchylił odmowę (Uchwała nr 1/2024: za 2, przeciw 0" in out
    out = cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2024-03-25", user="zarzad")
    assert "Uchwała nr 2/2024" in out
    subjects = [r["subject"] for r in json.loads(cli.ok("resolutions", "--json", user="biuro"))]
    assert subjects[-2:] == ["overturn", "issue"]


def test_the_board_appoints_and_the_commission_follows(cli, declaration_file):
    cli.add_person("nowak", "Jan Nowak")  # no role of his own
    out = cli.ok("appoint", "nowak", "--as", "członek", "--from", "2024-03-01", "--until",
                 "2024-06-30", "--date", "2024-02-10", *BOARD_VOTES, user="zarzad")  # fmt: skip
    assert out.strip() == (
        "Uchwała nr 1/2024 (za 2, przeciw 0, wstrzymało się 0): Zarząd powołał do Komisji "
        "Certyfikacyjnej — członek Komisji Certyfikacyjnej: Jan Nowak (nowak), od 2024-03-01 "
        "do 2024-06-30."
    )
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.ok("act", ref, "accept", "--date", "2024-02-01", user="biuro")
    assign = ("act", ref, "assign", "--member", "nowak")
    cli.refused(*assign, "--date", "2024-02-29", user="przewodniczaca",
                expect="nie jest jeszcze członkiem Komisji w dniu 2024-02-29")  # fmt: skip
    cli.refused(*assign, "--date", "2024-07-01", user="przewodniczaca",
                expect="nie jest już członkiem Komisji w dniu 2024-07-01")  # fmt: skip
    cli.ok(*assign, "--date", "2024-03-01", user="przewodniczaca")
    listed = cli.ok("appointments", user="biuro")
    assert ("Jan Nowak (nowak) — członek Komisji Certyfikacyjnej, od 2024-03-01 do 2024-06-30 "
            "(uchwała nr 1/2024; nie obowiązuje dziś)") in listed  # fmt: skip
    assert cli("check")[0] == 0


@pytest.mark.parametrize(
    ("args", "user", "expect"),
    [
        (
            ("appoint", "ekspert", "--as", "członek", *BOARD_VOTES),
            "biuro",
            "Uchwały Zarządu zapisuje członek Zarządu albo administrator",
        ),
        (("appoint", "ekspert", "--as", "członek", *ONE_VOTE), "zarzad", "Brak kworum"),
        (
            ("appoint", "czlonek1", "--as", "członek", *BOARD_VOTES),
            "zarzad",
            "„czlonek1” ma już w tym czasie powołanie",
        ),
        (
            ("appoint", "ekspert", "--as", "przewodnicząca", *BOARD_VOTES),
            "zarzad",
            "Komisja ma w tym czasie przewodniczącego: „przewodniczaca”",
        ),
        (
            ("appoint", "ekspert", "--as", "sekretarz", *BOARD_VOTES),
            "zarzad",
            "Nieznana funkcja „sekretarz”",
        ),
        (
            ("appoint", "ekspert", "--as", "członek", "--from", "2020-01-01", *BOARD_VOTES),
            "zarzad",
            "Powołanie nie może działać wstecz",
        ),
        (
            ("appoint", "ekspert", "--as", "członek", "--date", "2099-01-01", *BOARD_VOTES),
            "zarzad",
            "jest z przyszłości",
        ),
        (
            ("end-appointment", "ekspert", "--as", "członek", *BOARD_VOTES),
            "zarzad",
            "„ekspert” nie ma powołania (członek Komisji Certyfikacyjnej)",
        ),
        (("responsible", "czlonek1", *BOARD_VOTES), "zarzad", "spośród siebie (regulamin, pkt 5)"),
        (("responsible", "zarzad2"), "zarzad", "Podaj głosy członków Zarządu"),
        (
            ("add-user", "nowa", "Nowa Osoba", "--roles", "commission_member"),
            "admin",
            "Członków i przewodniczącego Komisji Certyfikacyjnej powołuje Zarząd uchwałą",
        ),
    ],
)
def test_the_boards_own_acts_are_refused_in_polish(cli, args, user, expect):
    cli.refused(*args, user=user, expect=expect)


def test_ending_an_appointment_and_naming_the_responsible_person(cli, declaration_file):
    out = cli.ok("responsible", user="biuro")
    assert "Jerzy Będkowski (zarzad), od 2018-01-02" in out
    out = cli.ok("end-appointment", "czlonek3", "--as", "członek", "--until", "2024-02-10",
                 "--date", "2024-02-10", *BOARD_VOTES, user="zarzad")  # fmt: skip
    assert "zakończył powołanie — członek Komisji Certyfikacyjnej: Paweł Śliwiński" in out
    out = cli.ok("responsible", "zarzad2", "--from", "2024-03-01", "--date", "2024-02-10",
                 *BOARD_VOTES, user="admin")  # fmt: skip
    assert "Uchwała nr 2/2024" in out and "pełni funkcję do 2024-02-29" in out
    assert "Halina Sobczak (zarzad2)" in cli.ok("responsible", user="biuro")
    assert "Jerzy Będkowski" in cli.ok("responsible", "--date", "2024-02-29", user="biuro")
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    cli.ok("act", ref, "accept", "--date", "2024-02-11", user="biuro")
    cli.refused("act", ref, "assign", "--member", "czlonek3", "--date", "2024-02-11",
                user="przewodniczaca", expect="powołanie zakończyło się 2024-02-10")  # fmt: skip
    numbers = [r["number"] for r in json.loads(cli.ok("resolutions", "--json", user="biuro"))]
    assert numbers == ["1/2018", "2/2018", "3/2018", "4/2018", "5/2018", "1/2024", "2/2024"]
    assert cli("check")[0] == 0


def test_the_quorum_is_a_setting(cli, granted):
    cli.refused("settings", "board_quorum", "1", user="admin", expect="od 2 do 15")
    cli.ok("settings", "board_quorum", "3", user="admin")
    cli.refused(*issue(granted, *BOARD_VOTES), user="zarzad",
                expect="z wymaganych co najmniej 3")  # fmt: skip


def test_letters_name_the_responsible_person_as_the_contact(cli, declaration_file, tmp_path):
    """Point 5: the person the Board names responsible is the contact on the letters, the one
    named on the day the letter is made (here today: the successor named from 2024-03-01)."""
    ref = cli.file_case(declaration_file(signed="2024-01-15"), "2024-01-20")
    first = tmp_path / "potwierdzenie-1.pdf"
    cli.ok("pdf", "acknowledgement", ref, "-o", str(first), user="biuro")
    contact = "Osoba odpowiedzialna za proces certyfikacji: "
    assert contact + "Jerzy Będkowski" in _text(first)
    cli.ok("responsible", "zarzad2", "--from", "2024-03-01", "--date", "2024-02-10",
           *BOARD_VOTES, user="admin")  # fmt: skip
    second = tmp_path / "potwierdzenie-2.pdf"
    cli.ok("pdf", "acknowledgement", ref, "-o", str(second), user="biuro")
    text = _text(second)
    assert contact + "Halina Sobczak" in text and "Jerzy Będkowski" not in text


def _text(pdf) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
