"""Settings where the regulations are silent: the appeal period and the response period."""

from __future__ import annotations

import json

from cli_support import BOARD_VOTES


def test_appeal_period_is_a_setting(cli, declaration_file):
    ref = cli.file_case(declaration_file(), "2025-01-02")
    cli.review(ref, "2025-01-03", ("czlonek1",), rating="not")
    cli.ok("act", ref, "refuse", "--vote", "czlonek1=against", "--reasons", "Brak dowodów.",
           "--date", "2025-01-10", user="przewodniczaca")  # fmt: skip
    assert json.loads(cli.ok("show", ref, "--json", user="biuro"))["next_deadline"] == "2025-01-24"
    cli.refused("act", ref, "appeal", "--grounds", "Odwołanie.", "--date", "2025-01-30",
                user="biuro", expect="14 dni")  # fmt: skip
    cli.refused("settings", "appeal_days", "30", user="biuro", expect="administrator")
    cli.refused("settings", "appeal_days", "0", user="admin", expect="od 1 do 90")
    cli.refused("settings", "nieznane", "3", user="admin", expect="appeal_days")
    assert "Ustawiono" in cli.ok("settings", "appeal_days", "21", user="admin")
    assert json.loads(cli.ok("show", ref, "--json", user="biuro"))["next_deadline"] == "2025-01-31"
    cli.ok("act", ref, "appeal", "--grounds", "Odwołanie.", "--date", "2025-01-30", user="biuro")
    assert "21" in cli.ok("settings")
    assert cli("check")[0] == 0


def test_response_deadline_defaults_from_the_setting(cli, declaration_file):
    ref = cli.file_case(declaration_file(signed="2023-12-20"), "2024-01-02")
    cli.review(ref, "2024-01-03", ("czlonek1",))
    cli.ok("act", ref, "grant", "--vote", "czlonek1=for", "--date", "2024-01-05",
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2024-01-08", user="zarzad")
    cli.ok("act", ref, "open-revocation", "--reason", "Skarga.", "--date", "2025-03-01",
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "charge", "--charges", "Naruszenie S3.", "--date", "2025-03-03",
           user="przewodniczaca")  # fmt: skip
    data = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    assert data["revocations"][0]["response_due"] == "2025-03-17"
    assert data["next_deadline"] == "2025-03-17"
