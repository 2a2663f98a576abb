"""staff sign-in: forced password change and lockout

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: on SQLite a batch alter copies and drops the
    # staff table, which every other table references, and fails on a database with data.
    op.add_column(
        "staff", sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.add_column("staff", sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False))
    op.add_column("staff", sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")
        batch_op.drop_column("must_change_password")
