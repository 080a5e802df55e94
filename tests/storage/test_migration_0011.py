"""Migration 0011: the row versions of the records people edit, 1 for every record already
there, on either engine; the data and the audit log's check intact; and on a server, every
PC starting the new program at once upgrades the schema once (the others wait for it)."""

from __future__ import annotations

import time

import pytest
from alembic import command
from sqlalchemy import inspect, text

from calcert_desktop.paths import DataPaths
from calcert_desktop.services.admin import maintenance
from calcert_desktop.services.applications import drafts
from calcert_desktop.services.context import open_context, resolve_actor
from calcert_desktop.storage import migrate
from calcert_desktop.storage.store import open_database
from cli_support import admin_of
from trials.support import folder_with_drafts, spawn

VERSIONED = ("cases", "assessments", "site_visits", "settings", "users")


def _downgraded(folder) -> None:
    """The data folder's database taken back to revision 0010 (before row versions)."""
    ctx = open_context(DataPaths(folder), create=False)
    try:
        config = migrate.alembic_config()
        with ctx.db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0010")
        with ctx.db.engine.connect() as connection:
            found = inspect(connection)
            assert not any(
                c["name"] == "row_version" for t in VERSIONED for c in found.get_columns(t)
            )
    finally:
        ctx.close()


def test_the_records_already_there_get_version_one(prepared_db, tmp_path):
    folder = tmp_path / "dane"
    (code,) = folder_with_drafts(prepared_db, folder, 1)
    _downgraded(folder)

    ctx = open_context(DataPaths(folder), create=False)  # upgraded to the head on opening
    try:
        with ctx.db.engine.connect() as connection:
            assert migrate.current_revision(ctx.db.engine) == migrate.HEAD
            for table in VERSIONED:
                versions = connection.execute(text(f"SELECT DISTINCT row_version FROM {table}"))
                assert {v for (v,) in versions} <= {1}, table
            users = connection.execute(text("SELECT count(*) FROM users")).scalar()
            assert users and users > 1
        office = resolve_actor(ctx, "biuro")
        info, data = drafts.load_draft(ctx, office, code)
        assert info.version == 1
        data["institution"]["name"] = "Fundacja Po Aktualizacji"
        assert drafts.save_draft(ctx, office, data, code, info.version).version == 2
        report = maintenance.check(ctx, admin_of(ctx))
        assert report.ok, report.summary()
    finally:
        ctx.close()


@pytest.mark.postgresql_only("PCs sharing one server's schema")
def test_pcs_starting_the_new_program_at_once_upgrade_the_server_once(prepared_db, tmp_path):
    folder = tmp_path / "dane"
    folder_with_drafts(prepared_db, folder, 1)
    _downgraded(folder)
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from calcert_desktop.paths import DataPaths\n"
        "from calcert_desktop.storage.store import open_database\n"
        "print('ready', flush=True)\n"
        "time.sleep(max(0.0, float(sys.stdin.readline()) - time.time()))\n"
        "open_database(DataPaths(Path(sys.argv[1])), create=False).close()\n"
        "print('opened', flush=True)\n"
    )
    helper = tmp_path / "otworz.py"
    helper.write_text(script, encoding="utf-8")
    children = [spawn(str(helper), str(folder)) for _ in range(4)]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    start = f"{time.time() + 0.5}\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write(start)
        child.stdin.flush()
    for child in children:
        out, err = child.communicate(timeout=120)
        assert (child.returncode, out.strip()) == (0, "opened"), err
    database = open_database(DataPaths(folder), create=False)
    try:
        assert migrate.current_revision(database.engine) == migrate.HEAD
    finally:
        database.close()
