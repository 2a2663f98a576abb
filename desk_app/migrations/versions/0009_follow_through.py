"""follow-through (issue 14): the dispatch slip's lifecycle (R20) — business line and
urgency behind its default due time, the technician's report (accepted, arrived,
materials) and the R6 callback after a done repair; a reminder case's and a
rectification notice's neighbour dispute; the inbox of notifications (R23) and the
complaint's 群体 / 过激 flags; promised replies on work-log entries and the
appointment book (R22); an interview's companion (R13q amended) and the call-time
notes of R24; the web reply's draft and approval (R1w amended)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 05:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINKED_TO_DISPUTE = ("reminder_case", "rectification_notice")

SLIP_COLUMNS = (
    "business_line",
    "urgent",
    "due_set_by_hand",
    "accepted_at",
    "arrived_at",
    "materials",
    "confirmed_on_the_spot",
    "callback_due",
    "callback_at",
    "callback_by_id",
    "callback_form",
    "callback_satisfied",
    "callback_comments",
    "callback_exemption",
    "callback_exemption_note",
    "callback_call_time_note",
)


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): dispatch_slip is referenced by the letters
    # catalogue, and a batch copy fails on a database with data.
    add = op.add_column
    add("dispatch_slip", sa.Column("business_line", sa.String(length=32), nullable=True))
    add("dispatch_slip", sa.Column("urgent", sa.Boolean(), nullable=False, server_default=sa.false()))
    add(
        "dispatch_slip", sa.Column("due_set_by_hand", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    add("dispatch_slip", sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True))
    add("dispatch_slip", sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True))
    add("dispatch_slip", sa.Column("materials", sa.Text(), nullable=True))
    add(
        "dispatch_slip",
        sa.Column("confirmed_on_the_spot", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    add("dispatch_slip", sa.Column("callback_due", sa.DateTime(timezone=True), nullable=True))
    add("dispatch_slip", sa.Column("callback_at", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot ALTER a constraint in; a REFERENCES clause on the new column is
        # what a fresh table has.
        op.execute("ALTER TABLE dispatch_slip ADD COLUMN callback_by_id INTEGER REFERENCES staff (id)")
    else:
        add("dispatch_slip", sa.Column("callback_by_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_dispatch_slip_callback_by_id_staff", "dispatch_slip", "staff", ["callback_by_id"], ["id"]
        )
    add("dispatch_slip", sa.Column("callback_form", sa.String(length=32), nullable=True))
    add("dispatch_slip", sa.Column("callback_satisfied", sa.Boolean(), nullable=True))
    add("dispatch_slip", sa.Column("callback_comments", sa.Text(), nullable=True))
    add("dispatch_slip", sa.Column("callback_exemption", sa.String(length=32), nullable=True))
    add("dispatch_slip", sa.Column("callback_exemption_note", sa.Text(), nullable=True))
    for table in LINKED_TO_DISPUTE:
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} ADD COLUMN dispute_id INTEGER REFERENCES dispute (id)")
        else:
            add(table, sa.Column("dispute_id", sa.Integer(), nullable=True))
            op.create_foreign_key(f"fk_{table}_dispute_id_dispute", table, "dispute", ["dispute_id"], ["id"])
        op.create_index(f"ix_{table}_dispute_id", table, ["dispute_id"], unique=False)
    add("complaint", sa.Column("group_marked", sa.Boolean(), nullable=False, server_default=sa.false()))
    add("complaint", sa.Column("extreme_risk", sa.Boolean(), nullable=False, server_default=sa.false()))
    add("complaint", sa.Column("extreme_risk_note", sa.Text(), nullable=True))
    op.create_table(
        "notification",
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["staff.id"], name=op.f("fk_notification_recipient_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification")),
        sa.UniqueConstraint("recipient_id", "key", name=op.f("uq_notification_recipient_id_key")),
    )
    op.create_index(
        "ix_notification_inbox", "notification", ["recipient_id", "done_at", "read_at"], unique=False
    )
    add("worklog_entry", sa.Column("reply_promised_by", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE worklog_entry ADD COLUMN reply_owed_by_id INTEGER REFERENCES staff (id)")
    else:
        add("worklog_entry", sa.Column("reply_owed_by_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_worklog_entry_reply_owed_by_id_staff", "worklog_entry", "staff", ["reply_owed_by_id"], ["id"]
        )
    add("worklog_entry", sa.Column("reply_given_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index(
        "ix_worklog_entry_reply_promised_by", "worklog_entry", ["reply_promised_by"], unique=False
    )
    op.create_table(
        "appointment",
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("contact_phone", sa.String(length=32), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("worklog_entry_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("kept_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_appointment_room_id_room")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_appointment_client_id_client")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_appointment_staff_id_staff")),
        sa.ForeignKeyConstraint(
            ["worklog_entry_id"],
            ["worklog_entry.id"],
            name=op.f("fk_appointment_worklog_entry_id_worklog_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["voided_by_id"], ["staff.id"], name=op.f("fk_appointment_voided_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_appointment_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["staff.id"], name=op.f("fk_appointment_updated_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
        sa.UniqueConstraint("number", name=op.f("uq_appointment_number")),
    )
    op.create_index("ix_appointment_at", "appointment", ["at"], unique=False)
    op.create_index(
        "ix_appointment_staff_status_at", "appointment", ["staff_id", "status", "at"], unique=False
    )
    add("complaint", sa.Column("callback_call_time_note", sa.Text(), nullable=True))
    add("dispatch_slip", sa.Column("callback_call_time_note", sa.Text(), nullable=True))
    add("interview", sa.Column("call_time_note", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE interview ADD COLUMN companion_id INTEGER REFERENCES staff (id)")
    else:
        add("interview", sa.Column("companion_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_interview_companion_id_staff", "interview", "staff", ["companion_id"], ["id"]
        )
    add("complaint", sa.Column("web_reply_draft", sa.Text(), nullable=True))
    add("complaint", sa.Column("web_reply_drafted_at", sa.DateTime(timezone=True), nullable=True))
    add("complaint", sa.Column("web_reply_approved_at", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE complaint ADD COLUMN web_reply_approved_by_id INTEGER REFERENCES staff (id)")
    else:
        add("complaint", sa.Column("web_reply_approved_by_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_complaint_web_reply_approved_by_id_staff",
            "complaint",
            "staff",
            ["web_reply_approved_by_id"],
            ["id"],
        )
    op.create_index("ix_dispatch_slip_status_due", "dispatch_slip", ["status", "due_at"], unique=False)
    op.create_index(
        "ix_dispatch_slip_assignee", "dispatch_slip", ["assigned_staff_id", "status"], unique=False
    )
    op.create_index("ix_dispatch_slip_callback_due", "dispatch_slip", ["callback_due"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_column("companion_id")
        batch_op.drop_column("call_time_note")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_column("callback_call_time_note")
        batch_op.drop_column("web_reply_approved_by_id")
        batch_op.drop_column("web_reply_approved_at")
        batch_op.drop_column("web_reply_drafted_at")
        batch_op.drop_column("web_reply_draft")
    op.drop_index("ix_appointment_staff_status_at", table_name="appointment")
    op.drop_index("ix_appointment_at", table_name="appointment")
    op.drop_table("appointment")
    op.drop_index("ix_worklog_entry_reply_promised_by", table_name="worklog_entry")
    with op.batch_alter_table("worklog_entry", schema=None) as batch_op:
        batch_op.drop_column("reply_given_at")
        batch_op.drop_column("reply_owed_by_id")
        batch_op.drop_column("reply_promised_by")
    op.drop_index("ix_notification_inbox", table_name="notification")
    op.drop_table("notification")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_column("extreme_risk_note")
        batch_op.drop_column("extreme_risk")
        batch_op.drop_column("group_marked")
    for table in LINKED_TO_DISPUTE:
        op.drop_index(f"ix_{table}_dispute_id", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("dispute_id")
    op.drop_index("ix_dispatch_slip_callback_due", table_name="dispatch_slip")
    op.drop_index("ix_dispatch_slip_assignee", table_name="dispatch_slip")
    op.drop_index("ix_dispatch_slip_status_due", table_name="dispatch_slip")
    with op.batch_alter_table("dispatch_slip", schema=None) as batch_op:
        for column in reversed(SLIP_COLUMNS):
            batch_op.drop_column(column)
