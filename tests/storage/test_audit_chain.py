"""The audit log no one can quietly change (issue 18, part 3), on both engines: the database
refuses to change or delete an entry; whoever drops its triggers and edits, deletes,
inserts or reorders entries with sqlite3 or psql is found by ``calcert check``, which names
the first broken entry and its case; the head is signed with the office's key."""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime

import pytest

import engines
from calcert_desktop.storage import audit_chain

ROWS = (
    "SELECT chain_pos, id, at, seq, user_id, user_login, action, entity, entity_id, case_id, "
    "operation, old, new, prev_hash, entry_hash FROM audit_log ORDER BY chain_pos"
)
NAMES = (*audit_chain.FIELD_NAMES, "entry_hash")


@pytest.fixture
def filed(cli, declaration_file) -> str:
    """A filed case, accepted: its entries are in the middle of the log, others after."""
    ref = cli.file_case(declaration_file(), "2024-02-20")
    cli.ok("act", ref, "accept", "--date", "2024-02-25", user="biuro")
    cli.ok("declare", str(declaration_file(name="d2.json")), user="biuro")  # entries after
    return ref


def entries(cli) -> list[dict]:
    """Every entry as the raw connection reads it (SQLite gives times as text)."""
    with engines.raw(cli.database) as db:
        found = [dict(zip(NAMES, row, strict=True)) for row in db.execute(ROWS).fetchall()]
    for entry in found:
        if isinstance(entry["at"], str):
            entry["at"] = datetime.fromisoformat(entry["at"])
    return found


def case_entries(cli, ref: str) -> list[dict]:
    with engines.raw(cli.database) as db:
        (case_id,) = db.execute("SELECT id FROM cases WHERE reference = ?", (ref,)).fetchone()
    key = case_id if isinstance(case_id, uuid.UUID) else uuid.UUID(str(case_id))
    return [e for e in entries(cli) if e["case_id"] and uuid.UUID(str(e["case_id"])) == key]


def check_names(cli, *expected: str) -> str:
    """``calcert check`` fails; its chain section holds every one of ``expected``."""
    code, out, _err = cli("check")
    assert code == 1, out
    section = out.split("Łańcuch dziennika zmian:", 1)[1].split("\nDziennik zmian:", 1)[0]
    for text in expected:
        assert text in section, section
    return section


def as_stored(value):
    """A value as the raw connection writes it back (SQLite keeps UUIDs as 32 hex digits)."""
    if isinstance(value, uuid.UUID):
        return value if engines.on_server() else value.hex
    return value


def test_an_untouched_log_passes_and_its_head_is_signed(cli, filed):
    code, out, _ = cli("check")
    assert code == 0, out
    assert "Łańcuch dziennika zmian: w porządku" in out
    rows = entries(cli)
    assert [e["chain_pos"] for e in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["prev_hash"] == audit_chain.GENESIS
    assert all(b["prev_hash"] == a["entry_hash"] for a, b in itertools.pairwise(rows))
    with engines.raw(cli.database) as db:
        position, last, key_id, signature = db.execute(
            "SELECT position, hash, key_id, signature FROM audit_head"
        ).fetchone()
        (public,) = db.execute(
            "SELECT public_key FROM signing_keys WHERE key_id = ?", (key_id,)
        ).fetchone()
    assert (position, last) == (len(rows), rows[-1]["entry_hash"])
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(
        bytes.fromhex(signature), audit_chain.head_message(position, last)
    )  # raises when it is not the office's signature
    assert f"{len(rows)} wpisów, koniec podpisany kluczem biura {key_id}" in out


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET user_login = 'ktos'",
                                       "DELETE FROM audit_log"])  # fmt: skip
def test_the_database_refuses_to_change_or_delete_an_entry(cli, filed, statement):
    before = entries(cli)
    with pytest.raises(Exception, match="append-only"), engines.raw(cli.database) as db:
        db.execute(statement)
    assert entries(cli) == before


