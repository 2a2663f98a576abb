"""The supervisor dashboard (SPEC section 6): one count per tile, the records behind
it, and the three charts — read in one unit of work.

Every tile reuses the query of the service that owns its rule (``reminder_cases`` for R14,
``rectification_notices`` for R15, ``tallies`` for R10, ``report_status`` for R11, ``interviews`` for R13q,
``reception`` for R17, the calendar for the section-3 warning). The complaint clocks
(R1, R1w, R3, R4, R6, R7) are the due times the complaints service stores and keeps
current (``complaints.recompute_due_times``), so their tiles are plain range queries on
the indexes ``ix_complaint_status_*``: nothing here decides a due time.

Edges, the same for every clock: a clock is *overdue* once ``now`` is past its due
time (exactly at the due time it is still on time, as ``complaints._clock_stopped``
has it); "due within the hour" is ``now <= due <= now + 1 h``. Each clock is its own
tile, so a complaint late on two clocks shows in both ("every clock of a record shown,
not only the nearest"). Voided records never show.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, column, literal, select, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk_app.messages import msg
from desk_app.models import Complaint, DispatchSlip
from desk_app.models.enums import ClosureKind, ComplaintStatus, DispatchStatus
from desk_app.services import (
    complaints,
    context,
    dispatch,
    interviews,
    promises,
    reception,
    rectification_notices,
    reminder_cases,
    report_status,
    statistics,
    tallies,
)
from desk_app.services.complaints import OPEN_STATUSES
from desk_app.services.deadlines import shift_month

#: Chart bars of complaints not classified yet / without a root cause (the Chinese of
#: ``statistics.UNCLASSIFIED_LABEL`` / ``NO_ROOT_CAUSE_LABEL``, translated on screen).
_UNCLASSIFIED = msg("未分类")
_NO_ROOT_CAUSE = msg("未定根因")

#: "Due within the hour" (first responses).
DUE_SOON = timedelta(hours=1)
#: The calendar warning looks this far ahead: due times are at most a few working days
#: away, so a year matters from a month before it starts.
CALENDAR_LOOKAHEAD = timedelta(days=31)
#: Months in the complaints-per-month chart (and the period of the by-class and
#: by-root-cause charts).
CHART_MONTHS = 12
#: How much of a description a tile's list shows.
SUMMARY_LENGTH = 40
#: The version of the JSON document (docs/dashboard-json.md); raised on any change
#: that is not a pure addition.
JSON_VERSION = 1


class Urgency(StrEnum):
    """How a tile is coloured when its count is not zero (zero is always "ok")."""

    ALERT = "alert"  # R17 media: top of the screen, act now
    OVERDUE = "overdue"  # a rule's time has passed
    DUE = "due"  # coming up / a warning
    INFO = "info"  # for the record (closed automatically today)


class TileKey(StrEnum):
    """The tiles in screen order. The values are the stable keys of the JSON output."""

    MEDIA_ALERTS = "media_alerts"
    FIRST_RESPONSE_OVERDUE = "first_response_overdue"
    FIRST_RESPONSE_DUE_SOON = "first_response_due_soon"
    HANDLER_MISSING = "handler_missing"
    CLIENTS_NOT_UPDATED = "clients_not_updated"
    DEVELOPER_NOTICES_OVERDUE = "developer_notices_overdue"
    CALLBACKS_OVERDUE = "callbacks_overdue"
    CALLBACKS_DUE = "callbacks_due"
    CLOSED_AUTOMATICALLY_TODAY = "closed_automatically_today"
    DISPATCH_OVERDUE = "dispatch_overdue"
    DISPATCH_CALLBACKS_OVERDUE = "dispatch_callbacks_overdue"
    DISPATCH_CALLBACKS_DUE = "dispatch_callbacks_due"
    REPLIES_LATE = "promised_replies_late"
    REPLIES_DUE = "promised_replies_due"
    APPOINTMENTS_LATE = "appointments_late"
    APPOINTMENTS_DUE = "appointments_due"
    RECTIFICATION_OVERDUE = "rectification_overdue"
    REMINDER_CASES_DUE = "reminder_cases_due"
    MISSING_TALLIES = "missing_tallies"
    REPORTS_OVERDUE = "reports_overdue"
    REPORTS_DUE = "reports_due"
    INTERVIEW_QUOTA_LAST_MONTH = "interview_quota_last_month"
    INTERVIEW_QUOTA_THIS_MONTH = "interview_quota_this_month"
    MISSED_MOVE_IN_VISITS = "missed_move_in_visits"
    CALENDAR_WARNING = "calendar_warning"


@dataclass(frozen=True)
class TileSpec:
    rule: str
    urgency: Urgency
    #: The navigation key of the screen that opens the tile's records (None: no record).
    open_kind: str | None
    #: Plain Chinese title for the command line; the screen has its own translatable one.
    title: str


TILE_SPECS: dict[TileKey, TileSpec] = {
    TileKey.MEDIA_ALERTS: TileSpec("R17", Urgency.ALERT, "media_visits", "媒体来访/来电提醒"),
    TileKey.FIRST_RESPONSE_OVERDUE: TileSpec("R1", Urgency.OVERDUE, "complaints", "首次回应已逾期"),
    TileKey.FIRST_RESPONSE_DUE_SOON: TileSpec("R1", Urgency.DUE, "complaints", "首次回应一小时内到期"),
    TileKey.HANDLER_MISSING: TileSpec("R3", Urgency.OVERDUE, "complaints", "难点投诉未指定专人"),
    TileKey.CLIENTS_NOT_UPDATED: TileSpec("R3", Urgency.OVERDUE, "complaints", "未按时向客户通报进展"),
    TileKey.DEVELOPER_NOTICES_OVERDUE: TileSpec("R4", Urgency.OVERDUE, "complaints", "二类投诉知会函逾期"),
    TileKey.CALLBACKS_OVERDUE: TileSpec("R6", Urgency.OVERDUE, "complaints", "回访已逾期"),
    TileKey.CALLBACKS_DUE: TileSpec("R6", Urgency.DUE, "complaints", "待回访"),
    TileKey.CLOSED_AUTOMATICALLY_TODAY: TileSpec("R7", Urgency.INFO, "complaints", "今日自动关闭"),
    TileKey.DISPATCH_OVERDUE: TileSpec("R20", Urgency.OVERDUE, "dispatch_slips", "派工单逾期未完成"),
    TileKey.DISPATCH_CALLBACKS_OVERDUE: TileSpec("R20", Urgency.OVERDUE, "dispatch_slips", "维修回访已逾期"),
    TileKey.DISPATCH_CALLBACKS_DUE: TileSpec("R20", Urgency.DUE, "dispatch_slips", "维修待回访"),
    TileKey.REPLIES_LATE: TileSpec("R22", Urgency.OVERDUE, "worklog", "承诺答复已逾期"),
    TileKey.REPLIES_DUE: TileSpec("R22", Urgency.DUE, "worklog", "今日待答复"),
    TileKey.APPOINTMENTS_LATE: TileSpec("R22", Urgency.OVERDUE, "appointments", "预约已过时未赴约"),
    TileKey.APPOINTMENTS_DUE: TileSpec("R22", Urgency.DUE, "appointments", "今日预约"),
    TileKey.RECTIFICATION_OVERDUE: TileSpec(
        "R15", Urgency.OVERDUE, "rectification_notices", "整改通知书已过期限"
    ),
    TileKey.REMINDER_CASES_DUE: TileSpec("R14", Urgency.DUE, "reminder_slips", "温馨提示待检查/清理"),
    TileKey.MISSING_TALLIES: TileSpec("R10", Urgency.OVERDUE, "daily_tally", "日盘点未确认"),
    TileKey.REPORTS_OVERDUE: TileSpec("R11", Urgency.OVERDUE, "monthly_reports", "月度报告已逾期"),
    TileKey.REPORTS_DUE: TileSpec("R11", Urgency.DUE, "monthly_reports", "月度报告即将到期"),
    TileKey.INTERVIEW_QUOTA_LAST_MONTH: TileSpec("R13q", Urgency.OVERDUE, None, "上月访谈未达标"),
    TileKey.INTERVIEW_QUOTA_THIS_MONTH: TileSpec("R13q", Urgency.DUE, None, "本月访谈尚差"),
    TileKey.MISSED_MOVE_IN_VISITS: TileSpec("R13q", Urgency.OVERDUE, "clients", "乔迁拜访逾期"),
    TileKey.CALENDAR_WARNING: TileSpec("日历", Urgency.DUE, "settings", "节假日日历未载入"),
}


@dataclass(frozen=True)
class TileItem:
    """One record behind a tile: what the list shows and what opens it."""

    #: The record's id (None for a day without a tally, a report, a calendar year).
    record_id: int | None
    #: Record number, or the day / report / year the line is about.
    ref: str
    summary: str
    #: The due time of this tile's clock (aware, community zone) or due day.
    due: datetime | date | None = None


@dataclass(frozen=True)
class Tile:
    key: TileKey
    items: tuple[TileItem, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def spec(self) -> TileSpec:
        return TILE_SPECS[self.key]

    @property
    def urgency(self) -> Urgency:
        return self.spec.urgency

    @property
    def record_ids(self) -> list[int]:
        return [item.record_id for item in self.items if item.record_id is not None]


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: int


@dataclass(frozen=True)
class Charts:
    """SPEC 6: complaints per month (last 12), by class and by root cause (人机料法环)
    over the same 12 months."""

    per_month: tuple[ChartBar, ...]
    by_class: tuple[ChartBar, ...]
    by_root_cause: tuple[ChartBar, ...]


@dataclass(frozen=True)
class Dashboard:
    as_of: datetime
    tiles: tuple[Tile, ...]
    charts: Charts

    def tile(self, key: TileKey | str) -> Tile:
        wanted = TileKey(key)
        return next(tile for tile in self.tiles if tile.key is wanted)


# -- helpers ------------------------------------------------------------------------------


def _summary(text: str | None) -> str:
    stripped = (text or "").strip()
    first_line = stripped.splitlines()[0] if stripped else ""
    if len(first_line) > SUMMARY_LENGTH:
        return first_line[: SUMMARY_LENGTH - 1] + "…"
    return first_line


def _aware(moment: datetime, zone: tzinfo) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=zone)
    return moment


#: One tile's lines of a record book: its key, the clock shown as each line's due time,
#: and the conditions.
_ClockTile = tuple[TileKey, InstrumentedAttribute[Any], Sequence[ColumnElement[bool]]]


def _clock_tiles(
    session: Session, zone: tzinfo, model: Any, text: InstrumentedAttribute[Any], wanted: Sequence[_ClockTile]
) -> list[Tile]:
    """The tiles of one book (complaints, dispatch slips) in one statement: each tile's
    rows as one part of a UNION ALL, marked with the tile's place, earliest clock first.
    One round trip instead of one per tile: on a server shared by eight counters, each
    round trip waits its turn for a core (issue 18)."""
    parts = [
        select(
            literal(place).label("tile"),
            model.id.label("record_id"),
            model.number.label("number"),
            text.label("text"),
            clock.label("due"),
        ).where(model.voided_at.is_(None), *conditions)
        for place, (_key, clock, conditions) in enumerate(wanted)
    ]
    query = union_all(*parts).order_by(column("tile"), column("due"), column("record_id"))
    lines: list[list[TileItem]] = [[] for _ in wanted]
    for place, record_id, number, body, due in session.execute(query):
        lines[place].append(
            TileItem(
                record_id=record_id,
                ref=number,
                summary=_summary(body),
                due=_aware(due, zone).astimezone(zone) if due is not None else None,
            )
        )
    return [Tile(key, tuple(items)) for (key, _clock, _conditions), items in zip(wanted, lines, strict=True)]


# -- the tiles ------------------------------------------------------------------------------


def _complaint_tiles(session: Session, now: datetime, today: date, zone: tzinfo) -> list[Tile]:
    is_open = Complaint.status.in_(list(OPEN_STATUSES))
    day_start = datetime.combine(today, time(0), tzinfo=zone)
    day_end = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone)
    due_at = Complaint.first_response_due
    late = complaints.overdue_conditions(now)  # the complaint list's overdue filter too
    wanted: list[_ClockTile] = [
        # R1 / R1w: no first response yet. (Resolving records the first response, so
        # only open complaints can be waiting for one.)
        (TileKey.FIRST_RESPONSE_OVERDUE, due_at, [late["first"]]),
        (
            TileKey.FIRST_RESPONSE_DUE_SOON,
            due_at,
            [is_open, Complaint.first_response_at.is_(None), due_at >= now, due_at <= now + DUE_SOON],
        ),
        # R3: not resolved within one working day and nobody designated.
        (TileKey.HANDLER_MISSING, Complaint.handler_due, [late["handler"]]),
        # R3: the client has not heard of progress within N working days (the service
        # keeps next_update_due for open complaints only).
        (TileKey.CLIENTS_NOT_UPDATED, Complaint.next_update_due, [late["update"]]),
        # R4: class 2, the notice to the developer not sent in time. It stays due
        # whatever became of the complaint since.
        (TileKey.DEVELOPER_NOTICES_OVERDUE, Complaint.developer_notice_due, [late["notice"]]),
        # R6: verified and waiting for the callback (callback_due is only set then).
        (TileKey.CALLBACKS_OVERDUE, Complaint.callback_due, [late["callback"]]),
        (
            TileKey.CALLBACKS_DUE,
            Complaint.callback_due,
            [Complaint.status == ComplaintStatus.VERIFIED, Complaint.callback_due >= now],
        ),
        # R7: closed by the automatic pass with a closing time today (local day).
        (
            TileKey.CLOSED_AUTOMATICALLY_TODAY,
            Complaint.closed_at,
            [
                Complaint.closed_at >= day_start,
                Complaint.closed_at < day_end,
                Complaint.closed_at <= now,
                Complaint.closure_kind == ClosureKind.AUTOMATIC,
                Complaint.status == ComplaintStatus.CLOSED,
            ],
        ),
    ]
    return _clock_tiles(session, zone, Complaint, Complaint.description, wanted)


def _dispatch_tiles(session: Session, now: datetime, zone: tzinfo) -> list[Tile]:
    """R20: slips not done past their due time; done repairs owing their callback."""
    late = dispatch.overdue_conditions(now)
    wanted: list[_ClockTile] = [
        (TileKey.DISPATCH_OVERDUE, DispatchSlip.due_at, [late["work"]]),
        (TileKey.DISPATCH_CALLBACKS_OVERDUE, DispatchSlip.callback_due, [late["callback"]]),
        (
            TileKey.DISPATCH_CALLBACKS_DUE,
            DispatchSlip.callback_due,
            [
                DispatchSlip.status == DispatchStatus.DONE,
                DispatchSlip.callback_at.is_(None),
                DispatchSlip.callback_due >= now,
            ],
        ),
    ]
    return _clock_tiles(session, zone, DispatchSlip, DispatchSlip.content, wanted)


def _promise_tiles(session: Session, now: datetime, zone: tzinfo) -> list[Tile]:
    """R22: promised replies and appointments, due by tonight or late."""

    def items(owed: list[promises.Owed], late: bool) -> tuple[TileItem, ...]:
        return tuple(
            TileItem(
                record_id=o.record_id, ref=o.number, summary=o.title, due=_aware(o.due, zone).astimezone(zone)
            )
            for o in owed
            if o.late is late
        )

    replies = promises.replies_owed(session, now)
    visits = promises.appointments_due(session, now)
    return [
        Tile(TileKey.REPLIES_LATE, items(replies, True)),
        Tile(TileKey.REPLIES_DUE, items(replies, False)),
        Tile(TileKey.APPOINTMENTS_LATE, items(visits, True)),
        Tile(TileKey.APPOINTMENTS_DUE, items(visits, False)),
    ]


def _media_tile(session: Session, now: datetime, zone: tzinfo) -> Tile:
    items = [
        TileItem(
            record_id=visit.id,
            ref=visit.number,
            summary=_summary(f"{visit.outlet} {visit.reporter}：{visit.topic}"),
            due=_aware(visit.at, zone).astimezone(zone),
        )
        for visit in reception.open_media_alerts(session)
        if _aware(visit.at, zone) <= now  # an "as of" view before the visit
    ]
    return Tile(TileKey.MEDIA_ALERTS, tuple(items))


def _notice_tiles(session: Session, now: datetime, today: date, zone: tzinfo) -> list[Tile]:
    overdue = tuple(
        TileItem(
            record_id=notice.notice_id,
            ref=notice.number,
            summary=msg(
                "{room} {issue}，逾期 {days} 天",
                room=notice.room,
                issue=notice.issue,
                days=notice.days_overdue,
            )
            if notice.room
            else msg("{issue}，逾期 {days} 天", issue=notice.issue, days=notice.days_overdue),
            due=notice.deadline,
        )
        for notice in rectification_notices.overdue_notices(session, today)
    )
    cases = tuple(
        TileItem(
            record_id=case.case_id,
            ref=case.number,
            summary=msg(
                "{kind} {location}：{due}（已贴 {posted} 张）",
                kind=case.kind,
                location=case.location,
                due=case.due.label,
                posted=case.slips_posted,
            ),
            due=_aware(case.due_since, zone).astimezone(zone),
        )
        for case in reminder_cases.cases_due_for_check(session, now)
    )
    return [Tile(TileKey.RECTIFICATION_OVERDUE, overdue), Tile(TileKey.REMINDER_CASES_DUE, cases)]


def _tally_tile(session: Session, today: date) -> Tile:
    days = tallies.missing_tallies(session, today)
    return Tile(
        TileKey.MISSING_TALLIES,
        tuple(
            TileItem(record_id=None, ref=day.isoformat(), summary=msg("日盘点未确认"), due=day)
            for day in days
        ),
    )


def _report_tiles(session: Session, today: date) -> list[Tile]:
    statuses = report_status.report_statuses(session, today)

    def items(state: report_status.ReportState) -> tuple[TileItem, ...]:
        return tuple(
            TileItem(
                record_id=None,
                ref=f"{status.kind.value}:{status.month:%Y-%m}",
                summary=msg("{month:%Y年%m月} {kind}", month=status.month, kind=status.kind),
                due=status.due,
            )
            for status in statuses
            if status.state is state
        )

    return [
        Tile(TileKey.REPORTS_OVERDUE, items(report_status.ReportState.OVERDUE)),
        Tile(TileKey.REPORTS_DUE, items(report_status.ReportState.DUE)),
    ]


def _quota_items(progress: Iterable[interviews.QuotaProgress]) -> tuple[TileItem, ...]:
    return tuple(
        TileItem(
            record_id=line.staff_id,
            ref=line.name,
            summary=msg(
                "{role}：已访谈 {done} / {quota}，差 {shortfall}",
                role=line.role,
                done=line.done,
                quota=line.quota,
                shortfall=line.shortfall,
            ),
        )
        for line in progress
        if line.shortfall > 0
    )


def _interview_tiles(session: Session, today: date) -> list[Tile]:
    this_month = today.replace(day=1)
    missed = tuple(
        TileItem(
            record_id=visit.client_id,
            ref="、".join(visit.rooms) or visit.name,
            summary=(
                msg(
                    "{moved_in:%m月%d日}入住，逾期 {days} 天（{visited:%m月%d日}补访）",
                    moved_in=visit.move_in_date,
                    days=visit.days_overdue,
                    visited=visit.visited_late_on,
                )
                if visit.visited_late_on
                else msg(
                    "{moved_in:%m月%d日}入住，逾期 {days} 天",
                    moved_in=visit.move_in_date,
                    days=visit.days_overdue,
                )
            ),
            due=visit.deadline,
        )
        for visit in interviews.missed_move_in_visits(session, today)
    )
    last_month = shift_month(this_month, -1)
    quotas = interviews.quota_progress_of_months(session, [last_month, this_month])
    return [
        # R13q: a month's quota is missed once the month is over; the running month
        # shows what is still to do.
        Tile(TileKey.INTERVIEW_QUOTA_LAST_MONTH, _quota_items(quotas[last_month])),
        Tile(TileKey.INTERVIEW_QUOTA_THIS_MONTH, _quota_items(quotas[this_month])),
        Tile(TileKey.MISSED_MOVE_IN_VISITS, missed),
    ]


def _calendar_tile(session: Session, today: date) -> Tile:
    """Section 3: a year the holiday package does not know and no override covers."""
    years = context.calendar(session).missing_years(today.year, (today + CALENDAR_LOOKAHEAD).year)
    return Tile(
        TileKey.CALENDAR_WARNING,
        tuple(
            TileItem(
                record_id=None,
                ref=str(year),
                summary=msg("{year} 年节假日日历未载入，暂按周一至周五计算", year=year),
            )
            for year in years
        ),
    )


def _charts(session: Session, today: date) -> Charts:
    last = today.replace(day=1)
    first = shift_month(last, -(CHART_MONTHS - 1))
    figures = statistics.chart_counts(session, first, last)
    return Charts(
        per_month=tuple(ChartBar(f"{month:%Y-%m}", total) for month, total in figures.per_month.items()),
        by_class=tuple(
            ChartBar(msg("{category}", category=cls) if cls is not None else _UNCLASSIFIED, count)
            for cls, count in figures.by_class.items()
        ),
        by_root_cause=tuple(
            ChartBar(msg("{category}", category=group) if group is not None else _NO_ROOT_CAUSE, count)
            for group, count in figures.by_root_cause_group.items()
        ),
    )


def collect(session: Session, now: datetime) -> Dashboard:
    """Every tile of SPEC section 6 and the charts, as of ``now`` (aware; a naive one
    is taken in the community's zone)."""
    zone = context.zone(session)
    now = _aware(now, zone).astimezone(zone)
    today = now.date()
    tiles = [
        _media_tile(session, now, zone),
        *_complaint_tiles(session, now, today, zone),
        *_dispatch_tiles(session, now, zone),
        *_promise_tiles(session, now, zone),
        *_notice_tiles(session, now, today, zone),
        _tally_tile(session, today),
        *_report_tiles(session, today),
        *_interview_tiles(session, today),
        _calendar_tile(session, today),
    ]
    order = list(TileKey)
    tiles.sort(key=lambda tile: order.index(tile.key))
    return Dashboard(as_of=now, tiles=tuple(tiles), charts=_charts(session, today))


# -- JSON and the command line -----------------------------------------------------------------


def _json_due(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_json_dict(dashboard: Dashboard) -> dict[str, Any]:
    """The document of docs/dashboard-json.md."""
    return {
        "version": JSON_VERSION,
        "as_of": dashboard.as_of.isoformat(),
        "tiles": {
            tile.key.value: {
                "rule": tile.spec.rule,
                "urgency": tile.urgency.value,
                "open_kind": tile.spec.open_kind,
                "title": tile.spec.title,
                "count": tile.count,
                "ids": tile.record_ids,
                "items": [
                    {
                        "id": item.record_id,
                        "ref": item.ref,
                        "summary": item.summary,
                        "due": _json_due(item.due),
                    }
                    for item in tile.items
                ],
            }
            for tile in dashboard.tiles
        },
        "charts": {
            name: [{"label": bar.label, "value": bar.value} for bar in bars]
            for name, bars in (
                ("per_month", dashboard.charts.per_month),
                ("by_class", dashboard.charts.by_class),
                ("by_root_cause", dashboard.charts.by_root_cause),
            )
        },
    }


def to_json(dashboard: Dashboard) -> str:
    """Stable text: sorted keys, two-space indent, Chinese kept as is."""
    return json.dumps(to_json_dict(dashboard), sort_keys=True, ensure_ascii=False, indent=2)


def to_text(dashboard: Dashboard) -> str:
    lines = [str(msg("主管看板  截至 {as_of:%Y-%m-%d %H:%M}", as_of=dashboard.as_of))]
    for tile in dashboard.tiles:
        refs = "、".join(item.ref for item in tile.items[:5])
        more = " …" if tile.count > 5 else ""
        lines.append(f"{tile.spec.title:<16}\t{tile.count:>5}\t{refs}{more}".rstrip())
    return "\n".join(lines)


def add_dashboard_command(subparsers: Any, database_option: Any = None) -> None:
    """``desk-app dashboard [--at ISO-TIME] [--json] [--database URL]``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "dashboard", help="print the supervisor dashboard (counts and records of every tile)"
    )
    if database_option is not None:
        database_option(parser)
    parser.add_argument(
        "--at",
        metavar="ISO-TIME",
        default=None,
        help="as of this time (e.g. 2026-11-23T10:00; without a zone: the community's zone); default now",
    )
    parser.add_argument("--json", action="store_true", help="JSON output (docs/dashboard-json.md)")


def parse_at(text: str | None, zone: tzinfo) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(msg("--at 时间格式无法识别：{text}（例：2026-11-23T10:00）", text=text)) from exc
    return _aware(moment, zone)


def run_dashboard_command(url: str | None, at: str | None, as_json: bool, out: Any = None) -> int:
    from desk_app.bootstrap import open_database
    from desk_app.clock import FixedClock

    stream = out if out is not None else sys.stdout
    db, _ = open_database(url)
    try:
        try:
            moment = parse_at(at, db.zone)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 2
        if moment is not None:
            db.clock = FixedClock(moment)
        with db.read() as session:
            dashboard = collect(session, context.now(session))
        print(to_json(dashboard) if as_json else to_text(dashboard), file=stream)
    finally:
        db.dispose()
    return 0


__all__: Sequence[str] = [
    "Charts",
    "Dashboard",
    "Tile",
    "TileItem",
    "TileKey",
    "Urgency",
    "add_dashboard_command",
    "collect",
    "run_dashboard_command",
    "to_json",
]
