"""What the daily-tally screen shows for one day (R10), read in one unit of work: the
day's complaints and repair reports (``tallies.tally_items``), whether and by whom the
tally was confirmed, whether the day is a working day, and the past working days still
without a confirmed tally (``tallies.missing_tallies``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Complaint, DailyTally, Staff, WorkLogEntry
from desk_app.services import context, tallies
from desk_app.services.tallies import TallyItem, TallyKind


@dataclass(frozen=True)
class Confirmation:
    by: str | None
    at: datetime
    note: str | None
    complaints_count: int
    repairs_count: int
    open_count: int


@dataclass(frozen=True)
class TallySheet:
    day: date
    is_workday: bool
    items: tuple[TallyItem, ...]
    confirmation: Confirmation | None
    #: Working days before today without a confirmed tally (the dashboard's R10 tile).
    missing: tuple[date, ...]

    @property
    def complaints_count(self) -> int:
        return sum(1 for item in self.items if item.kind is tallies.TallyKind.COMPLAINT)

    @property
    def repairs_count(self) -> int:
        return sum(1 for item in self.items if item.kind is tallies.TallyKind.REPAIR)

    @property
    def open_count(self) -> int:
        return sum(1 for item in self.items if item.is_open)


def confirmation(session: Session, day: date) -> Confirmation | None:
    """The confirmed (not voided) tally of ``day``, if any."""
    row = session.execute(
        select(DailyTally, Staff.name)
        .outerjoin(Staff, Staff.id == DailyTally.confirmed_by_id)
        .where(DailyTally.day == day, DailyTally.voided_at.is_(None), DailyTally.confirmed_at.is_not(None))
    ).first()
    if row is None:
        return None
    tally, name = row
    assert tally.confirmed_at is not None
    return Confirmation(
        by=name,
        at=tally.confirmed_at.astimezone(context.zone(session)),
        note=tally.note,
        complaints_count=tally.complaints_count,
        repairs_count=tally.repairs_count,
        open_count=tally.open_count,
    )


def tally_sheet(session: Session, day: date) -> TallySheet:
    today = context.now(session).astimezone(context.zone(session)).date()
    return TallySheet(
        day=day,
        is_workday=context.calendar(session).is_workday(day),
        items=tuple(tallies.tally_items(session, day)),
        confirmation=confirmation(session, day),
        missing=tuple(tallies.missing_tallies(session, today)),
    )


def record_id_by_number(session: Session, kind: TallyKind, number: str) -> int | None:
    """The id of a tally line's record: a complaint, or a work-log entry (repair)."""
    model: type[Complaint] | type[WorkLogEntry] = Complaint if kind is TallyKind.COMPLAINT else WorkLogEntry
    return session.scalar(select(model.id).where(model.number == number))
