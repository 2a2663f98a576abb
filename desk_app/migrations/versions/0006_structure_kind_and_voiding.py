"""structure: a room's kind (住宅/商铺/会所/其他), and areas, buildings and rooms voided
instead of deleted (issue 13: putting a real centre into service)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 04:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("area", "building", "room")


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): the room and building tables are referenced by
    # many others, and a batch copy fails on a database with data.
    op.add_column("room", sa.Column("kind", sa.String(length=32), nullable=False, server_default="residence"))
    for table in TABLES:
        op.add_column(table, sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
        op.add_column(table, sa.Column("void_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("void_reason")
            batch_op.drop_column("voided_at")
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.drop_column("kind")
