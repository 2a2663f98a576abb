"""audit: child rows name their owner, every audit row is hash-chained, and the chain
head (issue 19: a complete, tamper-evident audit)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 05:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000
TEXT_COLUMNS = (
    "table_name",
    "record_key",
    "record_number",
    "action",
    "field",
    "old_value",
    "new_value",
    "owner_table",
    "owner_key",
)


def upgrade() -> None:
    from desk_app.models.audit_chain import GENESIS, row_hash

    op.add_column("audit_log", sa.Column("owner_table", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("owner_key", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("chain_index", sa.BigInteger(), nullable=True))
    op.add_column("audit_log", sa.Column("row_hash", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_log_owner", "audit_log", ["owner_table", "owner_key"], unique=False)
    op.create_index("ix_audit_log_chain_index", "audit_log", ["chain_index"], unique=True)
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_index", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    # The rows written before the chain join it in the order they were written.
    from desk_app.models.base import UtcDateTime

    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("at", UtcDateTime()),
        sa.column("staff_id", sa.Integer()),
        *(sa.column(name, sa.String()) for name in TEXT_COLUMNS),
        sa.column("chain_index", sa.BigInteger()),
        sa.column("row_hash", sa.String()),
    )
    connection = op.get_bind()
    previous, index, after = GENESIS, 0, 0
    while True:
        rows = (
            connection.execute(
                sa.select(*(column for column in log.c if column.name not in ("chain_index", "row_hash")))
                .where(log.c.id > after)
                .order_by(log.c.id)
                .limit(BATCH)
            )
            .mappings()
            .all()
        )
        if not rows:
            break
        updates = []
        for row in rows:
            index += 1
            values = dict(row)
            values["chain_index"] = index
            previous = row_hash(previous, values)
            updates.append({"key": row["id"], "chain_index": index, "row_hash": previous})
            after = row["id"]
        connection.execute(
            log.update()
            .where(log.c.id == sa.bindparam("key"))
            .values(chain_index=sa.bindparam("chain_index"), row_hash=sa.bindparam("row_hash")),
            updates,
        )
    op.bulk_insert(head, [{"id": 1, "last_index": index, "last_hash": previous}])


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    op.drop_index("ix_audit_log_chain_index", table_name="audit_log")
    op.drop_index("ix_audit_log_owner", table_name="audit_log")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("row_hash")
        batch_op.drop_column("chain_index")
        batch_op.drop_column("owner_key")
        batch_op.drop_column("owner_table")
