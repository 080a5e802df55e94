"""The whole process from the command line, as the acceptance of the foundation asks:
granted and expired; refused, appealed and overturned; revoked after written charges and
the revocation upheld on appeal; renewed."""

from __future__ import annotations

import json

from cli_support import BOARD_VOTES

MEMBERS = ("czlonek1", "czlonek2", "przewodniczaca")


def file_case(cli, declaration_file, signed: str, received: str) -> str:
    return cli.file_case(declaration_file(signed=signed), received)


def review(cli, ref: str, day: str, rating: str = "meets") -> None:
    cli.review(ref, day, MEMBERS, rating)


def votes(value: str) -> list[str]:
    return [arg for member in MEMBERS for arg in ("--vote", f"{member}={value}")]


def show(cli, ref: str) -> dict:
    return json.loads(cli.ok("show", ref, "--json", user="biuro"))


def test_granted_issued_on_29_february_then_expired(cli, declaration_file):
    ref = file_case(cli, declaration_file, "2024-01-15", "2024-01-20")
    review(cli, ref, "2024-02-01")
    cli.ok(
        "act",
        ref,
        "schedule-visit",
        "--expert",
        "ekspert",
        "--visit-date",
        "2024-02-10",
        "--date",
        "2024-02-02",
        user="przewodniczaca",
    )
    cli.ok(
        "act",
        ref,
        "record-visit",
        "--summary",
        "Wizytacja potwierdziła zgłoszenie.",
        "--finding",
        "S4=meets:Diagnoza potrzeb z 2023 r.",
        "--date",
        "2024-02-10",
        user="ekspert",
    )
    cli.ok("act", ref, "grant", *votes("for"), "--date", "2024-02-20", user="przewodniczaca")
    out = cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2024-02-29", user="zarzad")
    assert "CJ-001/2024" in out
    data = show(cli, ref)
    assert data["certificate"] == {
        "number": "CJ-001/2024",
        "issued_on": "2024-02-29",
        "valid_until": "2029-02-28",
        "status": "valid",
    }
    assert data["site_visits"][0]["findings"]["S4"]["rating"] == "meets"
    assert data["decisions"][0]["votes"] == dict.fromkeys(MEMBERS, "for")
    # Not expired before its last day; the last day is 28 February 2029.
    cli.refused("act", ref, "expire", "--date", "2026-01-01", user="biuro", expect="2029-02-28")
    # The clock is real: expiry in 2029 cannot be recorded today, so check the date guard.
    cli.refused("act", ref, "expire", "--date", "2029-03-01", user="biuro", expect="przyszłości")


def test_expiry_after_five_years(cli, declaration_file):
    ref = file_case(cli, declaration_file, "2020-01-10", "2020-01-15")
    review(cli, ref, "2020-02-01")
    cli.ok("act", ref, "grant", *votes("for"), "--date", "2020-02-20", user="przewodniczaca")
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2020-02-29", user="zarzad")
    assert show(cli, ref)["certificate"]["valid_until"] == "2025-02-28"
    # The last day of validity is still valid.
    cli.refused("act", ref, "expire", "--date", "2025-02-28", user="biuro", expect="2025-02-28")
    out = cli.ok("act", ref, "expire", "--date", "2025-03-01", user="biuro")
    assert "wygasł" in out
    data = show(cli, ref)
    assert data["state"] == "expired" and data["certificate"]["status"] == "expired"
    # Renewal: a new draft linked to the expired case, filed as a new reference.
    out = cli.ok("act", ref, "renew", "--date", "2025-03-05", user="biuro")
    draft = next(word for word in out.split() if word.startswith("ROB-"))
    renewal = show(cli, draft)
    assert renewal["renews"] == ref and renewal["state"] == "draft"
    cli.refused("act", ref, "renew", "--date", "2025-03-06", user="biuro", expect="odnowienie")
    cli.ok("act", draft, "file", "--date", "2025-03-06", user="biuro")
    assert show(cli, draft)["reference"] == "CAL/2025/0001"


def test_refused_appealed_and_overturned(cli, declaration_file):
    ref = file_case(cli, declaration_file, "2025-05-01", "2025-05-05")
    review(cli, ref, "2025-05-10", rating="not")
    code, _, err = cli(
        "act", ref, "refuse", *votes("against"), "--date", "2025-05-20", user="przewodniczaca"
    )
    assert code == 2 and "--reasons" in err  # written reasons are required
    cli.ok(
        "act",
        ref,
        "refuse",
        *votes("against"),
        "--reasons",
        "Standardy S1–S9 nie są spełnione.",
        "--date",
        "2025-05-20",
        user="przewodniczaca",
    )
    cli.ok("act", ref, "deliver", "--date", "2025-05-22", user="biuro")
    cli.refused(
        "act",
        ref,
        "appeal",
        "--grounds",
        "Nie zgadzamy się.",
        "--date",
        "2025-06-06",
        user="biuro",
        expect="2025-06-05",
    )  # 14 days from delivery
    cli.ok(
        "act",
        ref,
        "appeal",
        "--grounds",
        "Raport pominięto przy ocenie.",
        "--date",
        "2025-06-05",
        user="biuro",
    )
    cli.ok(
        "act",
        ref,
        "overturn",
        *BOARD_VOTES,
        "--reasons",
        "Komisja nie uwzględniła raportu.",
        "--date",
        "2025-06-20",
        user="zarzad",
    )
    assert show(cli, ref)["state"] == "granted"
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2025-06-25", user="zarzad")
    data = show(cli, ref)
    assert data["state"] == "certified"
    assert data["appeals"][0]["outcome"] == "overturned"
    assert [d["kind"] for d in data["decisions"]] == ["refuse", "overturn"]


