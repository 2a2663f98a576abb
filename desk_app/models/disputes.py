"""Neighbour dispute record 邻里纠纷处理记录表 (SPEC 2.5). Disputes take long; the
process log is what proves the centre acted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, NumberedRecordMixin, RecordMixin, enum_type
from desk_app.models.enums import DisputeStatus, DisputeType
from desk_app.models.organisation import Room, Staff


class Dispute(NumberedRecordMixin, Base):
    NUMBER_PREFIX = "JF"
    __tablename__ = "dispute"

    dispute_type: Mapped[DisputeType] = mapped_column(enum_type(DisputeType))
    opened_at: Mapped[datetime] = mapped_column(index=True)
    description: Mapped[str] = mapped_column(Text)
    complainant_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    complainant_client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    respondent_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    respondent_client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[DisputeStatus] = mapped_column(enum_type(DisputeStatus), default=DisputeStatus.OPEN)
    outcome: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None]

    complainant_room: Mapped[Room | None] = relationship(foreign_keys=[complainant_room_id])
    respondent_room: Mapped[Room | None] = relationship(foreign_keys=[respondent_room_id])
    steps: Mapped[list[DisputeStep]] = relationship(
        back_populates="dispute", cascade="all, delete-orphan", order_by="DisputeStep.at"
    )


Index("ix_dispute_status_opened", Dispute.status, Dispute.opened_at)


class DisputeStep(RecordMixin, Base):
    """A step of the process log, with the outside bodies that took part."""

    __tablename__ = "dispute_step"

    dispute_id: Mapped[int] = mapped_column(ForeignKey("dispute.id"), index=True)
    at: Mapped[datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(Text)
    # DisputeParticipant values
    participants: Mapped[list[str]] = mapped_column(default=list)
    result: Mapped[str | None] = mapped_column(Text)

    dispute: Mapped[Dispute] = relationship(back_populates="steps")
    staff: Mapped[Staff | None] = relationship(foreign_keys=[staff_id])
