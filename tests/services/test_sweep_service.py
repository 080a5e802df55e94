"""The sweep as a service: a dry run writes nothing, a second run does nothing, its audit
entries name "system", the database's check passes after it, and nothing due costs one
query."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event, select

from calcert_desktop.domain.actions import Action
from calcert_desktop.domain.states import CaseState
from calcert_desktop.services.admin import maintenance
from calcert_desktop.services.changes import Kind
from calcert_desktop.services.context import reading
from calcert_desktop.services.process.sweep import sweep
from calcert_desktop.storage.models import AuditEntry
from cli_support import admin_of

MEMBERS = ("czlonek1", "czlonek2", "przewodniczaca")


def refused(cli, declaration_file, signed: str, received: str, refused_on: str, delivered: str):
    ref = cli.file_case(declaration_file(signed=signed, name=f"{signed}.json"), received)
    cli.review(ref, received, MEMBERS, rating="not")
    votes = [arg for member in MEMBERS for arg in ("--vote", f"{member}=against")]
    cli.ok("act", ref, "refuse", *votes, "--reasons", "Nie spełnia.", "--date", refused_on,
           user="przewodniczaca")  # fmt: skip
    cli.ok("act", ref, "deliver", "--date", delivered, user="biuro")
    return ref


def test_dry_run_then_sweep_then_nothing(cli, declaration_file, ctx):
    first = refused(cli, declaration_file, "2025-05-01", "2025-05-05", "2025-05-20", "2025-05-22")
    second = refused(cli, declaration_file, "2025-05-02", "2025-05-06", "2025-05-21", "2025-05-30")
    before = cli.fingerprint()

    preview = sweep(ctx, date(2025, 6, 10), dry_run=True)
    assert preview.dry_run and not preview.changes
    assert [(i.reference, i.action, i.on) for i in preview.items] == [
        (first, Action.FINALIZE, date(2025, 6, 6))
    ]  # the second is delivered 30 May: final on 14 June
    assert cli.fingerprint() == before

    done = sweep(ctx, date(2025, 6, 14))
    assert [(i.reference, i.on, i.state) for i in done.items] == [
        (first, date(2025, 6, 6), CaseState.REFUSED_FINAL),
        (second, date(2025, 6, 14), CaseState.REFUSED_FINAL),
    ]
    assert done.changes.concerns(Kind.CASES, reference=first)
    assert done.changes.concerns(Kind.CASES, reference=second)

    with reading(ctx) as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "finalize"))
        logins = {e.user_login for e in entries}
        assert logins == {"system"}
        assert all(
            e.user_id is None
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "finalize"))
        )
    after = cli.fingerprint()
    again = sweep(ctx, date(2025, 6, 20))
    assert again.items == () and not again.changes
    assert cli.fingerprint() == after
    assert maintenance.check(ctx, admin_of(ctx)).ok


def test_nothing_due_is_one_query(cli, declaration_file, ctx):
    refused(cli, declaration_file, "2025-05-01", "2025-05-05", "2025-05-20", "2025-05-22")
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        result = sweep(ctx, date(2025, 6, 5))
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert result.items == ()
    assert len(statements) == 1, statements
