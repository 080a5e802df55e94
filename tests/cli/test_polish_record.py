"""The record in Polish: ``calcert show`` on demo cases prints no schema identifier and no
English code, the case filters take Polish names without diacritics, errors are Polish."""

from __future__ import annotations

import json
import re

import pytest

from calcert_desktop.domain import case_labels
from calcert_desktop.domain.states import CaseState
from calcert_desktop.storage.models import Base

# Column names that are Polish words as well ("standard S1", "status", "login").
POLISH_TOO = frozenset({"standard", "status", "login"})


def english_words() -> set[str]:
    """Every column name of every table and every English code the enums store."""
    columns = {c.name for table in Base.metadata.tables.values() for c in table.columns}
    codes = {state.value for state in CaseState}
    for labels in (
        case_labels.DECISION_KINDS,
        case_labels.DOCUMENT_KINDS,
        case_labels.DECISION_BODIES,
        case_labels.VOTES,
        case_labels.RATINGS,
        case_labels.VISIT_STATUSES,
        case_labels.CERTIFICATE_STATUSES,
        case_labels.APPEAL_OUTCOMES,
        case_labels.REVOCATION_OUTCOMES,
        case_labels.OPERATIONS,
        case_labels.RECORDS,
        case_labels.KEY_ORIGINS,
        case_labels.COUNTER_KINDS,
        case_labels.RESOLUTION_SUBJECTS,
        case_labels.RESOLUTION_RESULTS,
        case_labels.FUNCTIONS,
        case_labels.APPOINTMENT_BASES,
    ):
        codes |= set(labels)
    return (columns | codes | set(Base.metadata.tables)) - POLISH_TOO


def english_in(text: str, words: set[str]) -> list[str]:
    found = set(re.findall(r"[A-Za-z_][A-Za-z0-9_-]*", text)) & words
    return sorted(found)


@pytest.fixture
def demo(cli_in):
    cli = cli_in("dane")
    cli.ok("init", "--no-encryption")
    cli.ok("demo", "--cases", "30", "--seed", "1", user="admin")
    return cli


def test_the_word_list_holds_the_schema_and_the_codes():
    words = english_words()
    for word in ("received_on", "state_since", "member_id", "is_rapporteur", "draft", "filed",
                 "review", "meets", "partly", "for", "against", "abstain", "refused",
                 "certified", "grant", "valid", "insert", "update"):  # fmt: skip
        assert word in words, word


def test_show_prints_no_english_word_on_any_demo_case(demo):
    rows = json.loads(demo.ok("cases", "--json", user="biuro"))
    assert len(rows) == 30
    # One case taken further, so that its history has changes (updates) as well.
    filed = next(r["reference"] for r in rows if r["state"] == "filed")
    demo.ok("act", filed, "accept", user="biuro")
    demo.ok("act", filed, "assign", "--member", "czlonek1", "--rapporteur", user="przewodniczaca")
    demo.ok("act", filed, "assess", "--standard", "S1", "--rating", "meets", user="czlonek1")
    words = english_words()
    shown = {}
    for row in rows:
        reference = row["reference"] or row["draft_code"]
        shown[reference] = demo.ok("show", reference, user="biuro")
        assert english_in(shown[reference], words) == [], reference
    states = {r["state"] for r in rows}
    assert {"certified", "revocation_appealed", "site_visit", "review"} <= states
    # What the scanned output covers: decisions with votes, a certificate, a visit, updates.
    joined = "\n".join(shown.values())
    assert "głos: za" in joined and "głos: przeciw" in joined
    assert "Certyfikat nr " in joined and "status: ważny" in joined
    assert "wizytacja (status: zaplanowana)" in joined
    assert "ocena: spełnia częściowo" in joined
    taken = shown[filed]
    assert "stan: złożone – kontrola formalna → ocena Komisji" in taken
    assert "sprawozdawca: — → Tomasz Wróbel" in taken
    assert "(członek Komisji: Tomasz Wróbel, sprawozdawca: tak)" in taken


def test_case_filters_take_polish_names_without_diacritics(demo):
    def count(*args: str) -> int:
        return len(json.loads(demo.ok("cases", *args, "--json", user="biuro")))

    exact = count("--voivodeship", "łódzkie")
    assert exact > 0
    assert count("--voivodeship", "lodzkie") == exact
    assert count("--voivodeship", "ŁÓDZKIE") == exact
    review = count("--status", "review")
    assert review > 0 and count("--status", "OCENA komisji") == review
    wtz = count("--type", "wtz")
    assert wtz > 0 and count("--type", "WTZ") == wtz
    assert count("--type", "warsztat terapii zajeciowej") == wtz


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--voivodeship", "mazowsze"),
         "błąd: Nie ma województwa „mazowsze” — czy chodziło o „mazowieckie”?"),
        (("--voivodeship", "lodzke"),
         "błąd: Nie ma województwa „lodzke” — czy chodziło o „łódzkie”?"),
        (("--status", "ocena komisj"),
         "błąd: Nie ma stanu sprawy „ocena komisj” — czy chodziło o „ocena Komisji”?"),
    ],
)  # fmt: skip
def test_an_unknown_filter_value_is_named_with_a_suggestion(demo, args, message):
    code, out, err = demo("cases", *args, user="biuro")
    assert code == 1 and out == ""
    assert err.strip() == message


def test_a_value_like_nothing_known_lists_the_choices(demo):
    code, _, err = demo("cases", "--voivodeship", "xyz", user="biuro")
    assert code == 1
    assert err.startswith("błąd: Nie ma województwa „xyz” — do wyboru: „dolnośląskie”")
    assert "„łódzkie”" in err and "voivodeship" not in err


