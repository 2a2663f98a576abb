"""Daily tally 日盘点 (R10): each working day the complaints and repair reports received
that day, with their status, are listed and confirmed by the responsible person; a
working day without a confirmed tally is flagged the next morning.

"That day" is the local calendar day in the community's zone: the day runs from local
midnight to the next local midnight, turned into UTC instants for the query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Complaint, DailyTally, Room, WorkLogEntry
from desk_app.models.enums import Category, ComplaintStatus, StaffRole, WorkLogStatus
from desk_app.services import context
from desk_app.services.errors import DomainError, FieldError
from desk_app.services.guards import GuardTable, Step, roles
from desk_app.services.permissions import checked
from desk_app.services.worklog import live_status

#: R10 says "the responsible person". The role table has the supervisor signing the
#: tally, but at most centres the duty receptionist (值班前台) draws it up and confirms
#: it at the end of the shift, and the department head may sign for anyone. Service
#: staff (they handle assigned complaints, they do not run the counter) and the
#: administrator (accounts and backups) are not responsible for the counter's day.
TALLY_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.RECEPTIONIST})

#: How much of a description the tally sheet shows.
SUMMARY_LENGTH = 50


class TallyKind(StrEnum):
    COMPLAINT = "complaint"
    REPAIR = "repair"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {TallyKind.COMPLAINT: "投诉", TallyKind.REPAIR: "报修"}


@dataclass(frozen=True)
class TallyItem:
    """One line of the tally sheet."""

    kind: TallyKind
    number: str
    #: Local time of receipt.
    received_at: datetime
    room: str | None
    summary: str
    #: The complaint's or work-log entry's status (``.label`` is the printed Chinese).
    status: ComplaintStatus | WorkLogStatus
    #: Not yet closed (complaint) / not yet done (repair).
    is_open: bool


def _summary(text: str) -> str:
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    if len(first_line) > SUMMARY_LENGTH:
        return first_line[: SUMMARY_LENGTH - 1] + "…"
    return first_line


def _day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    return (
        datetime.combine(day, time(0), tzinfo=zone),
        datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone),
    )


def tally_items(session: Session, day: date) -> list[TallyItem]:
    """The complaints and repair reports received on local ``day``, oldest first
    (voided records left out)."""
    zone = context.zone(session)
    start, end = _day_bounds(day, zone)
    items: list[TallyItem] = []

    complaints = (
        select(Complaint.number, Complaint.received_at, Room.code, Complaint.description, Complaint.status)
        .outerjoin(Room, Room.id == Complaint.room_id)
        .where(
            Complaint.voided_at.is_(None),
            Complaint.received_at >= start,
            Complaint.received_at < end,
        )
    )
    for number, received_at, room, description, complaint_status in session.execute(complaints):
        items.append(
            TallyItem(
                kind=TallyKind.COMPLAINT,
                number=number,
                received_at=received_at.astimezone(zone),
                room=room,
                summary=_summary(description),
                status=complaint_status,
                is_open=complaint_status is not ComplaintStatus.CLOSED,
            )
        )

    # Complaints are counted from the complaint records, not from their work-log
    # entries (category 投诉), so nothing is listed twice.
    repairs = (
        select(
            WorkLogEntry.number,
            WorkLogEntry.received_at,
            Room.code,
            WorkLogEntry.content,
            live_status(),  # issue 14: a finished repair's slip says so, not a stale copy
        )
        .outerjoin(Room, Room.id == WorkLogEntry.room_id)
        .where(
            WorkLogEntry.voided_at.is_(None),
            WorkLogEntry.category == Category.REPAIR,
            WorkLogEntry.received_at >= start,
            WorkLogEntry.received_at < end,
        )
    )
    for number, received_at, room, content, entry_status in session.execute(repairs):
        items.append(
            TallyItem(
                kind=TallyKind.REPAIR,
                number=number,
                received_at=received_at.astimezone(zone),
                room=room,
                summary=_summary(content),
                status=WorkLogStatus(entry_status),
                is_open=WorkLogStatus(entry_status) is not WorkLogStatus.DONE,
            )
        )

    items.sort(key=lambda item: (item.received_at, item.kind is TallyKind.REPAIR, item.number))
    return items


def _tally_row(session: Session, day: date) -> DailyTally | None:
    # Voided rows too: the table holds one row per day (unique), so a voided
    # confirmation is revived rather than duplicated.
    return session.scalars(select(DailyTally).where(DailyTally.day == day)).one_or_none()


def _day_has_come(session: Session, day: date) -> DomainError | None:
    today = context.now(session).astimezone(context.zone(session)).date()
    if day > today:
        return FieldError("day", msg("{day:%Y-%m-%d} 尚未到来，不能确认日盘点", day=day), rule="R10")
    return None


#: R10: who confirms a day's tally, and which days (today and earlier; again after late
#: entries). ``confirm_tally`` refuses through it; the tally screen offers 确认 from it.
TALLY_GUARDS = GuardTable[date](
    {"confirm": Step(checks=(roles(TALLY_ROLES, msg("确认日盘点"), "R10"), _day_has_come))}
)


@checked
def confirm_tally(session: Session, day: date, note: str | None = None) -> DailyTally:
    """R10: the acting staff member confirms ``day``'s tally. The counts are taken now;
    confirming again (after late entries) updates the same row."""
    TALLY_GUARDS.require(session, "confirm", day)
    staff = context.actor(session)
    assert staff is not None
    now = context.now(session)

    items = tally_items(session, day)
    values = {
        "complaints_count": sum(1 for item in items if item.kind is TallyKind.COMPLAINT),
        "repairs_count": sum(1 for item in items if item.kind is TallyKind.REPAIR),
        "open_count": sum(1 for item in items if item.is_open),
        "confirmed_by_id": staff.id,
        "confirmed_at": now,
        "note": note,
        "voided_at": None,
        "void_reason": None,
        "voided_by_id": None,
    }

    tally = _tally_row(session, day)
    if tally is None:
        # Two counters confirming the same day at once: the second insert hits the
        # unique day; a savepoint keeps the transaction usable and it updates instead.
        try:
            with session.begin_nested():
                tally = DailyTally(day=day, **values)
                session.add(tally)
        except IntegrityError:
            tally = _tally_row(session, day)
            assert tally is not None
        else:
            return tally
    for key, value in values.items():
        setattr(tally, key, value)
    session.flush()
    return tally


def missing_tallies(
    session: Session, today: date, lookback_days: int = 30, not_before: date | None = None
) -> list[date]:
    """R10: working days before ``today`` (today's tally is not late until tomorrow
    morning) and within ``lookback_days`` that have no confirmed tally, oldest first.
    ``not_before`` (e.g. the day the program went live) excludes earlier days."""
    if lookback_days < 1:
        raise FieldError(
            "lookback_days", msg("回溯天数应至少为 1，收到 {lookback_days}", lookback_days=lookback_days)
        )
    first = today - timedelta(days=lookback_days)
    if not_before is not None:
        first = max(first, not_before)
    confirmed = set(
        session.scalars(
            select(DailyTally.day).where(
                DailyTally.voided_at.is_(None),
                DailyTally.confirmed_at.is_not(None),
                DailyTally.day >= first,
                DailyTally.day < today,
            )
        )
    )
    cal = context.calendar(session)
    days = (first + timedelta(days=offset) for offset in range((today - first).days))
    return [day for day in days if cal.is_workday(day) and day not in confirmed]
