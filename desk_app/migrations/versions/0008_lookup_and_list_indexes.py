"""lookup and list indexes: on PostgreSQL, text_pattern_ops indexes for the counter
lookup's prefix searches (room code and digits, phone, pinyin initials); on both, a
client's live interviews by date (the dashboard's R13q tile), and the rectification
notices and reminder cases by date (their lists' first page, newest first)

Issue 18: under a locale collation (C.UTF-8 included) PostgreSQL cannot answer
``LIKE 'prefix%'`` from an ordinary index, so every keystroke read the whole room table
(54 000 rows) and the phone and initials indexes end to end.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 05:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: index name -> (table, column)
INDEXES = {
    "ix_room_code_pattern": ("room", "code"),
    "ix_room_digits_pattern": ("room", "digits"),
    "ix_client_phone_phone_pattern": ("client_phone", "phone"),
    "ix_client_initials_pattern": ("client", "name_initials"),
}


LIVE_INTERVIEWS = "ix_interview_client_date_live"
#: index name -> (table, columns): the lists' default order
LIST_ORDER = {
    "ix_rectification_notice_issued": ("rectification_notice", ["issued_at", "id"]),
    "ix_reminder_case_opened": ("reminder_case", ["opened_at", "id"]),
}


def upgrade() -> None:
    live = sa.text("voided_at IS NULL")
    op.create_index(
        LIVE_INTERVIEWS,
        "interview",
        ["client_id", "interview_date"],
        sqlite_where=live,
        postgresql_where=live,
    )
    for name, (table, columns) in LIST_ORDER.items():
        op.create_index(name, table, columns)
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, (table, column) in INDEXES.items():
        op.create_index(name, table, [column], postgresql_ops={column: "text_pattern_ops"})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, (table, _column) in reversed(INDEXES.items()):
            op.drop_index(name, table_name=table)
    for name, (table, _columns) in reversed(LIST_ORDER.items()):
        op.drop_index(name, table_name=table)
    op.drop_index(LIVE_INTERVIEWS, table_name="interview")
