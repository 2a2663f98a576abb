"""Alembic environment and versions of the database schema."""
