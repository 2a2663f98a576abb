"""Reception books (SPEC 2.8): visitors, letters (R18), documents and faxes, media
visits (R17) and fee services."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, NumberedRecordMixin, enum_type
from desk_app.models.enums import FeeItem, LetterKind, MediaContactMode
from desk_app.models.organisation import Room


class Visitor(NumberedRecordMixin, Base):
    """访客登记."""

    NUMBER_PREFIX = "FK"
    __tablename__ = "visitor"

    visitor_name: Mapped[str] = mapped_column(String(64))
    visitor_phone: Mapped[str | None] = mapped_column(String(32))
    id_document: Mapped[str | None] = mapped_column(String(64))
    party_size: Mapped[int] = mapped_column(default=1)
    visiting_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    host_name: Mapped[str | None] = mapped_column(String(64))
    host_contacted: Mapped[bool] = mapped_column(Boolean, default=False)
    host_agreed: Mapped[bool | None] = mapped_column(Boolean)
    purpose: Mapped[str | None] = mapped_column(String(255))
    arrived_at: Mapped[datetime] = mapped_column(index=True)
    left_at: Mapped[datetime | None]

    visiting_room: Mapped[Room | None] = relationship()


class Letter(NumberedRecordMixin, Base):
    """客户来函目录. R18: every letter goes here; its kind decides where it goes."""

    NUMBER_PREFIX = "LH"
    __tablename__ = "letter"

    received_at: Mapped[datetime] = mapped_column(index=True)
    sender: Mapped[str] = mapped_column(String(128))
    sender_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    sender_client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    kind: Mapped[LetterKind] = mapped_column(enum_type(LetterKind))
    summary: Mapped[str] = mapped_column(Text)
    action_taken: Mapped[str | None] = mapped_column(Text)
    routed_to_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    praised_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    praised_department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    dispatch_slip_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch_slip.id"))
    worklog_entry_id: Mapped[int | None] = mapped_column(ForeignKey("worklog_entry.id"))

    sender_room: Mapped[Room | None] = relationship()


class DocumentTransfer(NumberedRecordMixin, Base):
    """文件资料收发登记. Contents are never shown to third parties."""

    NUMBER_PREFIX = "WJ"
    __tablename__ = "document_transfer"

    description: Mapped[str] = mapped_column(Text)
    is_fax: Mapped[bool] = mapped_column(Boolean, default=False)
    from_party: Mapped[str] = mapped_column(String(128))
    to_party: Mapped[str] = mapped_column(String(128))
    addressee_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    addressee_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    recipient_contact: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(index=True)
    handed_over_at: Mapped[datetime | None]
    signed_by: Mapped[str | None] = mapped_column(String(64))


class MediaVisit(NumberedRecordMixin, Base):
    """媒体采访接待. R17: recorded, supervisor alerted at once; phone interviews are
    never accepted."""

    NUMBER_PREFIX = "MT"
    __tablename__ = "media_visit"

    at: Mapped[datetime] = mapped_column(index=True)
    contact_mode: Mapped[MediaContactMode] = mapped_column(enum_type(MediaContactMode))
    outlet: Mapped[str] = mapped_column(String(128))
    reporter: Mapped[str] = mapped_column(String(64))
    reporter_phone: Mapped[str | None] = mapped_column(String(32))
    credentials_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    credentials_note: Mapped[str | None] = mapped_column(String(255))
    topic: Mapped[str] = mapped_column(Text)
    supervisor_notified_at: Mapped[datetime | None]
    alert_acknowledged_at: Mapped[datetime | None]
    alert_acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    outcome: Mapped[str | None] = mapped_column(Text)


Index("ix_media_visit_alert", MediaVisit.alert_acknowledged_at, MediaVisit.at)


class FeeService(NumberedRecordMixin, Base):
    """收费业务 at the counter (门禁卡, 停车卡, …)."""

    NUMBER_PREFIX = "SF"
    __tablename__ = "fee_service"

    at: Mapped[datetime] = mapped_column(index=True)
    item: Mapped[FeeItem] = mapped_column(enum_type(FeeItem))
    description: Mapped[str | None] = mapped_column(String(255))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    payer_name: Mapped[str | None] = mapped_column(String(64))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    receipt_number: Mapped[str] = mapped_column(String(64), index=True)


# Lists count their live rows as all rows minus the voided ones (screens.lists.count_rows);
# the voided ones come from these partial indexes (only voided rows: tiny, and never
# mistaken by the planner for a way to find live rows). Migration 0004.
Index(
    "ix_visitor_voided",
    Visitor.voided_at,
    sqlite_where=Visitor.voided_at.is_not(None),
    postgresql_where=Visitor.voided_at.is_not(None),
)
Index(
    "ix_fee_service_voided",
    FeeService.voided_at,
    sqlite_where=FeeService.voided_at.is_not(None),
    postgresql_where=FeeService.voided_at.is_not(None),
)
