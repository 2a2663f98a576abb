"""The monthly reports' screen without Qt (issue 17): the statuses on the workspace's
today (in the community's zone), marking one done, and the month usually reported on.
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desk_app.clock import FixedClock
from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import ReportKind, StaffRole
from desk_app.screens.base import Workspace
from desk_app.screens.monthly_reports import MonthlyReportsScreen, ReportState

#: 00:30 on 1 December in Shanghai, still November in UTC
NOW = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)


def test_statuses_and_marking_follow_the_workspace(db: Database) -> None:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        boss = Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR)
        session.add(boss)
        session.flush()
        boss_id = boss.id
    screen = MonthlyReportsScreen(Workspace(db, boss_id))
    assert screen.today() == date(2026, 12, 1) and screen.last_month() == date(2026, 11, 1)
    sheet = screen.read()
    assert sheet.today == date(2026, 12, 1)
    assert {status.month for status in sheet.statuses} == {
        date(2026, 9, 1),
        date(2026, 10, 1),
        date(2026, 11, 1),
        date(2026, 12, 1),
    }
    status = screen.mark_done(ReportKind.STATISTICS, date(2026, 11, 1), "11月统计.pdf")
    assert status.state is ReportState.DONE and status.file_name == "11月统计.pdf"
    (stored,) = [
        row
        for row in screen.read().statuses
        if row.kind is ReportKind.STATISTICS and row.month == date(2026, 11, 1)
    ]
    assert stored.state is ReportState.DONE and stored.done_late  # due 25 November
