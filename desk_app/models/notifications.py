"""The in-program inbox (R23): one row per person told of one event. Who is told is
decided in ``desk_app.services.notifications``; the table only keeps it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, IdMixin, UtcDateTime, enum_type
from desk_app.models.enums import NotificationEvent


class Notification(IdMixin, Base):
    """One notification for one staff member. ``key`` names the event (e.g.
    ``major:17`` or ``deadline:complaints:17:callback:2026-11-25T10:00``): a person is
    told of one event once, whoever or whatever reports it again (the unique pair)."""

    __tablename__ = "notification"
    __table_args__ = (UniqueConstraint("recipient_id", "key"),)

    recipient_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    event: Mapped[NotificationEvent] = mapped_column(enum_type(NotificationEvent))
    key: Mapped[str] = mapped_column(String(128))
    #: The navigation key of the screen that opens the record, and the record.
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


Index("ix_notification_inbox", Notification.recipient_id, Notification.done_at, Notification.read_at)
