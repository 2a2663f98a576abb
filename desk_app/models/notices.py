"""Rectification notices 整改通知书 (SPEC 2.6, R15) and reminder-slip cases
温馨提示 with their slips and cleared items (SPEC 2.7, R14)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, NumberedRecordMixin, RecordMixin, enum_type
from desk_app.models.clients import Client
from desk_app.models.enums import (
    NoticeIssue,
    NoticeStatus,
    ReminderCaseStatus,
    ReminderKind,
    ServiceResult,
)
from desk_app.models.organisation import Room, Staff


class RectificationNotice(NumberedRecordMixin, Base):
    NUMBER_PREFIX = "ZG"
    __tablename__ = "rectification_notice"

    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    issue: Mapped[NoticeIssue] = mapped_column(enum_type(NoticeIssue))
    issue_description: Mapped[str] = mapped_column(Text)
    required_action: Mapped[str] = mapped_column(Text)
    # R15: a deadline is mandatory.
    deadline: Mapped[date] = mapped_column(Date, nullable=False)
    issued_at: Mapped[datetime]
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    joint_with_owners_committee: Mapped[bool] = mapped_column(Boolean, default=False)
    served_at: Mapped[datetime | None]
    service_result: Mapped[ServiceResult] = mapped_column(
        enum_type(ServiceResult), default=ServiceResult.PENDING
    )
    # R15: a refused signature needs photo evidence or a witness.
    refusal_photo_path: Mapped[str | None] = mapped_column(String(512))
    refusal_witness: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[NoticeStatus] = mapped_column(enum_type(NoticeStatus), default=NoticeStatus.ISSUED)
    rectified_at: Mapped[datetime | None]
    escalated_at: Mapped[datetime | None]
    escalated_to: Mapped[str | None] = mapped_column(String(128))
    #: Issue 14: the neighbour dispute this notice is part of (migration 0009).
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("dispute.id"), index=True)

    room: Mapped[Room | None] = relationship()
    client: Mapped[Client | None] = relationship()
    inspections: Mapped[list[NoticeInspection]] = relationship(
        back_populates="notice", cascade="all, delete-orphan", order_by="NoticeInspection.at"
    )


Index("ix_rectification_notice_status_deadline", RectificationNotice.status, RectificationNotice.deadline)
# Issue 18 (migration 0008): the list's first page, newest first, read in index order
# instead of sorting every notice of ten years (3 ms for one year, 15 ms for ten).
Index("ix_rectification_notice_issued", RectificationNotice.issued_at, RectificationNotice.id)


class NoticeInspection(RecordMixin, Base):
    """A follow-up inspection of a rectification notice."""

    __tablename__ = "notice_inspection"

    notice_id: Mapped[int] = mapped_column(ForeignKey("rectification_notice.id"), index=True)
    at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    rectified: Mapped[bool] = mapped_column(Boolean, default=False)
    finding: Mapped[str | None] = mapped_column(Text)

    notice: Mapped[RectificationNotice] = relationship(back_populates="inspections")
    staff: Mapped[Staff | None] = relationship(foreign_keys=[staff_id])


class ReminderCase(NumberedRecordMixin, Base):
    """A case of reminder slips at one place (R14): up to three slips, then clearance."""

    NUMBER_PREFIX = "TX"
    __tablename__ = "reminder_case"

    kind: Mapped[ReminderKind] = mapped_column(enum_type(ReminderKind))
    location: Mapped[str] = mapped_column(String(255))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    opened_at: Mapped[datetime]
    status: Mapped[ReminderCaseStatus] = mapped_column(
        enum_type(ReminderCaseStatus), default=ReminderCaseStatus.FIRST_SLIP
    )
    next_check_at: Mapped[datetime | None]
    # R14: a repeat offence after a clearance may be cleared at once.
    repeat_of_case_id: Mapped[int | None] = mapped_column(ForeignKey("reminder_case.id"))
    clearance_confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    clearance_confirmed_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)
    #: Issue 14: the neighbour dispute this case is part of (migration 0009).
    dispute_id: Mapped[int | None] = mapped_column(ForeignKey("dispute.id"), index=True)

    room: Mapped[Room | None] = relationship()
    slips: Mapped[list[ReminderSlip]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ReminderSlip.sequence"
    )
    cleared_items: Mapped[list[ClearedItem]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ClearedItem.item_number"
    )


Index("ix_reminder_case_status_next_check", ReminderCase.status, ReminderCase.next_check_at)
# Issue 18 (migration 0008): the list's first page, newest first, in index order.
Index("ix_reminder_case_opened", ReminderCase.opened_at, ReminderCase.id)


class ReminderSlip(RecordMixin, Base):
    __tablename__ = "reminder_slip"
    __table_args__ = (UniqueConstraint("case_id", "sequence"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("reminder_case.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    posted_at: Mapped[datetime]
    posted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    checked_at: Mapped[datetime | None]
    heeded: Mapped[bool | None] = mapped_column(Boolean)
    # Names signing the slip; 高空抛物 needs all three parties (R14).
    signatories: Mapped[list[str]] = mapped_column(default=list)

    case: Mapped[ReminderCase] = relationship(back_populates="slips")


class ClearedItem(RecordMixin, Base):
    """An item cleared from a corridor: numbered, stored, returned only against a
    claimant's signature (R14)."""

    __tablename__ = "cleared_item"

    case_id: Mapped[int] = mapped_column(ForeignKey("reminder_case.id"), index=True)
    item_number: Mapped[str] = mapped_column(String(32), unique=True)
    description: Mapped[str] = mapped_column(Text)
    storage_place: Mapped[str] = mapped_column(String(128))
    cleared_at: Mapped[datetime]
    claimed_at: Mapped[datetime | None]
    claimant_name: Mapped[str | None] = mapped_column(String(64))
    claimant_signature: Mapped[str | None] = mapped_column(String(128))

    case: Mapped[ReminderCase] = relationship(back_populates="cleared_items")
