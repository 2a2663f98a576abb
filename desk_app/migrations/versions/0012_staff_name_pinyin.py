"""staff name pinyin: the full pinyin of each member of staff's name, stored when the
name is saved, so that a staff box sorts and finds people by it without loading
pypinyin's phrase dictionary (issue 18: 55 MB of the program's memory, on almost every
page). Existing names are spelled out here, once.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("name_pinyin", sa.String(length=255), nullable=False, server_default=""))
    bind = op.get_bind()
    staff = sa.table(
        "staff", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("name_pinyin")
    )
    rows = bind.execute(sa.select(staff.c.id, staff.c.name)).all()
    if not rows:
        return
    from desk_app.services.text import name_pinyin

    for staff_id, name in rows:
        bind.execute(staff.update().where(staff.c.id == staff_id).values(name_pinyin=name_pinyin(name or "")))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("name_pinyin")
