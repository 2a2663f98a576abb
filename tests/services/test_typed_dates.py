"""Dates as a receptionist types them (issue 15): the table of accepted forms, the
working-day offset by the calendar, and refusals that say what may be typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.services.calendar import WorkCalendar
from desk_app.services.typed_dates import TypedDateError, add_working_days, parse_typed_date

TODAY = date(2026, 12, 6)  # a Sunday


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("20261220", date(2026, 12, 20)),
        ("2026-12-20", date(2026, 12, 20)),
        ("2026/12/20", date(2026, 12, 20)),
        ("2026.12.20", date(2026, 12, 20)),
        ("2026-1-5", date(2026, 1, 5)),
        ("2026年12月20日", date(2026, 12, 20)),
        ("２０２６－１２－２０", date(2026, 12, 20)),  # full-width
        ("12-20", date(2026, 12, 20)),
        ("12/20", date(2026, 12, 20)),
        ("12月20日", date(2026, 12, 20)),
        ("1220", date(2026, 12, 20)),
        (" 2026-12-20 ", date(2026, 12, 20)),
        ("今天", TODAY),
        ("明天", TODAY + timedelta(days=1)),
        ("+7天", TODAY + timedelta(days=7)),
        ("+1", date(2026, 12, 7)),  # Sunday + 1 working day = Monday
        ("+5", date(2026, 12, 11)),
        ("+7", date(2026, 12, 15)),
        ("", None),
        ("   ", None),
    ],
)
def test_accepted_forms(typed: str, meant: date | None) -> None:
    assert parse_typed_date(typed, TODAY) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "2026-13-45",
        "2026-02-30",
        "20261345",
        "abc",
        "12-20-",
        "123",
        "+",
        "1899-01-01",
        "+99999",
        "（未填写）20261220",
    ],
)
def test_refusals_say_what_may_be_typed(typed: str) -> None:
    with pytest.raises(TypedDateError) as error:
        parse_typed_date(typed, TODAY)
    assert typed.strip()[:4] in str(error.value) or "+" in str(error.value)


def test_plus_counts_working_days_of_the_calendar() -> None:
    """National Day 2026: 1–7 October are holidays; Saturday 10 October is a make-up
    working day (chinese-calendar)."""
    calendar = WorkCalendar()
    on = date(2026, 9, 30)
    assert parse_typed_date("+1", on, calendar.is_workday) == date(2026, 10, 8)
    assert parse_typed_date("+2", on, calendar.is_workday) == date(2026, 10, 9)
    assert parse_typed_date("+3", on, calendar.is_workday) == date(2026, 10, 10)  # 调休 Saturday


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_date_reads_back_in_each_written_form(day: date) -> None:
    for text in (
        day.strftime("%Y%m%d"),
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
    ):
        assert parse_typed_date(text, TODAY) == day


@given(
    st.integers(min_value=0, max_value=400), st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1))
)
def test_working_day_offsets_land_on_a_working_day_with_the_right_count(days: int, start: date) -> None:
    calendar = WorkCalendar()
    end = add_working_days(start, days, calendar.is_workday)
    between = [start + timedelta(days=n) for n in range(1, (end - start).days + 1)]
    assert sum(calendar.is_workday(d) for d in between) == days
    assert days == 0 or calendar.is_workday(end)
