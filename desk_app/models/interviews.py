"""Client interview record 顾客访谈记录表 and monthly interview plans (SPEC 2.4, R13q)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.models.base import Base, IdMixin, NumberedRecordMixin, RecordMixin, enum_type
from desk_app.models.clients import Client
from desk_app.models.enums import ContactForm, Satisfaction
from desk_app.models.organisation import Room, Staff


class Interview(NumberedRecordMixin, Base):
    NUMBER_PREFIX = "FT"
    __tablename__ = "interview"

    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    interviewer_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    interview_date: Mapped[date] = mapped_column(Date)
    form: Mapped[ContactForm] = mapped_column(enum_type(ContactForm))
    # InterviewTopic values
    topics: Mapped[list[str]] = mapped_column(default=list)
    client_needs: Mapped[str | None] = mapped_column(Text)
    measures: Mapped[str | None] = mapped_column(Text)
    completion: Mapped[str | None] = mapped_column(Text)
    callback_satisfaction: Mapped[Satisfaction | None] = mapped_column(enum_type(Satisfaction))
    overall_satisfaction: Mapped[Satisfaction | None] = mapped_column(enum_type(Satisfaction))
    # SafetyAdvice values given during the interview
    safety_advice: Mapped[list[str]] = mapped_column(default=list)
    # R13q 乔迁拜访: the visit within 7 days of moving in.
    is_move_in_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    # R13q (amended, migration 0009): a steward not cleared to work alone interviews
    # with a named companion; R24: why the client was called outside decent hours.
    companion_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    call_time_note: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client | None] = relationship()
    room: Mapped[Room | None] = relationship()
    interviewer: Mapped[Staff] = relationship(foreign_keys=[interviewer_id])


Index("ix_interview_interviewer_date", Interview.interviewer_id, Interview.interview_date)
Index("ix_interview_date", Interview.interview_date)
# Issue 18 (migration 0008): a client's live interviews by date, for R13q's "first visit
# since moving in" that the dashboard asks for ~2 000 recent move-ins on every refresh
# (PostgreSQL hashed the whole interview table for it: 45 ms; with this index 2 ms).
Index(
    "ix_interview_client_date_live",
    Interview.client_id,
    Interview.interview_date,
    sqlite_where=Interview.voided_at.is_(None),
    postgresql_where=Interview.voided_at.is_(None),
)


class InterviewPlan(RecordMixin, Base):
    """One interviewer's plan for one month (``month`` is the first day of it)."""

    __tablename__ = "interview_plan"
    __table_args__ = (UniqueConstraint("interviewer_id", "month"),)

    interviewer_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    month: Mapped[date] = mapped_column(Date, index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    interviewer: Mapped[Staff] = relationship(foreign_keys=[interviewer_id])
    targets: Mapped[list[InterviewPlanTarget]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )


class InterviewPlanTarget(IdMixin, Base):
    __tablename__ = "interview_plan_target"

    plan_id: Mapped[int] = mapped_column(ForeignKey("interview_plan.id"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interview.id"))
    note: Mapped[str | None] = mapped_column(String(255))

    plan: Mapped[InterviewPlan] = relationship(back_populates="targets")
    room: Mapped[Room | None] = relationship()


# Lists count their live rows as all rows minus the voided ones (screens.lists.count_rows);
# the voided ones come from these partial indexes (only voided rows: tiny, and never
# mistaken by the planner for a way to find live rows). Migration 0004.
Index(
    "ix_interview_voided",
    Interview.voided_at,
    sqlite_where=Interview.voided_at.is_not(None),
    postgresql_where=Interview.voided_at.is_not(None),
)
