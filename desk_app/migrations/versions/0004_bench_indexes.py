"""bench indexes: partial voided_at indexes on the big tables, so a list counts its live
rows fast (all rows minus the voided ones)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:55:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("worklog_entry", "dispatch_slip", "complaint", "interview", "visitor", "fee_service")


def upgrade() -> None:
    for table in TABLES:
        only_voided = sa.text("voided_at IS NOT NULL")
        op.create_index(
            f"ix_{table}_voided",
            table,
            ["voided_at"],
            unique=False,
            sqlite_where=only_voided,
            postgresql_where=only_voided,
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_voided", table_name=table)
