"""Migration 0007: an existing database whose Commission was a role an administrator ticked
keeps working. Every holder of the chair's or a member's role gets an open-ended appointment
from 2000-01-01 with no resolution (``basis = 'migration'``), the role codes leave the
person, and the audit log accounts for all of it."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.context import open_context
from downgrades import downgrade


def _roles(cli) -> dict[str, str]:
    with closing(sqlite3.connect(cli.database)) as connection:
        return dict(connection.execute("SELECT login, roles FROM users"))


@pytest.mark.sqlite_only("a database of an earlier version, made in a SQLite file")
def test_commission_roles_become_open_ended_appointments(cli, declaration_file):
    # The prepared database (the Board appointed the Commission) taken back to 0005: the
    # Commission's people hold the roles again, as a database made before 0007 does.
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    downgrade(ctx, "0005")
    ctx.close()
    old = _roles(cli)
    assert old["przewodniczaca"] == "commission_chair,commission_member"
    assert old["czlonek1"] == "commission_member" and old["zarzad"] == "board_member"

    # Opening upgrades (a backup first). 0005 had no passwords: the first administrator's
    # is set again (init), who gives everyone theirs; then the log is complete.
    cli.passwords_again()
    assert cli("check")[0] == 0
    new = _roles(cli)
    assert new["przewodniczaca"] == "" and new["czlonek1"] == "" and new["ekspert"] == "expert"
    rows = json.loads(cli.ok("appointments", "--json", user="biuro"))
    assert {(r["login"], r["function"]) for r in rows} == {
        ("przewodniczaca", "chair"), ("czlonek1", "member"), ("czlonek2", "member"),
        ("czlonek3", "member"),
    }  # fmt: skip
    for row in rows:
        assert (row["starts_on"], row["ends_on"], row["basis"], row["resolution"]) == (
            "2000-01-01",
            None,
            "migration",
            None,
        )
    listed = cli.ok("appointments", user="biuro")
    assert "rola sprzed wprowadzenia powołań (bez uchwały)" in listed
    users = {u["login"]: u["roles"] for u in json.loads(cli.ok("users", "--json"))}
    assert users["przewodniczaca"] == ["commission_member", "commission_chair"]

    # The Commission works as before, on any date of its past.
    ref = cli.file_case(declaration_file(signed="2019-01-10"), "2019-01-14")
    cli.review(ref, "2019-01-20", ("czlonek1", "przewodniczaca"))
    assert cli("check")[0] == 0
