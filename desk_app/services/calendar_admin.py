"""The administrator changes the working calendar: overrides (date → working day or
holiday) and working hours. Every change recomputes the due times of open records in
the same transaction (SPEC section 3: a calendar change must not leave deadlines stale)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import CalendarOverride, Staff
from desk_app.models.enums import StaffRole
from desk_app.services import complaints, context
from desk_app.services.calendar import WorkCalendar
from desk_app.services.errors import ConflictError, FieldError
from desk_app.services.permissions import checked
from desk_app.services.settings import (
    CALLBACK_DAYS,
    COMMUNITY_NAME,
    PROGRESS_UPDATE_DAYS,
    WORKING_HOURS,
    settings_version,
    store_setting,
)
from desk_app.services.text import optional_text, required_text

CALENDAR_ROLES = frozenset({StaffRole.ADMINISTRATOR})


@dataclass(frozen=True)
class CalendarChange:
    recomputed_complaints: int


def _recompute(session: Session) -> CalendarChange:
    session.flush()
    return CalendarChange(recomputed_complaints=complaints.recompute_open_complaints(session))


@checked
def set_override(session: Session, day: date, is_workday: bool, note: str | None = None) -> CalendarChange:
    """Make ``day`` a working day or a holiday, whatever the PRC calendar says."""
    context.require_role_or_system(session, set(CALENDAR_ROLES), msg("修改节假日设置"))
    row = session.get(CalendarOverride, day)
    if row is None:
        session.add(CalendarOverride(day=day, is_workday=is_workday, note=optional_text(note)))
    else:
        row.is_workday, row.note = is_workday, optional_text(note)
    return _recompute(session)


@checked
def remove_override(session: Session, day: date) -> CalendarChange:
    context.require_role_or_system(session, set(CALENDAR_ROLES), msg("修改节假日设置"))
    row = session.get(CalendarOverride, day)
    if row is not None:
        session.delete(row)  # configuration, not a record: the audit log keeps the change
    return _recompute(session)


@checked
def set_working_hours(session: Session, start: time, end: time) -> CalendarChange:
    context.require_role(session, set(CALENDAR_ROLES), msg("修改工作时间"))
    store_setting(session, WORKING_HOURS, {"start": f"{start:%H:%M}", "end": f"{end:%H:%M}"})
    return _recompute(session)


# -- the settings screen -------------------------------------------------------------------

#: The longest interval a setting accepts (R3 progress updates, R6 callbacks).
MAX_INTERVAL_DAYS = 60


@dataclass(frozen=True)
class OverrideRow:
    day: date
    is_workday: bool
    note: str | None


def list_overrides(session: Session, first_year: int | None = None) -> list[OverrideRow]:
    """The administrator's overrides, by date (from ``first_year`` on, if given)."""
    query = select(CalendarOverride).order_by(CalendarOverride.day)
    if first_year is not None:
        query = query.where(CalendarOverride.day >= date(first_year, 1, 1))
    return [OverrideRow(row.day, row.is_workday, row.note) for row in session.scalars(query)]


def missing_calendar_years(session: Session, first: int, last: int) -> list[int]:
    """Years in [first, last] the holiday calendar knows nothing about (section 3)."""
    return WorkCalendar.from_settings(session).missing_years(first, last)


@checked
def save_community_settings(
    session: Session,
    *,
    community_name: str,
    work_start: time,
    work_end: time,
    progress_update_working_days: int,
    callback_working_days: int,
    expected_version: int | None = None,
) -> CalendarChange:
    """The settings screen's save: community name, working hours and the R3/R6
    intervals, checked field by field (``FieldError`` names the field), then the due
    times of open records are recomputed once. ``expected_version``: the
    ``settings_version`` the screen loaded (``ConflictError`` when someone saved since)."""
    context.require_role(session, set(CALENDAR_ROLES), msg("修改系统设置"))
    if expected_version is not None and settings_version(session) != expected_version:
        raise ConflictError(msg("系统设置在您打开之后已被其他人修改并保存，本次保存未生效"))
    name = required_text("community_name", community_name, msg("小区名称"), limit=128)
    if work_start >= work_end:
        raise FieldError(
            "work_end", msg("下班时间必须晚于上班时间 {work_start:%H:%M}", work_start=work_start)
        )
    for field, value, what in (
        ("progress_update_working_days", progress_update_working_days, msg("处理进展告知间隔")),
        ("callback_working_days", callback_working_days, msg("回访期限")),
    ):
        if not 1 <= value <= MAX_INTERVAL_DAYS:
            raise FieldError(
                field,
                msg(
                    "{what}应在 1 至 {max_interval_days} 个工作日之间",
                    what=what,
                    max_interval_days=MAX_INTERVAL_DAYS,
                ),
            )
    store_setting(session, COMMUNITY_NAME, name)
    store_setting(session, WORKING_HOURS, {"start": f"{work_start:%H:%M}", "end": f"{work_end:%H:%M}"})
    store_setting(session, PROGRESS_UPDATE_DAYS, progress_update_working_days)
    store_setting(session, CALLBACK_DAYS, callback_working_days)
    session.info.pop("work_calendar", None)  # the next rule reads the new hours
    return _recompute(session)


def is_administrator(session: Session, staff_id: int | None) -> bool:
    """Whether this staff member may change the settings (the screen is read-only else)."""
    if staff_id is None:
        return False
    staff = session.get(Staff, staff_id)
    return staff is not None and staff.active and staff.voided_at is None and staff.role in CALENDAR_ROLES
