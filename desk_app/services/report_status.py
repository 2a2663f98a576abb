"""R11 monthly reports: which are due, overdue or done (the dashboard's tile), and
marking one done.

Due dates per report month (``month`` is the first day of the month reported on):

- 投诉/建议统计 (statistics): the 25th of the month (``deadlines.monthly_due_dates``);
- 业主公示汇总 (owner summary): the 30th, or the month's last day when shorter;
- 投诉分析报告 (complaint analysis): R11 says only "every month". We take the last day of
  the month: it rounds off the month after the statistics (25th) and the owners'
  summary (30th) that it draws on, and a report nobody is chased for is never written;
- 访谈分析 (interview analysis): the 5th of the next month, for the previous month.

A due date that falls on a day off (a weekend, or a statutory holiday by the working
calendar) moves to the working day before it (issue 14: the September statistics fell
due on the Mid-Autumn holiday itself), and the status says so (``due_note``).
"""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import MonthlyReportStatus
from desk_app.models.enums import ReportKind, StaffRole
from desk_app.services import context
from desk_app.services.deadlines import monthly_due_dates, shift_month
from desk_app.services.errors import DomainError, FieldError
from desk_app.services.guards import GuardTable, Step, roles
from desk_app.services.permissions import checked

#: A report shows as "due" from this many days before its due date (and on it).
DUE_SOON = timedelta(days=7)

#: Who may mark a monthly report done: R11's reports go to leadership; the role table
#: has the supervisor writing them and the department head approving them.
REPORT_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})


class ReportState(StrEnum):
    """Where a monthly report stands on a given day (R11: due / overdue / done)."""

    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    DONE = "done"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    ReportState.UPCOMING: msg("未到期"),
    ReportState.DUE: msg("即将到期"),
    ReportState.OVERDUE: msg("已逾期"),
    ReportState.DONE: msg("已完成"),
}


@dataclass(frozen=True)
class ReportStatus:
    kind: ReportKind
    #: First day of the month reported on.
    month: date
    due: date
    state: ReportState
    done_at: datetime | None = None
    file_name: str | None = None
    #: Done, but after the due date (local day of ``done_at`` later than ``due``).
    done_late: bool = False
    #: The date the rule names, when ``due`` was moved off a day off; else None.
    nominal_due: date | None = None

    @property
    def due_note(self) -> str:
        """Why ``due`` is not the date the rule names (empty when it is)."""
        if self.nominal_due is None:
            return ""
        return msg(
            "原定 {nominal:%Y-%m-%d} 为休息日，提前至前一个工作日 {due:%Y-%m-%d}（R11）",
            nominal=self.nominal_due,
            due=self.due,
        )


def nominal_due_date(kind: ReportKind, month: date) -> date:
    """R11: the date the rule names for ``kind``'s report on ``month`` (module doc)."""
    if kind is ReportKind.COMPLAINT_ANALYSIS:
        return date(month.year, month.month, month_calendar.monthrange(month.year, month.month)[1])
    return monthly_due_dates(month.year, month.month)[kind.value]


def working_day_on_or_before(day: date, is_workday: Callable[[date], bool]) -> date:
    """``day`` itself when it is a working day, else the working day before it."""
    while not is_workday(day):
        day -= timedelta(days=1)
    return day


def report_due_date(kind: ReportKind, month: date, is_workday: Callable[[date], bool] | None = None) -> date:
    """R11: when ``kind``'s report on ``month`` is due: the rule's date, moved to the
    working day before when it is a day off by ``is_workday`` (the working calendar)."""
    nominal = nominal_due_date(kind, month)
    return nominal if is_workday is None else working_day_on_or_before(nominal, is_workday)


def report_state(due: date, today: date, done: bool) -> ReportState:
    """Done wins; else overdue from the day after ``due``; else due within
    ``DUE_SOON`` before ``due`` (and on it); else upcoming."""
    if done:
        return ReportState.DONE
    if today > due:
        return ReportState.OVERDUE
    if today >= due - DUE_SOON:
        return ReportState.DUE
    return ReportState.UPCOMING


def _local_date(session: Session, moment: datetime) -> date:
    return moment.astimezone(context.zone(session)).date()


