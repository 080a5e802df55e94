"""Cases out to laptops and their work back (issue 19), with an office (on the engine under
test: PostgreSQL in CI's second run) and two laptops, each in its own data folder: a visit
recorded on one laptop, an assessment on another, both imported; a conflict resolved both
ways; the same package twice changes nothing; the history names where each change came
from."""

from __future__ import annotations

import json

import pytest

from cli_support import Cli
from exchange_support import name_office, new_laptop, pair, person_on, under_review


@pytest.fixture
def office(cli: Cli, declaration_file) -> tuple[Cli, str]:
    """The office with one case under review (czlonek1 and czlonek2 assigned, nothing
    assessed yet) and its identity named "Biuro CAL"."""
    name_office(cli)
    return cli, under_review(cli, declaration_file, ("czlonek1", "czlonek2"))


def _show(cli: Cli, reference: str, user: str = "biuro") -> dict:
    return json.loads(cli.ok("show", reference, "--json", user=user))


def _rated(cli: Cli, reference: str, member: str, user: str = "biuro") -> dict[str, dict]:
    return {a["standard"]: a for a in _show(cli, reference, user=user)["assessments"]
            if a["member"] == member}  # fmt: skip


def test_a_visit_and_an_assessment_go_out_to_two_laptops_and_come_back(
    office, tmp_path, capsys, declaration_file
):
    cli, reference = office
    expert_laptop = new_laptop(tmp_path / "laptop-marty", capsys, "Laptop Marty")
    member_laptop = new_laptop(tmp_path / "laptop-tomasza", capsys, "Laptop Tomasza")
    pair(cli, expert_laptop)
    pair(cli, member_laptop)
    cli.ok("act", reference, "schedule-visit", "--expert", "ekspert", "--visit-date",
           "2024-02-10", "--date", "2024-02-02", user="przewodniczaca")  # fmt: skip

    # Out: the visit to Marta's laptop, the review to Tomasz's (two people work in the case).
    visit_pack = tmp_path / "wizytacja.calpack"
    out = cli.ok("export", reference, "--to", "Laptop Marty", "--for", "ekspert", "-o",
                 str(visit_pack), user="biuro")  # fmt: skip
    assert "Zapisano paczkę dla „Laptop Marty” (nr 1; ekspert" in out
    review_pack = tmp_path / "ocena.calpack"
    cli.ok("export", reference, "--to", "Laptop Tomasza", "--for", "czlonek1", "-o",
           str(review_pack), user="biuro")  # fmt: skip
    ambiguous = cli.refused("export", reference, "--to", "Laptop Tomasza", "-o",
                            str(tmp_path / "x.calpack"), user="biuro")  # fmt: skip
    assert "czlonek1, czlonek2, ekspert" in ambiguous
    assert not (tmp_path / "x.calpack").exists()

    # A laptop reads what was handed to it, and nothing else.
    assert "Wczytano paczkę z biura „Biuro CAL” (nr 1)" in expert_laptop.ok(
        "import", str(visit_pack), user="admin")  # fmt: skip
    expert_laptop.refused("import", str(review_pack), user="admin", expect="innej instalacji")
    person_on(expert_laptop, "ekspert")
    on_laptop = _show(expert_laptop, reference, user="ekspert")
    assert on_laptop["state"] == "site_visit"
    assert on_laptop["assessments"] == []  # no member's assessment goes to the expert
    expert_laptop.refused("act", reference, "assess", "--standard", "S1", "--rating", "meets",
                          user="ekspert", expect="do wizytacji")  # fmt: skip

    # A laptop registers no new application either (its copy is the office's).
    expert_laptop.add_person("sekretariat", "Ewa Nowak", "office")
    expert_laptop.refused("declare", str(declaration_file()), user="sekretariat",
                          expect="należy do biura")  # fmt: skip

    # The visit is recorded on the laptop and sent back.
    expert_laptop.ok("act", reference, "record-visit", "--summary", "Wizytacja potwierdziła "
                     "zgłoszenie.", "--finding", "S4=meets:Diagnoza potrzeb z 2023 r.",
                     "--date", "2024-02-10", user="ekspert")  # fmt: skip
    back = tmp_path / "zwrot.calpack"
    assert "Zapisano paczkę zwrotną dla „Biuro CAL” (nr 1" in expert_laptop.ok(
        "export", "--to", "Biuro CAL", "-o", str(back), user="ekspert")  # fmt: skip

    # The office: a dry run lists it and changes nothing; the import applies it.
    before = cli.fingerprint()
    dry = cli.ok("import", str(back), "--dry-run", user="biuro")
    assert "wyniki wizytacji: nowe" in dry and "Nic nie zapisano" in dry
    assert cli.fingerprint() == before
    assert "nowe: 1" in cli.ok("import", str(back), user="biuro")
    case = _show(cli, reference)
    assert case["state"] == "review"
    assert case["site_visits"][0]["findings"]["S4"]["rating"] == "meets"
    again = cli.fingerprint()
    assert "nic się nie zmieniło" in cli.ok("import", str(back), user="biuro")
    assert cli.fingerprint() == again

    # The member assesses on the other laptop; the office takes it in.
    assert "Wczytano" in member_laptop.ok("import", str(review_pack), user="admin")
    person_on(member_laptop, "czlonek1")
    handed = _show(member_laptop, reference, user="czlonek1")
    assert [m["login"] for m in handed["members"]] == ["czlonek1"]  # not czlonek2
    assert handed["site_visits"] == []  # the expert's visit is not the member's work
    assert len(json.loads(member_laptop.ok("cases", "--json", user="czlonek1"))) == 1
    member_laptop.ok("act", reference, "assess", "--standard", "S2", "--rating", "partly",
                     "--comment", "Brak planu pracy.", "--date", "2024-02-12",
                     user="czlonek1")  # fmt: skip
    member_back = tmp_path / "ocena-zwrot.calpack"
    member_laptop.ok("export", "--to", "Biuro CAL", "-o", str(member_back), user="czlonek1")
    cli.ok("import", str(member_back), user="biuro")
    assert _rated(cli, reference, "czlonek1")["S2"]["rating"] == "partly"

    # The history names the person and the package each change came with.
    history = _show(cli, reference, user="admin")["history"]
    imported = {(e["user"], e["action"].split("/")[-1]) for e in history
                if e["action"].startswith("import/")}  # fmt: skip
    assert ("ekspert", "record-visit") in imported and ("czlonek1", "assess") in imported


