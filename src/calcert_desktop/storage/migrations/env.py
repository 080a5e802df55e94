"""Alembic environment: run on a connection handed over by :mod:`storage.migrate`."""

from alembic import context

from calcert_desktop.storage.models import Base
from calcert_desktop.storage.search_index import compared, compared_object

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    raise RuntimeError(
        "Migrations run through calcert_desktop.storage.migrate, not the alembic CLI"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode rebuilds tables
    compare_type=True,
    include_name=compared,  # not the search index's own tables and index
    include_object=compared_object,  # nor the attention index (see compared)
)
with context.begin_transaction():
    context.run_migrations()
