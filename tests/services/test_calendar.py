"""The working calendar (SPEC section 3): SPEC examples as a table, the 2026 holidays
and make-up days, and properties of business-time arithmetic."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.models import CalendarOverride
from desk_app.models.database import Database
from desk_app.services.calendar import WorkCalendar
from desk_app.services.settings import store_setting

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


@pytest.mark.parametrize(
    ("day", "workday", "why"),
    [
        ("2026-11-20", True, "ordinary Friday"),
        ("2026-11-21", False, "ordinary Saturday"),
        ("2026-10-01", False, "National Day"),
        ("2026-10-07", False, "National Day week, a Wednesday"),
        ("2026-10-08", True, "first working day after National Day"),
        ("2026-10-10", True, "make-up Saturday (调休)"),
        ("2026-09-20", True, "make-up Sunday (调休)"),
        ("2026-09-25", False, "Mid-autumn Festival, a Friday"),
        ("2027-01-01", True, "unknown year: Monday–Friday fallback, a Friday"),
        ("2027-01-02", False, "unknown year: Saturday"),
    ],
)
def test_working_days(day: str, workday: bool, why: str) -> None:
    assert CAL.is_workday(date.fromisoformat(day)) is workday, why


def test_overrides_win_and_cover_missing_years() -> None:
    cal = WorkCalendar(overrides={date(2027, 1, 1): False, date(2026, 10, 1): True})
    assert not cal.is_workday(date(2027, 1, 1))
    assert cal.is_workday(date(2026, 10, 1))
    assert cal.missing_years(2025, 2028) == [2028]
    assert CAL.missing_years(2025, 2028) == [2027, 2028]


@pytest.mark.parametrize(
    ("start", "hours", "due", "why"),
    [
        ("2026-11-20 16:00", 9, "2026-11-23 16:00", "SPEC R1: Friday 16:00 → Monday 16:00"),
        ("2026-11-21 10:00", 9, "2026-11-23 18:00", "SPEC R1: Saturday → end of Monday's window"),
        ("2026-11-23 09:00", 9, "2026-11-23 18:00", "09:00 is inside the window"),
        ("2026-11-23 18:00", 9, "2026-11-24 18:00", "18:00 is not inside the window"),
        ("2026-11-23 08:59", 1, "2026-11-23 10:00", "before opening: counts from 09:00"),
        ("2026-09-30 16:00", 9, "2026-10-08 16:00", "National Day week in between"),
        ("2026-10-09 16:00", 9, "2026-10-10 16:00", "make-up Saturday counts"),
        ("2026-09-19 10:00", 9, "2026-09-20 18:00", "make-up Sunday counts"),
        ("2026-12-31 16:00", 9, "2027-01-01 16:00", "2027 unknown: Friday counts (fallback)"),
        ("2026-11-23 10:00", 0, "2026-11-23 10:00", "nothing to add"),
    ],
)
def test_add_working_time(start: str, hours: int, due: str, why: str) -> None:
    assert CAL.add_working_time(at(start), timedelta(hours=hours)) == at(due), why


def test_zones_naive_and_foreign_inputs() -> None:
    naive = datetime(2026, 11, 20, 16, 0)  # noqa: DTZ001  (naive is taken in the calendar's zone)
    assert CAL.add_working_days(naive, 1) == at("2026-11-23 16:00")
    utc = datetime(2026, 11, 20, 8, 0, tzinfo=ZoneInfo("UTC"))  # 16:00 in Shanghai
    due = CAL.add_working_days(utc, 1)
    assert due == at("2026-11-23 16:00") and due.tzinfo == SH


def test_working_time_between_examples() -> None:
    assert CAL.working_time_between(at("2026-11-20 16:00"), at("2026-11-23 16:00")) == timedelta(hours=9)
    assert CAL.working_time_between(at("2026-11-21 00:00"), at("2026-11-22 23:00")) == timedelta(0)
    assert CAL.working_time_between(at("2026-11-23 16:00"), at("2026-11-20 16:00")) == timedelta(0)
    assert CAL.working_time_between(at("2026-09-30 00:00"), at("2026-10-09 00:00")) == timedelta(hours=18)


def test_custom_window_and_bad_window() -> None:
    cal = WorkCalendar(time(8, 30), time(17, 30))
    assert cal.working_day == timedelta(hours=9)
    assert cal.add_working_days(at("2026-11-23 17:00"), 1) == at("2026-11-24 17:00")
    with pytest.raises(ValueError, match="必须早于"):
        WorkCalendar(time(18, 0), time(9, 0))
    with pytest.raises(ValueError, match="不能为负数"):
        CAL.add_working_time(at("2026-11-23 10:00"), timedelta(hours=-1))


def test_from_settings_reads_hours_and_overrides(db: Database) -> None:
    with db.begin() as session:
        store_setting(session, "working_hours", {"start": "08:00", "end": "17:00"})
        session.add(CalendarOverride(day=date(2027, 1, 1), is_workday=False, note="元旦"))
    with db.read() as session:
        cal = WorkCalendar.from_settings(session)
    assert (cal.work_start, cal.work_end) == (time(8, 0), time(17, 0))
    assert not cal.is_workday(date(2027, 1, 1))


# -- properties --------------------------------------------------------------------------

moments = st.datetimes(
    min_value=datetime(2025, 1, 1),  # noqa: DTZ001
    max_value=datetime(2028, 12, 31),  # noqa: DTZ001
).map(lambda d: d.replace(second=0, microsecond=0, tzinfo=SH))
durations = st.integers(min_value=0, max_value=20 * 9 * 60).map(lambda m: timedelta(minutes=m))


@settings(max_examples=300, deadline=None)
@given(start=moments, delta=durations)
def test_between_inverts_add(start: datetime, delta: timedelta) -> None:
    assert CAL.working_time_between(start, CAL.add_working_time(start, delta)) == delta


@settings(max_examples=300, deadline=None)
@given(start=moments, first=durations, second=durations)
def test_add_is_monotonic(start: datetime, first: timedelta, second: timedelta) -> None:
    low, high = sorted([first, second])
    assert CAL.add_working_time(start, low) <= CAL.add_working_time(start, high)


@settings(max_examples=300, deadline=None)
@given(start=moments, delta=durations.filter(lambda d: d > timedelta(0)))
def test_results_fall_inside_a_window_or_at_its_end(start: datetime, delta: timedelta) -> None:
    due = CAL.add_working_time(start, delta)
    window_start, window_end = CAL.window_of(due.date())
    assert CAL.is_workday(due.date())
    assert window_start < due <= window_end


@given(day=st.dates(min_value=date(2004, 1, 1), max_value=date(2035, 12, 31)), workday=st.booleans())
def test_overrides_always_win(day: date, workday: bool) -> None:
    assert WorkCalendar(overrides={day: workday}).is_workday(day) is workday


@given(day=st.dates(min_value=date(2027, 1, 1), max_value=date(2099, 12, 31)))
def test_unknown_years_fall_back_to_monday_to_friday(day: date) -> None:
    assert CAL.is_workday(day) is (day.weekday() < 5)