def test_a_conflict_is_shown_with_both_versions_and_resolved_either_way(
    office, tmp_path, capsys
):
    cli, reference = office
    laptop = new_laptop(tmp_path / "laptop", capsys, "Laptop Tomasza")
    pair(cli, laptop)
    pack = tmp_path / "ocena.calpack"
    cli.ok("export", reference, "--to", "Laptop Tomasza", "--for", "czlonek1", "-o", str(pack),
           user="biuro")  # fmt: skip
    laptop.ok("import", str(pack), user="admin")
    person_on(laptop, "czlonek1")
    for standard, rating in (("S1", "meets"), ("S2", "not")):
        comment = [] if rating == "meets" else ["--comment", "Na laptopie."]
        laptop.ok("act", reference, "assess", "--standard", standard, "--rating", rating,
                  *comment, "--date", "2024-02-12", user="czlonek1")  # fmt: skip
    back = tmp_path / "zwrot.calpack"
    laptop.ok("export", "--to", "Biuro CAL", "-o", str(back), user="czlonek1")
    # Meanwhile at the office the same member assessed S2 otherwise.
    cli.ok("act", reference, "assess", "--standard", "S2", "--rating", "partly",
           "--comment", "W biurze.", "--date", "2024-02-11", user="czlonek1")  # fmt: skip

    listed = json.loads(cli.ok("import", str(back), "--dry-run", "--json", user="biuro")
                        .split("\nPróba")[0])  # fmt: skip
    conflict = next(item for item in listed if item["status"] == "conflict")
    assert "W biurze." in conflict["office"] and "Na laptopie." in conflict["laptop"]
    before = cli.fingerprint()
    refusal = cli.refused("import", str(back), user="biuro", expect="konflikt")
    assert "--resolve" in refusal
    assert cli.fingerprint() == before

    # Keeping the office's version: S1 comes in, S2 stays as the office had it.
    number = str(conflict["number"])
    cli.ok("import", str(back), "--resolve", f"{number}=biuro", user="biuro")
    assessed = _rated(cli, reference, "czlonek1")
    assert assessed["S1"]["rating"] == "meets" and assessed["S2"]["rating"] == "partly"


