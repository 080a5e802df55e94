"""Impartiality on the command line (issue 16, item 1): the four faults reproduced on main,
and the rules around them, each refused in one Polish line naming the rule, the database
unchanged byte for byte (``Cli.refused``)."""

from __future__ import annotations

import json
import re

from cli_support import BOARD_VOTES
from impartiality_cases import (
    STRAY_REMARK,
    act,
    refused_on_appeal,
    reviewed,
    visited_by_a_member,
    votes,
    withdrawn_after_assessing,
)

CONFLICTED = "zgłosiła konflikt interesów w tej sprawie — nie może w niej niczego zapisywać"


def test_a_chair_with_a_declared_conflict_cannot_record_grant(cli, declaration_file):
    ref = reviewed(cli, declaration_file)
    out = act(
        cli,
        ref,
        "declare-conflict",
        "2024-02-02",
        "przewodniczaca",
        "--reason",
        "Zasiadam w radzie fundacji prowadzącej instytucję.",
    )
    assert "Zapisano konflikt interesów: Barbara Łukaszewicz (przewodniczaca)" in out
    line = cli.refused(
        "act",
        ref,
        "grant",
        *votes("czlonek1=za", "czlonek2=za"),
        "--date",
        "2024-02-03",
        user="przewodniczaca",
        expect=f"Osoba „przewodniczaca” {CONFLICTED}",
    )
    assert line.startswith("błąd: Osoba działająca: ")
    cli.refused(
        "act",
        ref,
        "refuse",
        *votes("czlonek1=przeciw", "czlonek2=przeciw"),
        "--reasons",
        "Nie.",
        "--date",
        "2024-02-03",
        user="przewodniczaca",
        expect=CONFLICTED,
    )
    shown = cli.ok("show", ref, user="biuro")
    assert "Konflikty interesów (poza składem Komisji w sprawie):" in shown
    assert "przewodniczaca (2024-02-02): Zasiadam w radzie fundacji" in shown
    data = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    assert data["conflicts"] == [
        {
            "login": "przewodniczaca",
            "declared_on": "2024-02-02",
            "reason": "Zasiadam w radzie fundacji prowadzącej instytucję.",
            "assigned": False,
        }
    ]


def test_a_member_with_a_conflict_on_the_board_cannot_issue(cli, declaration_file):
    ref = reviewed(cli, declaration_file)
    act(cli, ref, "assign", "2024-02-01", "przewodniczaca", "--member", "hnowak")
    act(cli, ref, "declare-conflict", "2024-02-02", "hnowak", "--reason", "Rodzina.")
    act(cli, ref, "grant", "2024-02-03", "przewodniczaca", *votes("czlonek1=za", "czlonek2=za"))
    cli.refused(
        "act",
        ref,
        "issue",
        *BOARD_VOTES,
        "--date",
        "2024-02-04",
        user="hnowak",
        expect=f"Osoba „hnowak” {CONFLICTED}",
    )
    # Nor does hnowak vote in the Board's resolution recorded by another member.
    cli.refused(
        "act",
        ref,
        "issue",
        "--board-vote",
        "hnowak=za",
        "--board-vote",
        "zarzad=za",
        "--date",
        "2024-02-04",
        user="zarzad",
        expect=f"Osoba „hnowak” {CONFLICTED}",
    )
    assert "certyfikat ważny" in act(cli, ref, "issue", "2024-02-04", "zarzad", *BOARD_VOTES)


def test_a_withdrawn_members_assessment_leaves_the_file_but_not_the_history(cli, declaration_file):
    ref = withdrawn_after_assessing(cli, declaration_file)
    data = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    assert {a["member"] for a in data["assessments"]} == {"czlonek1", "czlonek2"}
    assert len(data["assessments"]) == 18
    logged = [
        e for e in data["history"] if e["record"] == "assessments" and e["user"] == "czlonek3"
    ]
    assert len(logged) == 1 and logged[0]["new"]["comment"] == STRAY_REMARK
    member = next(m for m in data["members"] if m["login"] == "czlonek3")
    assert member["conflict_declared_on"] == "2024-02-03"
    assert data["conflicts"][0]["assigned"] is True
    shown = cli.ok("show", ref, user="biuro")
    assert "Oceny standardów: 18" in shown
    assert "czlonek3 — konflikt interesów: Córka pracuje w instytucji." in shown
    # In the history, as it was given, and the declaration after it.
    assert (
        "czlonek3       ocena standardu: dodano — ocena standardu (standard: S4, członek "
        "Komisji: Paweł Śliwiński, ocena: nie spełnia)"
    ) in shown
    assert (
        "czlonek3       zgłoszenie konfliktu interesów: dodano — konflikt interesów "
        "(osoba: Paweł Śliwiński)"
    ) in shown
    # The withdrawn member acts no more: neither assesses nor votes.
    cli.refused(
        "act",
        ref,
        "assess",
        "--standard",
        "S5",
        "--rating",
        "spełnia",
        "--date",
        "2024-02-04",
        user="czlonek3",
        expect=CONFLICTED,
    )
    cli.refused(
        "act",
        ref,
        "refuse",
        *votes("czlonek1=przeciw", "czlonek2=przeciw", "czlonek3=przeciw"),
        "--reasons",
        "Nie.",
        "--date",
        "2024-02-04",
        user="przewodniczaca",
        expect="„czlonek3” zgłosiła konflikt interesów w tej sprawie — nie może głosować",
    )
    act(
        cli,
        ref,
        "refuse",
        "2024-02-04",
        "przewodniczaca",
        *votes("czlonek1=przeciw", "czlonek2=przeciw"),
        "--reasons",
        "Standardy niespełnione.",
    )


