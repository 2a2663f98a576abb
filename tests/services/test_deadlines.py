"""Due times of R1, R1w, R3, R4, R6, R7, R11: SPEC examples as tables."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.models.enums import Channel
from desk_app.services import deadlines
from desk_app.services.calendar import WorkCalendar

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


@pytest.mark.parametrize(
    ("received", "channel", "due", "why"),
    [
        ("2026-11-20 16:00", Channel.CALL, "2026-11-23 16:00", "R1 SPEC: Friday 16:00 → Monday 16:00"),
        ("2026-11-21 11:00", Channel.VISIT, "2026-11-23 18:00", "R1 SPEC: Saturday → end of Monday"),
        ("2026-09-30 16:00", Channel.LETTER, "2026-10-08 16:00", "R1 over the National Day week"),
        ("2026-11-23 10:00", Channel.WEB, "2026-11-23 14:00", "R1w: inside hours, +4 clock hours"),
        ("2026-11-23 16:00", Channel.WEB, "2026-11-23 18:00", "R1w: end of the working day is earlier"),
        ("2026-11-23 14:00", Channel.WEB, "2026-11-23 18:00", "R1w: exactly at the end of the day"),
        ("2026-11-23 20:30", Channel.WEB, "2026-11-24 13:00", "R1w: evening post → next window + 4 h"),
        ("2026-11-21 09:30", Channel.WEB, "2026-11-23 13:00", "R1w: Saturday post → Monday 13:00"),
        ("2026-11-23 07:00", Channel.WEB, "2026-11-23 13:00", "R1w: before opening → 09:00 + 4 h"),
        ("2026-11-23 18:00", Channel.WEB, "2026-11-24 13:00", "R1w: 18:00 is outside the window"),
    ],
)
def test_first_response_due(received: str, channel: Channel, due: str, why: str) -> None:
    assert deadlines.first_response_due(at(received), channel, CAL) == at(due), why


def test_one_working_day_rules() -> None:
    friday = at("2026-11-20 16:00")
    monday = at("2026-11-23 16:00")
    assert deadlines.designated_handler_due(friday, CAL) == monday  # R3
    assert deadlines.developer_notice_due(friday, CAL) == monday  # R4
    assert deadlines.progress_update_due(friday, CAL) == at("2026-11-24 16:00")  # R3, 2 days
    assert deadlines.progress_update_due(friday, CAL, working_days=3) == at("2026-11-25 16:00")
    assert deadlines.callback_due(friday, CAL) == at("2026-11-24 16:00")  # R6


def test_auto_close_is_seven_calendar_days() -> None:
    resolved = at("2026-09-30 10:00")
    assert deadlines.auto_close_at(resolved) == at("2026-10-07 10:00")  # holidays do not matter
    with pytest.raises(ValueError):
        deadlines.auto_close_at(datetime(2026, 9, 30, 10, 0))  # noqa: DTZ001


@pytest.mark.parametrize(
    ("year", "month", "statistics", "owner_summary", "interview_analysis"),
    [
        (2026, 11, "2026-11-25", "2026-11-30", "2026-12-05"),
        (2026, 2, "2026-02-25", "2026-02-28", "2026-03-05"),
        (2028, 2, "2028-02-25", "2028-02-29", "2028-03-05"),
        (2026, 12, "2026-12-25", "2026-12-30", "2027-01-05"),
        (2026, 1, "2026-01-25", "2026-01-30", "2026-02-05"),
    ],
)
def test_monthly_due_dates(
    year: int, month: int, statistics: str, owner_summary: str, interview_analysis: str
) -> None:
    assert deadlines.monthly_due_dates(year, month) == {
        "statistics": date.fromisoformat(statistics),
        "owner_summary": date.fromisoformat(owner_summary),
        "interview_analysis": date.fromisoformat(interview_analysis),
    }


def test_explanation_of_the_spec_example() -> None:
    steps = deadlines.explain_first_response(at("2026-11-20 16:00"), Channel.CALL, CAL)
    text = "\n".join(steps)
    assert steps[0].startswith("受理时间：2026-11-20 周五 16:00")
    assert "11月20日 周五 计 2 小时" in text
    assert "11月21日 周六 非工作日" in text and "11月22日 周日 非工作日" in text
    assert "11月23日 周一 计 7 小时" in text
    assert steps[-1] == "应于 2026-11-23 周一 16:00 前首次回应"


def test_explanation_of_a_web_post_at_night() -> None:
    steps = deadlines.explain_first_response(at("2026-11-23 20:30"), Channel.WEB, CAL)
    assert any("下一个工作时段" in step and "2026-11-24 周二 09:00" in step for step in steps)
    assert steps[-1] == "应于 2026-11-24 周二 13:00 前首次回应"


moments = st.datetimes(
    min_value=datetime(2025, 1, 1),  # noqa: DTZ001
    max_value=datetime(2028, 12, 31),  # noqa: DTZ001
).map(lambda d: d.replace(second=0, microsecond=0, tzinfo=SH))


@settings(max_examples=200, deadline=None)
@given(received=moments, channel=st.sampled_from(list(Channel)))
def test_first_response_properties(received: datetime, channel: Channel) -> None:
    due = deadlines.first_response_due(received, channel, CAL)
    assert due > received
    if channel is Channel.WEB:
        # Never more than 4 clock hours of waiting once the centre is open.
        start = CAL.next_working_instant(received)
        assert due - start <= timedelta(hours=4)
        assert due.date() == start.date()
    else:
        assert CAL.working_time_between(received, due) == CAL.working_day
    explained = deadlines.explain_first_response(received, channel, CAL)
    assert explained[-1].startswith(f"应于 {due:%Y-%m-%d}")
