"""R10 daily tally: the day's list, confirmation, and missing tallies, on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk_app.clock import FixedClock
from desk_app.models import Building, CalendarOverride, Complaint, DailyTally, Room, Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, ComplaintStatus, StaffRole, WorkLogStatus
from desk_app.services.calendar import WorkCalendar
from desk_app.services.errors import FieldError, PermissionDeniedError
from desk_app.services.tallies import TallyKind, confirm_tally, missing_tallies, tally_items

MONDAY = date(2026, 11, 16)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_staff(db: Database, role: StaffRole, login: str) -> int:
    with db.begin() as s:
        staff = Staff(login=login, name=login, role=role)
        s.add(staff)
        s.flush()
        return staff.id


def repair(received_at: datetime, **fields: Any) -> WorkLogEntry:
    fields.setdefault("channel", Channel.CALL)
    fields.setdefault("category", Category.REPAIR)
    fields.setdefault("content", "报修")
    return WorkLogEntry(received_at=received_at, **fields)


def complaint(received_at: datetime, **fields: Any) -> Complaint:
    fields.setdefault("channel", Channel.VISIT)
    fields.setdefault("description", "投诉")
    return Complaint(received_at=received_at, **fields)


def _monday(db: Database) -> None:
    """Monday 16 November 2026 in Shanghai (UTC+8) runs from 15 Nov 16:00 UTC to
    16 Nov 16:00 UTC."""
    db.clock = FixedClock(utc("2026-11-16T10:00:00"))  # 18:00 local
    with db.begin() as s:
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        s.add_all(
            [
                complaint(
                    utc("2026-11-15T16:00:00"),  # 00:00 local: in
                    description="夜间噪音扰民\n第二行不显示",
                    room=room,
                    status=ComplaintStatus.CLOSED,
                ),
                complaint(utc("2026-11-16T01:30:00"), description="电梯困人" * 20),  # 09:30 local
                complaint(
                    utc("2026-11-16T02:00:00"), voided_at=utc("2026-11-16T03:00:00"), void_reason="重复"
                ),
                complaint(utc("2026-11-15T15:59:59")),  # Sunday 23:59:59 local: out
                complaint(utc("2026-11-16T16:00:00")),  # Tuesday 00:00 local: out
                repair(utc("2026-11-16T00:45:00"), content="厨房漏水", room=room, status=WorkLogStatus.DONE),
                repair(utc("2026-11-16T08:00:00"), content="路灯不亮"),  # 16:00 local, open
                repair(utc("2026-11-16T03:00:00"), category=Category.ENQUIRY, content="咨询停车"),
                repair(utc("2026-11-16T03:00:00"), voided_at=utc("2026-11-16T04:00:00"), void_reason="误录"),
            ]
        )


def test_tally_lists_the_days_complaints_and_repairs(db: Database) -> None:
    _monday(db)
    with db.read() as s:
        items = tally_items(s, MONDAY)
    assert [(item.kind, item.received_at.strftime("%H:%M"), item.room) for item in items] == [
        (TallyKind.COMPLAINT, "00:00", "3-2-1201"),
        (TallyKind.REPAIR, "08:45", "3-2-1201"),
        (TallyKind.COMPLAINT, "09:30", None),
        (TallyKind.REPAIR, "16:00", None),
    ]
    first, repair_done, lift, lamp = items
    assert first.number.startswith("TS-202611-")
    assert repair_done.number.startswith("GZ-202611-")
    assert first.summary == "夜间噪音扰民"
    assert len(lift.summary) == 50 and lift.summary.endswith("…")
    assert (first.status.label, first.is_open) == ("已关闭", False)
    assert (lift.status.label, lift.is_open) == ("待响应", True)
    assert (repair_done.status.label, repair_done.is_open) == ("已完成", False)
    assert (lamp.status.label, lamp.is_open) == ("待处理", True)
    assert all(item.received_at.utcoffset() == timedelta(hours=8) for item in items)


def test_confirm_stores_the_counts_and_who_confirmed(db: Database) -> None:
    _monday(db)
    receptionist = add_staff(db, StaffRole.RECEPTIONIST, "wang")
    with db.begin(actor_id=receptionist) as s:
        tally = confirm_tally(s, MONDAY, note="无异常")
    assert (tally.day, tally.complaints_count, tally.repairs_count, tally.open_count) == (MONDAY, 2, 2, 2)
    assert tally.confirmed_by_id == receptionist
    assert tally.confirmed_at == utc("2026-11-16T10:00:00")
    assert tally.note == "无异常"


def test_confirming_twice_updates_the_one_row(db: Database) -> None:
    _monday(db)
    receptionist = add_staff(db, StaffRole.RECEPTIONIST, "wang")
    supervisor = add_staff(db, StaffRole.SUPERVISOR, "li")
    with db.begin(actor_id=receptionist) as s:
        confirm_tally(s, MONDAY)
    # A late entry for Monday, then the supervisor confirms again next morning.
    db.clock = FixedClock(utc("2026-11-17T01:00:00"))
    with db.begin() as s:
        s.add(complaint(utc("2026-11-16T09:00:00")))
    with db.begin(actor_id=supervisor) as s:
        tally = confirm_tally(s, MONDAY)
    assert (tally.complaints_count, tally.repairs_count, tally.open_count) == (3, 2, 3)
    assert tally.confirmed_by_id == supervisor
    assert tally.confirmed_at == utc("2026-11-17T01:00:00")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DailyTally)) == 1


def test_a_voided_confirmation_is_revived_not_duplicated(db: Database) -> None:
    _monday(db)
    head = add_staff(db, StaffRole.DEPARTMENT_HEAD, "zhao")
    with db.begin(actor_id=head) as s:
        tally = confirm_tally(s, MONDAY)
        tally.voided_at = utc("2026-11-16T10:00:00")
        tally.void_reason = "确认有误"
    with db.read() as s:
        assert missing_tallies(s, date(2026, 11, 17), lookback_days=1) == [MONDAY]
    with db.begin(actor_id=head) as s:
        tally = confirm_tally(s, MONDAY)
    assert tally.voided_at is None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DailyTally)) == 1
        assert missing_tallies(s, date(2026, 11, 17), lookback_days=1) == []


@pytest.mark.parametrize("role", [StaffRole.SERVICE_STAFF, StaffRole.ADMINISTRATOR])
def test_roles_not_responsible_for_the_counter_are_refused(db: Database, role: StaffRole) -> None:
    _monday(db)
    staff = add_staff(db, role, "someone")
    with db.begin(actor_id=staff) as s, pytest.raises(PermissionDeniedError) as caught:
        confirm_tally(s, MONDAY)
    assert caught.value.rule == "R10"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DailyTally)) == 0


def test_a_system_call_without_actor_is_refused(db: Database) -> None:
    _monday(db)
    with db.begin() as s, pytest.raises(PermissionDeniedError):
        confirm_tally(s, MONDAY)


def test_a_future_day_cannot_be_confirmed(db: Database) -> None:
    supervisor = add_staff(db, StaffRole.SUPERVISOR, "li")
    # 23:30 local on Monday: Monday may be confirmed, Tuesday may not.
    db.clock = FixedClock(utc("2026-11-16T15:30:00"))
    with db.begin(actor_id=supervisor) as s:
        assert confirm_tally(s, MONDAY).day == MONDAY
    with db.begin(actor_id=supervisor) as s, pytest.raises(FieldError) as caught:
        confirm_tally(s, MONDAY + timedelta(days=1))
    assert caught.value.field == "day"


def _confirm(db: Database, days: list[date], staff_id: int) -> None:
    with db.begin() as s:
        for day in days:
            s.add(DailyTally(day=day, confirmed_by_id=staff_id, confirmed_at=utc("2026-10-12T01:00:00")))


def test_missing_tallies_follow_the_working_calendar(db: Database) -> None:
    """20 Sep 2026 (Sunday) and 10 Oct (Saturday) are make-up working days; 25 Sep
    (Mid-Autumn) and 1–7 Oct (National Day) are holidays."""
    supervisor = add_staff(db, StaffRole.SUPERVISOR, "li")
    _confirm(db, [date(2026, 9, 21), date(2026, 9, 30), date(2026, 10, 1)], supervisor)
    with db.begin() as s:
        # Confirmed, then voided: still missing.
        s.add(
            DailyTally(
                day=date(2026, 9, 22),
                confirmed_at=utc("2026-09-22T10:00:00"),
                voided_at=utc("2026-09-23T01:00:00"),
            )
        )
        # A row without a confirmation: still missing.
        s.add(DailyTally(day=date(2026, 9, 23)))
    with db.read() as s:
        missing = missing_tallies(s, date(2026, 10, 12), lookback_days=22)  # from 20 Sep
    assert missing == [
        date(2026, 9, 20),
        date(2026, 9, 22),
        date(2026, 9, 23),
        date(2026, 9, 24),
        date(2026, 9, 28),
        date(2026, 9, 29),
        date(2026, 10, 8),
        date(2026, 10, 9),
        date(2026, 10, 10),
    ]  # not 12 Oct itself: today's tally is flagged tomorrow morning


def test_holiday_is_not_flagged_and_overrides_win(db: Database) -> None:
    with db.begin() as s:
        s.add(CalendarOverride(day=date(2026, 10, 9), is_workday=False, note="停电放假"))
    with db.read() as s:
        assert missing_tallies(s, date(2026, 10, 2), lookback_days=1) == []  # 1 Oct: holiday
        assert missing_tallies(s, date(2026, 10, 12), lookback_days=5) == [
            date(2026, 10, 8),
            date(2026, 10, 10),
        ]


def test_days_before_going_live_are_not_flagged(db: Database) -> None:
    with db.read() as s:
        assert missing_tallies(s, date(2026, 11, 19), lookback_days=30, not_before=date(2026, 11, 17)) == [
            date(2026, 11, 17),
            date(2026, 11, 18),
        ]
        with pytest.raises(FieldError):
            missing_tallies(s, date(2026, 11, 19), lookback_days=0)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    today=st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)),
    lookback=st.integers(min_value=1, max_value=40),
    confirmed_offsets=st.sets(st.integers(min_value=0, max_value=45)),
)
def test_missing_tallies_are_exactly_the_unconfirmed_past_working_days(
    db: Database, today: date, lookback: int, confirmed_offsets: set[int]
) -> None:
    confirmed = {today - timedelta(days=offset) for offset in confirmed_offsets}
    session = db.session()
    session.begin()
    try:
        session.add_all(DailyTally(day=day, confirmed_at=utc("2026-01-01T00:00:00")) for day in confirmed)
        session.flush()
        missing = missing_tallies(session, today, lookback_days=lookback)
    finally:
        session.rollback()
        session.close()
    cal = WorkCalendar()
    expected = [
        today - timedelta(days=back)
        for back in range(lookback, 0, -1)
        if cal.is_workday(today - timedelta(days=back)) and today - timedelta(days=back) not in confirmed
    ]
    assert missing == expected


def test_a_concurrent_first_confirmation_turns_into_an_update(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two counters confirm the same day at once: the second one did not see the first
    row when it looked, so its insert hits the unique day. It must update that row
    instead of failing the whole unit of work."""
    import desk_app.services.tallies as tallies

    _monday(db)
    receptionist = add_staff(db, StaffRole.RECEPTIONIST, "wang")
    supervisor = add_staff(db, StaffRole.SUPERVISOR, "li")
    with db.begin(actor_id=receptionist) as s:
        confirm_tally(s, MONDAY)
    real = tallies._tally_row
    calls: list[date] = []

    def not_seen_the_first_time(session: Any, day: date) -> DailyTally | None:
        calls.append(day)
        return None if len(calls) == 1 else real(session, day)

    monkeypatch.setattr(tallies, "_tally_row", not_seen_the_first_time)
    with db.begin(actor_id=supervisor) as s:
        tally = confirm_tally(s, MONDAY, note="复核")
    assert len(calls) == 2
    assert (tally.confirmed_by_id, tally.note, tally.complaints_count) == (supervisor, "复核", 2)
    with db.read() as s:
        rows = list(s.scalars(select(DailyTally)))
    assert [(row.day, row.confirmed_by_id) for row in rows] == [(MONDAY, supervisor)]