def test_taking_the_laptops_version_of_a_conflict(office, tmp_path, capsys):
    cli, reference = office
    laptop = new_laptop(tmp_path / "laptop", capsys, "Laptop Tomasza")
    pair(cli, laptop)
    pack = tmp_path / "ocena.calpack"
    cli.ok("export", reference, "--to", "Laptop Tomasza", "--for", "czlonek1", "-o", str(pack),
           user="biuro")  # fmt: skip
    laptop.ok("import", str(pack), user="admin")
    person_on(laptop, "czlonek1")
    laptop.ok("act", reference, "assess", "--standard", "S2", "--rating", "not", "--comment",
              "Na laptopie.", "--date", "2024-02-12", user="czlonek1")  # fmt: skip
    back = tmp_path / "zwrot.calpack"
    laptop.ok("export", "--to", "Biuro CAL", "-o", str(back), user="czlonek1")
    cli.ok("act", reference, "assess", "--standard", "S2", "--rating", "partly",
           "--comment", "W biurze.", "--date", "2024-02-11", user="czlonek1")  # fmt: skip
    cli.ok("import", str(back), "--resolve", "all=laptop", user="biuro")
    assessed = _rated(cli, reference, "czlonek1")
    assert assessed["S2"]["rating"] == "not" and assessed["S2"]["comment"] == "Na laptopie."


def test_a_case_handed_again_is_updated_unless_its_work_was_not_sent_back(
    office, tmp_path, capsys
):
    cli, reference = office
    laptop = new_laptop(tmp_path / "laptop", capsys, "Laptop Tomasza")
    pair(cli, laptop)
    first, second, third = (tmp_path / f"{n}.calpack" for n in ("1", "2", "3"))
    cli.ok("export", reference, "--to", "Laptop Tomasza", "--for", "czlonek1", "-o",
           str(first), user="biuro")  # fmt: skip
    laptop.ok("import", str(first), user="admin")
    person_on(laptop, "czlonek1")
    # The office meanwhile records the member's S3 (typed in from paper): handed again.
    cli.ok("act", reference, "assess", "--standard", "S3", "--rating", "meets", "--date",
           "2024-02-11", user="czlonek1")  # fmt: skip
    cli.ok("export", reference, "--to", "Laptop Tomasza", "--for", "czlonek1", "-o",
           str(second), user="biuro")  # fmt: skip
    laptop.ok("import", str(second), user="admin")
    assert _rated(laptop, reference, "czlonek1", "czlonek1")["S3"]["rating"] == "meets"
    # Work recorded on the laptop and not sent back is never overwritten.
    laptop.ok("act", reference, "assess", "--standard", "S4", "--rating", "meets", "--date",
              "2024-02-12", user="czlonek1")  # fmt: skip
    cli.ok("export", reference, "--to", "Laptop Tomasza", "--for", "czlonek1", "-o",
           str(third), user="biuro")  # fmt: skip
    laptop.refused("import", str(third), user="admin", expect="nieodesłane zmiany")
    laptop.ok("export", "--to", "Biuro CAL", "-o", str(tmp_path / "zwrot.calpack"),
              user="czlonek1")  # fmt: skip
    laptop.ok("import", str(third), user="admin")  # sent back: the newer package comes in
