"""Migration 0006: the conflicts of interest an older database kept on assignments move to
the ``conflicts`` table (the one record of them), each with an audit entry, and the old
columns go; ``calcert check`` finds the result consistent and the rules keep holding."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import datetime

import pytest

from calcert_desktop.storage.store import open_database
from downgrades import downgrade
from impartiality_cases import act, reviewed

REASON = "Brat jest dyrektorem instytucji."


def _as_version_0005_wrote_it(database) -> None:
    """After the downgrade the data are those of 0005; its audit log said the same thing its
    way: the conflict was an update of the assignment, there was no conflicts record."""
    with closing(sqlite3.connect(database)) as db, db:
        db.execute("DELETE FROM audit_log WHERE entity = 'conflicts'")
        assignment, case_id, user_id = db.execute(
            "SELECT a.id, a.case_id, u.id FROM assignments a JOIN users u ON u.id = a.member_id "
            "WHERE u.login = 'czlonek3'"
        ).fetchone()
        db.execute(
            "INSERT INTO audit_log (id, at, seq, user_id, user_login, action, entity, "
            "entity_id, case_id, operation, old, new) VALUES (?, ?, 1, ?, 'czlonek3', "
            "'declare-conflict', 'assignments', ?, ?, 'update', ?, ?)",
            (
                uuid.uuid4().hex,
                datetime(2024, 2, 2, 9).isoformat(sep=" "),
                user_id,
                assignment,
                case_id,
                json.dumps({"conflict_declared_on": None, "conflict_reason": None}),
                json.dumps(
                    {"conflict_declared_on": "2024-02-02", "conflict_reason": REASON},
                    ensure_ascii=False,
                ),
            ),
        )


@pytest.mark.sqlite_only("a database of an earlier version, made in a SQLite file")
def test_conflicts_on_assignments_move_to_their_table(cli, ctx, declaration_file):
    ref = reviewed(cli, declaration_file)
    act(cli, ref, "assign", "2024-02-01", "przewodniczaca", "--member", "czlonek3")
    act(cli, ref, "declare-conflict", "2024-02-02", "czlonek3", "--reason", REASON)
    downgrade(ctx, "0005")
    ctx.close()
    with closing(sqlite3.connect(ctx.paths.database)) as db:
        assert not db.execute("SELECT name FROM sqlite_master WHERE name = 'conflicts'").fetchall()
        assert db.execute(
            "SELECT conflict_declared_on, conflict_reason FROM assignments "
            "WHERE conflict_declared_on IS NOT NULL"
        ).fetchall() == [("2024-02-02", REASON)]
    _as_version_0005_wrote_it(ctx.paths.database)

    ctx.db = open_database(ctx.paths, create=False)  # migrates 0005 -> head, backup first
    ctx.close()
    assert list(ctx.paths.backups.glob("przed-aktualizacja-0005-*.sqlite3"))
    with closing(sqlite3.connect(ctx.paths.database)) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(assignments)")}
        assert "conflict_declared_on" not in columns and "conflict_reason" not in columns
        assert db.execute(
            "SELECT u.login, c.declared_on, c.reason FROM conflicts c "
            "JOIN users u ON u.id = c.person_id"
        ).fetchall() == [("czlonek3", "2024-02-02", REASON)]
    cli.passwords_again()  # 0005 had no passwords: the administrator gives them again
    assert cli.ok("check").strip().endswith("Baza danych jest w porządku.")
    data = json.loads(cli.ok("show", ref, "--json", user="biuro"))
    member = next(m for m in data["members"] if m["login"] == "czlonek3")
    assert (member["conflict_declared_on"], member["conflict_reason"]) == ("2024-02-02", REASON)
    moved = [e for e in data["history"] if e["record"] == "conflicts"]
    assert [(e["user"], e["action"], e["operation"]) for e in moved] == [
        ("system", "migration", "insert")
    ]
    shown = cli.ok("show", ref, user="biuro")
    assert "aktualizacja bazy danych: dodano — konflikt interesów (osoba: Paweł Śliwiński)" in shown
    # The declaration made under 0005 still holds: the member takes no part.
    cli.refused(
        "act",
        ref,
        "assess",
        "--standard",
        "S1",
        "--rating",
        "spełnia",
        "--date",
        "2024-02-03",
        user="czlonek3",
        expect="„czlonek3” zgłosiła konflikt interesów w tej sprawie",
    )
