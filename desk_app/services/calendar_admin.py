"""The administrator changes the working calendar: overrides (date → working day or
holiday) and working hours. Every change recomputes the due times of open records in
the same transaction (SPEC section 3: a calendar change must not leave deadlines stale)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session

from desk_app.models import CalendarOverride
from desk_app.models.enums import StaffRole
from desk_app.services import complaints, context
from desk_app.services.settings import WORKING_HOURS, store_setting
from desk_app.services.text import optional_text

CALENDAR_ROLES = frozenset({StaffRole.ADMINISTRATOR})


@dataclass(frozen=True)
class CalendarChange:
    recomputed_complaints: int


def _recompute(session: Session) -> CalendarChange:
    session.flush()
    return CalendarChange(recomputed_complaints=complaints.recompute_open_complaints(session))


def set_override(session: Session, day: date, is_workday: bool, note: str | None = None) -> CalendarChange:
    """Make ``day`` a working day or a holiday, whatever the PRC calendar says."""
    context.require_role(session, set(CALENDAR_ROLES), "修改节假日设置")
    row = session.get(CalendarOverride, day)
    if row is None:
        session.add(CalendarOverride(day=day, is_workday=is_workday, note=optional_text(note)))
    else:
        row.is_workday, row.note = is_workday, optional_text(note)
    return _recompute(session)


def remove_override(session: Session, day: date) -> CalendarChange:
    context.require_role(session, set(CALENDAR_ROLES), "修改节假日设置")
    row = session.get(CalendarOverride, day)
    if row is not None:
        session.delete(row)  # configuration, not a record: the audit log keeps the change
    return _recompute(session)


def set_working_hours(session: Session, start: time, end: time) -> CalendarChange:
    context.require_role(session, set(CALENDAR_ROLES), "修改工作时间")
    store_setting(session, WORKING_HOURS, {"start": f"{start:%H:%M}", "end": f"{end:%H:%M}"})
    return _recompute(session)
