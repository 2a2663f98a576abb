"""R22 Promises: a reply promised to a client by a time, and the appointment book.

Each is owed by a person, and shows on that person's Today page and on the dashboard
when it is due (by the end of today) or late (the time has passed and it is not done).

- A promised reply (handbook: "及时予以回复，否则应告知回复时间"; "我了解一下再告诉您")
  lives on the work-log entry: ``reply_promised_by`` (a time not before the entry was
  received), ``reply_owed_by_id`` (who owes it: given, else who took the call, else the
  person recording it), ``reply_given_at`` once given.
- An appointment (handbook: "与客户约定好的服务事项，应按时赴约") is a visit to a room
  at a time, by a member of staff, for a purpose; kept (with what was done) or
  cancelled (with why). Late: booked and its time has passed. ``APPOINTMENT_GUARDS``
  says when it may be kept or cancelled; both steps refuse through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Appointment, Room, Staff, WorkLogEntry
from desk_app.models.enums import AppointmentStatus
from desk_app.services import context
from desk_app.services.errors import DomainError, FieldError, NotFoundError, RuleViolationError
from desk_app.services.guards import GuardTable, Step, signed_in
from desk_app.services.permissions import checked
from desk_app.services.text import optional_text, required_text

#: Lists show at most this many lines.
LIMIT = 200


def _aware(session: Session, value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=context.zone(session))
    return value


def _staff(session: Session, field: str, staff_id: int | None, what: str) -> int:
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    if staff is None or not staff.active:
        raise FieldError(field, msg("请选择{what}", what=what), rule="R22")
    return staff.id


def end_of_today(session: Session, now: datetime) -> datetime:
    local = now.astimezone(context.zone(session))
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=context.zone(session))


# -- promised replies ---------------------------------------------------------------------


@checked
def promise_reply(
    session: Session, entry_id: int, promised_by: datetime, owed_by_id: int | None = None
) -> WorkLogEntry:
    """R22: the client was told they would hear back by ``promised_by``."""
    entry = session.get(WorkLogEntry, entry_id)
    if entry is None or entry.voided_at is not None:
        raise NotFoundError(msg("找不到工作信息记录（编号 {entry_id}）", entry_id=entry_id))
    when = _aware(session, promised_by)
    if when <= entry.received_at:
        raise FieldError("reply_promised_by", msg("答复时间必须晚于受理时间"), rule="R22")
    owner = owed_by_id if owed_by_id is not None else entry.taken_by_id or session.info.get("actor_id")
    entry.reply_owed_by_id = _staff(session, "reply_owed_by_id", owner, msg("答复责任人"))
    entry.reply_promised_by = when
    entry.reply_given_at = None
    return entry


@checked
def record_reply_given(session: Session, entry_id: int, at: datetime | None = None) -> WorkLogEntry:
    entry = session.get(WorkLogEntry, entry_id)
    if entry is None or entry.voided_at is not None:
        raise NotFoundError(msg("找不到工作信息记录（编号 {entry_id}）", entry_id=entry_id))
    if entry.reply_promised_by is None:
        raise RuleViolationError(msg("{number} 没有约定答复时间", number=entry.number), rule="R22")
    if entry.reply_given_at is not None:
        raise RuleViolationError(msg("{number} 已答复", number=entry.number), rule="R22")
    entry.reply_given_at = _aware(session, at) if at is not None else context.now(session)
    return entry


# -- the appointment book --------------------------------------------------------------------


@checked
def book_appointment(
    session: Session,
    *,
    at: datetime,
    staff_id: int | None,
    purpose: str,
    room_id: int | None = None,
    client_id: int | None = None,
    contact_phone: str | None = None,
    worklog_entry_id: int | None = None,
) -> Appointment:
    """R22: a visit to a room (or a client) at a time, by whom, for what."""
    when = _aware(session, at)
    if when < context.now(session) - timedelta(minutes=5):
        raise FieldError("at", msg("预约时间 {when:%Y-%m-%d %H:%M} 已过，请检查", when=when), rule="R22")
    if room_id is not None and session.get(Room, room_id) is None:
        raise FieldError("room_id", msg("找不到房号（编号 {room_id}）", room_id=room_id), rule="R22")
    appointment = Appointment(
        at=when,
        staff_id=_staff(session, "staff_id", staff_id, msg("赴约人")),
        purpose=required_text("purpose", purpose, msg("预约事项"), rule="R22"),
        room_id=room_id,
        client_id=client_id,
        contact_phone=optional_text(contact_phone, "contact_phone", msg("联系电话"), 32),
        worklog_entry_id=worklog_entry_id,
        status=AppointmentStatus.BOOKED,
    )
    session.add(appointment)
    session.flush()
    return appointment


def load_appointment(session: Session, appointment_id: int) -> Appointment:
    row = session.get(Appointment, appointment_id)
    if row is None or row.voided_at is not None:
        raise NotFoundError(msg("找不到预约（编号 {ident}），或已作废", ident=appointment_id))
    return row


def _settled(row: Appointment) -> DomainError:
    return RuleViolationError(
        msg("预约 {number} 已是“{status}”", number=row.number, status=row.status), rule="R22"
    )


def _is_booked(row: Appointment) -> bool:
    return row.status is AppointmentStatus.BOOKED


#: R22: a booked appointment is kept or cancelled, once.
APPOINTMENT_GUARDS = GuardTable[Appointment](
    {
        "keep": Step(checks=(signed_in(msg("登记赴约")),), applies=_is_booked, not_applicable=_settled),
        "cancel": Step(checks=(signed_in(msg("取消预约")),), applies=_is_booked, not_applicable=_settled),
    }
)


@checked
def keep_appointment(session: Session, appointment_id: int, outcome: str) -> Appointment:
    """Kept: what was done there."""
    row = load_appointment(session, appointment_id)
    APPOINTMENT_GUARDS.require(session, "keep", row)
    row.outcome = required_text("outcome", outcome, msg("赴约情况"), rule="R22")
    row.kept_at = context.now(session)
    row.status = AppointmentStatus.KEPT
    return row


@checked
def cancel_appointment(session: Session, appointment_id: int, reason: str) -> Appointment:
    row = load_appointment(session, appointment_id)
    APPOINTMENT_GUARDS.require(session, "cancel", row)
    row.outcome = required_text("outcome", reason, msg("取消原因"), rule="R22")
    row.status = AppointmentStatus.CANCELLED
    return row


# -- due and late ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Owed:
    """A promise or an appointment, as Today and the dashboard show it."""

    kind: str  # navigation key: "worklog" or "appointments"
    record_id: int
    number: str
    title: str
    due: datetime
    owner_id: int | None
    late: bool


def _short(text: str | None, size: int = 40) -> str:
    value = " ".join((text or "").split())
    return value if len(value) <= size else value[: size - 1] + "…"


def replies_owed(session: Session, now: datetime, staff_id: int | None = None) -> list[Owed]:
    """Promised replies not given, due by the end of today (late ones included)."""
    query = select(WorkLogEntry).where(
        WorkLogEntry.voided_at.is_(None),
        WorkLogEntry.reply_given_at.is_(None),
        WorkLogEntry.reply_promised_by <= end_of_today(session, now),
    )
    if staff_id is not None:
        query = query.where(WorkLogEntry.reply_owed_by_id == staff_id)
    rows = session.scalars(query.order_by(WorkLogEntry.reply_promised_by).limit(LIMIT))
    return [
        Owed(
            "worklog",
            entry.id,
            entry.number,
            msg("答复 {who} · {what}", who=entry.contact_name or "", what=_short(entry.content)),
            entry.reply_promised_by,
            entry.reply_owed_by_id,
            entry.reply_promised_by < now,
        )
        for entry in rows
        if entry.reply_promised_by is not None
    ]


def appointments_due(session: Session, now: datetime, staff_id: int | None = None) -> list[Owed]:
    """Booked appointments today or earlier (late: their time has passed)."""
    query = select(Appointment).where(
        Appointment.voided_at.is_(None),
        Appointment.status == AppointmentStatus.BOOKED,
        Appointment.at <= end_of_today(session, now),
    )
    if staff_id is not None:
        query = query.where(Appointment.staff_id == staff_id)
    rows = session.scalars(query.order_by(Appointment.at).limit(LIMIT))
    out = []
    for row in rows:
        room = row.room.code if row.room is not None else ""
        out.append(
            Owed(
                "appointments",
                row.id,
                row.number,
                msg("预约 {room} · {purpose}", room=room, purpose=_short(row.purpose)),
                row.at,
                row.staff_id,
                row.at < now,
            )
        )
    return out
