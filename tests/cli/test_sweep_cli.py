"""`calcert sweep`: a refusal or revocation nobody appealed becomes final the day after the
appeal period from the recorded delivery, not a day earlier; a certificate expires the day
after its last day of validity. The walks use ``--on`` (the command line has no other way to
set today) and the other commands record backdated acts with the sweep at opening off."""

from __future__ import annotations

import json

from case_scenarios import revoked_case
from cli_support import BOARD_VOTES

MEMBERS = ("czlonek1", "czlonek2", "przewodniczaca")
VOTES = [arg for member in MEMBERS for arg in ("--vote", f"{member}=against")]


def show(cli, ref: str) -> dict:
    return json.loads(cli.ok("show", ref, "--json", user="biuro"))


def refused_case(cli, declaration_file, deliver: bool = True) -> str:
    ref = cli.file_case(declaration_file(signed="2025-05-01"), "2025-05-05")
    cli.review(ref, "2025-05-10", MEMBERS, rating="not")
    cli.ok("act", ref, "refuse", *VOTES, "--reasons", "Standardy nie są spełnione.",
           "--date", "2025-05-20", user="przewodniczaca")  # fmt: skip
    if deliver:
        cli.ok("act", ref, "deliver", "--date", "2025-05-22", user="biuro")
    return ref


def test_refusal_final_the_day_after_the_appeal_period(cli, declaration_file):
    ref = refused_case(cli, declaration_file)
    # 14 days from delivery on 22 May: the last day to appeal is 5 June.
    shown = show(cli, ref)
    assert (shown["next_deadline"], shown["closes_on"]) == ("2025-06-05", "2025-06-06")
    before = cli.fingerprint()
    out = cli.ok("sweep", "--on", "2025-06-05")
    assert "nie ma decyzji do uprawomocnienia" in out
    assert cli.fingerprint() == before
    assert show(cli, ref)["state"] == "refused"

    out = cli.ok("sweep", "--on", "2025-06-06", "--dry-run")
    assert f"{ref}: uprawomocnienie decyzji z dniem 2025-06-06" in out
    assert "1 sprawa (próba – nic nie zapisano)" in out
    assert cli.fingerprint() == before and show(cli, ref)["state"] == "refused"

    out = cli.ok("sweep", "--on", "2025-06-06")
    assert f"{ref}: uprawomocnienie decyzji z dniem 2025-06-06" in out
    assert "odmowa ostateczna" in out and "1 sprawa zamknięta" in out
    data = show(cli, ref)
    assert data["state"] == "refused_final" and data["closes_on"] is None
    # Idempotent: a second sweep finds nothing.
    after = cli.fingerprint()
    assert "nie ma decyzji" in cli.ok("sweep", "--on", "2025-06-07")
    assert cli.fingerprint() == after
    # An appeal can no longer be recorded, and the check of the database passes.
    cli.refused("act", ref, "appeal", "--grounds", "Za późno.", "--date", "2025-06-07",
                user="biuro")  # fmt: skip
    cli.ok("check")


def test_no_delivery_never_final_and_appeal_not_swept(cli, declaration_file):
    undelivered = refused_case(cli, declaration_file, deliver=False)
    appealed = refused_case(cli, declaration_file)
    cli.ok("act", appealed, "appeal", "--grounds", "Raport pominięto.", "--date", "2025-06-05",
           user="biuro")  # fmt: skip
    out = cli.ok("sweep", "--on", "2026-01-10")
    assert "nie ma decyzji do uprawomocnienia" in out
    assert show(cli, undelivered)["state"] == "refused"
    assert show(cli, undelivered)["closes_on"] is None  # no delivery recorded: never final
    assert show(cli, appealed)["state"] == "refusal_appealed"


def test_revocation_final_the_day_after_the_appeal_period(cli, declaration_file):
    ref = revoked_case(cli, declaration_file)  # revoked on 2025-02-15, delivery not recorded
    assert "nie ma decyzji" in cli.ok("sweep", "--on", "2025-12-31")
    cli.ok("act", ref, "deliver", "--date", "2025-02-17", user="biuro")
    before = cli.fingerprint()
    assert "nie ma decyzji" in cli.ok("sweep", "--on", "2025-03-03")  # last day to appeal
    assert cli.fingerprint() == before and show(cli, ref)["state"] == "revoked"
    out = cli.ok("sweep", "--on", "2025-03-04")
    assert f"{ref}: uprawomocnienie decyzji z dniem 2025-03-04" in out
    assert "odebranie ostateczne" in out
    assert show(cli, ref)["state"] == "revoked_final"
    cli.ok("check")


def test_certificate_expires_the_day_after_its_last_day(cli, declaration_file):
    ref = cli.file_case(declaration_file(signed="2020-01-10"), "2020-01-15")
    cli.review(ref, "2020-02-01", MEMBERS)
    votes = [arg for member in MEMBERS for arg in ("--vote", f"{member}=for")]
    cli.ok("act", ref, "grant", *votes, "--reasons", "Spełnione.", "--date", "2020-02-20",
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "issue", *BOARD_VOTES, "--date", "2020-02-29", user="zarzad")
    assert show(cli, ref)["certificate"]["valid_until"] == "2025-02-28"
    assert show(cli, ref)["closes_on"] == "2025-03-01"
    assert "nie ma decyzji" in cli.ok("sweep", "--on", "2025-02-28")
    assert show(cli, ref)["state"] == "certified"
    out = cli.ok("sweep", "--on", "2025-03-01")
    assert f"{ref}: stwierdzenie wygaśnięcia certyfikatu z dniem 2025-03-01" in out
    data = show(cli, ref)
    assert data["state"] == "expired" and data["certificate"]["status"] == "expired"
    cli.ok("check")


def test_sweep_refuses_a_future_day_and_a_bad_date(cli):
    before = cli.fingerprint()
    cli.refused("sweep", "--on", "2999-01-01", expect="2999-01-01")
    cli.refused("sweep", "--on", "1.06.2025")
    assert cli.fingerprint() == before


def test_opening_the_data_sweeps_with_todays_date(cli, declaration_file, monkeypatch):
    ref = refused_case(cli, declaration_file)
    monkeypatch.delenv("CALCERT_NO_SWEEP")
    code, out, err = cli("show", ref, "--json", user="biuro")
    assert code == 0
    assert f"{ref}: uprawomocnienie decyzji z dniem 2025-06-06 (zapisane przez system)" in err
    assert json.loads(out)["state"] == "refused_final"


def test_plural_forms():
    from calcert_desktop.cli.commands.sweep import plural

    forms = ("sprawa", "sprawy", "spraw")
    got = [plural(n, *forms) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 112, 122)]
    assert got == ["sprawa", "sprawy", "sprawy", "spraw", "spraw", "spraw", "spraw", "spraw",
                   "sprawy", "spraw", "spraw", "sprawy"]  # fmt: skip
