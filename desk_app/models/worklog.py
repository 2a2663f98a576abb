"""Work-information log 工作信息记录表 (SPEC 2.2), 5W1H messages (R16) and
dispatch / coordination slips 派工单 / 协调单."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, NumberedRecordMixin, enum_type
from desk_app.models.clients import Client
from desk_app.models.enums import (
    AppointmentStatus,
    BusinessLine,
    CallbackExemption,
    Category,
    Channel,
    ContactForm,
    DispatchKind,
    DispatchStatus,
    WorkLogStatus,
)
from desk_app.models.organisation import Department, Room, Staff


class WorkLogEntry(NumberedRecordMixin, Base):
    """Every incoming item is logged here first.

    When the call is for an absent colleague, ``message_for_id`` is set and the 5W1H
    fields hold the message (who = ``contact_name``/``caller_company``).
    """

    NUMBER_PREFIX = "GZ"
    __tablename__ = "worklog_entry"

    received_at: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    category: Mapped[Category] = mapped_column(enum_type(Category))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    contact_name: Mapped[str | None] = mapped_column(String(64))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[str] = mapped_column(Text)
    taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    assigned_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    assigned_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    result: Mapped[str | None] = mapped_column(Text)
    handled_at: Mapped[datetime | None]
    status: Mapped[WorkLogStatus] = mapped_column(enum_type(WorkLogStatus), default=WorkLogStatus.OPEN)

    # 5W1H message for an absent colleague (SPEC 2.2, R16).
    message_for_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    message_when: Mapped[str | None] = mapped_column(String(128))
    message_where: Mapped[str | None] = mapped_column(String(128))
    message_what: Mapped[str | None] = mapped_column(Text)
    message_why: Mapped[str | None] = mapped_column(Text)
    message_how: Mapped[str | None] = mapped_column(Text)
    caller_company: Mapped[str | None] = mapped_column(String(128))
    reply_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    message_read_at: Mapped[datetime | None]

    # R22 (migration 0009): a reply promised to the client by a time ("我了解一下再告诉您"),
    # who owes it, and when it was given.
    reply_promised_by: Mapped[datetime | None] = mapped_column(index=True)
    reply_owed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reply_given_at: Mapped[datetime | None]

    client: Mapped[Client | None] = relationship()
    room: Mapped[Room | None] = relationship()
    taken_by: Mapped[Staff | None] = relationship(foreign_keys=[taken_by_id])
    assigned_staff: Mapped[Staff | None] = relationship(foreign_keys=[assigned_staff_id])
    assigned_department: Mapped[Department | None] = relationship()
    message_for: Mapped[Staff | None] = relationship(foreign_keys=[message_for_id])
    reply_owed_by: Mapped[Staff | None] = relationship(foreign_keys=[reply_owed_by_id])


Index("ix_worklog_entry_category_received", WorkLogEntry.category, WorkLogEntry.received_at)
Index("ix_worklog_entry_status_received", WorkLogEntry.status, WorkLogEntry.received_at)
Index("ix_worklog_entry_inbox", WorkLogEntry.message_for_id, WorkLogEntry.message_read_at)


class DispatchSlip(NumberedRecordMixin, Base):
    """派工单 (repair, R18 report letters) or 协调单 (coordination with another body)."""

    NUMBER_PREFIX = "PG"
    __tablename__ = "dispatch_slip"

    kind: Mapped[DispatchKind] = mapped_column(enum_type(DispatchKind), default=DispatchKind.DISPATCH)
    worklog_entry_id: Mapped[int | None] = mapped_column(ForeignKey("worklog_entry.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    contact_name: Mapped[str | None] = mapped_column(String(64))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(index=True)
    assigned_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    assigned_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    due_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    result: Mapped[str | None] = mapped_column(Text)
    status: Mapped[DispatchStatus] = mapped_column(enum_type(DispatchStatus), default=DispatchStatus.OPEN)

    # R20 (migration 0009): the due time's inputs, the technician's report entered at the
    # counter, and the R6 callback after a done repair.
    business_line: Mapped[BusinessLine | None] = mapped_column(enum_type(BusinessLine))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The due time was typed in (kept as is); otherwise it is the R20 default.
    due_set_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    accepted_at: Mapped[datetime | None]
    arrived_at: Mapped[datetime | None]
    materials: Mapped[str | None] = mapped_column(Text)
    #: R6 (a): done on the spot and the client confirmed satisfaction there.
    confirmed_on_the_spot: Mapped[bool] = mapped_column(Boolean, default=False)
    callback_due: Mapped[datetime | None]
    callback_at: Mapped[datetime | None]
    callback_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    callback_form: Mapped[ContactForm | None] = mapped_column(enum_type(ContactForm))
    callback_satisfied: Mapped[bool | None] = mapped_column(Boolean)
    callback_comments: Mapped[str | None] = mapped_column(Text)
    callback_exemption: Mapped[CallbackExemption | None] = mapped_column(enum_type(CallbackExemption))
    callback_exemption_note: Mapped[str | None] = mapped_column(Text)
    #: R24: why the client was called outside decent hours.
    callback_call_time_note: Mapped[str | None] = mapped_column(Text)

    worklog_entry: Mapped[WorkLogEntry | None] = relationship()
    room: Mapped[Room | None] = relationship()


Index("ix_dispatch_slip_status_due", DispatchSlip.status, DispatchSlip.due_at)
Index("ix_dispatch_slip_assignee", DispatchSlip.assigned_staff_id, DispatchSlip.status)
Index("ix_dispatch_slip_callback_due", DispatchSlip.callback_due)


# Lists count their live rows as all rows minus the voided ones (screens.lists.count_rows);
# the voided ones come from these partial indexes (only voided rows: tiny, and never
# mistaken by the planner for a way to find live rows). Migration 0004.
Index(
    "ix_worklog_entry_voided",
    WorkLogEntry.voided_at,
    sqlite_where=WorkLogEntry.voided_at.is_not(None),
    postgresql_where=WorkLogEntry.voided_at.is_not(None),
)
Index(
    "ix_dispatch_slip_voided",
    DispatchSlip.voided_at,
    sqlite_where=DispatchSlip.voided_at.is_not(None),
    postgresql_where=DispatchSlip.voided_at.is_not(None),
)


class Appointment(NumberedRecordMixin, Base):
    """R22 The appointment book (与客户约定好的服务事项，应按时赴约): a visit to a room at a
    time, by whom, for what; kept (with what was done) or cancelled (with why)."""

    NUMBER_PREFIX = "YY"
    __tablename__ = "appointment"

    at: Mapped[datetime] = mapped_column(index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    purpose: Mapped[str] = mapped_column(Text)
    worklog_entry_id: Mapped[int | None] = mapped_column(ForeignKey("worklog_entry.id"))
    status: Mapped[AppointmentStatus] = mapped_column(
        enum_type(AppointmentStatus), default=AppointmentStatus.BOOKED
    )
    kept_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(Text)

    room: Mapped[Room | None] = relationship()
    staff: Mapped[Staff] = relationship(foreign_keys=[staff_id])


Index("ix_appointment_staff_status_at", Appointment.staff_id, Appointment.status, Appointment.at)