def test_who_took_part_in_the_refusal_cannot_decide_the_appeal(cli, declaration_file):
    ref = refused_on_appeal(cli, declaration_file)
    took_part = (
        "brała udział w decyzji Komisji w tej sprawie (oceniała, głosowała, była "
        "sprawozdawcą albo wizytującym ekspertem) — nie może rozstrzygać odwołania od niej"
    )
    for login in ("hnowak", "ekspertzarzad"):  # the rapporteur who voted, the visiting expert
        for action in ("uphold", "overturn"):
            cli.refused(
                "act",
                ref,
                action,
                "--reasons",
                "Rozstrzygnięcie.",
                *BOARD_VOTES,
                "--date",
                "2024-03-01",
                user=login,
                expect=f"Osoba „{login}” {took_part}",
            )
            # Nor do they vote in the Board's resolution another member records.
            cli.refused(
                "act",
                ref,
                action,
                "--reasons",
                "Rozstrzygnięcie.",
                "--board-vote",
                f"{login}=za",
                "--board-vote",
                "zarzad=za",
                "--date",
                "2024-03-01",
                user="zarzad2",
                expect=f"Osoba „{login}” {took_part}",
            )
    out = act(cli, ref, "uphold", "2024-03-01", "zarzad", "--reasons", "Odwołanie niezasadne.",
              *BOARD_VOTES)  # fmt: skip
    assert "odmowa ostateczna" in out


def test_a_board_member_declares_a_conflict_in_an_appeal(cli, declaration_file):
    ref = refused_on_appeal(cli, declaration_file)
    cli.refused(
        "act",
        ref,
        "declare-conflict",
        "--person",
        "zarzad",
        "--reason",
        "Rodzina.",
        "--date",
        "2024-02-21",
        user="przewodniczaca",
        expect="Konflikt interesów zgłasza sama osoba, której dotyczy",
    )
    cli.refused(
        "act",
        ref,
        "declare-conflict",
        "--reason",
        "Rodzina.",
        "--date",
        "2024-02-21",
        user="biuro",
        expect="członek Zarządu CAL",
    )
    act(cli, ref, "declare-conflict", "2024-02-21", "zarzad", "--reason", "Rodzina.")
    cli.refused(
        "act",
        ref,
        "overturn",
        "--reasons",
        "Zasadne.",
        *BOARD_VOTES,
        "--date",
        "2024-02-22",
        user="zarzad",
        expect=f"Osoba „zarzad” {CONFLICTED}",
    )
    cli.refused(
        "act",
        ref,
        "declare-conflict",
        "--reason",
        "Znowu.",
        "--date",
        "2024-02-22",
        user="zarzad",
        expect="już zgłosiła konflikt interesów w tej sprawie",
    )
    data = json.loads(cli.ok("show", ref, "--json", user="zarzad"))
    assert data["assessments"] == []  # a conflicted Board member reads no rating
    assert [c["login"] for c in data["conflicts"]] == ["zarzad"]


def test_the_visiting_expert_does_not_vote_unless_the_setting_says_so(cli, declaration_file):
    ref = visited_by_a_member(cli, declaration_file)
    both = votes("czlonek1=za", "ekspertczlonek=za")
    cli.refused(
        "act",
        ref,
        "grant",
        *both,
        "--date",
        "2024-02-06",
        user="przewodniczaca",
        expect="Osoba „ekspertczlonek” przeprowadziła wizytację w tej sprawie — ekspert "
        "wizytujący nie głosuje w sprawie, którą wizytował",
    )
    listed = cli.ok("settings")
    # (the columns are as wide as the longest setting's name)
    assert re.search(r"visit_expert_votes +0  \(domyślnie 0\) głosowanie eksperta wizytującego",
                     listed)  # fmt: skip
    cli.refused(
        "settings", "visit_expert_votes", "1", user="przewodniczaca", expect="administrator"
    )
    assert "Ustawiono: głosowanie eksperta wizytującego" in cli.ok(
        "settings", "visit_expert_votes", "1", user="admin"
    )
    cli.refused(
        "act",
        ref,
        "grant",
        *votes("czlonek1=za"),
        "--date",
        "2024-02-06",
        user="przewodniczaca",
        expect="Brakuje głosów członków Komisji: ekspertczlonek",
    )
    out = act(cli, ref, "grant", "2024-02-06", "przewodniczaca", *both)
    assert "przyznano" in out


def test_the_visiting_expert_votes_nothing_by_default_and_the_rest_decide(cli, declaration_file):
    ref = visited_by_a_member(cli, declaration_file)
    act(cli, ref, "grant", "2024-02-06", "przewodniczaca", *votes("czlonek1=za"))
    data = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    assert data["decisions"][0]["votes"] == {"czlonek1": "for"}
    assert cli.ok("check").strip().endswith("Baza danych jest w porządku.")
