"""R8/R9 complaint statistics by local month, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.clock import FixedClock
from desk_app.models import Complaint
from desk_app.models.database import Database
from desk_app.models.enums import (
    BusinessLine,
    Channel,
    ComplaintClass,
    ComplaintStatus,
    RootCause,
    RootCauseGroup,
    Severity,
)
from desk_app.services.errors import FieldError
from desk_app.services.statistics import (
    ComplaintCounts,
    TrendPoint,
    chart_counts,
    complaint_statistics,
    complaint_trend,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOV = date(2026, 11, 1)
DEC = date(2026, 12, 1)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def complaint(received_at: datetime, **fields: Any) -> Complaint:
    fields.setdefault("channel", Channel.CALL)
    fields.setdefault("description", "测试投诉")
    return Complaint(received_at=received_at, **fields)


def _fixture(db: Database) -> None:
    """Hand-counted complaints around the November/December 2026 boundaries (Shanghai,
    UTC+8). Numbers refer to the comments in the tests."""
    db.clock = FixedClock(utc("2027-01-10T02:00:00"))
    with db.begin() as s:
        s.add_all(
            [
                # 1: 23:59 local on 31 Oct → October, outside Nov–Dec.
                complaint(utc("2026-10-31T15:59:00"), complaint_class=ComplaintClass.PROPERTY_SERVICE),
                # 2: 00:00 local on 1 Nov → November.
                complaint(
                    utc("2026-10-31T16:00:00"),
                    complaint_class=ComplaintClass.PROPERTY_SERVICE,
                    business_line=BusinessLine.CLEANING,
                    root_cause=RootCause.SERVICE_STANDARD,
                    status=ComplaintStatus.RESOLVED,
                ),
                # 3
                complaint(
                    utc("2026-11-10T02:00:00"),
                    complaint_class=ComplaintClass.PROPERTY_SERVICE,
                    business_line=BusinessLine.CLEANING,
                    root_cause=RootCause.SERVICE_ATTITUDE,
                    people_count=3,
                    times_count=2,
                    status=ComplaintStatus.CLOSED,
                ),
                # 4
                complaint(
                    utc("2026-11-20T06:00:00"),
                    complaint_class=ComplaintClass.DEVELOPER,
                    business_line=BusinessLine.MAINTENANCE,
                    root_cause=RootCause.QUALITY,
                    people_count=2,
                    times_count=4,
                    status=ComplaintStatus.HANDLING,
                    reopen_count=2,
                    severity=Severity.MAJOR,
                ),
                # 5: voided, never counts.
                complaint(
                    utc("2026-11-25T06:00:00"),
                    complaint_class=ComplaintClass.PROPERTY_SERVICE,
                    business_line=BusinessLine.CLEANING,
                    root_cause=RootCause.SERVICE_ATTITUDE,
                    people_count=10,
                    times_count=10,
                    status=ComplaintStatus.CLOSED,
                    reopen_count=5,
                    severity=Severity.MAJOR,
                    voided_at=utc("2026-11-26T00:00:00"),
                    void_reason="重复登记",
                ),
                # 6: 23:59:59 local on 30 Nov → November.
                complaint(
                    utc("2026-11-30T15:59:59"),
                    complaint_class=ComplaintClass.EXTERNAL,
                    business_line=BusinessLine.OTHER,
                    root_cause=RootCause.ENVIRONMENT,
                    status=ComplaintStatus.CLOSED,
                    reopen_count=1,
                ),
                # 7: 17:00 UTC on 30 Nov is 01:00 on 1 Dec in Shanghai → December.
                complaint(
                    utc("2026-11-30T17:00:00"),
                    complaint_class=ComplaintClass.PROPERTY_SERVICE,
                    business_line=BusinessLine.SECURITY,
                    root_cause=RootCause.SERVICE_SKILL,
                    status=ComplaintStatus.CLOSED,
                ),
                # 8: unclassified, 23:59 local on 31 Dec → December.
                complaint(utc("2026-12-31T15:59:00")),
                # 9: 00:00 local on 1 Jan 2027 → outside.
                complaint(utc("2026-12-31T16:00:00"), complaint_class=ComplaintClass.DEVELOPER),
            ]
        )


def test_november_hand_count(db: Database) -> None:
    _fixture(db)
    with db.read() as s:
        stats = complaint_statistics(s, NOV, DEC)
    nov = stats.months[NOV]
    # 2, 3, 4, 6 (5 voided, 1 in October, 7 in December local time).
    assert nov.total == 4
    assert (nov.people, nov.times) == (1 + 3 + 2 + 1, 1 + 2 + 4 + 1)
    assert nov.closed == 2  # 3, 6
    assert nov.closure_rate == 0.5
    assert (nov.reopened, nov.reopens) == (2, 3)  # 4 twice, 6 once
    assert nov.reopen_rate == 0.5
    assert nov.major == 1  # 4
    assert dict(nov.by_class) == {
        ComplaintClass.PROPERTY_SERVICE: 2,
        ComplaintClass.DEVELOPER: 1,
        ComplaintClass.EXTERNAL: 1,
        None: 0,
    }
    assert nov.by_business_line[BusinessLine.CLEANING] == 2
    assert nov.by_business_line[BusinessLine.MAINTENANCE] == 1
    assert nov.by_business_line[BusinessLine.OTHER] == 1
    assert sum(nov.by_business_line.values()) == 4
    assert list(nov.by_business_line) == [*BusinessLine, None]
    assert {k: v for k, v in nov.by_root_cause.items() if v} == {
        RootCause.SERVICE_STANDARD: 1,
        RootCause.SERVICE_ATTITUDE: 1,
        RootCause.QUALITY: 1,
        RootCause.ENVIRONMENT: 1,
    }
    assert dict(nov.by_root_cause_group) == {
        RootCauseGroup.PEOPLE: 2,
        RootCauseGroup.FACILITIES: 1,
        RootCauseGroup.MATERIALS: 0,
        RootCauseGroup.METHODS: 0,
        RootCauseGroup.ENVIRONMENT: 1,
        None: 0,
    }


def test_december_and_overall_hand_count(db: Database) -> None:
    _fixture(db)
    with db.read() as s:
        stats = complaint_statistics(s, date(2026, 11, 17), date(2026, 12, 31))  # any day names its month
    assert (stats.first_month, stats.last_month) == (NOV, DEC)
    assert list(stats.months) == [NOV, DEC]
    dec = stats.months[DEC]
    assert dec.total == 2  # 7, 8
    assert (dec.people, dec.times, dec.closed, dec.reopened, dec.reopens, dec.major) == (2, 2, 1, 0, 0, 0)
    assert dec.by_class[ComplaintClass.PROPERTY_SERVICE] == 1
    assert dec.by_class[None] == 1  # 8: unclassified
    assert dec.by_business_line[None] == 1
    assert dec.by_root_cause[RootCause.SERVICE_SKILL] == 1
    assert dec.by_root_cause_group[RootCauseGroup.PEOPLE] == 1
    assert dec.by_root_cause_group[None] == 1
    overall = stats.overall
    assert overall.total == 6
    assert overall.closed == 3
    assert overall.closure_rate == 0.5
    assert overall.people == 9
    assert overall.by_class[ComplaintClass.PROPERTY_SERVICE] == 3


def test_month_without_complaints_is_zero_filled(db: Database) -> None:
    _fixture(db)
    with db.read() as s:
        stats = complaint_statistics(s, date(2026, 6, 1), date(2026, 6, 1))
    june = stats.months[date(2026, 6, 1)]
    assert june == ComplaintCounts()
    assert june.total == 0
    assert june.closure_rate is None
    assert june.reopen_rate is None
    assert sum(june.by_class.values()) == 0


def test_months_in_wrong_order_are_refused(db: Database) -> None:
    with db.read() as s, pytest.raises(FieldError) as caught:
        complaint_statistics(s, DEC, NOV)
    assert caught.value.field == "first_month"


def test_statistics_use_the_final_root_cause(db: Database) -> None:
    """R9: the handler replaces the symptom with the cause found; the statistics count
    the cause stored last."""
    db.clock = FixedClock(utc("2026-11-20T02:00:00"))
    with db.begin() as s:
        record = complaint(utc("2026-11-10T02:00:00"), root_cause=RootCause.SERVICE_ATTITUDE)
        s.add(record)
    with db.begin() as s:
        stored = s.get(Complaint, record.id)
        assert stored is not None
        stored.root_cause = RootCause.DURABILITY
    with db.read() as s:
        nov = complaint_statistics(s, NOV, NOV).months[NOV]
    assert nov.by_root_cause[RootCause.SERVICE_ATTITUDE] == 0
    assert nov.by_root_cause[RootCause.DURABILITY] == 1
    assert nov.by_root_cause_group[RootCauseGroup.MATERIALS] == 1
    assert nov.by_root_cause_group[RootCauseGroup.PEOPLE] == 0


def test_months_follow_the_zone_with_daylight_saving(db: Database) -> None:
    """Month starts are computed with zoneinfo, not a fixed shift: New York is UTC-4 on
    1 November 2026 (before the switch) and UTC-5 on 1 December."""
    db.zone = ZoneInfo("America/New_York")
    db.clock = FixedClock(utc("2027-01-10T02:00:00"))
    with db.begin() as s:
        s.add_all(
            [
                complaint(utc("2026-11-01T03:59:00")),  # 31 Oct 23:59 EDT → October
                complaint(utc("2026-11-01T04:00:00")),  # 1 Nov 00:00 EDT → November
                complaint(utc("2026-12-01T04:30:00")),  # 30 Nov 23:30 EST → November
                complaint(utc("2026-12-01T05:00:00")),  # 1 Dec 00:00 EST → December
            ]
        )
    with db.read() as s:
        stats = complaint_statistics(s, date(2026, 10, 1), DEC)
        trend = complaint_trend(s, DEC, months=3)
    assert [counts.total for counts in stats.months.values()] == [1, 2, 1]
    assert [point.total for point in trend] == [1, 2, 1]


def test_trend_is_zero_filled_and_ends_with_the_month_given(db: Database) -> None:
    _fixture(db)
    with db.read() as s:
        three = complaint_trend(s, date(2026, 12, 15), months=3)
        twelve = complaint_trend(s, DEC)
        one = complaint_trend(s, date(2027, 1, 1), months=1)
    assert three == [
        TrendPoint(date(2026, 10, 1), 1),  # 1
        TrendPoint(NOV, 4),  # 2, 3, 4, 6
        TrendPoint(DEC, 2),  # 7, 8
    ]
    assert [point.month for point in twelve] == [date(2026, month, 1) for month in range(1, 13)]
    assert [point.total for point in twelve] == [0] * 9 + [1, 4, 2]
    assert one == [TrendPoint(date(2027, 1, 1), 1)]  # 9


def test_trend_needs_at_least_one_month(db: Database) -> None:
    with db.read() as s, pytest.raises(FieldError) as caught:
        complaint_trend(s, DEC, months=0)
    assert caught.value.field == "months"


# -- property: the SQL buckets agree with Python's zoneinfo, and the parts add up -------

_complaints = st.lists(
    st.fixed_dictionaries(
        {
            "received_at": st.datetimes(
                min_value=datetime(2026, 9, 25),  # noqa: DTZ001  (made aware by timezones=)
                max_value=datetime(2027, 2, 5),  # noqa: DTZ001
                timezones=st.just(UTC),
            ),
            "complaint_class": st.none() | st.sampled_from(ComplaintClass),
            "business_line": st.none() | st.sampled_from(BusinessLine),
            "root_cause": st.none() | st.sampled_from(RootCause),
            "status": st.sampled_from(ComplaintStatus),
            "reopen_count": st.integers(min_value=0, max_value=3),
            "people_count": st.integers(min_value=1, max_value=5),
            "severity": st.sampled_from(Severity),
            "voided": st.booleans(),
        }
    ),
    max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_complaints)
def test_statistics_agree_with_a_python_count(db: Database, rows: list[dict[str, Any]]) -> None:
    db.clock = FixedClock(utc("2027-03-01T00:00:00"))
    months = [date(2026, 10, 1), NOV, DEC, date(2027, 1, 1)]
    session = db.session()
    session.begin()
    try:
        for row in rows:
            fields = dict(row)
            voided = fields.pop("voided")
            if voided:
                fields.update(voided_at=utc("2027-02-20T00:00:00"), void_reason="作废")
            session.add(complaint(**fields))
        session.flush()
        stats = complaint_statistics(session, months[0], months[-1])
        trend = complaint_trend(session, months[-1], months=len(months))
        charts = chart_counts(session, months[0], months[-1])
    finally:
        session.rollback()
        session.close()

    expected_totals: Counter[date] = Counter()
    expected_closed: Counter[date] = Counter()
    expected_reopens: Counter[date] = Counter()
    for row in rows:
        local = row["received_at"].astimezone(SHANGHAI).date().replace(day=1)
        if row["voided"] or local not in months:
            continue
        expected_totals[local] += 1
        expected_closed[local] += row["status"] is ComplaintStatus.CLOSED
        expected_reopens[local] += row["reopen_count"]

    assert [point.total for point in trend] == [expected_totals[month] for month in months]
    for month in months:
        counts = stats.months[month]
        assert counts.total == expected_totals[month]
        assert counts.closed == expected_closed[month]
        assert counts.reopens == expected_reopens[month]
        assert sum(counts.by_class.values()) == counts.total
        assert sum(counts.by_business_line.values()) == counts.total
        assert sum(counts.by_root_cause.values()) == counts.total
        assert sum(counts.by_root_cause_group.values()) == counts.total
        assert counts.total <= counts.people
        for rate in (counts.closure_rate, counts.reopen_rate):
            assert rate is None if counts.total == 0 else 0.0 <= rate <= 1.0
    assert stats.overall.total == sum(expected_totals.values())
    # the dashboard's lighter query agrees with the report's
    assert dict(charts.per_month) == {month: stats.months[month].total for month in months}
    assert dict(charts.by_class) == stats.overall.by_class
    assert dict(charts.by_root_cause_group) == stats.overall.by_root_cause_group
    assert list(charts.by_class) == list(stats.overall.by_class)  # same order


def test_the_charts_index_of_migration_0011_changes_no_result(db: Database) -> None:
    """Issue 18: migration 0011's index of the live complaints by receipt, class and
    cause lets the dashboard's charts count from the index alone. With it and without
    it the same counts, on both databases; and the planner reads it."""
    from sqlalchemy import text

    from desk_app.demo.generator import generate_demo

    now = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    db.clock = FixedClock(now)
    generate_demo(db, clients=80, months=14, seed=11, now=now)
    with db.begin() as session:  # a few voided ones, which never count
        for complaint in session.query(Complaint).order_by(Complaint.id).limit(5):
            complaint.voided_at = now
    first, last = date(2025, 12, 1), date(2026, 11, 1)

    def charts() -> Any:
        with db.read() as session:
            return chart_counts(session, first, last)

    with_index = charts()
    assert sum(with_index.per_month.values()) > 20
    explain = "EXPLAIN QUERY PLAN" if db.backend == "sqlite" else "EXPLAIN"
    with db.engine.connect() as connection, connection.begin() as trial:
        if db.backend == "postgresql":
            # Statistics of the rows just made (the autovacuum may not have run yet), no
            # table scan, and the plain received_at index out of the way for this
            # transaction only (rolled back below): on a few hundred rows the two indexes
            # cost the same and the planner's pick between them is a coin toss. What is
            # asked is whether the planner can read the new index for this query.
            connection.execute(text("ANALYZE complaint"))
            connection.execute(text("SET LOCAL enable_seqscan = off"))
            connection.execute(text("DROP INDEX ix_complaint_received_at"))
        plan = " ".join(
            str(row[-1])
            for row in connection.execute(
                text(
                    f"{explain} SELECT received_at, complaint_class, root_cause FROM complaint"
                    " WHERE voided_at IS NULL AND received_at >= :a AND received_at < :b"
                ),
                {"a": datetime(2025, 11, 30, 16, tzinfo=UTC), "b": datetime(2026, 11, 30, 16, tzinfo=UTC)},
            )
        )
        trial.rollback()  # the received_at index is back
    assert "ix_complaint_received_live" in plan
    with db.engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_complaint_received_live"))
    assert charts() == with_index
