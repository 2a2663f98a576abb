"""The working calendar (SPEC section 3): which days are working days, and business-time
arithmetic over one working window a day.

Working days are Monday–Friday minus PRC statutory holidays plus make-up working days
(调休), from chinese-calendar for the years it knows; the administrator's overrides win.
For a year the package does not know and no override covers, Monday–Friday is used and
``missing_years`` reports it, so the dashboard can warn; nothing raises.

The window is half-open: ``work_start`` is inside it, ``work_end`` is not. One working
day is the window's length of business time. Naive datetimes are taken in the
calendar's zone; results are aware, in the calendar's zone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import chinese_calendar
from chinese_calendar import constants as calendar_data
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import CalendarOverride
from desk_app.services.settings import load_settings


@lru_cache(maxsize=1)
def package_years() -> frozenset[int]:
    """The years chinese-calendar has holiday data for (2004–2026 in version 1.11)."""
    years = {day.year for day in calendar_data.holidays} | {day.year for day in calendar_data.workdays}
    return frozenset(range(min(years), max(years) + 1))


class WorkCalendar:
    def __init__(
        self,
        work_start: time = time(9, 0),
        work_end: time = time(18, 0),
        overrides: Mapping[date, bool] | None = None,
        tz: str | ZoneInfo = "Asia/Shanghai",
    ) -> None:
        if work_start >= work_end:
            raise ValueError(
                msg(
                    "上班时间 {work_start:%H:%M} 必须早于下班时间 {work_end:%H:%M}",
                    work_start=work_start,
                    work_end=work_end,
                )
            )
        self.work_start = work_start
        self.work_end = work_end
        self.overrides: dict[date, bool] = dict(overrides or {})
        self.zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)

    @classmethod
    def from_settings(cls, session: Session) -> WorkCalendar:
        """The administrator's calendar: working hours and zone from the settings,
        overrides from the calendar_override table."""
        settings = load_settings(session)
        overrides = {row.day: row.is_workday for row in session.scalars(select(CalendarOverride))}
        return cls(settings.work_start, settings.work_end, overrides, settings.zone)

    # -- days --------------------------------------------------------------------------

    @property
    def working_day(self) -> timedelta:
        """One working day of business time: the window's length."""
        return datetime.combine(date.min, self.work_end) - datetime.combine(date.min, self.work_start)

    def is_workday(self, day: date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if day.year in package_years():
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5  # section 3: unknown year, Monday–Friday

    def missing_years(self, first: int, last: int) -> list[int]:
        """Years in [first, last] with no package data and no override at all."""
        covered = {day.year for day in self.overrides}
        return [y for y in range(first, last + 1) if y not in package_years() and y not in covered]

    # -- instants ------------------------------------------------------------------------

    def localize(self, moment: datetime) -> datetime:
        """``moment`` in the calendar's zone (a naive one is taken to be in it)."""
        if moment.tzinfo is None or moment.utcoffset() is None:
            return moment.replace(tzinfo=self.zone)
        return moment.astimezone(self.zone)

    def window_of(self, day: date) -> tuple[datetime, datetime]:
        return (
            datetime.combine(day, self.work_start, tzinfo=self.zone),
            datetime.combine(day, self.work_end, tzinfo=self.zone),
        )

    def is_working_time(self, moment: datetime) -> bool:
        local = self.localize(moment)
        start, end = self.window_of(local.date())
        return self.is_workday(local.date()) and start <= local < end

    def _windows_from(self, day: date) -> Iterator[tuple[datetime, datetime]]:
        """The working windows of ``day`` and every later working day."""
        while True:
            if self.is_workday(day):
                yield self.window_of(day)
            day += timedelta(days=1)

    def next_working_instant(self, moment: datetime) -> datetime:
        """``moment`` if it is inside a working window, else the start of the next one."""
        local = self.localize(moment)
        for start, end in self._windows_from(local.date()):
            if local < end:
                return max(local, start)
        raise AssertionError("unreachable: the windows never end")

    def end_of_working_day(self, moment: datetime) -> datetime:
        """The end of the working window that ``moment`` is in (or the next one)."""
        start = self.next_working_instant(moment)
        return self.window_of(start.date())[1]

    def add_working_time(self, start: datetime, delta: timedelta) -> datetime:
        """The instant when ``delta`` of business time has passed after ``start``.

        A result that lands exactly on a window's end stays there (18:00, not the next
        morning's 09:00): a due time at the close of business.
        """
        if delta < timedelta(0):
            raise ValueError(msg("工作时长不能为负数：{delta}", delta=delta))
        local = self.localize(start)
        if delta == timedelta(0):
            return local
        remaining = delta
        for window_start, window_end in self._windows_from(local.date()):
            if local >= window_end:
                continue
            begin = max(local, window_start)
            available = window_end - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise AssertionError("unreachable: the windows never end")

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """``days`` working days of business time after ``start`` (section 3)."""
        return self.add_working_time(start, self.working_day * days)

    def working_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Business time in [start, end); zero when end is not after start."""
        begin, finish = self.localize(start), self.localize(end)
        total = timedelta(0)
        if finish <= begin:
            return total
        day = begin.date()
        while day <= finish.date():
            if self.is_workday(day):
                window_start, window_end = self.window_of(day)
                overlap = min(finish, window_end) - max(begin, window_start)
                if overlap > timedelta(0):
                    total += overlap
            day += timedelta(days=1)
        return total
