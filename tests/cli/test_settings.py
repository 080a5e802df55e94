"""Settings where the regulations are silent: the appeal period and the response period."""

from __future__ import annotations

import json


def refused_case(cli, declaration_file) -> str:
    draft = cli.ok("declare", str(declaration_file()), user="biuro").strip()
    cli.ok("act", draft, "file", "--date", "2025-01-02", user="biuro")
    ref = json.loads(cli.ok("show", draft, "--json"))["reference"]
    cli.ok("act", ref, "accept", "--date", "2025-01-03", user="biuro")
    cli.ok(
        "act", ref, "assign", "--member", "czlonek1", "--date", "2025-01-03", user="przewodniczaca"
    )
    for number in range(1, 10):
        cli.ok(
            "act",
            ref,
            "assess",
            "--standard",
            f"S{number}",
            "--rating",
            "not",
            "--comment",
            "Brak dowodów.",
            "--date",
            "2025-01-04",
            user="czlonek1",
        )
    cli.ok(
        "act",
        ref,
        "refuse",
        "--vote",
        "czlonek1=against",
        "--reasons",
        "Brak dowodów.",
        "--date",
        "2025-01-10",
        user="przewodniczaca",
    )
    return ref


def test_appeal_period_is_a_setting(cli, declaration_file):
    ref = refused_case(cli, declaration_file)
    assert json.loads(cli.ok("show", ref, "--json"))["next_deadline"] == "2025-01-24"
    cli.refused(
        "act",
        ref,
        "appeal",
        "--grounds",
        "Odwołanie.",
        "--date",
        "2025-01-30",
        user="biuro",
        expect="14 dni",
    )
    cli.refused("settings", "appeal_days", "30", user="biuro", expect="administrator")
    cli.refused("settings", "appeal_days", "0", user="admin", expect="od 1 do 90")
    cli.refused("settings", "nieznane", "3", user="admin", expect="appeal_days")
    assert "Ustawiono" in cli.ok("settings", "appeal_days", "21", user="admin")
    assert json.loads(cli.ok("show", ref, "--json"))["next_deadline"] == "2025-01-31"
    cli.ok("act", ref, "appeal", "--grounds", "Odwołanie.", "--date", "2025-01-30", user="biuro")
    assert "21" in cli.ok("settings")
    assert cli("check")[0] == 0


def test_response_deadline_defaults_from_the_setting(cli, declaration_file):
    signed_early = declaration_file(signed="2023-12-20")
    draft = cli.ok("declare", str(signed_early), user="biuro").strip()
    cli.ok("act", draft, "file", "--date", "2024-01-02", user="biuro")
    ref = json.loads(cli.ok("show", draft, "--json"))["reference"]
    cli.ok("act", ref, "accept", "--date", "2024-01-03", user="biuro")
    cli.ok(
        "act", ref, "assign", "--member", "czlonek1", "--date", "2024-01-03", user="przewodniczaca"
    )
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
            "2024-01-04",
            user="czlonek1",
        )
    cli.ok(
        "act", ref, "grant", "--vote", "czlonek1=for", "--date", "2024-01-05", user="przewodniczaca"
    )
    cli.ok("act", ref, "issue", "--date", "2024-01-08", user="zarzad")
    cli.ok(
        "act",
        ref,
        "open-revocation",
        "--reason",
        "Skarga.",
        "--date",
        "2025-03-01",
        user="przewodniczaca",
    )
    cli.ok(
        "act",
        ref,
        "charge",
        "--charges",
        "Naruszenie S3.",
        "--date",
        "2025-03-03",
        user="przewodniczaca",
    )
    data = json.loads(cli.ok("show", ref, "--json"))
    assert data["revocations"][0]["response_due"] == "2025-03-17"
    assert data["next_deadline"] == "2025-03-17"
