"""client sort room: the client's first room in natural order, stored and indexed, so
the client list's default order reads an index instead of sorting every client

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: As ``Room.sort_key`` at the time of writing: each part the last 8 characters of
#: itself zero-padded on the left, joined by dashes.
WIDTH = 8


def _pad(dialect: str, column: str) -> str:
    zeros = "0" * WIDTH
    if dialect == "postgresql":
        return f"right('{zeros}' || {column}, {WIDTH})"
    return f"substr('{zeros}' || {column}, -{WIDTH})"


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: on SQLite a batch alter copies and drops the
    # client table, which many other tables reference, and fails on a database with data.
    op.add_column("client", sa.Column("sort_room", sa.String(length=32), nullable=True))
    dialect = op.get_bind().dialect.name
    key = " || '-' || ".join(_pad(dialect, column) for column in ("b.code", "r.unit", "r.number"))
    op.execute(
        "UPDATE client SET sort_room = ("
        f"SELECT min({key}) FROM client_room cr"
        " JOIN room r ON r.id = cr.room_id"
        " JOIN building b ON b.id = r.building_id"
        " WHERE cr.client_id = client.id)"
    )
    op.create_index(op.f("ix_client_sort_room"), "client", ["sort_room"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_client_sort_room"), table_name="client")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("sort_room")
