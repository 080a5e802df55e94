"""Demo data: every state, realistic Polish content, reproducible, and fully audited."""

from __future__ import annotations

import json
from collections import Counter

import engines
from calcert_desktop.domain.states import CaseState
from cli_support import admin_of


def test_init_demo_cases_in_an_empty_folder(cli_in):
    cli = cli_in("pusty")
    cli.ok("init", "--no-encryption")
    out = cli.ok("demo", "--cases", "200", "--seed", "7", user="admin")
    assert "200" in out
    rows = json.loads(cli.ok("cases", "--json", user="biuro"))
    assert len(rows) == 200
    states = Counter(row["state"] for row in rows)
    assert set(states) == {s.value for s in CaseState}
    assert any(ch in "".join(r["institution"] + r["town"] for r in rows) for ch in "ąćęłńóśźż")
    assert cli("check")[0] == 0
    # The demo's people act in the process; a second demo would mix data sets.
    users = {u["login"] for u in json.loads(cli.ok("users", "--json"))}
    assert {"biuro", "przewodniczaca", "czlonek1", "ekspert", "zarzad", "admin"} <= users
    code, _, err = cli("demo", "--cases", "5", user="admin")
    assert code == 1 and "pustej" in err


def test_same_seed_same_data_other_seed_other_data(cli_in):
    def run(folder: str, seed: str) -> list[dict]:
        cli = cli_in(folder)
        cli.ok("init", "--no-encryption")
        cli.ok("demo", "--cases", "40", "--seed", seed, user="admin")
        return json.loads(cli.ok("cases", "--json", user="biuro"))

    first, again, other = run("a", "11"), run("b", "11"), run("c", "12")
    assert first == again
    assert first != other


def test_demo_cases_follow_the_rules(cli_in):
    cli = cli_in("demo")
    cli.ok("init", "--no-encryption")
    cli.ok("demo", "--cases", "120", "--seed", "3", user="admin")
    rows = json.loads(cli.ok("cases", "--json", user="biuro"))
    for row in rows:
        data = json.loads(cli.ok("show", row["reference"], "--json", user="biuro"))
        state = data["state"]
        certificate = data["certificate"]
        if state in (
            "certified",
            "expired",
            "revoked",
            "revoked_final",
            "revocation",
            "charged",
            "revocation_appealed",
        ):
            assert certificate is not None, row
            conflicted = {m["login"] for m in data["members"] if m["conflict_declared_on"]}
            voters = {v for d in data["decisions"] for v in d["votes"]}
            assert not conflicted & voters
            assessed = {a["member"] for a in data["assessments"]}
            assert not conflicted & assessed
        if state == "draft":
            assert data["reference"] is None
        else:
            assert data["reference"].startswith("CAL/")
        for decision in data["decisions"]:
            if decision["kind"] in ("refuse", "revoke", "uphold", "overturn"):
                assert decision["reasons"].strip()
        if certificate and state == "certified":
            assert certificate["status"] == "valid"


def test_certificate_numbers_are_gap_free_per_year_and_follow_issue_dates(cli_in):

    cli = cli_in("numery")
    cli.ok("init", "--no-encryption")
    cli.ok("demo", "--cases", "150", "--seed", "5", user="admin")
    with engines.raw(cli.database) as connection:
        rows = connection.execute(
            "SELECT year, seq, issued_on, number FROM certificates ORDER BY year, seq"
        ).fetchall()
        references = connection.execute(
            "SELECT reference, received_on FROM cases WHERE reference IS NOT NULL"
        ).fetchall()
    by_year: dict[int, list[tuple[int, str]]] = {}
    for year, seq, day, number in rows:
        issued_on = str(day)  # text in SQLite, a date from the server
        assert number == f"CJ-{seq:03d}/{year}" and issued_on.startswith(str(year))
        by_year.setdefault(year, []).append((seq, issued_on))
    for year, items in by_year.items():
        assert [seq for seq, _ in items] == list(range(1, len(items) + 1)), year
        assert [day for _, day in items] == sorted(day for _, day in items), year
    assert len({ref for ref, _ in references}) == len(references)
    assert all(ref[4:8] == str(received)[:4] for ref, received in references)


def test_a_demo_that_fails_midway_leaves_nothing(cli_in, monkeypatch):
    import pytest

    from calcert_desktop.demo import loader
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.admin import maintenance
    from calcert_desktop.services.context import open_context, resolve_actor

    cli = cli_in("przerwane")
    cli.ok("init", "--no-encryption")
    before = cli.fingerprint()
    monkeypatch.setattr(loader, "CASES_PER_BATCH", 10)
    written = []
    real_insert = loader._insert

    def insert_then_fail(session, batch):
        real_insert(session, batch)
        written.append(len(batch))
        if len(written) == 2:  # people, counters and two batches are already in
            raise KeyboardInterrupt

    monkeypatch.setattr(loader, "_insert", insert_then_fail)
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:
        with pytest.raises(KeyboardInterrupt):
            loader.fill(ctx, resolve_actor(ctx, "admin"), cases=50, seed=4)
        assert maintenance.check(ctx, admin_of(ctx)).ok
    finally:
        ctx.close()
    assert cli.fingerprint() == before
    assert json.loads(cli.ok("cases", "--json", user="admin")) == []  # admin: the only one
    assert {u["login"] for u in json.loads(cli.ok("users", "--json"))} == {"admin"}
    monkeypatch.undo()
    cli.ok("demo", "--cases", "50", "--seed", "4", user="admin")
    assert len(json.loads(cli.ok("cases", "--json", user="admin"))) == 50
    assert cli("check")[0] == 0


def test_demo_refuses_a_database_whose_numbers_are_given(cli_in):

    cli = cli_in("liczniki")
    cli.ok("init", "--no-encryption")
    with engines.raw(cli.database) as connection:
        connection.execute("INSERT INTO counters (kind, year, last) VALUES ('reference', 2026, 7)")
    code, _, err = cli("demo", "--cases", "5", user="admin")
    assert code == 1 and "nadane numery" in err


def test_the_demo_drafts_carry_their_completeness_and_the_rest_none(cli_in):
    """The list of applications reads a draft's completeness from its row (issue 22): the
    demo stores it for the drafts it leaves, measured as the list would measure it."""
    from sqlalchemy import select

    from calcert_desktop.domain.declaration import Declaration, completeness
    from calcert_desktop.domain.forms import load_form
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context, reading
    from calcert_desktop.storage.models import Case, DeclarationText

    cli = cli_in("kompletnosc")
    cli.ok("init", "--no-encryption")
    cli.ok("demo", "--cases", "80", "--seed", "5", user="admin")
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    try:
        with reading(ctx) as session:
            rows = session.execute(
                select(Case.state, Case.completeness, DeclarationText.body).join(
                    DeclarationText, DeclarationText.case_id == Case.id
                )
            ).all()
    finally:
        ctx.close()
    drafts = [row for row in rows if row.state == CaseState.DRAFT]
    assert drafts and len(drafts) < len(rows)
    for row in drafts:
        declaration = Declaration.from_partial(json.loads(row.body))
        expected = completeness(declaration, load_form(declaration.form_version))
        assert row.completeness == expected
    assert all(row.completeness is None for row in rows if row.state != CaseState.DRAFT)
