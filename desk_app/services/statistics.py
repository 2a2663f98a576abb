"""Complaint statistics by local month (R8, R9; the figures of R11's statistics and
complaint-analysis reports and the dashboard's charts).

Counting (R8): one complaint record is one event, so totals count records; the extra
people and times of the same event are the ``people`` and ``times`` sums. Voided
complaints never count. Causes (R9): the root cause stored on the complaint is the
final one (the handler replaces the symptom with the cause found), so that column is
what is counted.

Month buckets. A complaint belongs to the month of its ``received_at`` *in the
community's zone*: 2026-11-30 17:00 UTC is 2026-12-01 01:00 in Shanghai, so December.
Rather than a dialect-specific "shift and truncate" expression (SQLite has no zones,
and a fixed +8 h shift would be wrong for a zone with daylight saving), the UTC instant
at which each local month starts is computed in Python with ``zoneinfo`` and the
database buckets rows with ``CASE WHEN received_at < <start of month 2> THEN 0 WHEN …``.
That is exact for any zone, portable (plain comparisons of the stored UTC instants),
and the range filter ``start <= received_at < end`` uses the index on ``received_at``.
One GROUP BY (month, class, business line, root cause) returns at most a few hundred
rows per month however many complaints there are; Python folds them into the report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Complaint
from desk_app.models.enums import (
    BusinessLine,
    ComplaintClass,
    ComplaintStatus,
    RootCause,
    RootCauseGroup,
    Severity,
)
from desk_app.services import context
from desk_app.services.errors import FieldError

#: Labels for the "not filled in yet" columns (the key ``None`` in the mappings).
UNCLASSIFIED_LABEL = "未分类"
NO_ROOT_CAUSE_LABEL = "未定根因"


def _zero_filled(members: Sequence[Any], counts: Mapping[Any, int]) -> dict[Any, int]:
    """Every member (and ``None``, the not-yet-filled column) with its count, in order."""
    return {member: counts.get(member, 0) for member in [*members, None]}


@dataclass(frozen=True)
class ComplaintCounts:
    """The figures of one month (or of a whole period).

    The ``by_*`` mappings list every member of the enum plus ``None`` (not filled in
    yet), zero-filled, in the enum's order, so a report's columns never move.
    """

    total: int = 0
    #: R8: the sums of people count and times count over the complaints.
    people: int = 0
    times: int = 0
    #: Complaints received in the period whose status is 已关闭 now.
    closed: int = 0
    #: Complaints reopened at least once (R7) and the number of reopens.
    reopened: int = 0
    reopens: int = 0
    #: 重大投诉 (R19).
    major: int = 0
    by_class: Mapping[ComplaintClass | None, int] = field(
        default_factory=lambda: _zero_filled(list(ComplaintClass), {})
    )
    by_business_line: Mapping[BusinessLine | None, int] = field(
        default_factory=lambda: _zero_filled(list(BusinessLine), {})
    )
    by_root_cause_group: Mapping[RootCauseGroup | None, int] = field(
        default_factory=lambda: _zero_filled(list(RootCauseGroup), {})
    )
    by_root_cause: Mapping[RootCause | None, int] = field(
        default_factory=lambda: _zero_filled(list(RootCause), {})
    )

    @property
    def closure_rate(self) -> float | None:
        """Closed / received; None for a period without complaints (shown as "—")."""
        return self.closed / self.total if self.total else None

    @property
    def reopen_rate(self) -> float | None:
        """Complaints reopened at least once / received; None without complaints."""
        return self.reopened / self.total if self.total else None

    def __add__(self, other: ComplaintCounts) -> ComplaintCounts:
        def merged(mine: Mapping[Any, int], theirs: Mapping[Any, int]) -> dict[Any, int]:
            return {key: mine[key] + theirs[key] for key in mine}

        return ComplaintCounts(
            total=self.total + other.total,
            people=self.people + other.people,
            times=self.times + other.times,
            closed=self.closed + other.closed,
            reopened=self.reopened + other.reopened,
            reopens=self.reopens + other.reopens,
            major=self.major + other.major,
            by_class=merged(self.by_class, other.by_class),
            by_business_line=merged(self.by_business_line, other.by_business_line),
            by_root_cause_group=merged(self.by_root_cause_group, other.by_root_cause_group),
            by_root_cause=merged(self.by_root_cause, other.by_root_cause),
        )


@dataclass(frozen=True)
class ComplaintStatistics:
    """Per local month from ``first_month`` to ``last_month`` (first days), every month
    present (zero-filled), in order; ``overall`` is their sum."""

    first_month: date
    last_month: date
    months: Mapping[date, ComplaintCounts]

    @property
    def overall(self) -> ComplaintCounts:
        result = ComplaintCounts()
        for counts in self.months.values():
            result = result + counts
        return result


@dataclass(frozen=True)
class TrendPoint:
    """Complaints received in one local month (the dashboard's chart, R11's trend)."""

    month: date
    total: int


# -- months --------------------------------------------------------------------------


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def _next_month(month: date) -> date:
    return date(month.year + 1, 1, 1) if month.month == 12 else date(month.year, month.month + 1, 1)


def _months_between(first: date, last: date) -> list[date]:
    months = [first]
    while months[-1] < last:
        months.append(_next_month(months[-1]))
    return months


def _month_starts(months: Sequence[date], zone: tzinfo) -> list[datetime]:
    """The instants at which each local month starts, and the one after the last ends."""
    bounds = [*months, _next_month(months[-1])]
    return [datetime(b.year, b.month, 1, tzinfo=zone) for b in bounds]


def _month_bucket(starts: Sequence[datetime]) -> ColumnElement[int]:
    """The index of the local month a complaint's receipt falls in (see module doc).

    Rows are already limited to ``starts[0] <= received_at < starts[-1]``. The CASE is
    a binary search over the month starts (nested ``CASE WHEN received_at < start of
    the middle month THEN <left half> ELSE <right half> END``), so a ten-year report
    costs 7 comparisons a row, not 120."""

    def search(low: int, high: int) -> ColumnElement[int]:
        # The months with index in [low, high).
        if high - low == 1:
            return literal(low)
        middle = (low + high) // 2
        return case((Complaint.received_at < starts[middle], search(low, middle)), else_=search(middle, high))

    return search(0, len(starts) - 1)


def _in_period(starts: Sequence[datetime]) -> list[ColumnElement[bool]]:
    return [
        Complaint.voided_at.is_(None),  # voided records never count
        Complaint.received_at >= starts[0],
        Complaint.received_at < starts[-1],
    ]


def _check_months(first_month: date, last_month: date) -> tuple[date, date]:
    first, last = _first_of_month(first_month), _first_of_month(last_month)
    if first > last:
        raise FieldError(
            "first_month", msg("起始月份 {first:%Y-%m} 晚于结束月份 {last:%Y-%m}", first=first, last=last)
        )
    return first, last


# -- statistics ----------------------------------------------------------------------


def complaint_statistics(session: Session, first_month: date, last_month: date) -> ComplaintStatistics:
    """Complaint figures per local month, ``first_month`` to ``last_month`` inclusive
    (any day of a month names that month)."""
    first, last = _check_months(first_month, last_month)
    months = _months_between(first, last)
    starts = _month_starts(months, context.zone(session))

    # The bucket is computed in a subquery and grouped on by name outside: PostgreSQL
    # would not recognise two copies of a CASE with bound parameters as one expression.
    rows = (
        select(
            _month_bucket(starts).label("bucket"),
            Complaint.complaint_class,
            Complaint.business_line,
            Complaint.root_cause,
            Complaint.people_count,
            Complaint.times_count,
            Complaint.reopen_count,
            case((Complaint.status == ComplaintStatus.CLOSED, 1), else_=0).label("closed"),
            case((Complaint.reopen_count > 0, 1), else_=0).label("reopened"),
            case((Complaint.severity == Severity.MAJOR, 1), else_=0).label("major"),
        )
        .where(*_in_period(starts))
        .subquery()
    )
    # One pass over the complaints (measured on 200 000 rows: a GROUP BY per dimension
    # means a scan per dimension, slower on SQLite, the default back end).
    grouped = select(
        rows.c.bucket,
        rows.c.complaint_class,
        rows.c.business_line,
        rows.c.root_cause,
        func.count(),
        func.sum(rows.c.people_count),
        func.sum(rows.c.times_count),
        func.sum(rows.c.closed),
        func.sum(rows.c.reopened),
        func.sum(rows.c.reopen_count),
        func.sum(rows.c.major),
    ).group_by(rows.c.bucket, rows.c.complaint_class, rows.c.business_line, rows.c.root_cause)

    # Per month index: [total, people, times, closed, reopened, reopens, major].
    totals = [[0] * 7 for _ in months]
    by_class: list[Counter[ComplaintClass | None]] = [Counter() for _ in months]
    by_line: list[Counter[BusinessLine | None]] = [Counter() for _ in months]
    by_cause: list[Counter[RootCause | None]] = [Counter() for _ in months]
    for index, cls, line, cause, *figures in session.execute(grouped):
        month_totals = totals[index]
        for position, value in enumerate(figures):
            month_totals[position] += int(value)
        count = int(figures[0])
        by_class[index][cls] += count
        by_line[index][line] += count
        by_cause[index][cause] += count

    result: dict[date, ComplaintCounts] = {}
    for index, month in enumerate(months):
        total, people, times, closed, reopened, reopens, major = totals[index]
        by_group: Counter[RootCauseGroup | None] = Counter()
        for cause, count in by_cause[index].items():
            by_group[cause.group if cause is not None else None] += count
        result[month] = ComplaintCounts(
            total=total,
            people=people,
            times=times,
            closed=closed,
            reopened=reopened,
            reopens=reopens,
            major=major,
            by_class=_zero_filled(list(ComplaintClass), by_class[index]),
            by_business_line=_zero_filled(list(BusinessLine), by_line[index]),
            by_root_cause_group=_zero_filled(list(RootCauseGroup), by_group),
            by_root_cause=_zero_filled(list(RootCause), by_cause[index]),
        )
    return ComplaintStatistics(first_month=first, last_month=last, months=result)


@dataclass(frozen=True)
class ChartCounts:
    """What the dashboard's charts need of a period: complaints per local month and,
    over the whole period, per class and per root-cause group (zero-filled, enum order,
    ``None`` last)."""

    per_month: Mapping[date, int]
    by_class: Mapping[ComplaintClass | None, int]
    by_root_cause_group: Mapping[RootCauseGroup | None, int]


def chart_counts(session: Session, first_month: date, last_month: date) -> ChartCounts:
    """The dashboard's three charts in one grouped pass: the same buckets and
    conditions as ``complaint_statistics`` with only the count, so the dashboard's
    refresh does not pay for a month-end report's sums (checked against it in tests)."""
    first, last = _check_months(first_month, last_month)
    months = _months_between(first, last)
    starts = _month_starts(months, context.zone(session))
    rows = (
        select(_month_bucket(starts).label("bucket"), Complaint.complaint_class, Complaint.root_cause)
        .where(*_in_period(starts))
        .subquery()
    )
    grouped = select(rows.c.bucket, rows.c.complaint_class, rows.c.root_cause, func.count()).group_by(
        rows.c.bucket, rows.c.complaint_class, rows.c.root_cause
    )
    per_month = [0] * len(months)
    by_class: Counter[ComplaintClass | None] = Counter()
    by_group: Counter[RootCauseGroup | None] = Counter()
    for index, cls, cause, count in session.execute(grouped):
        per_month[index] += count
        by_class[cls] += count
        by_group[cause.group if cause is not None else None] += count
    return ChartCounts(
        per_month=dict(zip(months, per_month, strict=True)),
        by_class=_zero_filled(list(ComplaintClass), by_class),
        by_root_cause_group=_zero_filled(list(RootCauseGroup), by_group),
    )


def complaint_trend(session: Session, last_month: date, months: int = 12) -> list[TrendPoint]:
    """Complaints received per local month for the ``months`` months ending with
    ``last_month`` (inclusive), oldest first, months without complaints as 0."""
    if months < 1:
        raise FieldError("months", msg("月份数应至少为 1，收到 {months}", months=months))
    last = _first_of_month(last_month)
    first = last
    for _ in range(months - 1):
        first = date(first.year - 1, 12, 1) if first.month == 1 else date(first.year, first.month - 1, 1)
    month_list = _months_between(first, last)
    starts = _month_starts(month_list, context.zone(session))
    rows = select(_month_bucket(starts).label("bucket")).where(*_in_period(starts)).subquery()
    counts: dict[int, int] = dict(
        session.execute(select(rows.c.bucket, func.count()).group_by(rows.c.bucket)).all()
    )
    return [TrendPoint(month=month, total=counts.get(index, 0)) for index, month in enumerate(month_list)]