@pytest.mark.postgresql_only("TRUNCATE is PostgreSQL's")
def test_the_server_refuses_to_truncate_the_log(cli, filed):
    with pytest.raises(Exception, match="append-only"), engines.raw(cli.database) as db:
        db.execute("TRUNCATE audit_log")
    assert entries(cli)


def test_an_edited_entry_is_named_with_its_case(cli, filed):
    target = case_entries(cli, filed)[1]
    with engines.raw(cli.database) as db:
        db.drop_audit_triggers()
        db.execute("UPDATE audit_log SET user_login = 'ktos_inny' WHERE chain_pos = ?",
                   (target["chain_pos"],))  # fmt: skip
    check_names(cli, f"wpis nr {target['chain_pos']} zmieniono po zapisaniu",
                f"sprawa {filed}", "ktos_inny")  # fmt: skip


def test_an_edit_with_its_own_hash_recomputed_breaks_the_link_to_the_next(cli, filed):
    target = case_entries(cli, filed)[0]
    forged = {**target, "at": datetime(2020, 1, 1, 12)}
    with engines.raw(cli.database) as db:
        db.drop_audit_triggers()
        db.execute("UPDATE audit_log SET at = ?, entry_hash = ? WHERE chain_pos = ?",
                   (forged["at"], audit_chain.entry_hash(forged), target["chain_pos"]))  # fmt: skip
    check_names(cli, f"łańcuch rwie się przed wpisem nr {target['chain_pos'] + 1}")


def test_a_deleted_entry_is_named_by_its_number(cli, filed):
    target = case_entries(cli, filed)[2]
    with engines.raw(cli.database) as db:
        db.drop_audit_triggers()
        db.execute("DELETE FROM audit_log WHERE chain_pos = ?", (target["chain_pos"],))
    check_names(cli, f"brak wpisu nr {target['chain_pos']}",
                f"następny zachowany to wpis nr {target['chain_pos'] + 1}")  # fmt: skip


def test_entries_deleted_from_the_end_are_missed_by_the_signed_head(cli, filed):
    total = len(entries(cli))
    with engines.raw(cli.database) as db:
        db.drop_audit_triggers()
        db.execute("DELETE FROM audit_log WHERE chain_pos > ?", (total - 3,))
    check_names(cli, f"brak wpisów od nr {total - 2} do nr {total}")


def _forged_after(last: dict, case_entry: dict) -> dict:
    """A well-formed entry chained after ``last``: a vote no one cast, in ``case_entry``'s
    case."""
    entry = {
        **case_entry,
        "id": uuid.uuid4(),
        "chain_pos": last["chain_pos"] + 1,
        "prev_hash": last["entry_hash"],
        "action": "grant",
        "entity": "votes",
        "operation": "insert",
        "old": None,
        "new": '{"vote":"for"}',
    }
    entry["entry_hash"] = audit_chain.entry_hash(entry)
    return entry


def _insert(db, entry: dict) -> None:
    db.execute(
        f"INSERT INTO audit_log ({', '.join(NAMES)}) VALUES ({', '.join('?' * len(NAMES))})",
        tuple(as_stored(entry[name]) for name in NAMES),
    )


def test_an_entry_appended_past_the_signed_head_is_named(cli, filed):
    rows = entries(cli)
    forged = _forged_after(rows[-1], case_entries(cli, filed)[0])
    with engines.raw(cli.database) as db:
        _insert(db, forged)  # inserting is allowed: the log only grows
    check_names(cli, f"wpis nr {forged['chain_pos']} dopisano poza podpisanym łańcuchem",
                f"sprawa {filed}")  # fmt: skip


