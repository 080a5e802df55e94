"""Taking a test's database back to an earlier schema, as the migration tests need: below
0010 the office's private keys are written to ``klucze/`` first, where the versions before
0010 kept them (the downgrade drops their table; an upgrade moves the files back in)."""

from __future__ import annotations

from alembic import command

from calcert_desktop.services.context import AppContext, reading
from calcert_desktop.storage import migrate, seal_keys

KEYS_IN_DATABASE = "0010"


def downgrade(ctx: AppContext, revision: str) -> None:
    """``ctx``'s database taken back to ``revision`` (the caller closes ``ctx``)."""
    if revision < KEYS_IN_DATABASE:
        with reading(ctx) as session:
            keys = {key_id: seal_keys.load(session, key_id) for key_id in seal_keys.held(session)}
        if keys:
            ctx.paths.keys.mkdir(parents=True, exist_ok=True)
        for key_id, pem in keys.items():
            assert pem is not None
            (ctx.paths.keys / f"podpis-{key_id}.pem").write_bytes(pem)
    config = migrate.alembic_config()
    with ctx.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
