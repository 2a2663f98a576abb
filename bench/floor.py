"""The floor under ``dashboard.collect``: hand-written SQL on the raw driver connection
returning the dashboard's counts (no ORM, no rows turned into objects).

It covers what the dashboard reads from the big tables: the eight complaint tiles
(same conditions as ``services.dashboard``, counted), the media alerts, and the charts
(twelve months of complaints by month, class and root cause in one pass). The small
tiles (tallies, reports, quotas, calendar) read tiny tables and are left out, so the
ratio ``collect / floor`` errs on the strict side.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from desk_app.models.enums import ClosureKind, ComplaintClass, ComplaintStatus
from desk_app.services.complaints import OPEN_STATUSES
from desk_app.services.dashboard import CHART_MONTHS, DUE_SOON


def _stamp(moment: datetime) -> str:
    """How SQLAlchemy stores a UTC instant in SQLite (``UtcDateTime``)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _open_list() -> str:
    return ", ".join(f"'{status.value}'" for status in sorted(OPEN_STATUSES, key=lambda s: s.value))


def floor_queries(
    now: datetime, day_start: datetime, day_end: datetime, chart_start: datetime
) -> list[tuple[str, tuple[Any, ...]]]:
    """(sql, parameters) of every count; ``now`` and the day bounds are aware."""
    opened = f"status IN ({_open_list()})"
    live = "voided_at IS NULL"
    n, soon = _stamp(now), _stamp(now + DUE_SOON)
    verified = ComplaintStatus.VERIFIED.value
    return [
        (
            f"SELECT count(*) FROM complaint WHERE {live} AND {opened} AND first_response_at IS NULL"
            " AND first_response_due < ?",
            (n,),
        ),
        (
            f"SELECT count(*) FROM complaint WHERE {live} AND {opened} AND first_response_at IS NULL"
            " AND first_response_due >= ? AND first_response_due <= ?",
            (n, soon),
        ),
        (
            f"SELECT count(*) FROM complaint WHERE {live} AND {opened} AND handler_id IS NULL"
            " AND handler_due < ?",
            (n,),
        ),
        (f"SELECT count(*) FROM complaint WHERE {live} AND {opened} AND next_update_due < ?", (n,)),
        (
            f"SELECT count(*) FROM complaint WHERE {live} AND complaint_class = ?"
            " AND developer_notice_sent_at IS NULL AND developer_notice_due < ?",
            (ComplaintClass.DEVELOPER.value, n),
        ),
        (f"SELECT count(*) FROM complaint WHERE {live} AND status = ? AND callback_due < ?", (verified, n)),
        (f"SELECT count(*) FROM complaint WHERE {live} AND status = ? AND callback_due >= ?", (verified, n)),
        (
            f"SELECT count(*) FROM complaint WHERE {live} AND closed_at >= ? AND closed_at < ?"
            " AND closed_at <= ? AND closure_kind = ? AND status = ?",
            (
                _stamp(day_start),
                _stamp(day_end),
                n,
                ClosureKind.AUTOMATIC.value,
                ComplaintStatus.CLOSED.value,
            ),
        ),
        (
            "SELECT count(*) FROM media_visit WHERE alert_acknowledged_at IS NULL AND voided_at IS NULL",
            (),
        ),
        (
            "SELECT substr(received_at, 1, 7), complaint_class, root_cause, count(*) FROM complaint"
            f" WHERE {live} AND received_at >= ? AND received_at < ? GROUP BY 1, 2, 3",
            (_stamp(chart_start), _stamp(day_end)),
        ),
    ]


def chart_start(today_start: datetime) -> datetime:
    """The first instant of the dashboard's chart period (CHART_MONTHS months)."""
    month = today_start.replace(day=1)
    for _ in range(CHART_MONTHS - 1):
        month = (month - timedelta(days=1)).replace(day=1)
    return month


def run_floor(raw_connection: Any, queries: list[tuple[str, tuple[Any, ...]]]) -> list[list[Any]]:
    """Run every count on a DB-API connection; returns the rows (so nothing is lazy)."""
    cursor = raw_connection.cursor()
    try:
        return [list(cursor.execute(sql, parameters).fetchall()) for sql, parameters in queries]
    finally:
        cursor.close()