def test_revoked_after_written_charges_and_upheld(cli, declaration_file):
    ref = file_case(cli, declaration_file, "2023-03-01", "2023-03-02")
    review(cli, ref, "2023-03-10")
    cli.ok("act", ref, "grant", *votes("for"), "--date", "2023-03-20", user="przewodniczaca")
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2023-03-25", user="zarzad")
    cli.ok(
        "act",
        ref,
        "open-revocation",
        "--reason",
        "Skarga mieszkańców.",
        "--date",
        "2025-01-10",
        user="przewodniczaca",
    )
    cli.refused(
        "act",
        ref,
        "revoke",
        *votes("for"),
        "--reasons",
        "Naruszenie.",
        "--date",
        "2025-01-11",
        user="przewodniczaca",
        expect="zarzuty",
    )  # no charges in writing yet
    cli.ok(
        "act",
        ref,
        "charge",
        "--charges",
        "Zaprzestano pracy środowiskowej (S5).",
        "--response-due",
        "2025-02-10",
        "--date",
        "2025-01-15",
        user="przewodniczaca",
    )
    cli.refused(
        "act",
        ref,
        "revoke",
        *votes("for"),
        "--reasons",
        "Naruszenie S5.",
        "--date",
        "2025-01-20",
        user="przewodniczaca",
        expect="2025-02-10",
    )  # the response is awaited
    cli.ok(
        "act",
        ref,
        "respond",
        "--text",
        "Praca trwa, przedstawiamy dowody.",
        "--date",
        "2025-02-01",
        user="biuro",
    )
    cli.ok(
        "act",
        ref,
        "revoke",
        *votes("for"),
        "--reasons",
        "Odpowiedź nie usuwa naruszenia S5.",
        "--date",
        "2025-02-15",
        user="przewodniczaca",
    )
    data = show(cli, ref)
    assert data["state"] == "revoked" and data["certificate"]["status"] == "revoked"
    cli.ok(
        "act", ref, "appeal", "--grounds", "Odwołujemy się.", "--date", "2025-02-20", user="biuro"
    )
    cli.ok(
        "act",
        ref,
        "uphold",
        *BOARD_VOTES,
        "--reasons",
        "Zarząd podziela ocenę Komisji.",
        "--date",
        "2025-03-10",
        user="zarzad",
    )
    data = show(cli, ref)
    assert data["state"] == "revoked_final"
    assert data["revocations"][0]["outcome"] == "revoked"
    assert data["appeals"][0]["outcome"] == "upheld"
    cli.refused(
        "act",
        ref,
        "appeal",
        "--grounds",
        "Jeszcze raz.",
        "--date",
        "2025-03-11",
        user="biuro",
        expect="",
    )
    history = data["history"]
    assert {e["user"] for e in history} >= {"biuro", "przewodniczaca", "zarzad", "czlonek1"}
    assert any(
        e["record"] == "cases"
        and e["operation"] == "update"
        and e["new"].get("state") == "revoked_final"
        for e in history
    )
    assert cli.ok("check").strip().endswith("Baza danych jest w porządku.")


def test_conflicted_member_neither_assesses_nor_votes(cli, declaration_file):
    ref = file_case(cli, declaration_file, "2025-01-01", "2025-01-02")
    cli.ok("act", ref, "accept", "--date", "2025-01-03", user="biuro")
    for member in (*MEMBERS, "czlonek3"):
        cli.ok(
            "act", ref, "assign", "--member", member, "--date", "2025-01-04", user="przewodniczaca"
        )
    cli.ok(
        "act",
        ref,
        "declare-conflict",
        "--reason",
        "Była pracownica instytucji.",
        "--date",
        "2025-01-05",
        user="czlonek3",
    )
    cli.refused(
        "act",
        ref,
        "assess",
        "--standard",
        "S1",
        "--rating",
        "meets",
        "--date",
        "2025-01-06",
        user="czlonek3",
        expect="konflikt",
    )
    for member in MEMBERS:
        for number in range(1, 10):
            cli.ok(
                "act",
                ref,
                "assess",
                "--standard",
                f"S{number}",
                "--rating",
                "meets",
                "--date",
                "2025-01-06",
                user=member,
            )
    cli.refused(
        "act",
        ref,
        "grant",
        *votes("for"),
        "--vote",
        "czlonek3=for",
        "--date",
        "2025-01-07",
        user="przewodniczaca",
        expect="konflikt",
    )
    cli.ok("act", ref, "grant", *votes("for"), "--date", "2025-01-07", user="przewodniczaca")