def test_action_errors_have_polish_field_prefixes(demo):
    rows = json.loads(demo.ok("cases", "--status", "review", "--json", user="biuro"))
    reference = rows[0]["reference"]
    for option, label in (("--reasons", "Uzasadnienie"),):
        code, _, err = demo(
            "act", reference, "refuse", "--vote", "czlonek1=for", option, " ",
            user="przewodniczaca",
        )  # fmt: skip
        assert code == 1
        assert f"błąd: {label}: " in err, err
        assert english_in(err, english_words() | {"reasons", "grounds", "text"}) == [], err


def test_act_help_has_polish_placeholders(demo):
    rows = json.loads(demo.ok("cases", "--status", "review", "--json", user="biuro"))
    reference = rows[0]["reference"]
    for action, placeholder in (("assign", "--member LOGIN"), ("refuse", "--reasons TEKST")):
        code, out, _ = demo("act", reference, action, "--help")
        assert code == 0 and placeholder in out, out
        assert not re.search(r"--[a-z-]+ (MEMBER|REASONS?|GROUNDS|TEXT|CHARGES)\b", out), out


def test_check_results_count_problems_in_polish(capsys):
    from types import SimpleNamespace

    from calcert_desktop.cli import output

    report = SimpleNamespace(
        integrity=["a"], foreign_keys=["b", "c"], audit=["d"] * 5, numbering=["e"] * 22,
        files=["f"] * 3, chain=["g"], chain_report=None, records=10, audit_entries=3, blobs=4,
        unstored_attachments=0, ok=False,
    )  # fmt: skip
    output.print_report(report)
    out = capsys.readouterr().out
    assert "Spójność pliku: 1 problem\n" in out
    assert "Klucze obce: 2 problemy\n" in out
    assert "Łańcuch dziennika zmian: 1 problem\n" in out
    assert "Dziennik zmian: 5 problemów\n" in out
    assert "Numeracja: 22 problemy\n" in out
    assert "Pliki w bazie: 3 problemy\n" in out
    assert "Sprawdzono rekordów: 10, wpisów dziennika: 3, plików: 4.\n" in out


def test_votes_and_ratings_are_typed_in_polish(demo):
    rows = json.loads(demo.ok("cases", "--status", "filed", "--json", user="biuro"))
    reference = rows[0]["reference"]
    demo.ok("act", reference, "accept", user="biuro")
    demo.ok("act", reference, "assign", "--member", "czlonek1", user="przewodniczaca")
    demo.ok("act", reference, "assess", "--standard", "S1", "--rating", "Spełnia", user="czlonek1")
    demo.ok("act", reference, "assess", "--standard", "S2", "--rating", "czesciowo",
            "--comment", "Brak planu.", user="czlonek1")  # fmt: skip
    shown = json.loads(demo.ok("show", reference, "--json", user="biuro"))
    ratings = {a["standard"]: a["rating"] for a in shown["assessments"]}
    assert ratings == {"S1": "meets", "S2": "partly"}
    code, _, err = demo("act", reference, "assess", "--standard", "S3", "--rating", "dobrze",
                        user="czlonek1")  # fmt: skip
    assert code == 1
    assert err.strip() == (
        "błąd: Ocena: Nieznana ocena „dobrze” — podaj: spełnia, częściowo albo nie spełnia."
    )
    code, out, _ = demo("act", reference, "refuse", "--help")
    assert code == 0 and "LOGIN=za|przeciw|wstrzymuje" in out
    described = re.sub(r"--[a-z-]+", "", out.split("opcje:", 1)[1])  # the flags are names
    assert english_in(described, english_words()) == [], out
    code, _, err = demo("act", reference, "refuse", "--vote", "czlonek1", "--reasons", "x",
                        user="przewodniczaca")  # fmt: skip
    assert code == 1 and "LOGIN=za|przeciw|wstrzymuje" in err


@pytest.mark.parametrize(
    ("cases", "words"),
    [("1", "1 sprawę demonstracyjną"), ("3", "3 sprawy demonstracyjne"),
     ("5", "5 spraw demonstracyjnych")],
)  # fmt: skip
def test_demo_counts_its_cases_in_polish(cli_in, cases, words):
    cli = cli_in("dane")
    cli.ok("init", "--no-encryption")
    out = cli.ok("demo", "--cases", cases, "--seed", "1", user="admin")
    assert f"Utworzono {words} i " in out and " osób " in out, out


def test_a_system_file_error_is_told_in_polish():
    from calcert_desktop.cli.failures import unexpected_message
    from calcert_desktop.domain.os_errors import os_error_reason

    text = unexpected_message(FileNotFoundError(2, "No such file or directory", "/x/y"))
    assert text == "błąd: operacja na pliku nie powiodła się (/x/y): plik lub folder nie istnieje."
    assert os_error_reason(OSError(9999, "Strange English")) == "błąd systemu plików (kod 9999)"
    assert os_error_reason(PermissionError(13, "Permission denied")) == "brak uprawnień"


def test_an_assignment_names_the_person_without_declining_the_name(demo):
    # "Wyznaczono Tomasz Wróbel jako sprawozdawcę" declined the role but not the name.
    rows = json.loads(demo.ok("cases", "--status", "filed", "--json", user="biuro"))
    reference = rows[-1]["reference"]
    demo.ok("act", reference, "accept", user="biuro")
    said = demo.ok("act", reference, "assign", "--member", "czlonek2", "--rapporteur",
                   user="przewodniczaca")  # fmt: skip
    assert "Wyznaczono sprawozdawcę sprawy: Agnieszka Kołodziej (czlonek2)." in said
    said = demo.ok("act", reference, "assign", "--member", "czlonek3", user="przewodniczaca")
    assert "Wyznaczono członka Komisji do sprawy: Paweł Śliwiński (czlonek3)." in said
