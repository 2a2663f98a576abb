"""R11 monthly reports: due dates, due / overdue / done, marking done, on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk_app.clock import FixedClock
from desk_app.models import MonthlyReportStatus, Staff
from desk_app.models.database import Database
from desk_app.models.enums import ReportKind, StaffRole
from desk_app.services.errors import FieldError, PermissionDeniedError
from desk_app.services.report_status import (
    ReportState,
    mark_report_done,
    report_due_date,
    report_state,
    report_statuses,
)

OCT = date(2026, 10, 1)
NOV = date(2026, 11, 1)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_staff(db: Database, role: StaffRole, login: str) -> int:
    with db.begin() as s:
        staff = Staff(login=login, name=login, role=role)
        s.add(staff)
        s.flush()
        return staff.id


@pytest.mark.parametrize(
    ("kind", "month", "due"),
    [
        (ReportKind.STATISTICS, "2026-11-01", "2026-11-25"),
        (ReportKind.STATISTICS, "2026-02-01", "2026-02-25"),
        (ReportKind.OWNER_SUMMARY, "2026-11-01", "2026-11-30"),
        (ReportKind.OWNER_SUMMARY, "2026-12-01", "2026-12-30"),  # 31-day month: still the 30th
        (ReportKind.OWNER_SUMMARY, "2026-02-01", "2026-02-28"),  # February: its last day
        (ReportKind.OWNER_SUMMARY, "2028-02-01", "2028-02-29"),  # leap year
        (ReportKind.COMPLAINT_ANALYSIS, "2026-12-01", "2026-12-31"),
        (ReportKind.COMPLAINT_ANALYSIS, "2026-02-01", "2026-02-28"),
        (ReportKind.COMPLAINT_ANALYSIS, "2026-04-01", "2026-04-30"),
        (ReportKind.INTERVIEW_ANALYSIS, "2026-11-01", "2026-12-05"),
        (ReportKind.INTERVIEW_ANALYSIS, "2026-12-01", "2027-01-05"),  # year end
    ],
)
def test_due_dates(kind: ReportKind, month: str, due: str) -> None:
    assert report_due_date(kind, date.fromisoformat(month)) == date.fromisoformat(due)


@pytest.mark.parametrize(
    ("today", "done", "state"),
    [
        ("2026-11-17", False, ReportState.UPCOMING),  # 8 days before the 25th
        ("2026-11-18", False, ReportState.DUE),  # 7 days before
        ("2026-11-25", False, ReportState.DUE),  # on the due date
        ("2026-11-26", False, ReportState.OVERDUE),
        ("2026-11-26", True, ReportState.DONE),
        ("2026-11-01", True, ReportState.DONE),
    ],
)
def test_report_state(today: str, done: bool, state: ReportState) -> None:
    assert report_state(date(2026, 11, 25), date.fromisoformat(today), done) is state


@given(
    due=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 1, 1)),
    first=st.integers(min_value=-60, max_value=60),
    second=st.integers(min_value=-60, max_value=60),
)
def test_an_undone_report_only_moves_towards_overdue(due: date, first: int, second: int) -> None:
    order = [ReportState.UPCOMING, ReportState.DUE, ReportState.OVERDUE]
    early, late = sorted([first, second])
    assert order.index(report_state(due, due + timedelta(days=early), False)) <= order.index(
        report_state(due, due + timedelta(days=late), False)
    )


def test_statuses_of_this_month_and_the_month_before(db: Database) -> None:
    with db.begin() as s:
        s.add(MonthlyReportStatus(kind=ReportKind.STATISTICS, month=OCT, done_at=utc("2026-10-22T08:00:00")))
        # Voided: not done.
        s.add(
            MonthlyReportStatus(
                kind=ReportKind.OWNER_SUMMARY,
                month=OCT,
                done_at=utc("2026-10-29T08:00:00"),
                voided_at=utc("2026-10-30T08:00:00"),
                void_reason="文件有误",
            )
        )
        # A row without done_at: not done.
        s.add(MonthlyReportStatus(kind=ReportKind.COMPLAINT_ANALYSIS, month=NOV, file_name="草稿.docx"))
        # Outside the window (September): not listed.
        s.add(
            MonthlyReportStatus(
                kind=ReportKind.STATISTICS, month=date(2026, 9, 1), done_at=utc("2026-09-20T08:00:00")
            )
        )
    with db.read() as s:
        statuses = report_statuses(s, date(2026, 11, 20), months_back=1)
    assert [(item.kind, item.month, item.due, item.state) for item in statuses] == [
        # the 25th is a Sunday and the 31st a Saturday: moved to the Friday before
        (ReportKind.STATISTICS, OCT, date(2026, 10, 23), ReportState.DONE),
        (ReportKind.OWNER_SUMMARY, OCT, date(2026, 10, 30), ReportState.OVERDUE),
        (ReportKind.COMPLAINT_ANALYSIS, OCT, date(2026, 10, 30), ReportState.OVERDUE),
        (ReportKind.INTERVIEW_ANALYSIS, OCT, date(2026, 11, 5), ReportState.OVERDUE),
        (ReportKind.STATISTICS, NOV, date(2026, 11, 25), ReportState.DUE),
        (ReportKind.OWNER_SUMMARY, NOV, date(2026, 11, 30), ReportState.UPCOMING),
        (ReportKind.COMPLAINT_ANALYSIS, NOV, date(2026, 11, 30), ReportState.UPCOMING),
        (ReportKind.INTERVIEW_ANALYSIS, NOV, date(2026, 12, 4), ReportState.UPCOMING),  # 5 Dec: a Saturday
    ]
    assert statuses[0].done_at == utc("2026-10-22T08:00:00")
    assert statuses[0].done_late is False


def test_default_window_is_the_current_month_and_three_before(db: Database) -> None:
    with db.read() as s:
        statuses = report_statuses(s, date(2027, 1, 3))
    assert sorted({item.month for item in statuses}) == [
        date(2026, 10, 1),
        NOV,
        date(2026, 12, 1),
        date(2027, 1, 1),
    ]
    assert len(statuses) == 16
    assert [item.due for item in statuses] == sorted(item.due for item in statuses)
    # The December interview analysis is due 5 January: two days away.
    december_interviews = next(
        item
        for item in statuses
        if item.kind is ReportKind.INTERVIEW_ANALYSIS and item.month == date(2026, 12, 1)
    )
    assert december_interviews.state is ReportState.DUE


@pytest.mark.parametrize(
    ("kind", "month", "today", "due", "nominal", "state"),
    [
        # Mid-Autumn 2026: 25–27 September off; the statistics move to Thursday 24th
        (ReportKind.STATISTICS, "2026-09-01", "2026-09-24", "2026-09-24", "2026-09-25", ReportState.DUE),
        # National Day 2026: 1–7 October off; the September interview analysis (5 Oct)
        # moves to Wednesday 30 September
        (
            ReportKind.INTERVIEW_ANALYSIS,
            "2026-09-01",
            "2026-09-30",
            "2026-09-30",
            "2026-10-05",
            ReportState.DUE,
        ),
        (
            ReportKind.INTERVIEW_ANALYSIS,
            "2026-09-01",
            "2026-10-06",
            "2026-09-30",
            "2026-10-05",
            ReportState.OVERDUE,
        ),
        # a make-up working Saturday (28 Feb 2026) is a working day: not moved
        (ReportKind.OWNER_SUMMARY, "2026-02-01", "2026-02-27", "2026-02-28", None, ReportState.DUE),
        # an ordinary working day: not moved
        (ReportKind.STATISTICS, "2026-11-01", "2026-11-20", "2026-11-25", None, ReportState.DUE),
    ],
)
def test_a_due_date_on_a_day_off_moves_to_the_working_day_before(
    db: Database, kind: ReportKind, month: str, today: str, due: str, nominal: str | None, state: ReportState
) -> None:
    """Issue 14: the September statistics fell due on the Mid-Autumn holiday itself."""
    with db.read() as s:
        statuses = report_statuses(s, date.fromisoformat(today), months_back=2)
    status = next(i for i in statuses if i.kind is kind and i.month == date.fromisoformat(month))
    assert (status.due, status.state) == (date.fromisoformat(due), state)
    assert status.nominal_due == (date.fromisoformat(nominal) if nominal else None)
    if nominal:
        assert nominal in status.due_note and due in status.due_note and "R11" in status.due_note
    else:
        assert status.due_note == ""


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 1)))
def test_moved_due_dates_are_working_days_never_later_than_the_rule(month: date) -> None:
    from desk_app.services.calendar import WorkCalendar

    calendar = WorkCalendar()
    first = month.replace(day=1)
    for kind in ReportKind:
        nominal = report_due_date(kind, first)
        moved = report_due_date(kind, first, calendar.is_workday)
        assert moved <= nominal and calendar.is_workday(moved)
        assert all(
            not calendar.is_workday(nominal - timedelta(days=n)) for n in range((nominal - moved).days)
        )


def test_february_owner_summary_is_due_on_the_28th(db: Database) -> None:
    with db.read() as s:
        statuses = report_statuses(s, date(2026, 3, 1), months_back=1)
    summary = next(
        item for item in statuses if item.kind is ReportKind.OWNER_SUMMARY and item.month == date(2026, 2, 1)
    )
    assert (summary.due, summary.state) == (date(2026, 2, 28), ReportState.OVERDUE)


def test_supervisor_marks_a_report_done_once(db: Database) -> None:
    supervisor = add_staff(db, StaffRole.SUPERVISOR, "li")
    head = add_staff(db, StaffRole.DEPARTMENT_HEAD, "zhao")
    # 26 Nov 09:00 local: the statistics were due yesterday.
    db.clock = FixedClock(utc("2026-11-26T01:00:00"))
    with db.begin(actor_id=supervisor) as s:
        status = mark_report_done(s, ReportKind.STATISTICS, date(2026, 11, 18), file_name="11月统计.xlsx")
    assert (status.kind, status.month, status.state) == (ReportKind.STATISTICS, NOV, ReportState.DONE)
    assert status.done_at == utc("2026-11-26T01:00:00")
    assert status.done_late is True
    db.clock = FixedClock(utc("2026-11-27T01:00:00"))
    with db.begin(actor_id=head) as s:
        again = mark_report_done(s, ReportKind.STATISTICS, NOV, measures="加强保洁巡查")
    assert again.done_at == utc("2026-11-26T01:00:00")  # the first completion stands
    assert again.file_name == "11月统计.xlsx"
    with db.read() as s:
        rows = list(s.scalars(select(MonthlyReportStatus)))
        assert len(rows) == 1
        assert (rows[0].done_by_id, rows[0].measures) == (supervisor, "加强保洁巡查")
        listed = report_statuses(s, date(2026, 11, 27), months_back=0)
    assert next(item for item in listed if item.kind is ReportKind.STATISTICS).state is ReportState.DONE


def test_marking_on_time_is_not_late(db: Database) -> None:
    head = add_staff(db, StaffRole.DEPARTMENT_HEAD, "zhao")
    # 30 Nov 23:00 local (15:00 UTC): the owner summary is on time.
    db.clock = FixedClock(utc("2026-11-30T15:00:00"))
    with db.begin(actor_id=head) as s:
        status = mark_report_done(s, ReportKind.OWNER_SUMMARY, NOV)
    assert status.done_late is False


@pytest.mark.parametrize("role", [StaffRole.RECEPTIONIST, StaffRole.SERVICE_STAFF, StaffRole.ADMINISTRATOR])
def test_other_roles_cannot_mark_reports_done(db: Database, role: StaffRole) -> None:
    staff = add_staff(db, role, "someone")
    db.clock = FixedClock(utc("2026-11-26T01:00:00"))
    with db.begin(actor_id=staff) as s, pytest.raises(PermissionDeniedError) as caught:
        mark_report_done(s, ReportKind.STATISTICS, NOV)
    assert caught.value.rule == "R11"
    with db.begin() as s, pytest.raises(PermissionDeniedError):
        mark_report_done(s, ReportKind.STATISTICS, NOV)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MonthlyReportStatus)) == 0


def test_a_future_month_cannot_be_marked_done(db: Database) -> None:
    supervisor = add_staff(db, StaffRole.SUPERVISOR, "li")
    db.clock = FixedClock(utc("2026-11-30T16:30:00"))  # 1 Dec 00:30 local: December is current
    with db.begin(actor_id=supervisor) as s:
        assert mark_report_done(s, ReportKind.STATISTICS, date(2026, 12, 1)).month == date(2026, 12, 1)
    with db.begin(actor_id=supervisor) as s, pytest.raises(FieldError) as caught:
        mark_report_done(s, ReportKind.STATISTICS, date(2027, 1, 1))
    assert caught.value.field == "month"


def test_a_voided_row_is_revived(db: Database) -> None:
    supervisor = add_staff(db, StaffRole.SUPERVISOR, "li")
    with db.begin() as s:
        s.add(
            MonthlyReportStatus(
                kind=ReportKind.INTERVIEW_ANALYSIS,
                month=OCT,
                done_at=utc("2026-11-01T01:00:00"),
                voided_at=utc("2026-11-02T01:00:00"),
                void_reason="登记错月份",
            )
        )
    db.clock = FixedClock(utc("2026-11-04T01:00:00"))
    with db.begin(actor_id=supervisor) as s:
        status = mark_report_done(s, ReportKind.INTERVIEW_ANALYSIS, OCT)
    assert status.done_at == utc("2026-11-04T01:00:00")
    assert status.done_late is False  # due 5 November
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MonthlyReportStatus)) == 1


def test_a_concurrent_first_mark_turns_into_an_update(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other office marked the report between our look-up and our insert: the unique
    (kind, month) refuses the insert and the existing row is used."""
    import desk_app.services.report_status as report_status

    supervisor = add_staff(db, StaffRole.SUPERVISOR, "li")
    head = add_staff(db, StaffRole.DEPARTMENT_HEAD, "zhao")
    db.clock = FixedClock(utc("2026-11-20T01:00:00"))
    with db.begin(actor_id=supervisor) as s:
        mark_report_done(s, ReportKind.STATISTICS, NOV)
    real = report_status._report_row
    calls: list[ReportKind] = []

    def not_seen_the_first_time(session: Any, kind: ReportKind, month: date) -> MonthlyReportStatus | None:
        calls.append(kind)
        return None if len(calls) == 1 else real(session, kind, month)

    monkeypatch.setattr(report_status, "_report_row", not_seen_the_first_time)
    db.clock = FixedClock(utc("2026-11-21T01:00:00"))
    with db.begin(actor_id=head) as s:
        status = mark_report_done(s, ReportKind.STATISTICS, NOV, file_name="统计.xlsx")
    assert len(calls) == 2
    assert (status.done_at, status.file_name) == (utc("2026-11-20T01:00:00"), "统计.xlsx")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MonthlyReportStatus)) == 1
