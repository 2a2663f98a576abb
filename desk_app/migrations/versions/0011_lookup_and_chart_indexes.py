"""lookup and chart indexes: on both, the live complaints by receipt with the two
columns the dashboard's charts count (read from the index alone); on PostgreSQL, for
the counter lookup, the phone numbers and pinyin initials in byte order (replacing
0008's text_pattern_ops indexes of the two), the characters of a client's name (GIN)
and the trigrams of a phone number (pg_trgm)

Issue 18, second round: with eight counters on one PostgreSQL server the lookup's
"name contains" and "phone contains" read the whole client and phone tables at every
keystroke (50 000 and 65 000 rows), the initials prefix walked the whole initials
index in collation order, and the charts read twelve months of complaint rows.
pg_trgm is a trusted extension (any owner of the database may add it); where it cannot
be added the phone index is left out and the lookup reads the phones as before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHARTS = "ix_complaint_received_live"
#: index name -> (table, column): in byte order, replacing 0008's text_pattern_ops ones
BYTE_ORDER = {
    "ix_client_phone_phone_c": ("client_phone", "phone", "ix_client_phone_phone_pattern"),
    "ix_client_initials_c": ("client", "name_initials", "ix_client_initials_pattern"),
}
NAME_CHARACTERS = "ix_client_name_chars"
PHONE_TRIGRAMS = "ix_client_phone_phone_trgm"


def upgrade() -> None:
    live = sa.text("voided_at IS NULL")
    op.create_index(
        CHARTS,
        "complaint",
        ["received_at", "complaint_class", "root_cause"],
        sqlite_where=live,
        postgresql_where=live,
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name, (table, column, replaced) in BYTE_ORDER.items():
        op.create_index(name, table, [column], postgresql_ops={column: 'COLLATE "C"'})
        op.drop_index(replaced, table_name=table)
    op.create_index(
        NAME_CHARACTERS, "client", [sa.text("string_to_array(name, NULL)")], postgresql_using="gin"
    )
    savepoint = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        savepoint.rollback()  # not allowed here: the phone lookup keeps reading the phones
    else:
        savepoint.commit()
        op.create_index(
            PHONE_TRIGRAMS,
            "client_phone",
            ["phone"],
            postgresql_using="gin",
            postgresql_ops={"phone": "gin_trgm_ops"},
        )
    # The planner's statistics of the new expression, at once rather than at the next
    # automatic ANALYZE.
    for table in ("client", "client_phone", "complaint"):
        bind.execute(sa.text(f"ANALYZE {table}"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PHONE_TRIGRAMS}")
        op.drop_index(NAME_CHARACTERS, table_name="client")
        for name, (table, column, replaced) in reversed(BYTE_ORDER.items()):
            op.create_index(replaced, table, [column], postgresql_ops={column: "text_pattern_ops"})
            op.drop_index(name, table_name=table)
    op.drop_index(CHARTS, table_name="complaint")