def _status(
    session: Session, kind: ReportKind, month: date, today: date, row: MonthlyReportStatus | None
) -> ReportStatus:
    nominal = nominal_due_date(kind, month)
    due = working_day_on_or_before(nominal, context.calendar(session).is_workday)
    done_at = row.done_at if row is not None else None
    return ReportStatus(
        kind=kind,
        month=month,
        due=due,
        state=report_state(due, today, done_at is not None),
        done_at=done_at,
        file_name=row.file_name if row is not None else None,
        done_late=done_at is not None and _local_date(session, done_at) > due,
        nominal_due=nominal if nominal != due else None,
    )


def report_statuses(session: Session, today: date, months_back: int = 3) -> list[ReportStatus]:
    """Every R11 report of the current month and the ``months_back`` months before it,
    most urgent (earliest due) first. Later months are left out: their reports are not
    due yet. Older months drop off the list, done or not."""
    if months_back < 0:
        raise FieldError(
            "months_back", msg("回溯月数不能为负数，收到 {months_back}", months_back=months_back)
        )
    current = today.replace(day=1)
    months = [shift_month(current, -offset) for offset in range(months_back, -1, -1)]
    rows = {
        (row.kind, row.month): row
        for row in session.scalars(
            select(MonthlyReportStatus).where(
                MonthlyReportStatus.voided_at.is_(None),
                MonthlyReportStatus.month >= months[0],
                MonthlyReportStatus.month <= months[-1],
            )
        )
    }
    kinds = list(ReportKind)
    statuses = [
        _status(session, kind, month, today, rows.get((kind, month))) for month in months for kind in kinds
    ]
    statuses.sort(key=lambda status: (status.due, kinds.index(status.kind)))
    return statuses


def _report_row(session: Session, kind: ReportKind, month: date) -> MonthlyReportStatus | None:
    # Voided rows too: (kind, month) is unique, so a voided one is revived.
    return session.scalars(
        select(MonthlyReportStatus).where(
            MonthlyReportStatus.kind == kind, MonthlyReportStatus.month == month
        )
    ).one_or_none()


# -- the report's lifecycle (R11): due → done ------------------------------------------


@dataclass(frozen=True)
class ReportMonth:
    """One report of one month: what the steps of the report's lifecycle act on."""

    kind: ReportKind
    #: The month reported on (any day of it).
    month: date


def _month_has_come(session: Session, report: ReportMonth) -> DomainError | None:
    """A report on a month that has not begun (by the community's calendar) cannot be
    done yet."""
    month = report.month.replace(day=1)
    if month > _local_date(session, context.now(session)).replace(day=1):
        return FieldError("month", msg("{month:%Y年%m月}尚未到来，不能登记其报告", month=month), rule="R11")
    return None


#: The monthly report's steps. ``mark_done`` may be taken again (it keeps the first
#: completion time and updates the file name and measures).
GUARDS = GuardTable[ReportMonth](
    {
        "mark_done": Step(checks=(roles(REPORT_ROLES, msg("登记月度报告完成"), "R11"), _month_has_come)),
    }
)


@checked
def mark_report_done(
    session: Session,
    kind: ReportKind,
    month: date,
    file_name: str | None = None,
    measures: str | None = None,
) -> ReportStatus:
    """R11: record that ``kind``'s report on ``month`` is done (supervisor or department
    head). Marking it again keeps the first completion time (so on-time stays
    on-time) and updates the file name and measures given."""
    GUARDS.require(session, "mark_done", ReportMonth(kind, month))
    month = month.replace(day=1)
    staff = context.actor(session)
    assert staff is not None  # the guard's role check found the person
    now = context.now(session)
    today = _local_date(session, now)

    row = _report_row(session, kind, month)
    if row is None:
        # Two offices marking the same report at once: the second insert hits the
        # unique (kind, month); the savepoint keeps the transaction and it updates.
        try:
            with session.begin_nested():
                row = MonthlyReportStatus(
                    kind=kind,
                    month=month,
                    done_at=now,
                    done_by_id=staff.id,
                    file_name=file_name,
                    measures=measures,
                )
                session.add(row)
        except IntegrityError:
            row = _report_row(session, kind, month)
            assert row is not None
    if row.voided_at is not None:
        row.voided_at = None
        row.void_reason = None
        row.voided_by_id = None
        row.done_at = None
    if row.done_at is None:
        row.done_at = now
        row.done_by_id = staff.id
    if file_name is not None:
        row.file_name = file_name
    if measures is not None:
        row.measures = measures
    session.flush()
    return _status(session, kind, month, today, row)