def test_a_head_moved_without_the_office_key_fails_its_signature(cli, filed):
    rows = entries(cli)
    forged = _forged_after(rows[-1], case_entries(cli, filed)[0])
    with engines.raw(cli.database) as db:
        _insert(db, forged)
        db.execute("UPDATE audit_head SET position = ?, hash = ?",
                   (forged["chain_pos"], forged["entry_hash"]))  # fmt: skip
    check_names(cli, "podpis końca łańcucha", "jest nieważny")


def test_an_entry_inserted_in_the_middle_is_named(cli, filed):
    rows = entries(cli)
    target = case_entries(cli, filed)[1]
    with engines.raw(cli.database) as db:
        db.drop_audit_triggers()
        # Room made for it: every later entry moved one place on (from the end).
        for row in reversed(rows):
            if row["chain_pos"] >= target["chain_pos"]:
                db.execute("UPDATE audit_log SET chain_pos = ? WHERE chain_pos = ?",
                           (row["chain_pos"] + 1, row["chain_pos"]))  # fmt: skip
        before = next(r for r in rows if r["chain_pos"] == target["chain_pos"] - 1)
        forged = _forged_after(before, target)
        _insert(db, forged)
    # The forged entry links to the one before it, but the one after it no longer does.
    check_names(cli, f"łańcuch rwie się przed wpisem nr {target['chain_pos'] + 1}")


def test_two_entries_swapped_are_found(cli, filed):
    first, second = case_entries(cli, filed)[:2]
    with engines.raw(cli.database) as db:
        db.drop_audit_triggers()
        db.execute("UPDATE audit_log SET chain_pos = -1 WHERE chain_pos = ?", (first["chain_pos"],))
        db.execute("UPDATE audit_log SET chain_pos = ? WHERE chain_pos = ?",
                   (first["chain_pos"], second["chain_pos"]))  # fmt: skip
        db.execute("UPDATE audit_log SET chain_pos = ? WHERE chain_pos = -1",
                   (second["chain_pos"],))  # fmt: skip
    # The first place the walk meets a stranger: the swapped-in entry's link or content.
    check_names(cli, f"nr {min(first['chain_pos'], second['chain_pos'])}:")


def test_a_vote_changed_with_its_entry_is_found(cli, declaration_file):
    """The issue's own trial: a vote and its audit entry changed together used to pass."""
    ref = cli.file_case(declaration_file(), "2024-02-20")
    cli.review(ref, "2024-03-01", ("czlonek1", "czlonek2"))
    cli.ok("act", ref, "grant", "--date", "2024-03-10", "--vote", "czlonek1=for",
           "--vote", "czlonek2=for", "--reasons", "Spełnia.", user="przewodniczaca")  # fmt: skip
    with engines.raw(cli.database) as db:
        db.drop_audit_triggers()
        db.execute("UPDATE votes SET vote = 'against'")
        db.execute("UPDATE audit_log SET new = replace(new, '\"for\"', '\"against\"') "
                   "WHERE entity = 'votes'")  # fmt: skip
    section = check_names(cli, "zmieniono po zapisaniu", f"sprawa {ref}")
    assert "grant" in section


def test_a_log_from_before_the_chain_is_chained_in_order_and_signed_on_opening(cli, filed):
    from calcert_desktop.paths import DataPaths
    from calcert_desktop.services.context import open_context
    from downgrades import downgrade

    before = entries(cli)
    ctx = open_context(DataPaths(cli.data_dir), create=False)
    downgrade(ctx, "0013")
    ctx.close()
    with engines.raw(cli.database) as db:
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == len(before)
    open_context(DataPaths(cli.data_dir), create=False).close()  # upgraded on opening

    after = entries(cli)
    assert [e["chain_pos"] for e in after] == list(range(1, len(before) + 1))
    order = sorted(before, key=lambda e: (e["at"], e["seq"], str(e["id"])))
    assert [str(e["id"]) for e in after] == [str(e["id"]) for e in order]
    code, out = cli("check")[:2]
    assert code == 0, out
    assert "koniec podpisany kluczem biura" in out
