"""Alembic migrations of the CALcert database."""
