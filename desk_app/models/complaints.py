"""Complaint record sheet 顾客投诉处理记录表 (SPEC 2.3, rules R1–R9, R19)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, IdMixin, NumberedRecordMixin, RecordMixin, enum_type
from desk_app.models.clients import Client
from desk_app.models.enums import (
    BusinessLine,
    CallbackExemption,
    Channel,
    ClosureKind,
    ComplaintClass,
    ComplaintClock,
    ComplaintStatus,
    ContactForm,
    RootCause,
    Severity,
)
from desk_app.models.organisation import Department, Room, Staff
from desk_app.models.worklog import WorkLogEntry


class Complaint(NumberedRecordMixin, Base):
    """One complaint per event (R8). Due times are derived by the deadlines service
    and stored so the dashboard can query them by index."""

    NUMBER_PREFIX = "TS"
    __tablename__ = "complaint"

    worklog_entry_id: Mapped[int | None] = mapped_column(ForeignKey("worklog_entry.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    description: Mapped[str] = mapped_column(Text)
    complaint_class: Mapped[ComplaintClass | None] = mapped_column(enum_type(ComplaintClass))
    classified_at: Mapped[datetime | None]
    business_line: Mapped[BusinessLine | None] = mapped_column(enum_type(BusinessLine))
    root_cause: Mapped[RootCause | None] = mapped_column(enum_type(RootCause))
    severity: Mapped[Severity] = mapped_column(enum_type(Severity), default=Severity.GENERAL)
    # R8: several people or several times about the same event.
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    times_count: Mapped[int] = mapped_column(Integer, default=1)
    web_heat: Mapped[int] = mapped_column(Integer, default=0)
    web_thread_url: Mapped[str | None] = mapped_column(String(512))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    # R23 (migration 0009): marked 群体 by staff (a group complaint also by people count),
    # and a flagged risk of extreme behaviour (过激行为) with what was seen.
    # R1w (amended, migration 0009): a web reply is drafted, approved by a department
    # head, then posted (the posting is the first response; the clock runs throughout).
    web_reply_draft: Mapped[str | None] = mapped_column(Text)
    web_reply_drafted_at: Mapped[datetime | None]
    web_reply_approved_at: Mapped[datetime | None]
    web_reply_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    group_marked: Mapped[bool] = mapped_column(Boolean, default=False)
    extreme_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    extreme_risk_note: Mapped[str | None] = mapped_column(Text)
    # R2 class 3: which external body is coordinating; the written report if impact is large.
    external_body: Mapped[str | None] = mapped_column(String(128))
    external_report: Mapped[str | None] = mapped_column(Text)

    status: Mapped[ComplaintStatus] = mapped_column(
        enum_type(ComplaintStatus), default=ComplaintStatus.RECEIVED
    )
    # R1 / R1w
    first_response_due: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    first_response_text: Mapped[str | None] = mapped_column(Text)
    # R3
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    handler_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    designated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    designated_at: Mapped[datetime | None]
    handler_due: Mapped[datetime | None]
    last_update_at: Mapped[datetime | None]
    next_update_due: Mapped[datetime | None]
    # R4
    developer_notice_due: Mapped[datetime | None]
    developer_notice_sent_at: Mapped[datetime | None]
    developer_notice_method: Mapped[str | None] = mapped_column(String(32))
    # R5
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None]
    resolved_on_the_spot: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_at: Mapped[datetime | None]
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    verification_note: Mapped[str | None] = mapped_column(Text)
    # R6
    callback_due: Mapped[datetime | None]
    callback_at: Mapped[datetime | None]
    callback_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    callback_form: Mapped[ContactForm | None] = mapped_column(enum_type(ContactForm))
    callback_satisfied: Mapped[bool | None] = mapped_column(Boolean)
    callback_comments: Mapped[str | None] = mapped_column(Text)
    callback_exemption: Mapped[CallbackExemption | None] = mapped_column(enum_type(CallbackExemption))
    callback_exemption_note: Mapped[str | None] = mapped_column(Text)
    #: R24: why the client was called outside decent hours (the reason and the note).
    callback_call_time_note: Mapped[str | None] = mapped_column(Text)
    # R7
    auto_close_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closure_kind: Mapped[ClosureKind | None] = mapped_column(enum_type(ClosureKind))
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)

    worklog_entry: Mapped[WorkLogEntry | None] = relationship()
    client: Mapped[Client | None] = relationship()
    room: Mapped[Room | None] = relationship()
    handler: Mapped[Staff | None] = relationship(foreign_keys=[handler_id])
    handler_department: Mapped[Department | None] = relationship()
    complainants: Mapped[list[ComplaintComplainant]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan"
    )
    progress: Mapped[list[ComplaintProgress]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintProgress.at"
    )
    status_changes: Mapped[list[ComplaintStatusChange]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintStatusChange.at"
    )


# The dashboard's queries: open complaints by each clock.
Index("ix_complaint_status_first_response_due", Complaint.status, Complaint.first_response_due)
Index("ix_complaint_status_handler_due", Complaint.status, Complaint.handler_due)
Index("ix_complaint_status_next_update_due", Complaint.status, Complaint.next_update_due)
Index("ix_complaint_status_callback_due", Complaint.status, Complaint.callback_due)
Index("ix_complaint_status_auto_close_at", Complaint.status, Complaint.auto_close_at)
Index("ix_complaint_developer_notice_due", Complaint.developer_notice_sent_at, Complaint.developer_notice_due)
Index("ix_complaint_closed_at", Complaint.closed_at)
Index(
    "ix_complaint_client_line_received", Complaint.client_id, Complaint.business_line, Complaint.received_at
)
# The dashboard's charts (statistics.chart_counts): twelve months of live complaints
# counted by class and cause from the index alone (migration 0011, issue 18).
Index(
    "ix_complaint_received_live",
    Complaint.received_at,
    Complaint.complaint_class,
    Complaint.root_cause,
    sqlite_where=Complaint.voided_at.is_(None),
    postgresql_where=Complaint.voided_at.is_(None),
)


class ComplaintComplainant(IdMixin, Base):
    """A further person complaining about the same event (R8)."""

    __tablename__ = "complaint_complainant"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    name: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    joined_at: Mapped[datetime]
    times: Mapped[int] = mapped_column(Integer, default=1)

    complaint: Mapped[Complaint] = relationship(back_populates="complainants")
    client: Mapped[Client | None] = relationship()


class ComplaintProgress(RecordMixin, Base):
    """One line of the progress log: when, who, what, whether the client was told."""

    __tablename__ = "complaint_progress"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(Text)
    client_informed: Mapped[bool] = mapped_column(Boolean, default=False)

    complaint: Mapped[Complaint] = relationship(back_populates="progress")
    staff: Mapped[Staff | None] = relationship(foreign_keys=[staff_id])


class ComplaintStatusChange(IdMixin, Base):
    """Status history: reopen statistics (R7) and elapsed-time accounting come from it."""

    __tablename__ = "complaint_status_change"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    at: Mapped[datetime]
    from_status: Mapped[ComplaintStatus | None] = mapped_column(enum_type(ComplaintStatus))
    to_status: Mapped[ComplaintStatus] = mapped_column(enum_type(ComplaintStatus))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(Text)

    complaint: Mapped[Complaint] = relationship(back_populates="status_changes")


class ComplaintBreach(IdMixin, Base):
    """A clock met late (or still running past its due time when the complaint moved
    on): how late, in working time, for the reports (SPEC section 3)."""

    __tablename__ = "complaint_breach"

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    clock: Mapped[ComplaintClock] = mapped_column(enum_type(ComplaintClock))
    due_at: Mapped[datetime]
    met_at: Mapped[datetime]
    late_seconds: Mapped[int] = mapped_column(Integer)

    complaint: Mapped[Complaint] = relationship()


# Lists count their live rows as all rows minus the voided ones (screens.lists.count_rows);
# the voided ones come from these partial indexes (only voided rows: tiny, and never
# mistaken by the planner for a way to find live rows). Migration 0004.
Index(
    "ix_complaint_voided",
    Complaint.voided_at,
    sqlite_where=Complaint.voided_at.is_not(None),
    postgresql_where=Complaint.voided_at.is_not(None),
)
