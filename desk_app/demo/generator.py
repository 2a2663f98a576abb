"""Generate a realistic demo community into an empty database (``desk-app demo``).

Everything random comes from one ``random.Random(seed)`` and every date from ``now``,
so the same seed and the same ``now`` give the same books, row for row. Rows are
written in bulk with explicit ids and numbers (see ``writer``); the numbering counters
are set afterwards so the program's own saves continue the sequences gap-free.
"""

from __future__ import annotations

import random
import time
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from dateutil.relativedelta import relativedelta
from sqlalchemy import Connection, bindparam, case, func, literal, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import selectinload

from desk_app.clock import FixedClock
from desk_app.demo import vocabulary as words
from desk_app.demo.helpers import (
    DAY,
    WORK_END,
    WORK_START,
    Numbers,
    People,
    Picker,
    WorkCalendar,
    largest_remainder,
    login_of,
)
from desk_app.demo.writer import BulkWriter, Row, minute_of
from desk_app.messages import msg
from desk_app.models import (
    Client,
    Complaint,
    DispatchSlip,
    Dispute,
    DocumentTransfer,
    FeeService,
    Interview,
    Letter,
    MediaVisit,
    RecordCounter,
    RectificationNotice,
    ReminderCase,
    Room,
    Setting,
    Visitor,
    WorkLogEntry,
)
from desk_app.models.base import Base
from desk_app.models.database import Database
from desk_app.models.enums import (
    CallbackExemption,
    Category,
    Channel,
    ClosureKind,
    ComplaintClass,
    ComplaintStatus,
    ContactForm,
    DispatchKind,
    DispatchStatus,
    DisputeStatus,
    DisputeType,
    FeeItem,
    ImportanceCategory,
    InterviewTopic,
    LetterKind,
    MediaContactMode,
    NoticeIssue,
    NoticeStatus,
    ReminderCaseStatus,
    ReminderKind,
    ReportKind,
    RoomRelation,
    SafetyAdvice,
    Satisfaction,
    ServiceResult,
    Severity,
    StaffRole,
    WorkLogStatus,
)
from desk_app.models.numbering import format_number
from desk_app.services.accounts import hash_password
from desk_app.services.clients import name_pinyin
from desk_app.services.complaints import recompute_due_times
from desk_app.services.settings import load_settings

ProgressCallback = Callable[[str, int, int], None]

# Stored codes of the statuses written a million times (``.value`` on an enum is slow).
_ENTRY_DONE = WorkLogStatus.DONE.value
_ENTRY_OPEN = WorkLogStatus.OPEN.value
_ENTRY_IN_PROGRESS = WorkLogStatus.IN_PROGRESS.value
_SLIP_DISPATCH = DispatchKind.DISPATCH.value
_SLIP_DONE = DispatchStatus.DONE.value
_SLIP_OPEN = DispatchStatus.OPEN.value
T = TypeVar("T")

#: Work-log entries per client per year of history (the brief: 50 000 clients → 1 000 000).
ENTRIES_PER_CLIENT_YEAR = 20

#: Every demo staff login signs in with this password, no forced change (README).
DEMO_PASSWORD = "demo1234"
#: Share of work-log entries that are complaints (raised for tiny demos, so every state,
#: class and business line still shows up).
COMPLAINT_SHARE = 0.04

STAGE_BASICS = "基础资料"
STAGE_CLIENTS = "客户档案"
STAGE_WORKLOG = "工作记录与投诉"
STAGE_INTERVIEWS = "客户访谈"
STAGE_REGISTERS = "其他台账"
STAGE_FINISH = "收尾"

CENTRE = "客服中心"
ENGINEERING = "工程部"
SECURITY = "秩序部"
ENVIRONMENT = "环境部"
FINANCE = "财务部"
ADMINISTRATION = "行政人事部"
DEPARTMENTS = (CENTRE, ENGINEERING, SECURITY, ENVIRONMENT, FINANCE, ADMINISTRATION)

# The tables the demo fills; a database with rows in any of them (except ``setting``,
# which the program may have written on first start) is refused.
FILLED_TABLES: tuple[str, ...] = (
    "setting",
    "department",
    "staff",
    "area",
    "building",
    "room",
    "client",
    "client_room",
    "client_phone",
    "family_member",
    "client_importance",
    "worklog_entry",
    "dispatch_slip",
    "complaint",
    "complaint_complainant",
    "complaint_progress",
    "complaint_status_change",
    "interview",
    "interview_plan",
    "interview_plan_target",
    "dispute",
    "dispute_step",
    "rectification_notice",
    "notice_inspection",
    "reminder_case",
    "reminder_slip",
    "cleared_item",
    "visitor",
    "letter",
    "document_transfer",
    "media_visit",
    "fee_service",
    "standard_reply",
    "forbidden_phrase",
    "daily_tally",
    "monthly_report_status",
    "record_counter",
)

_TABLE_LABELS = {
    "client": ("客户", "户"),
    "staff": ("员工", "人"),
    "worklog_entry": ("工作记录", "条"),
    "complaint": ("投诉", "件"),
    "room": ("房间", "间"),
}


class DemoRefusedError(RuntimeError):
    """The database is not empty; the message says so in Chinese. Nothing was written."""


@dataclass(frozen=True)
class DemoSummary:
    """What the demo wrote: rows per table (field name = table name)."""

    community_name: str
    seconds: float
    setting: int = 0
    department: int = 0
    staff: int = 0
    area: int = 0
    building: int = 0
    room: int = 0
    client: int = 0
    client_room: int = 0
    client_phone: int = 0
    family_member: int = 0
    client_importance: int = 0
    worklog_entry: int = 0
    dispatch_slip: int = 0
    complaint: int = 0
    complaint_complainant: int = 0
    complaint_progress: int = 0
    complaint_status_change: int = 0
    interview: int = 0
    interview_plan: int = 0
    interview_plan_target: int = 0
    dispute: int = 0
    dispute_step: int = 0
    rectification_notice: int = 0
    notice_inspection: int = 0
    reminder_case: int = 0
    reminder_slip: int = 0
    cleared_item: int = 0
    visitor: int = 0
    letter: int = 0
    document_transfer: int = 0
    media_visit: int = 0
    fee_service: int = 0
    standard_reply: int = 0
    forbidden_phrase: int = 0
    daily_tally: int = 0
    monthly_report_status: int = 0
    record_counter: int = 0

    def counts(self) -> dict[str, int]:
        """Rows written per table."""
        return {
            field.name: int(getattr(self, field.name))
            for field in fields(self)
            if field.name not in ("community_name", "seconds")
        }

    def describe(self) -> str:
        """The one-paragraph Chinese summary the command prints."""
        return (
            f"已生成演示小区 {self.community_name}：客户 {self.client} 户，房间 {self.room} 间，"
            f"员工 {self.staff} 人，工作记录 {self.worklog_entry} 条，投诉 {self.complaint} 件，"
            f"派工单 {self.dispatch_slip} 张，客户访谈 {self.interview} 次，邻里纠纷 {self.dispute} 起，"
            f"整改通知书 {self.rectification_notice} 份，温馨提示 {self.reminder_slip} 张，"
            f"访客登记 {self.visitor} 人次，来函 {self.letter} 件，收费业务 {self.fee_service} 笔"
            f"（用时 {self.seconds:.1f} 秒）。"
        )


def default_entries(clients: int, months: int) -> int:
    return max(1, round(ENTRIES_PER_CLIENT_YEAR * clients * months / 12))


def generate_demo(
    db: Database,
    *,
    clients: int = 2000,
    months: int = 12,
    seed: int = 1,
    entries: int | None = None,
    now: datetime | None = None,
    progress: ProgressCallback | None = None,
    complaint_share: float | None = None,
) -> DemoSummary:
    """Fill the empty database ``db`` with a demo community; one transaction.

    ``complaint_share`` (0 < share < 1) sets the share of work-log entries that are
    complaints; by default ``COMPLAINT_SHARE``, raised for tiny demos. The benchmarks
    ask for 0.2 (200 000 complaints in a million entries).

    Raises ``DemoRefusedError`` (nothing written) when the database already has data.
    """
    if clients <= 0 or months <= 0 or (entries is not None and entries <= 0):
        raise ValueError("clients, months and entries must be positive")
    if complaint_share is not None and not 0 < complaint_share < 1:
        raise ValueError("complaint_share must lie strictly between 0 and 1")
    now = now if now is not None else datetime.now(UTC)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    started = time.perf_counter()
    report: ProgressCallback = progress or (lambda stage, done, total: None)
    entry_count = entries if entries is not None else default_entries(clients, months)
    with db.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection if sqlite else None
        if raw is not None:
            # Bulk-load mode, this connection only: foreign keys are not checked row by
            # row (the ids are ours; the tests run PRAGMA foreign_key_check on a demo)
            # and the page cache is large. Must be set outside a transaction.
            raw.execute("PRAGMA foreign_keys=OFF")
            raw.execute(f"PRAGMA cache_size=-{_sqlite_cache_kib(entry_count)}")
        try:
            with connection.begin():
                _refuse_unless_empty(connection)
                # SQLite: secondary indexes are built once at the end, from sorted data,
                # instead of being updated two million times (same SQL, same names).
                indexes = _drop_sqlite_indexes(connection) if sqlite else []
                writer = BulkWriter(connection)
                demo = _Demo(
                    writer,
                    rng=random.Random(seed),
                    now=now,
                    zone=db.zone,
                    community=words.COMMUNITY_NAMES[(seed - 1) % len(words.COMMUNITY_NAMES)],
                    clients=clients,
                    months=months,
                    entries=entry_count,
                    progress=report,
                    complaint_share=complaint_share,
                )
                demo.run()
                counts = dict(writer.counts)
                report(STAGE_FINISH, 0, 3)
                for sql in indexes:
                    connection.exec_driver_sql(sql)
                counts["setting"] = _write_settings(connection, demo.community, now)
                report(STAGE_FINISH, 1, 3)
                counts["record_counter"] = _write_counters(connection, demo.numbers.last)
                if not sqlite:
                    _reset_sequences(connection, demo.ids)
                report(STAGE_FINISH, 2, 3)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
                raw.execute("PRAGMA cache_size=-2000")
    _derive_due_times(db, now)
    report(STAGE_FINISH, 3, 3)
    return DemoSummary(community_name=demo.community, seconds=time.perf_counter() - started, **counts)


DUE_TIME_COLUMNS = (
    "first_response_due",
    "handler_due",
    "next_update_due",
    "developer_notice_due",
    "callback_due",
    "auto_close_at",
)


def _derive_due_times(db: Database, now: datetime) -> None:
    """Store every complaint's due times as the rules derive them (the same function a
    save at the counter runs), so the dashboard and the overdue filters see the demo.

    The values are computed on ORM objects that are never flushed, then written with
    one executemany UPDATE: a demo is not a million edits for the audit trail."""
    values: list[dict[str, Any]] = []
    with db.read(streaming=True) as session, session.no_autoflush:
        session.info["clock"] = FixedClock(now)
        live = (
            select(Complaint)
            .where(Complaint.voided_at.is_(None))
            .options(selectinload(Complaint.status_changes))
            .execution_options(yield_per=1000)
        )
        settings = load_settings(session)
        for complaint in session.scalars(live):
            recompute_due_times(session, complaint, settings)
            due_times = {name: getattr(complaint, name) for name in DUE_TIME_COLUMNS}
            values.append({"key": complaint.id, **due_times})
        session.expunge_all()
    if not values:
        return
    table = Complaint.__table__
    statement = (
        table.update()  # type: ignore[attr-defined]
        .where(table.c.id == bindparam("key"))
        .values({name: bindparam(name) for name in DUE_TIME_COLUMNS})
        # the row's own updated_at stays: the column's onupdate would stamp the wall clock
        .values(updated_at=table.c.updated_at)
    )
    with db.engine.begin() as connection:
        connection.execute(statement, values)


def _sqlite_cache_kib(entries: int) -> int:
    """Page cache for the load: about what the database will weigh, 64 MiB to 1 GiB."""
    return max(64 * 1024, min(1024 * 1024, entries))


def _drop_sqlite_indexes(connection: Connection) -> list[str]:
    """Drop the non-unique indexes of the demo's tables; returns their CREATE SQL.

    Unique indexes stay, so duplicates still fail at once. SQLite DDL is
    transactional: a failed load rolls the drops back too.
    """
    names = ", ".join(f"'{name}'" for name in FILLED_TABLES)
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND upper(sql) NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({names}) ORDER BY name"
    ).all()
    for name, _ in rows:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [str(sql) for _, sql in rows]


def _refuse_unless_empty(connection: Connection) -> None:
    tables = Base.metadata.tables
    occupied = [
        name
        for name in FILLED_TABLES
        if name != "setting"
        and connection.execute(select(literal(1)).select_from(tables[name]).limit(1)).first() is not None
    ]
    if not occupied:
        return
    shown = []
    for name in occupied:
        label, unit = _TABLE_LABELS.get(name, ("", ""))
        if label:
            count = connection.execute(select(func.count()).select_from(tables[name])).scalar_one()
            shown.append(f"{label} {count} {unit}")
    detail = "、".join(shown) if shown else "、".join(occupied[:4])
    raise DemoRefusedError(
        msg(
            "数据库中已有数据（{detail}），演示数据只能写入空数据库。未做任何修改；请换一个新的数据库文件或地址再运行。",
            detail=detail,
        )
    )


def _upsert(connection: Connection) -> Any:
    return pg_insert if connection.dialect.name == "postgresql" else sqlite_insert


def joint_signatories(community: str) -> dict[str, str]:
    """The joint signatories of high-altitude slips (R14), as the settings the notices
    service reads (``signatory_*``); the centre signs as ``<community>物业服务中心``."""
    return {
        "signatory_residents_committee": f"{community[:2]}社区居委会",
        "signatory_owners_committee": f"{community}业主委员会",
    }


def centre_settings(community: str) -> dict[str, str]:
    """The developer's customer-relations centre (知会函) and the published complaint
    channels (投诉受理渠道公示) of the demo centre (``services.centre``)."""
    return {
        "developer_customer_centre": f"{community[:2]}地产公司客户关系中心",
        "complaint_phone": "027-8765 4321",
        "complaint_fax": "027-8765 4322",
        "complaint_email": "kefu@desk-demo.cn",
        "complaint_forum": "https://bbs.desk-demo.cn/",
        "complaint_address": f"{community}1栋1楼 物业服务中心",
    }


def _write_settings(connection: Connection, community: str, now: datetime) -> int:
    table = Setting.__table__
    statement = _upsert(connection)(table)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.key],
        set_={"value": statement.excluded.value, "version": table.c.version + 1, "updated_at": now},
    )
    values: list[Row] = [
        {"key": "community_name", "value": community, "version": 1, "updated_at": now},
        {
            "key": "working_hours",
            "value": {"start": "09:00", "end": "18:00"},
            "version": 1,
            "updated_at": now,
        },
        *(
            {"key": key, "value": value, "version": 1, "updated_at": now}
            for key, value in {**joint_signatories(community), **centre_settings(community)}.items()
        ),
    ]
    connection.execute(statement, values)
    return len(values)


def _write_counters(connection: Connection, last: dict[tuple[str, str], int]) -> int:
    """Set every counter to the highest number used, so later saves continue gap-free."""
    if not last:
        return 0
    table = RecordCounter.__table__
    statement = _upsert(connection)(table)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.prefix, table.c.period],
        set_={
            "last_value": case(
                (statement.excluded.last_value > table.c.last_value, statement.excluded.last_value),
                else_=table.c.last_value,
            )
        },
    )
    rows = [
        {"prefix": prefix, "period": period, "last_value": value}
        for (prefix, period), value in sorted(last.items())
    ]
    connection.execute(statement, rows)
    return len(rows)


def _reset_sequences(connection: Connection, ids: dict[str, int]) -> None:
    """PostgreSQL: explicit ids leave the serial sequences behind; move them on."""
    for table, last_id in sorted(ids.items()):
        if last_id > 0:
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {int(last_id)})"
            )


# ---------------------------------------------------------------------------


@dataclass
class _StaffMember:
    id: int
    name: str
    role: StaffRole
    department: str
    province: str
    cleared: bool


@dataclass(slots=True)
class _Entry:
    """What the rest of the books need to know about a work-log entry."""

    id: int
    number: str
    minute: int
    channel: Channel
    category: Category
    client: int  # client index, -1 for none
    taken_by: int


class _Demo:
    def __init__(
        self,
        writer: BulkWriter,
        *,
        rng: random.Random,
        now: datetime,
        zone: Any,
        community: str,
        clients: int,
        months: int,
        entries: int,
        progress: ProgressCallback,
        complaint_share: float | None = None,
    ) -> None:
        self.w = writer
        self.complaint_share = complaint_share
        self.rng = rng
        self.random = rng.random
        self.now = minute_of(now)
        offset = now.astimezone(zone).utcoffset()
        assert offset is not None
        self.cal = WorkCalendar(int(offset.total_seconds()) // 60)
        self.numbers = Numbers(self.cal)
        self.people = People(rng)
        self.community = community
        self.client_count = clients
        self.months = months
        self.entry_count = entries
        self.progress = progress
        self.ids: dict[str, int] = {}
        self.today = self.cal.day_of(self.now)
        today_date = self.cal.date_of(self.today)
        self.first_day = self.cal.day_of_date(today_date - relativedelta(months=months)) + 1
        self.centre_name = f"{community}物业服务中心"
        self.last_slip_id = 0
        self.last_complaint_id = 0
        self.last_praise_department = CENTRE
        self.room_client: dict[int, int] = {}  # room index -> client index (first owner)

    # -- plumbing ---------------------------------------------------------------

    def _rand(self, low: int, high: int | None = None) -> int:
        """``low <= n < high`` (or ``0 <= n < low``); cheaper than ``randrange``, which
        matters a few million times over."""
        if high is None:
            return int(self.random() * low)
        return low + int(self.random() * (high - low))

    def _randint(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def _choice(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def _id(self, table: str) -> int:
        value = self.ids.get(table, 0) + 1
        self.ids[table] = value
        return value

    def _add(self, table: str, row: Row) -> None:
        self.w.add(table, {key: value for key, value in row.items() if value is not None})

    def _local_minute(self, day: int, low: int, high: int) -> int:
        """A random instant on local ``day`` between minute-of-day ``low`` and ``high``."""
        return self.cal.at(day, self._rand(low, high))

    def _work_instant(self, day: int) -> int:
        """A random instant in the working window of ``day`` (not after now)."""
        minute = self._local_minute(day, WORK_START, WORK_END - 30)
        return min(minute, self.now - 1)

    def _random_workday(self, first: int, last: int) -> int:
        """A working day in [first, last] (falls back to ``last``)."""
        for _ in range(20):
            day = self._randint(first, last)
            if self.cal.is_workday(day):
                return day
        return last

    def _eligible(self, day: int) -> int:
        """How many clients had moved in by local ``day`` (clients are sorted by it)."""
        return bisect_right(self.move_in, day)

    def _pick_client(self, eligible: int) -> int:
        rng = self.rng
        if eligible <= 0:
            return -1
        if rng.random() < 0.15 and eligible > 17:
            # Frequent callers: every 17th client rings far more often than the rest.
            return min(self._rand(eligible // 17) * 17 + 3, eligible - 1)
        return self._rand(eligible)

    # -- the whole community ----------------------------------------------------

    def run(self) -> None:
        self.progress(STAGE_BASICS, 0, 3)
        self._organisation()
        self.progress(STAGE_BASICS, 1, 3)
        self._buildings()
        self.progress(STAGE_BASICS, 2, 3)
        self._replies()
        self.progress(STAGE_BASICS, 3, 3)
        self._clients()
        self._worklog()
        self._interviews()
        steps: list[Callable[[], None]] = [
            self._disputes,
            self._notices,
            self._reminders,
            self._visitors,
            self._documents,
            self._fees,
            self._tallies,
            self._reports,
        ]
        for done, step in enumerate(steps):
            self.progress(STAGE_REGISTERS, done, len(steps))
            step()
        self.w.flush()
        self.progress(STAGE_REGISTERS, len(steps), len(steps))

    # -- organisation -----------------------------------------------------------

    def _organisation(self) -> None:
        self.department_ids: dict[str, int] = {}
        for name in DEPARTMENTS:
            department_id = self._id("department")
            self.department_ids[name] = department_id
            self._add("department", {"id": department_id, "name": name, "active": True})

        # (department, role, cleared to work alone)
        plan: list[tuple[str, StaffRole, bool]] = [
            (CENTRE, StaffRole.DEPARTMENT_HEAD, True),
            (CENTRE, StaffRole.SUPERVISOR, True),
            (CENTRE, StaffRole.SUPERVISOR, True),
            *[(CENTRE, StaffRole.RECEPTIONIST, True)] * 4,
            (CENTRE, StaffRole.RECEPTIONIST, False),  # new, not yet cleared (R16)
            *[(CENTRE, StaffRole.SERVICE_STAFF, True)] * 6,
            (CENTRE, StaffRole.SERVICE_STAFF, False),
            (ENGINEERING, StaffRole.DEPARTMENT_HEAD, True),
            (ENGINEERING, StaffRole.SUPERVISOR, True),
            (ENGINEERING, StaffRole.SERVICE_STAFF, True),
            (SECURITY, StaffRole.DEPARTMENT_HEAD, True),
            (SECURITY, StaffRole.SUPERVISOR, True),
            (ENVIRONMENT, StaffRole.DEPARTMENT_HEAD, True),
            (FINANCE, StaffRole.DEPARTMENT_HEAD, True),
            (FINANCE, StaffRole.RECEPTIONIST, True),
            (ADMINISTRATION, StaffRole.DEPARTMENT_HEAD, True),
            (ADMINISTRATION, StaffRole.ADMINISTRATOR, True),
        ]
        # Some staff come from the provinces many owners come from, so R13q's
        # "same hometown" suggestion has someone to suggest.
        forced_provinces = {8: ("湖南", "湖南岳阳"), 9: ("河南", "河南信阳"), 10: ("湖北", "湖北孝感")}
        logins: dict[str, int] = {"admin": 1}
        # Hashed once and shared (a scrypt hash costs ~0.1 s; the demo must stay fast).
        # A fixed salt keeps the demo deterministic; the demo password is public anyway.
        password_hash = hash_password(DEMO_PASSWORD, salt=b"desk-app-demo-01")
        used_names: dict[str, bool] = {}
        self.staff: list[_StaffMember] = []
        hired = self.cal.at(self.first_day - 400, 9 * 60)
        for index, (department, role, cleared) in enumerate(plan):
            while True:
                name, initials, _ = self.people.person()
                if name not in used_names:
                    used_names[name] = True
                    break
            province, hometown = forced_provinces.get(index) or self.people.hometown()
            staff_id = self._id("staff")
            login = "admin" if role is StaffRole.ADMINISTRATOR else login_of(name, logins)
            created = hired - self._rand(0, 900) * DAY if cleared else self.now - self._rand(20, 60) * DAY
            self._add(
                "staff",
                {
                    "id": staff_id,
                    "login": login,
                    "name": name,
                    "name_initials": initials,
                    "name_pinyin": name_pinyin(name),
                    "role": role.value,
                    "department_id": self.department_ids[department],
                    "hometown": hometown,
                    "phone": self.people.mobile(),
                    "cleared_to_work_alone": cleared,
                    "active": True,
                    "password_hash": password_hash,
                    "must_change_password": False,
                    "failed_logins": 0,
                    "created_at": created,
                    "version": 1,
                },
            )
            self.staff.append(_StaffMember(staff_id, name, role, department, province, cleared))

        def members(department: str, *roles: StaffRole, cleared_only: bool = True) -> list[int]:
            return [
                member.id
                for member in self.staff
                if member.department == department
                and member.role in roles
                and (member.cleared or not cleared_only)
            ]

        self.centre_head = members(CENTRE, StaffRole.DEPARTMENT_HEAD)[0]
        self.supervisors = members(CENTRE, StaffRole.SUPERVISOR)
        self.receptionists = members(CENTRE, StaffRole.RECEPTIONIST)
        self.stewards = members(CENTRE, StaffRole.SERVICE_STAFF)
        self.engineers = members(ENGINEERING, StaffRole.SUPERVISOR, StaffRole.SERVICE_STAFF)
        self.heads = {
            department: members(department, StaffRole.DEPARTMENT_HEAD)[0] for department in DEPARTMENTS
        }
        self.handlers: dict[str, list[int]] = {
            CENTRE: self.stewards,
            ENGINEERING: self.engineers,
            SECURITY: members(SECURITY, StaffRole.SUPERVISOR),
            ENVIRONMENT: [self.heads[ENVIRONMENT]],
            FINANCE: [self.heads[FINANCE], *members(FINANCE, StaffRole.RECEPTIONIST)],
            ADMINISTRATION: [self.heads[ADMINISTRATION]],
        }
        self.all_supervisors = [m.id for m in self.staff if m.role is StaffRole.SUPERVISOR]
        # R16: only staff cleared to work alone take calls.
        self.takers = Picker(
            [(staff_id, 10.0) for staff_id in self.receptionists]
            + [(staff_id, 1.0) for staff_id in self.stewards]
            + [(staff_id, 0.5) for staff_id in self.supervisors]
        )
        self.department_of_staff = {member.id: member.department for member in self.staff}
        self.staff_by_id = {member.id: member for member in self.staff}

    # -- buildings and rooms ----------------------------------------------------

    def _buildings(self) -> None:
        rng = self.rng
        needed = max(4, round(self.client_count * 1.08) + 2)
        # (floors range, units range, rooms per floor, sizes m², kind)
        kinds = [
            ((6, 7), (2, 3), 2, (89.0, 110.0, 126.0), "多层"),
            ((11, 18), (2, 2), 3, (89.0, 98.0, 118.0), "小高层"),
            ((26, 33), (1, 2), 4, (76.0, 89.0, 110.0, 143.0), "高层"),
        ]
        weights = [0.5, 0.5, 0.0] if needed < 600 else [0.2, 0.35, 0.45]
        specs: list[tuple[int, int, int, tuple[float, ...], str]] = []
        total = 0
        while total < needed:
            kind = kinds[rng.choices(range(3), weights=weights)[0]]
            floors = self._randint(*kind[0])
            units = self._randint(*kind[1])
            specs.append((floors, units, kind[2], kind[3], kind[4]))
            total += floors * units * kind[2]
        stewards = self.stewards
        area_count = max(1, min(len(stewards), (len(specs) + 1) // 2))
        area_names = ["东区", "西区", "南区", "北区", "中区", "湖畔区"]
        self.area_steward: list[int] = []
        for index in range(area_count):
            area_id = self._id("area")
            self.area_steward.append(stewards[index])
            self._add("area", {"id": area_id, "name": area_names[index], "steward_id": stewards[index]})

        self.room_building: list[int] = []  # room index -> building number
        self.room_code: list[str] = []
        self.room_sort_key: list[str] = []  # room index -> Room.sort_key (client.sort_room)
        self.room_unit: list[int] = []
        self.room_floor: list[int] = []
        self.building_area: list[int] = []  # building index -> area index
        delivered = self.cal.date_of(self.today).year - 10
        for index, (floors, units, per_floor, sizes, label) in enumerate(specs):
            building_id = self._id("building")
            code = str(index + 1)
            area_index = index * area_count // len(specs)
            self.building_area.append(area_index)
            self._add(
                "building",
                {
                    "id": building_id,
                    "code": code,
                    "name": f"{code}栋",
                    "area_id": area_index + 1,
                    "notes": f"{label}，{floors} 层，{units} 个单元，{delivered} 年交付",
                },
            )
            for unit in range(1, units + 1):
                for floor in range(1, floors + 1):
                    for position in range(1, per_floor + 1):
                        number = f"{floor}{position:02d}"
                        room_code = f"{code}-{unit}-{number}"
                        room_id = self._id("room")
                        self._add(
                            "room",
                            {
                                "id": room_id,
                                "building_id": building_id,
                                "unit": str(unit),
                                "number": number,
                                "code": room_code,
                                "digits": f"{code}{unit}{number}",
                                "floor": floor,
                                "area_m2": sizes[(position - 1) % len(sizes)],
                            },
                        )
                        self.room_building.append(index)
                        self.room_code.append(room_code)
                        self.room_sort_key.append(Room.sort_key(code, str(unit), number))
                        self.room_unit.append(unit)
                        self.room_floor.append(floor)

    # -- clients ----------------------------------------------------------------

    def _clients(self) -> None:
        rng = self.rng
        people = self.people
        count = self.client_count
        today = self.today
        delivered = today - 3650
        self.progress(STAGE_CLIENTS, 0, count)
        # Move-in days: the big hand-over in the first year and a half, a steady trickle
        # since, and a few in the last two months (R13q's move-in visits).
        recent = max(2, round(count * 0.02))
        move_in: list[int] = []
        for index in range(count):
            if index < recent:
                move_in.append(today - (self._rand(0, 28) if index < 2 else self._rand(0, 60)))
            elif rng.random() < 0.55:
                move_in.append(delivered + min(int(rng.expovariate(1 / 150)), 540))
            else:
                move_in.append(self._randint(delivered + 30, today - 30))
        move_in.sort()
        self.move_in = move_in

        rooms = list(range(len(self.room_code)))
        rng.shuffle(rooms)
        spare = rooms[count:]
        occupations = words.OCCUPATIONS
        importance = Picker(
            [
                (ImportanceCategory.GOVERNMENT_OR_MEDIA, 20.0),
                (ImportanceCategory.COMMITTEE_OR_ASSOCIATION, 15.0),
                (ImportanceCategory.GROUP_EMPLOYEE, 25.0),
                (ImportanceCategory.KEY_COMPLAINANT, 12.0),
                (ImportanceCategory.MAJOR_CLIENT, 5.0),
                (ImportanceCategory.FORUM_ACTIVE, 23.0),
            ]
        )
        self.client_name: list[str] = []
        self.client_phone: list[str] = []
        self.client_room: list[int] = []  # room index
        self.client_dnd: list[bool] = []
        self.client_province: list[str] = []
        self.client_ids_by_building: dict[int, list[int]] = {}
        for index in range(count):
            self.w.maybe_flush()
            client_id = self._id("client")
            day = move_in[index]
            created = self.cal.at(day, self._rand(9 * 60, 17 * 60))
            name, initials, male = people.person()
            province, hometown = people.hometown()
            phone = people.mobile()
            room = rooms[index]
            occupation, employers = occupations[self._rand(len(occupations))]
            employer = self._choice(employers) or None
            dnd = rng.random() < 0.015
            row: Row = {
                "id": client_id,
                "number": self.numbers.next(Client.NUMBER_PREFIX, created),
                "name": name,
                "name_initials": initials,
                "gender": "男" if male else "女",
                "move_in_date": self.cal.date_of(day),
                "occupation": occupation,
                "employer": employer,
                "hometown": hometown,
                "created_at": created,
                "created_by_id": self._choice(self.receptionists),
                "version": 1,
            }
            if rng.random() < 0.08:
                row["notes"] = self._choice(words.CLIENT_NOTES)
            if dnd:
                row["do_not_disturb"] = True
                row["do_not_disturb_reason"] = self._choice(words.DO_NOT_DISTURB_REASONS)
                row["do_not_disturb_since"] = min(self.now, created + self._rand(30, 2000) * DAY)
            relation = RoomRelation.TENANT if rng.random() < 0.1 else RoomRelation.OWNER
            second_room = spare.pop() if spare and rng.random() < 0.03 else None
            held = (room,) if second_room is None else (room, second_room)
            row["sort_room"] = min(self.room_sort_key[index] for index in held)
            self._add("client", row)
            self.client_name.append(name)
            self.client_phone.append(phone)
            self.client_room.append(room)
            self.client_dnd.append(dnd)
            self.client_province.append(province)
            self.client_ids_by_building.setdefault(self.room_building[room], []).append(index)
            self.room_client.setdefault(room, index)

            self._add(
                "client_room",
                {
                    "id": self._id("client_room"),
                    "client_id": client_id,
                    "room_id": room + 1,
                    "relation": relation.value,
                },
            )
            if second_room is not None:
                self._add(
                    "client_room",
                    {
                        "id": self._id("client_room"),
                        "client_id": client_id,
                        "room_id": second_room + 1,
                        "relation": RoomRelation.OWNER.value,
                    },
                )
            self._add(
                "client_phone",
                {"id": self._id("client_phone"), "client_id": client_id, "phone": phone, "label": "手机"},
            )
            extra = rng.random()
            if extra < 0.2:
                self._add(
                    "client_phone",
                    {
                        "id": self._id("client_phone"),
                        "client_id": client_id,
                        "phone": people.landline(),
                        "label": "家庭座机",
                    },
                )
            elif extra < 0.3:
                self._add(
                    "client_phone",
                    {
                        "id": self._id("client_phone"),
                        "client_id": client_id,
                        "phone": people.landline(),
                        "label": "办公电话",
                    },
                )
            self._family(client_id, name, male)
            if rng.random() < 0.04 or (index % 17 == 3 and rng.random() < 0.15):
                first = ImportanceCategory.KEY_COMPLAINANT if index % 17 == 3 else importance.pick(rng)
                categories = [first]
                if rng.random() < 0.1:
                    second = importance.pick(rng)
                    if second is not first:
                        categories.append(second)
                for category in categories:
                    self._add(
                        "client_importance",
                        {
                            "id": self._id("client_importance"),
                            "client_id": client_id,
                            "category": category.value,
                        },
                    )
            if index % 5000 == 4999:
                self.progress(STAGE_CLIENTS, index + 1, count)
        self.progress(STAGE_CLIENTS, count, count)

    def _family(self, client_id: int, name: str, male: bool) -> None:
        rng = self.rng
        people = self.people
        size = rng.choices((0, 1, 2, 3, 4), weights=(20, 30, 28, 15, 7))[0]
        surname = name[0] if male else people.surname()
        for position in range(size):
            notes = None
            phone = None
            if position == 0:
                member, _, _ = people.person(male=not male)
                relation = "配偶"
                if rng.random() < 0.6:
                    phone = people.mobile()
            elif position in (1, 2):
                member, _, member_male = people.person(surname=surname)
                relation = "儿子" if member_male else "女儿"
                if rng.random() < 0.2:
                    phone = people.mobile()
            elif rng.random() < 0.25:
                member, _, _ = people.person(male=False)
                relation = "保姆"
                notes = words.DOMESTIC_HELPER_NOTE
                phone = people.mobile()
            else:
                member, _, _ = people.person()
                relation = self._choice(words.FAMILY_RELATIONS_PARENT)
            self._add(
                "family_member",
                {
                    "id": self._id("family_member"),
                    "client_id": client_id,
                    "name": member,
                    "relation": relation,
                    "phone": phone,
                    "notes": notes,
                },
            )

    # -- the work-information log and everything it opens ----------------------

    def _day_weights(self) -> tuple[list[int], list[float]]:
        rng = self.rng
        cal = self.cal
        days = list(range(self.first_day, self.today + 1))
        weekday_factor = (1.25, 1.1, 1.05, 1.0, 1.05, 0.6, 0.5)
        weights = []
        for day in days:
            value = cal.date_of(day)
            if cal.is_holiday(day):
                factor = 0.45
            elif value.weekday() >= 5 and cal.is_workday(day):
                factor = 0.95  # 调休 working weekend
            else:
                factor = weekday_factor[value.weekday()]
            if value.month in (7, 8):
                factor *= 1.15  # leaking pipes, air conditioners
            weights.append(factor * rng.uniform(0.85, 1.15))
        # Today only up to now.
        done = self.cal.minute_of_day(self.now) / DAY
        weights[-1] *= done
        return days, weights

    def _minute_tables(self) -> tuple[list[float], list[float]]:
        working_hours = (
            0.1, 0.05, 0.03, 0.03, 0.03, 0.05, 0.2, 0.8, 2.5, 9, 10, 9,
            5, 4, 8, 9, 8.5, 7, 2.5, 1.8, 1.2, 0.8, 0.5, 0.3,
        )  # fmt: skip
        rest_hours = (
            0.1, 0.05, 0.03, 0.03, 0.03, 0.05, 0.3, 1, 3, 5, 5, 4,
            3, 3.5, 4, 4, 3.5, 3, 2.5, 1.8, 1.2, 0.8, 0.5, 0.3,
        )  # fmt: skip

        def cumulative(hours: tuple[float, ...]) -> list[float]:
            table: list[float] = []
            running = 0.0
            for minute in range(DAY):
                running += hours[minute // 60]
                table.append(running)
            return table

        return cumulative(working_hours), cumulative(rest_hours)

    def _forced_entries(self, days: list[int]) -> dict[int, list[tuple[Channel, Category]]]:
        """Entries every demo must show at least once (R17 media, R18 letters of each kind…)."""
        wanted: list[tuple[Channel, Category]] = [
            (Channel.LETTER, Category.REPAIR),
            (Channel.LETTER, Category.COMPLAINT),
            (Channel.LETTER, Category.PRAISE),
            (Channel.LETTER, Category.SUGGESTION),
            (Channel.WEB, Category.COMPLAINT),
            (Channel.EMAIL, Category.COMPLAINT),
            (Channel.FORWARDED, Category.COMPLAINT),
            (Channel.EMAIL, Category.ENQUIRY),
        ]
        media = 2 if self.months < 12 else 3
        wanted = wanted[: max(0, self.entry_count // 12)]
        media = min(media, max(0, (self.entry_count - len(wanted)) // 20))
        self.media_days: list[int] = []
        past = [day for day in days if day < self.today and self.cal.is_workday(day)] or days[:1]
        forced: dict[int, list[tuple[Channel, Category]]] = {}
        for channel, category in wanted:
            forced.setdefault(self._choice(past), []).append((channel, category))
        for index in range(media):
            # The newest media visit lies in the last fortnight, so the alert shows (R17).
            pool = [day for day in past if day >= self.today - 14] if index == 0 else past
            day = self._choice(pool or past)
            self.media_days.append(day)
            forced.setdefault(day, []).append((Channel.MEDIA, Category.OTHER))
        return forced

    def _worklog(self) -> None:
        rng = self.rng
        cal = self.cal
        now = self.now
        total = self.entry_count
        self.progress(STAGE_WORKLOG, 0, total)
        days, weights = self._day_weights()
        forced = self._forced_entries(days)
        forced_total = sum(len(items) for items in forced.values())
        counts = largest_remainder(total - forced_total, weights)
        work_minutes, rest_minutes = self._minute_tables()
        minutes = range(DAY)

        share = self.complaint_share
        if share is None:
            share = max(COMPLAINT_SHARE, min(0.2, 40 / max(total, 1)))
        rest = 1.0 - share
        categories = Picker(
            [
                (Category.ENQUIRY, 0.29 * rest),
                (Category.REPAIR, 0.30 * rest),
                (Category.COMPLAINT, share),
                (Category.SUGGESTION, 0.04 * rest),
                (Category.PRAISE, 0.02 * rest),
                (Category.HELP, 0.12 * rest),
                (Category.OTHER, 0.23 * rest),
            ]
        )
        channel_weights: dict[Category, list[tuple[Channel, float]]] = {
            Category.COMPLAINT: [
                (Channel.CALL, 48), (Channel.VISIT, 25), (Channel.WEB, 12), (Channel.EMAIL, 5),
                (Channel.LETTER, 3), (Channel.FORWARDED, 7),
            ],
            Category.REPAIR: [
                (Channel.CALL, 75), (Channel.VISIT, 22), (Channel.WEB, 2), (Channel.LETTER, 1),
            ],
            Category.ENQUIRY: [
                (Channel.CALL, 65), (Channel.VISIT, 30), (Channel.WEB, 3), (Channel.EMAIL, 2),
            ],
            Category.SUGGESTION: [
                (Channel.VISIT, 30), (Channel.CALL, 30), (Channel.EMAIL, 15), (Channel.WEB, 15),
                (Channel.LETTER, 10),
            ],
            Category.PRAISE: [
                (Channel.VISIT, 45), (Channel.CALL, 35), (Channel.LETTER, 10), (Channel.WEB, 10),
            ],
            Category.HELP: [(Channel.CALL, 80), (Channel.VISIT, 20)],
            Category.OTHER: [
                (Channel.VISIT, 85), (Channel.CALL, 10), (Channel.EMAIL, 3), (Channel.FORWARDED, 2),
            ],
        }  # fmt: skip
        channels = {category: Picker(items) for category, items in channel_weights.items()}
        self.complaint_topics = _TopicPicker(rng)
        self.day_stats: dict[int, list[int]] = {}  # day -> [complaints, repairs, open at day end]
        entry_prefix = WorkLogEntry.NUMBER_PREFIX
        numbers = self.numbers
        entries = self.w.queue("worklog_entry")
        category_table = categories.table
        channel_tables = {category: picker.table for category, picker in channels.items()}
        taker_table = self.takers.table
        size = Picker.SIZE
        maybe_flush = self.w.maybe_flush
        random_ = rng.random
        channel_values = {channel: channel.value for channel in Channel}
        category_values = {category: category.value for category in Category}
        client_room = self.client_room
        client_name = self.client_name
        client_phone = self.client_phone
        centre_id = self.department_ids[CENTRE]
        produced = 0
        media_index = 0
        for day, count in zip(days, counts, strict=True):
            table = work_minutes if cal.is_workday(day) else rest_minutes
            if day == self.today:
                cut = max(1, cal.minute_of_day(now))
                day_minutes = rng.choices(range(cut), cum_weights=table[:cut], k=count)
            else:
                day_minutes = rng.choices(minutes, cum_weights=table, k=count)
            plan: list[tuple[int, Channel | None, Category | None]] = [(m, None, None) for m in day_minutes]
            for channel, category in forced.get(day, ()):
                plan.append((self._rand(WORK_START + 30, WORK_END - 60), channel, category))
            plan.sort(key=lambda item: item[0])
            eligible = self._eligible(day)
            stats = self.day_stats.setdefault(day, [0, 0, 0])
            base = cal.at(day, 0)
            entry_id = self.ids.get("worklog_entry", 0)
            # All of a day's entries share one numbering month.
            counter = (entry_prefix, numbers.period(base))
            sequence = numbers.last.get(counter, 0)
            for minute_of_day, forced_channel, forced_category in plan:
                minute = base + minute_of_day
                if minute >= now:
                    minute = now - 1
                # Weighted picks by table lookup, inlined: this loop runs a million times.
                category = forced_category or category_table[int(random_() * size)]
                channel = forced_channel or channel_tables[category][int(random_() * size)]
                taker = taker_table[int(random_() * size)]
                entry_id += 1
                sequence += 1
                number = format_number(entry_prefix, counter[1], sequence)
                row: Row = {
                    "id": entry_id,
                    "number": number,
                    "received_at": minute,
                    "channel": channel_values[channel],
                    "category": category_values[category],
                    "taken_by_id": taker,
                    "created_at": minute,
                    "created_by_id": taker,
                    "version": 1,
                }
                client = -1
                anonymous = False
                if channel is Channel.MEDIA:
                    pass
                elif (
                    channel is Channel.WEB and category is Category.COMPLAINT and random_() < 0.45
                ) or random_() < (0.04 if category is Category.COMPLAINT else 0.02):
                    anonymous = True
                elif channel is not Channel.FORWARDED or random_() < 0.6:
                    client = self._pick_client(eligible)
                if anonymous:
                    row["anonymous"] = True
                elif client >= 0:
                    row["client_id"] = client + 1
                    row["room_id"] = client_room[client] + 1
                    name = client_name[client]
                    # The log often says just "王先生" / "李女士".
                    if random_() < 0.8:
                        row["contact_name"] = name
                    else:
                        row["contact_name"] = _surname_of(name) + ("先生" if random_() < 0.5 else "女士")
                    row["contact_phone"] = client_phone[client]
                elif channel is Channel.FORWARDED:
                    row["contact_name"] = self._choice(
                        ("市民热线 12345", "社区居委会", "街道办事处", "公司客服热线")
                    )
                entry = _Entry(entry_id, number, minute, channel, category, client, taker)

                if category is Category.COMPLAINT:
                    self._complaint_entry(entry, row, stats, anonymous)
                elif category is Category.REPAIR:
                    self._repair_entry(entry, row, stats)
                elif channel is Channel.MEDIA:
                    self._media_entry(entry, row, media_index)
                    media_index += 1
                else:
                    self._simple_entry(entry, row, centre_id)
                if channel is Channel.LETTER:
                    self._letter(entry, row)
                entries.append(row)
                produced += 1
                if not produced & 255:
                    maybe_flush()
            numbers.last[counter] = sequence
            self.ids["worklog_entry"] = entry_id
            self.progress(STAGE_WORKLOG, produced, total)

    def _simple_entry(
        self,
        entry: _Entry,
        row: Row,
        centre_id: int,
    ) -> None:
        rng = self.rng
        now = self.now
        category = entry.category
        minute = entry.minute
        department = CENTRE
        if category is Category.ENQUIRY:
            content, result = words.ENQUIRIES[self._rand(len(words.ENQUIRIES))]
            handled = minute + self._rand(1, 15)
        elif category is Category.SUGGESTION:
            content, result = words.SUGGESTIONS[self._rand(len(words.SUGGESTIONS))]
            handled = self.cal.add_work(minute, self._rand(60, 1500))
        elif category is Category.PRAISE:
            content, department = words.PRAISES[self._rand(len(words.PRAISES))]
            result = f"已登记，转{department}通报表扬"
            self.last_praise_department = department
            handled = self.cal.add_work(minute, self._rand(30, 600))
        elif category is Category.HELP:
            content, result, department = words.HELP_REQUESTS[self._rand(len(words.HELP_REQUESTS))]
            handled = minute + self._rand(5, 120)
        else:
            content, result = words.OTHER_ITEMS[self._rand(len(words.OTHER_ITEMS))]
            handled = minute + self._rand(2, 30)
            if entry.channel is Channel.FORWARDED:
                content = "上级/相关单位转办：" + content
        if entry.channel is Channel.WEB:
            content = "业主论坛发帖：" + content
        elif entry.channel is Channel.EMAIL:
            content = "电子邮件：" + content
        row["content"] = content
        message = (
            entry.channel is Channel.CALL
            and category in (Category.ENQUIRY, Category.OTHER)
            and rng.random() < 0.06
        )
        if message:
            self._message(entry, row)
            return
        if department != CENTRE:
            row["assigned_department_id"] = self.department_ids[department]
            row["assigned_staff_id"] = self._choice(self.handlers[department])
        elif category is not Category.ENQUIRY:
            row["assigned_department_id"] = centre_id
        if handled <= now:
            row["status"] = _ENTRY_DONE
            row["result"] = result
            row["handled_at"] = handled
            if handled > minute:
                row["updated_at"] = handled
                row["updated_by_id"] = row.get("assigned_staff_id", entry.taken_by)
        else:
            row["status"] = _ENTRY_IN_PROGRESS if category is Category.SUGGESTION else _ENTRY_OPEN
        if category in (Category.ENQUIRY, Category.OTHER) and rng.random() < 0.0015:
            # A duplicate entry, voided rather than deleted (SPEC section 2).
            row["voided_at"] = min(now, minute + self._rand(5, 120))
            row["void_reason"] = "重复登记，已作废"
            row["voided_by_id"] = entry.taken_by

    def _message(self, entry: _Entry, row: Row) -> None:
        """R16: a call for an absent colleague becomes a 5W1H message in their inbox."""
        rng = self.rng
        what, why, how, company = words.MESSAGES[self._rand(len(words.MESSAGES))]
        recipient = self._choice([*self.stewards, *self.supervisors, *self.engineers, self.centre_head])
        when_day = self.cal.date_of(self.cal.day_of(entry.minute) + self._randint(0, 3))
        row["content"] = f"留言：{what}"
        row["message_for_id"] = recipient
        row["message_when"] = f"{when_day.month}月{when_day.day}日{'上午' if rng.random() < 0.5 else '下午'}"
        row["message_where"] = self._choice(words.MESSAGE_WHERE)
        row["message_what"] = what
        row["message_why"] = why
        row["message_how"] = how
        if company:
            row["caller_company"] = company
            row.pop("client_id", None)
            row.pop("room_id", None)
            row["contact_name"] = self.people.person()[0]
            row["contact_phone"] = self.people.mobile() if rng.random() < 0.7 else self.people.landline()
        row["reply_needed"] = rng.random() < 0.7
        row["assigned_staff_id"] = recipient
        read = entry.minute + self._rand(10, 600)
        if read <= self.now:
            row["message_read_at"] = read
            row["status"] = _ENTRY_DONE
            row["handled_at"] = read
            row["result"] = "已转达本人" + ("，已回电" if row["reply_needed"] else "")
        else:
            row["status"] = _ENTRY_OPEN

    def _repair_entry(self, entry: _Entry, row: Row, stats: list[int]) -> None:
        """报修 → a dispatch slip 派工单 for the engineering department."""
        rng = self.rng
        now = self.now
        content, result, urgent = words.REPAIRS[self._rand(len(words.REPAIRS))]
        if entry.channel is Channel.LETTER:
            content = "来函报事：" + content
        elif entry.channel is Channel.WEB:
            content = "网上报修：" + content
        row["content"] = content
        issued = min(now, entry.minute + self._rand(2, 16))
        staff = self._choice(self.engineers)
        if urgent:
            due = issued + 240
            completed = issued + self._rand(30, 200)
        else:
            due = issued + DAY
            completed = self.cal.add_work(issued, self._rand(30, 700))
        if rng.random() < 0.06:
            completed += self._rand(DAY, 4 * DAY)  # waited for parts
        slip_id = self._id("dispatch_slip")
        slip: Row = {
            "id": slip_id,
            "number": self.numbers.next(DispatchSlip.NUMBER_PREFIX, issued),
            "kind": _SLIP_DISPATCH,
            "worklog_entry_id": entry.id,
            "content": content,
            "issued_at": issued,
            "assigned_department_id": self.department_ids[ENGINEERING],
            "assigned_staff_id": staff,
            "due_at": due,
            "created_at": issued,
            "created_by_id": entry.taken_by,
            "version": 1,
        }
        if entry.client >= 0:
            slip["room_id"] = row["room_id"]
            slip["contact_name"] = row["contact_name"]
            slip["contact_phone"] = row["contact_phone"]
        row["assigned_department_id"] = slip["assigned_department_id"]
        row["assigned_staff_id"] = staff
        if completed <= now:
            slip["completed_at"] = completed
            slip["result"] = result
            slip["status"] = _SLIP_DONE
            slip["updated_at"] = completed
            slip["updated_by_id"] = staff
            row["status"] = _ENTRY_DONE
            row["handled_at"] = completed
            row["result"] = f"派工单 {slip['number']}：{result}"
            row["updated_at"] = completed
            row["updated_by_id"] = staff
        else:
            slip["status"] = _SLIP_OPEN
            row["status"] = _ENTRY_IN_PROGRESS
            row["result"] = f"已开派工单 {slip['number']}"
        self.w.add("dispatch_slip", slip)
        self.last_slip_id = slip_id
        stats[1] += 1
        if completed > self.cal.at(self.cal.day_of(entry.minute), WORK_END):
            stats[2] += 1

    def _media_entry(self, entry: _Entry, row: Row, index: int) -> None:
        """R17: a media visit or call, logged and the supervisor alerted at once."""
        outlet, topic = words.MEDIA[index % len(words.MEDIA)]
        phone_call = index == 1
        reporter = self.people.person()[0]
        row["contact_name"] = f"{outlet}记者 {reporter}"
        row["contact_phone"] = self.people.mobile()
        if phone_call:
            row["content"] = f"媒体来电：{outlet}记者要求电话采访“{topic}”"
            outcome = "按规定不接受电话采访，已请对方以传真或邮件提交采访提纲，已报客服主管"
        else:
            row["content"] = f"媒体来访：{outlet}记者就“{topic}”要求采访"
            outcome = "已查验记者证并报客服主管，由公司指定新闻发言人接待"
        supervisor = self.supervisors[0]
        notified = entry.minute + self._rand(2, 6)
        row["assigned_staff_id"] = supervisor
        row["assigned_department_id"] = self.department_ids[CENTRE]
        row["status"] = _ENTRY_DONE
        row["handled_at"] = notified
        row["result"] = outcome
        visit: Row = {
            "id": self._id("media_visit"),
            "number": self.numbers.next(MediaVisit.NUMBER_PREFIX, entry.minute),
            "at": entry.minute,
            "contact_mode": (MediaContactMode.PHONE if phone_call else MediaContactMode.VISIT).value,
            "outlet": outlet,
            "reporter": reporter,
            "reporter_phone": row["contact_phone"],
            "credentials_checked": not phone_call,
            "credentials_note": "电话采访，无法查验证件"
            if phone_call
            else f"已查验记者证，证号 {self._rand(10**8):08d}",
            "topic": topic,
            "supervisor_notified_at": notified,
            "outcome": outcome,
            "created_at": entry.minute,
            "created_by_id": entry.taken_by,
            "version": 1,
        }
        if index != 0:  # the newest one (index 0, last fortnight) is still unacknowledged
            visit["alert_acknowledged_at"] = notified + self._rand(5, 40)
            visit["alert_acknowledged_by_id"] = supervisor
        self.w.add("media_visit", visit)

    def _letter(self, entry: _Entry, row: Row) -> None:
        """R18: every letter in the catalogue; its kind decides where it goes."""
        category = entry.category
        letter: Row = {
            "id": self._id("letter"),
            "number": self.numbers.next(Letter.NUMBER_PREFIX, entry.minute),
            "received_at": entry.minute,
            "summary": row["content"],
            "worklog_entry_id": entry.id,
            "created_at": entry.minute,
            "created_by_id": entry.taken_by,
            "version": 1,
        }
        if entry.client >= 0:
            letter["sender"] = self.client_name[entry.client]
            letter["sender_room_id"] = row["room_id"]
            letter["sender_client_id"] = entry.client + 1
        else:
            letter["sender"] = (
                self._choice(words.LETTER_SENDERS_OTHER) if not row.get("anonymous") else "匿名来信"
            )
        if category is Category.REPAIR:
            letter["kind"] = LetterKind.REPORT.value
            letter["dispatch_slip_id"] = self.last_slip_id
            letter["routed_to_department_id"] = self.department_ids[ENGINEERING]
            letter["action_taken"] = "已开派工单，转工程部处理"
        elif category is Category.COMPLAINT:
            letter["kind"] = LetterKind.COMPLAINT.value
            letter["complaint_id"] = self.last_complaint_id
            letter["routed_to_department_id"] = self.department_ids[CENTRE]
            letter["action_taken"] = "已登记投诉并报客服主管"
        elif category is Category.PRAISE:
            department = self.last_praise_department
            letter["kind"] = LetterKind.PRAISE.value
            letter["praised_department_id"] = self.department_ids[department]
            letter["praised_staff_id"] = self._choice(self.handlers[department])
            letter["routed_to_department_id"] = self.department_ids[department]
            letter["action_taken"] = f"已登记，通报{department}表扬"
        else:
            letter["kind"] = LetterKind.OTHER.value
            letter["routed_to_department_id"] = self.department_ids[ADMINISTRATION]
            letter["action_taken"] = "已转行政人事部处理"
        self.w.add("letter", letter)

    # -- complaints -------------------------------------------------------------

    def _complaint_entry(self, entry: _Entry, row: Row, stats: list[int], anonymous: bool) -> None:
        topic = self.complaint_topics.pick()
        text = topic.text
        if entry.channel is Channel.WEB:
            row["content"] = "业主论坛发帖投诉：" + text
        elif entry.channel is Channel.FORWARDED:
            row["content"] = f"{row.get('contact_name') or '市民热线 12345'}转办投诉：{text}"
        elif entry.channel is Channel.LETTER:
            row["content"] = "来函投诉：" + text
        else:
            row["content"] = text
        outcome = self._complaint(entry, topic, anonymous)
        department = outcome.department
        row["assigned_department_id"] = self.department_ids[department]
        if outcome.handler:
            row["assigned_staff_id"] = outcome.handler
        row["result"] = f"已登记投诉 {outcome.number}，转{department}处理"
        if outcome.first_response is not None:
            row["handled_at"] = outcome.first_response
            row["updated_at"] = outcome.first_response
            row["updated_by_id"] = outcome.handler or entry.taken_by
        if outcome.status is ComplaintStatus.CLOSED:
            row["status"] = _ENTRY_DONE
        elif outcome.status is ComplaintStatus.RECEIVED:
            row["status"] = _ENTRY_OPEN
        else:
            row["status"] = _ENTRY_IN_PROGRESS
        stats[0] += 1
        day_end = self.cal.at(self.cal.day_of(entry.minute), WORK_END)
        if outcome.resolved is None or outcome.resolved > day_end:
            stats[2] += 1

    def _complaint(self, entry: _Entry, topic: words.ComplaintTopic, anonymous: bool) -> _ComplaintOutcome:
        rng = self.rng
        cal = self.cal
        now = self.now
        received = entry.minute
        complaint_id = self._id("complaint")
        self.last_complaint_id = complaint_id
        number = self.numbers.next(Complaint.NUMBER_PREFIX, received)
        client = entry.client
        channel = entry.channel
        web = channel is Channel.WEB
        major = rng.random() < 0.025
        sensitive = rng.random() < 0.02
        cls = topic.complaint_class
        # Class 2 and 3 are followed by customer service (R2, R4).
        department = words.LINE_DEPARTMENT[topic.line] if cls is ComplaintClass.PROPERTY_SERVICE else CENTRE
        if department == CENTRE and client >= 0:
            area = self.building_area[self.room_building[self.client_room[client]]]
            handler = self.area_steward[area]
        else:
            handler = self._choice(self.handlers[department])
        row: Row = {
            "id": complaint_id,
            "number": number,
            "worklog_entry_id": entry.id,
            "received_at": received,
            "channel": channel.value,
            "description": topic.text,
            "complaint_class": cls.value,
            "business_line": topic.line.value,
            "root_cause": topic.cause.value,
            "severity": (Severity.MAJOR if major else Severity.GENERAL).value,
            "anonymous": anonymous,
            "sensitive": sensitive,
            "created_at": received,
            "created_by_id": entry.taken_by,
            "version": 1,
        }
        if client >= 0:
            row["client_id"] = client + 1
            row["room_id"] = self.client_room[client] + 1
        unreachable = False
        if web:
            row["web_heat"] = min(400, int(rng.lognormvariate(2.3, 1.0)))
            row["web_thread_url"] = f"https://bbs.community.example/thread/{self._rand(10**5, 10**6)}"
            unreachable = anonymous
        if cls is ComplaintClass.EXTERNAL:
            row["external_body"] = topic.external_body
            if major or rng.random() < 0.3:
                row["external_report"] = f"已书面报告{topic.external_body}，请其协调处理并回复处理时限"

        # R8: several people / several times about the same event.
        extra_people = 0
        if not anonymous and rng.random() < 0.07:
            extra_people = self._choice((1, 1, 2, 3, 5, 8, 12))
        times = 1 if rng.random() < 0.88 else self._randint(2, 4)
        row["people_count"] = 1 + extra_people
        complainant_times = 0
        if extra_people:
            neighbours = (
                self.client_ids_by_building.get(self.room_building[self.client_room[client]], [])
                if client >= 0
                else []
            )
            for _ in range(min(extra_people, 4)):
                other = self._choice(neighbours) if neighbours else self._rand(self.client_count)
                if other == client or self.move_in[other] > cal.day_of(received):
                    continue
                joined = min(now, received + self._rand(10, 3 * DAY))
                extra_times = 1 if rng.random() < 0.8 else 2
                complainant_times += extra_times
                self._add(
                    "complaint_complainant",
                    {
                        "id": self._id("complaint_complainant"),
                        "complaint_id": complaint_id,
                        "client_id": other + 1,
                        "room_id": self.client_room[other] + 1,
                        "name": self.client_name[other],
                        "phone": self.client_phone[other],
                        "joined_at": joined,
                        "times": extra_times,
                    },
                )
        row["times_count"] = times + complainant_times

        # The timeline; events after ``now`` have not happened yet.
        events: list[tuple[int, str, int]] = []  # (minute, kind, staff)
        on_spot = (
            cls is ComplaintClass.PROPERTY_SERVICE
            and channel in (Channel.CALL, Channel.VISIT)
            and not major
            and rng.random() < 0.22
        )
        classified = received + (self._rand(3, 10) if on_spot else self._rand(10, 120))
        if on_spot:
            first_response = received + self._rand(3, 15)
        else:
            start = cal.next_work(received)
            if web:
                first_response = start + self._rand(20, 200)  # R1w: within four hours
            elif rng.random() < 0.05:
                first_response = cal.add_work(start, self._rand(560, 1100))  # late (R1 breach)
            else:
                first_response = cal.add_work(start, min(500, int(rng.expovariate(1 / 100)) + 5))
        events.append((first_response, "first_response", handler if not on_spot else entry.taken_by))

        if on_spot:
            resolved = first_response + self._rand(5, 50)
        else:
            median = {ComplaintClass.PROPERTY_SERVICE: 2.0, ComplaintClass.DEVELOPER: 12.0}.get(cls, 7.0)
            days = rng.lognormvariate(0, 0.8) * median * (1.6 if major else 1.0)
            if rng.random() < 0.015:
                days += rng.uniform(60, 200)  # stuck: a dispute with the developer, a lawsuit…
            resolved = cal.next_work(first_response + int(days * DAY))
            if resolved - received > DAY:
                # R3: not resolved within a working day: a designated handler.
                designator = self._choice([*self.supervisors, self.centre_head])
                designated = cal.add_work(first_response, self._rand(20, 240))
                events.append((designated, "designated", designator))
            # Progress log: a client update every one to two working days (R3).
            step = first_response
            for _ in range(12):
                step = cal.add_work(step, self._rand(300, 1000))
                if step >= resolved:
                    break
                events.append((step, "progress", handler))
        if cls is ComplaintClass.DEVELOPER:
            sent = cal.add_work(classified, self._rand(30, 700 if rng.random() < 0.9 else 1400))
            events.append((sent, "developer_notice", self.supervisors[0]))

        # R6 exemptions, in the order the rule lists them.
        exemption: CallbackExemption | None = None
        if on_spot:
            exemption = CallbackExemption.RESOLVED_ON_THE_SPOT
        elif anonymous and not unreachable:
            exemption = CallbackExemption.ANONYMOUS
        elif unreachable:
            exemption = CallbackExemption.UNREACHABLE_WEB_POSTER
        elif sensitive:
            exemption = CallbackExemption.SENSITIVE
        elif client >= 0 and self.client_dnd[client]:
            exemption = CallbackExemption.REFUSES_CONTACT
        verifier = self._choice(self.all_supervisors)
        reopen = 0
        cursor = resolved
        while True:
            events.append((cursor, "resolved", handler))
            if on_spot:
                verified = cursor + self._rand(20, 120)
            else:  # the supervisor checks on the spot, sometimes only a day or two later
                verified = cal.add_work(cursor, self._rand(30, 540 if rng.random() < 0.7 else 1400))
            events.append((verified, "verified", verifier))
            if exemption is not None:
                events.append((cursor + 7 * DAY, "auto_close", 0))
                break
            late = rng.random() < 0.05
            callback = cal.add_work(verified, self._rand(1100, 2000) if late else self._rand(30, 1000))
            satisfied = reopen >= 2 or rng.random() < 0.92
            events.append((callback, "callback_ok" if satisfied else "callback_bad", handler))
            if satisfied:
                break
            reopen += 1
            cursor = cal.next_work(callback + int(rng.uniform(0.5, 5) * DAY))
            step = callback
            for _ in range(3):
                step = cal.add_work(step, self._rand(200, 700))
                if step >= cursor:
                    break
                events.append((step, "progress", handler))
        events.sort(key=lambda event: event[0])

        # Replay the events up to now.
        status = ComplaintStatus.RECEIVED
        changes: list[tuple[int, ComplaintStatus | None, ComplaintStatus, int | None, str | None]] = [
            (received, None, ComplaintStatus.RECEIVED, entry.taken_by, None)
        ]
        row["status"] = status.value
        row["classified_at"] = min(classified, now)
        first_at: int | None = None
        resolved_at: int | None = None
        last_update: int | None = None
        last_change = received
        last_staff = entry.taken_by
        informed_possible = client >= 0 and not anonymous
        department_label = department
        for minute, kind, staff in events:
            if minute > now:
                break
            last_change = minute
            last_staff = staff or last_staff
            if kind == "first_response":
                first_at = minute
                text = (
                    words.WEB_FIRST_RESPONSE.format(measure=self._choice(words.WEB_MEASURES))
                    if web
                    else self._choice(
                        words.FIRST_RESPONSES_VISIT
                        if channel is Channel.VISIT
                        else words.FIRST_RESPONSES_REMOTE
                    )
                )
                row["first_response_at"] = minute
                row["first_response_text"] = text
                row["handler_id"] = handler
                row["handler_department_id"] = self.department_ids[department]
                last_update = minute if informed_possible else last_update
                changes.append((minute, status, ComplaintStatus.HANDLING, staff, None))
                status = ComplaintStatus.HANDLING
            elif kind == "designated":
                row["designated_by_id"] = staff
                row["designated_at"] = minute
            elif kind == "progress":
                informed = informed_possible and rng.random() < 0.85
                if cls is ComplaintClass.EXTERNAL and rng.random() < 0.5:
                    action = self._choice(words.PROGRESS_EXTERNAL).format(body=topic.external_body)
                elif cls is ComplaintClass.DEVELOPER and rng.random() < 0.5:
                    action = self._choice(words.PROGRESS_DEVELOPER[1:])
                else:
                    action = self._choice(words.PROGRESS_STEPS).format(department=department_label)
                self._progress_row(complaint_id, minute, staff, action, informed)
                if informed:
                    last_update = minute
            elif kind == "developer_notice":
                row["developer_notice_sent_at"] = minute
                row["developer_notice_method"] = self._choice(words.DEVELOPER_NOTICE_METHODS)
                self._progress_row(complaint_id, minute, staff, words.PROGRESS_DEVELOPER[0], False)
            elif kind == "resolved":
                resolved_at = minute
                if cls is ComplaintClass.DEVELOPER:
                    resolution = self._choice(words.RESOLUTIONS_DEVELOPER)
                elif cls is ComplaintClass.EXTERNAL:
                    resolution = self._choice(words.RESOLUTIONS_EXTERNAL).format(body=topic.external_body)
                else:
                    resolution = self._choice(words.RESOLUTIONS[topic.line])
                row["resolution"] = resolution
                row["resolved_at"] = minute
                if on_spot:
                    row["resolved_on_the_spot"] = True
                changes.append((minute, status, ComplaintStatus.RESOLVED, staff, None))
                status = ComplaintStatus.RESOLVED
                if exemption is not None:
                    row["callback_exemption"] = exemption.value
                    row["callback_exemption_note"] = exemption.label
                    row["auto_close_at"] = minute + 7 * DAY
            elif kind == "verified":
                row["verified_at"] = minute
                row["verified_by_id"] = staff
                row["verification_note"] = self._choice(words.VERIFICATION_NOTES)
                changes.append((minute, status, ComplaintStatus.VERIFIED, staff, None))
                status = ComplaintStatus.VERIFIED
            elif kind in ("callback_ok", "callback_bad"):
                satisfied = kind == "callback_ok"
                row["callback_at"] = minute
                row["callback_by_id"] = staff
                row["callback_form"] = (
                    ContactForm.WEB_REPLY
                    if web
                    else rng.choices(
                        (ContactForm.PHONE, ContactForm.HOME_VISIT, ContactForm.QUESTIONNAIRE),
                        weights=(85, 12, 3),
                    )[0]
                ).value
                row["callback_satisfied"] = satisfied
                row["callback_comments"] = self._choice(
                    words.CALLBACK_SATISFIED if satisfied else words.CALLBACK_DISSATISFIED
                )
                last_update = minute
                if satisfied:
                    row["closed_at"] = minute
                    row["closure_kind"] = ClosureKind.CALLBACK_SATISFIED.value
                    changes.append((minute, status, ComplaintStatus.CLOSED, staff, None))
                    status = ComplaintStatus.CLOSED
                else:
                    # R7: dissatisfied at callback → back to handling; counts as a reopen.
                    # The callback stays in the progress log; the record waits for the
                    # next resolution, verification and callback.
                    row["reopen_count"] = row.get("reopen_count", 0) + 1
                    self._progress_row(complaint_id, minute, staff, f"回访：{row['callback_comments']}", True)
                    for key in (
                        "resolved_at",
                        "resolution",
                        "verified_at",
                        "verified_by_id",
                        "verification_note",
                        "callback_at",
                        "callback_by_id",
                        "callback_form",
                        "callback_satisfied",
                        "callback_comments",
                    ):
                        row.pop(key, None)
                    changes.append((minute, status, ComplaintStatus.HANDLING, staff, words.REOPEN_REASON))
                    status = ComplaintStatus.HANDLING
                    resolved_at = None
            elif kind == "auto_close":
                row["closed_at"] = minute
                row["closure_kind"] = ClosureKind.AUTOMATIC.value
                changes.append((minute, status, ComplaintStatus.CLOSED, None, None))
                status = ComplaintStatus.CLOSED
        row["status"] = status.value
        if last_update is not None:
            row["last_update_at"] = last_update
        if last_change > received:
            row["updated_at"] = last_change
            row["updated_by_id"] = last_staff
        self._add("complaint", row)
        for minute, before, after, actor, reason in changes:
            change: Row = {
                "id": self._id("complaint_status_change"),
                "complaint_id": complaint_id,
                "at": minute,
                "to_status": after.value,
            }
            if before is not None:
                change["from_status"] = before.value
            if actor:
                change["staff_id"] = actor
            if reason:
                change["reason"] = reason
            self.w.add("complaint_status_change", change)
        if cls is ComplaintClass.EXTERNAL and rng.random() < 0.5:
            self._coordination_slip(entry, row, topic, status)
        return _ComplaintOutcome(number, status, first_at, resolved_at, department, handler)

    def _progress_row(self, complaint_id: int, minute: int, staff: int, action: str, informed: bool) -> None:
        self.w.add(
            "complaint_progress",
            {
                "id": self._id("complaint_progress"),
                "complaint_id": complaint_id,
                "at": minute,
                "staff_id": staff,
                "action": action,
                "client_informed": informed,
                "created_at": minute,
                "created_by_id": staff,
                "version": 1,
            },
        )

    def _coordination_slip(
        self, entry: _Entry, complaint: Row, topic: words.ComplaintTopic, status: ComplaintStatus
    ) -> None:
        """协调单: a class-3 complaint coordinated with the outside body (R2)."""
        issued = min(self.now, entry.minute + self._rand(30, 240))
        slip: Row = {
            "id": self._id("dispatch_slip"),
            "number": self.numbers.next(DispatchSlip.NUMBER_PREFIX, issued),
            "kind": DispatchKind.COORDINATION.value,
            "worklog_entry_id": entry.id,
            "room_id": complaint.get("room_id"),
            "content": f"协调{topic.external_body}：{topic.text}",
            "issued_at": issued,
            "assigned_department_id": self.department_ids[CENTRE],
            "assigned_staff_id": complaint.get("handler_id"),
            "created_at": issued,
            "created_by_id": entry.taken_by,
            "version": 1,
        }
        if complaint.get("resolved_at") is not None or status is ComplaintStatus.CLOSED:
            done = complaint.get("resolved_at") or complaint["closed_at"]
            slip["completed_at"] = max(done, issued)
            slip["result"] = f"{topic.external_body}已处理完毕"
            slip["status"] = _SLIP_DONE
        else:
            slip["status"] = _SLIP_OPEN
        self._add("dispatch_slip", slip)

    # -- interviews (SPEC 2.4, R13q) --------------------------------------------

    def _months(self) -> list[date]:
        first = self.cal.date_of(self.first_day).replace(day=1)
        last = self.cal.date_of(self.today).replace(day=1)
        months = []
        while first <= last:
            months.append(first)
            first = first + relativedelta(months=1)
        return months

    def _interviews(self) -> None:
        rng = self.rng
        cal = self.cal
        interviews: list[Row] = []
        by_staff_month: dict[tuple[int, date], list[Row]] = {}
        quota: list[tuple[_StaffMember, int]] = []
        for member in self.staff:
            if not member.cleared:
                continue  # new staff only observe interviews until cleared
            if member.department == CENTRE and member.role is StaffRole.SERVICE_STAFF:
                quota.append((member, 10))
            elif member.role in (StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD):
                quota.append((member, 2))
        topics = list(InterviewTopic)
        advice = list(SafetyAdvice)
        satisfaction = (
            Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED, Satisfaction.NEUTRAL,
            Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED,
        )  # fmt: skip
        satisfaction_weights = (30, 50, 14, 5, 1)
        forms = (ContactForm.PHONE, ContactForm.HOME_VISIT, ContactForm.WEB_REPLY, ContactForm.QUESTIONNAIRE)

        def record(staff_id: int, day: int, client: int, move_in_visit: bool) -> None:
            created = cal.at(day, self._rand(9 * 60 + 30, 17 * 60 + 30))
            if created >= self.now:
                return
            month = cal.date_of(day).replace(day=1)
            if move_in_visit:
                form = ContactForm.HOME_VISIT
                chosen_topics = [InterviewTopic.SECURITY.value, InterviewTopic.MAINTENANCE.value]
                given = [SafetyAdvice.HOME_ALARM.value] + [
                    a.value for a in rng.sample(advice[1:], self._randint(2, 4))
                ]
                needs, measures = words.MOVE_IN_NEEDS
            else:
                form = rng.choices(forms, weights=(50, 35, 5, 10))[0]
                chosen_topics = [t.value for t in rng.sample(topics, self._randint(1, 3))]
                given = [a.value for a in rng.sample(advice, self._randint(0, 3))]
                needs, measures = words.INTERVIEW_NEEDS[self._rand(len(words.INTERVIEW_NEEDS))]
            row: Row = {
                "client_id": client + 1,
                "room_id": self.client_room[client] + 1,
                "interviewer_id": staff_id,
                "interview_date": cal.date_of(day),
                "form": form.value,
                "topics": chosen_topics,
                "client_needs": needs,
                "measures": measures,
                "completion": "已完成" if rng.random() < 0.9 else "跟进中",
                "overall_satisfaction": rng.choices(satisfaction, weights=satisfaction_weights)[0].value,
                "safety_advice": given,
                "is_move_in_visit": move_in_visit,
                "created_at": created,
                "created_by_id": staff_id,
                "version": 1,
            }
            if rng.random() < 0.6:
                row["callback_satisfaction"] = rng.choices(satisfaction, weights=satisfaction_weights)[
                    0
                ].value
            interviews.append(row)
            by_staff_month.setdefault((staff_id, month), []).append(row)

        # R13q move-in visits: within seven days of moving in, by someone from the
        # client's hometown where possible; a few are late and a few are missed.
        stewards = [self.staff_by_id[staff_id] for staff_id in self.stewards]
        for client in range(self._eligible(self.first_day - 1), self.client_count):
            day = self.move_in[client]
            if self.client_dnd[client]:
                continue
            roll = rng.random()
            if roll < 0.06:
                continue  # missed: flagged on the dashboard
            delay = self._randint(8, 12) if roll < 0.11 else self._randint(1, 6)
            visit_day = day + delay
            if visit_day > self.today:
                continue
            same = [m.id for m in stewards if m.province == self.client_province[client]]
            area = self.building_area[self.room_building[self.client_room[client]]]
            staff_id = self._choice(same) if same and rng.random() < 0.7 else self.area_steward[area]
            record(staff_id, visit_day, client, True)

        months = self._months()
        today_date = cal.date_of(self.today)
        for month in months:
            first = max(cal.day_of_date(month), self.first_day)
            last = min(cal.day_of_date(month + relativedelta(months=1)) - 1, self.today)
            if last < first:
                continue
            elapsed = (last - first + 1) / ((month + relativedelta(months=1)) - month).days
            current = month == today_date.replace(day=1)
            for member, target in quota:
                done = len(by_staff_month.get((member.id, month), []))
                wanted = target + self._randint(0, 4 if target > 2 else 1)
                if rng.random() < 0.08:
                    wanted = max(1, target - self._randint(1, 3))  # a shortfall (R13q)
                if current or first > cal.day_of_date(month):
                    wanted = round(wanted * elapsed)
                eligible = self._eligible(first)
                for _ in range(max(0, wanted - done)):
                    if eligible == 0:
                        break
                    client = self._rand(eligible)
                    if self.client_dnd[client]:
                        continue  # R12
                    record(member.id, self._random_workday(first, last), client, False)

        interviews.sort(key=lambda item: item["created_at"])
        total = len(interviews)
        self.progress(STAGE_INTERVIEWS, 0, total)
        for row in interviews:
            self.w.maybe_flush()
            row["id"] = self._id("interview")
            row["number"] = self.numbers.next(Interview.NUMBER_PREFIX, row["created_at"])
            self.w.add("interview", row)
        self._plans(months, quota, by_staff_month)
        self.progress(STAGE_INTERVIEWS, total, total)

    def _plans(
        self,
        months: list[date],
        quota: list[tuple[_StaffMember, int]],
        done: dict[tuple[int, date], list[Row]],
    ) -> None:
        """Monthly interview plans: each interviewer's target rooms (R13q)."""
        cal = self.cal
        for month in months:
            month_day = cal.day_of_date(month)
            created = cal.at(month_day - 1 if month_day - 1 >= self.first_day - 40 else month_day, 16 * 60)
            if created >= self.now:
                continue
            for member, target in quota:
                self.w.maybe_flush()
                plan_id = self._id("interview_plan")
                self.w.add(
                    "interview_plan",
                    {
                        "id": plan_id,
                        "interviewer_id": member.id,
                        "month": month,
                        "notes": f"本月访谈目标 {target} 户，重点走访新入住客户及重点客户",
                        "created_at": created,
                        "created_by_id": self.supervisors[0],
                        "version": 1,
                    },
                )
                rows = done.get((member.id, month), [])
                for row in rows[: target + 2]:
                    self._add(
                        "interview_plan_target",
                        {
                            "id": self._id("interview_plan_target"),
                            "plan_id": plan_id,
                            "room_id": row["room_id"],
                            "client_id": row["client_id"],
                            "interview_id": row["id"],
                            "note": "乔迁拜访" if row["is_move_in_visit"] else None,
                        },
                    )
                for _ in range(max(0, target - len(rows))):
                    client = self._rand(max(1, self._eligible(month_day)))
                    self.w.add(
                        "interview_plan_target",
                        {
                            "id": self._id("interview_plan_target"),
                            "plan_id": plan_id,
                            "room_id": self.client_room[client] + 1,
                            "client_id": client + 1,
                            "note": "未完成",
                        },
                    )

    # -- neighbour disputes (SPEC 2.5) -----------------------------------------

    def _scaled(self, per_clients: float, minimum: int) -> int:
        return max(minimum, round(self.client_count * self.months / 12 / per_clients))

    def _disputes(self) -> None:
        rng = self.rng
        cal = self.cal
        types = Picker(
            [
                (DisputeType.PETS, 25.0), (DisputeType.CLUTTER, 15.0),
                (DisputeType.ILLEGAL_CONSTRUCTION, 10.0), (DisputeType.NOISE, 22.0),
                (DisputeType.SCAVENGING, 5.0),
                (DisputeType.HIGH_ALTITUDE_THROWING, 10.0), (DisputeType.OTHER, 13.0),
            ]
        )  # fmt: skip
        count = self._scaled(200, 3)
        opened_list = sorted(
            self._work_instant(self._random_workday(self.first_day, self.today)) for _ in range(count)
        )
        for opened in opened_list:
            self.w.maybe_flush()
            day = cal.day_of(opened)
            eligible = self._eligible(day)
            if eligible < 2:
                continue
            kind = types.pick(rng)
            complainant = self._rand(eligible)
            building = self.room_building[self.client_room[complainant]]
            neighbours = [
                c for c in self.client_ids_by_building.get(building, []) if c < eligible and c != complainant
            ]
            respondent = self._choice(neighbours) if neighbours else None
            if kind is DisputeType.HIGH_ALTITUDE_THROWING and rng.random() < 0.6:
                respondent = None  # the thrower is not known
            area = self.building_area[building]
            handler = self.area_steward[area]
            dispute_id = self._id("dispute")
            row: Row = {
                "id": dispute_id,
                "number": self.numbers.next(Dispute.NUMBER_PREFIX, opened),
                "dispute_type": kind.value,
                "opened_at": opened,
                "description": self._choice(words.DISPUTES[kind]),
                "complainant_room_id": self.client_room[complainant] + 1,
                "complainant_client_id": complainant + 1,
                "handler_id": handler,
                "created_at": opened,
                "created_by_id": handler,
                "version": 1,
            }
            if respondent is not None:
                row["respondent_room_id"] = self.client_room[respondent] + 1
                row["respondent_client_id"] = respondent + 1
            steps = self._randint(2, 6)
            at = opened
            last = opened
            taken = 0
            for index in range(steps):
                at = cal.add_work(at, self._rand(60, 540) if index == 0 else self._rand(540 * 2, 540 * 10))
                if at > self.now:
                    break
                action, participants = words.DISPUTE_ACTIONS[
                    0 if index == 0 else self._rand(1, len(words.DISPUTE_ACTIONS))
                ]
                self.w.add(
                    "dispute_step",
                    {
                        "id": self._id("dispute_step"),
                        "dispute_id": dispute_id,
                        "at": at,
                        "staff_id": handler,
                        "action": action,
                        "participants": [p.value for p in participants],
                        "result": self._choice(words.DISPUTE_STEP_RESULTS),
                        "created_at": at,
                        "created_by_id": handler,
                        "version": 1,
                    },
                )
                last = at
                taken += 1
            age_days = (self.now - opened) / DAY
            roll = rng.random()
            if taken == steps and age_days > 30 and roll < 0.85:
                status = DisputeStatus.RESOLVED if roll < 0.7 else DisputeStatus.REFERRED
                row["status"] = status.value
                row["outcome"] = (
                    self._choice(words.DISPUTE_OUTCOMES[:3])
                    if status is DisputeStatus.RESOLVED
                    else words.DISPUTE_OUTCOMES[3]
                )
                row["closed_at"] = last
                row["updated_at"] = last
                row["updated_by_id"] = handler
            else:
                row["status"] = DisputeStatus.OPEN.value
            self._add("dispute", row)

    # -- rectification notices (SPEC 2.6, R15) -----------------------------------

    def _notices(self) -> None:
        rng = self.rng
        cal = self.cal
        issues = Picker(
            [
                (NoticeIssue.ILLEGAL_CONSTRUCTION, 35.0), (NoticeIssue.RENOVATION_VIOLATION, 25.0),
                (NoticeIssue.COMMON_AREA_OCCUPATION, 20.0), (NoticeIssue.FIRE_SAFETY, 15.0),
                (NoticeIssue.OTHER, 5.0),
            ]
        )  # fmt: skip
        count = self._scaled(250, 4)
        issued_list = sorted(
            self._work_instant(self._random_workday(self.first_day, self.today)) for _ in range(count)
        )
        for index, issued in enumerate(issued_list):
            self.w.maybe_flush()
            day = cal.day_of(issued)
            eligible = self._eligible(day)
            if eligible == 0:
                continue
            client = self._rand(eligible)
            issue = issues.pick(rng)
            description, action = self._choice(words.NOTICES[issue])
            deadline_day = day + self._choice((7, 15, 30))
            staff = self._choice(self.supervisors)
            notice_id = self._id("rectification_notice")
            number = self.numbers.next(RectificationNotice.NUMBER_PREFIX, issued)
            row: Row = {
                "id": notice_id,
                "number": number,
                "room_id": self.client_room[client] + 1,
                "client_id": client + 1,
                "issue": issue.value,
                "issue_description": description,
                "required_action": action,
                "deadline": cal.date_of(deadline_day),
                "issued_at": issued,
                "issued_by_id": staff,
                "joint_with_owners_committee": rng.random()
                < (0.6 if issue is NoticeIssue.ILLEGAL_CONSTRUCTION else 0.1),
                "created_at": issued,
                "created_by_id": staff,
                "version": 1,
            }
            served = issued + self._rand(30, 2 * DAY)
            roll = rng.random()
            if served > self.now or (roll < 0.05 and self.now - issued < 3 * DAY):
                row["service_result"] = ServiceResult.PENDING.value
            else:
                row["served_at"] = served
                if roll < 0.25 or index == 0:
                    # R15: a refused signature needs a witness or photo evidence.
                    row["service_result"] = ServiceResult.REFUSED.value
                    if rng.random() < 0.6 or index == 0:
                        row["refusal_witness"] = f"{self._choice(words.WITNESSES)} {self.people.person()[0]}"
                    if rng.random() < 0.5 or "refusal_witness" not in row:
                        row["refusal_photo_path"] = f"photos/{number}-refusal.jpg"
                else:
                    row["service_result"] = ServiceResult.SIGNED.value
            status = NoticeStatus.ISSUED
            inspection = cal.at(deadline_day, 0) + self._rand(DAY + 9 * 60, 3 * DAY)
            for attempt in range(3):
                if inspection > self.now or "served_at" not in row:
                    break
                # The two oldest notices show the other outcomes: one still not
                # rectified past its deadline (flagged, R15), one escalated.
                rectified = index > 1 and rng.random() < (0.6 if attempt == 0 else 0.4)
                self.w.add(
                    "notice_inspection",
                    {
                        "id": self._id("notice_inspection"),
                        "notice_id": notice_id,
                        "at": inspection,
                        "staff_id": staff,
                        "rectified": rectified,
                        "finding": self._choice(
                            words.NOTICE_FINDINGS_OK if rectified else words.NOTICE_FINDINGS_NOT_OK
                        ),
                        "created_at": inspection,
                        "created_by_id": staff,
                        "version": 1,
                    },
                )
                if rectified:
                    status = NoticeStatus.RECTIFIED
                    row["rectified_at"] = inspection
                    break
                if index == 1:
                    break
                if attempt == 2 or rng.random() < 0.3 or index == 0:
                    escalated = inspection + self._rand(DAY, 5 * DAY)
                    if escalated <= self.now and (rng.random() < 0.6 or index == 0):
                        status = NoticeStatus.ESCALATED
                        row["escalated_at"] = escalated
                        row["escalated_to"] = self._choice(words.NOTICE_ESCALATED_TO)
                    break  # otherwise past the deadline and not rectified: flagged
                inspection += self._rand(5 * DAY, 15 * DAY)
            row["status"] = status.value
            self._add("rectification_notice", row)

    # -- reminder slips (SPEC 2.7, R14) ------------------------------------------

    def _reminders(self) -> None:
        rng = self.rng
        cal = self.cal
        kinds = Picker(
            [
                (ReminderKind.CORRIDOR_CLUTTER, 45.0), (ReminderKind.HIGH_ALTITUDE_THROWING, 12.0),
                (ReminderKind.PETS, 15.0), (ReminderKind.NOISE, 10.0), (ReminderKind.RENOVATION, 13.0),
                (ReminderKind.OTHER, 5.0),
            ]
        )  # fmt: skip
        joint = [*joint_signatories(self.community).values(), self.centre_name]
        count = self._scaled(100, 4)
        cases: list[Row] = []
        extras: dict[int, tuple[list[Row], list[Row]]] = {}  # case index -> (slips, items)
        for index in range(count):
            day = self._random_workday(self.first_day, self.today)
            opened = self._work_instant(day)
            kind = ReminderKind.CORRIDOR_CLUTTER if index < 2 else kinds.pick(rng)
            if index == 2:
                kind = ReminderKind.HIGH_ALTITUDE_THROWING
            room = self.client_room[self._rand(max(1, self._eligible(day)))]
            building = self.room_code[room].split("-")[0]
            unit = self.room_unit[room]
            floor = self.room_floor[room]
            if kind is ReminderKind.CORRIDOR_CLUTTER:
                location = f"{building}栋{unit}单元{floor}楼楼道"
            elif kind is ReminderKind.HIGH_ALTITUDE_THROWING:
                location = f"{building}栋{unit}单元"
            else:
                location = f"{self.room_code[room]}室"
            case_row: Row = {
                "kind": kind.value,
                "location": location,
                "opened_at": opened,
                "created_at": opened,
                "created_by_id": self._choice(self.stewards),
                "version": 1,
            }
            if kind is not ReminderKind.HIGH_ALTITUDE_THROWING:
                case_row["room_id"] = room + 1
            signatories = joint if kind is ReminderKind.HIGH_ALTITUDE_THROWING else [self.centre_name]
            slips: list[Row] = []
            items: list[Row] = []
            posted = opened
            status = ReminderCaseStatus.FIRST_SLIP
            statuses = (
                ReminderCaseStatus.FIRST_SLIP,
                ReminderCaseStatus.SECOND_SLIP,
                ReminderCaseStatus.THIRD_SLIP,
            )
            stubborn = index < 2  # the first two corridor cases go all the way to clearance
            for sequence in (1, 2, 3):
                if posted > self.now:
                    break
                slip: Row = {
                    "sequence": sequence,
                    "text": words.REMINDER_TEMPLATES[kind].format(location=location),
                    "posted_at": posted,
                    "posted_by_id": case_row["created_by_id"],
                    "signatories": signatories,
                    "created_at": posted,
                    "created_by_id": case_row["created_by_id"],
                    "version": 1,
                }
                slips.append(slip)
                status = statuses[sequence - 1]
                check = cal.add_work(posted, self._rand(540 * 3, 540 * 5))
                if check > self.now:
                    case_row["next_check_at"] = check
                    break
                heeded = not stubborn and rng.random() < (0.55, 0.5, 0.4)[sequence - 1]
                slip["checked_at"] = check
                slip["heeded"] = heeded
                if heeded:
                    status = ReminderCaseStatus.RESOLVED
                    case_row["resolved_at"] = check
                    break
                if sequence == 3:
                    if kind is ReminderKind.CORRIDOR_CLUTTER:
                        # R14: after three unheeded slips the centre may clear, with confirmation.
                        status = ReminderCaseStatus.CLEARANCE_ALLOWED
                        cleared = cal.add_work(check, self._rand(60, 1000))
                        if cleared <= self.now and (stubborn or rng.random() < 0.7):
                            status = ReminderCaseStatus.CLEARED
                            case_row["clearance_confirmed_by_id"] = self._choice(self.supervisors)
                            case_row["clearance_confirmed_at"] = cleared
                            items = self._cleared_items(cleared, room)
                    else:
                        case_row["next_check_at"] = cal.add_work(check, 540 * 5)
                    break
                posted = cal.add_work(check, self._rand(30, 300))
            case_row["status"] = status.value
            if status is ReminderCaseStatus.CLEARED and items:
                case_row["notes"] = "三次提示未清理，经主管确认后清理，物品编号存放"
            cases.append(case_row)
            extras[len(cases) - 1] = (slips, items)

        # R14: a repeat offence after a clearance may be cleared at once.
        repeats: list[Row] = []
        for index, case_row in enumerate(list(cases)):
            if case_row["status"] != ReminderCaseStatus.CLEARED.value or rng.random() < 0.3:
                continue
            again = cal.add_work(case_row["clearance_confirmed_at"], self._rand(540 * 5, 540 * 20))
            if again >= self.now:
                continue
            room = case_row["room_id"] - 1
            repeat: Row = {
                "kind": case_row["kind"],
                "location": case_row["location"],
                "room_id": case_row["room_id"],
                "opened_at": again,
                "status": ReminderCaseStatus.CLEARED.value,
                "clearance_confirmed_by_id": self._choice(self.supervisors),
                "clearance_confirmed_at": again + self._rand(30, 180),
                "notes": "清理后再次堆放，按规定当即清理",
                "created_at": again,
                "created_by_id": case_row["created_by_id"],
                "version": 1,
                "_repeat_of": index,
            }
            repeats.append(repeat)
            extras[len(cases) + len(repeats) - 1] = (
                [],
                self._cleared_items(repeat["clearance_confirmed_at"], room),
            )
        everything = cases + repeats
        order = sorted(range(len(everything)), key=lambda i: everything[i]["opened_at"])
        case_ids: dict[int, int] = {}
        for position in order:
            case_row = everything[position]
            case_ids[position] = self._id("reminder_case")
            case_row["id"] = case_ids[position]
            case_row["number"] = self.numbers.next(ReminderCase.NUMBER_PREFIX, case_row["opened_at"])
        for originals_first in (False, True):
            for position in order:
                case_row = everything[position]
                if ("_repeat_of" in case_row) != originals_first:
                    continue
                if "_repeat_of" in case_row:
                    case_row["repeat_of_case_id"] = case_ids[case_row.pop("_repeat_of")]
                self.w.add("reminder_case", case_row)
                slips, items = extras[position]
                for slip in slips:
                    slip["id"] = self._id("reminder_slip")
                    slip["case_id"] = case_row["id"]
                    self.w.add("reminder_slip", slip)
                for number, item in enumerate(items, start=1):
                    item["id"] = self._id("cleared_item")
                    item["case_id"] = case_row["id"]
                    item["item_number"] = f"{case_row['number']}-{number:02d}"
                    self.w.add("cleared_item", item)
            self.w.flush()  # originals are in before a repeat refers to them

    def _cleared_items(self, cleared: int, room: int) -> list[Row]:
        rng = self.rng
        items: list[Row] = []
        client = self.room_client.get(room)
        owner = self.client_name[client] if client is not None else None
        for _ in range(self._randint(1, 3)):
            item: Row = {
                "description": self._choice(words.CLEARED_ITEMS),
                "storage_place": self._choice(words.STORAGE_PLACES),
                "cleared_at": cleared,
                "created_at": cleared,
                "version": 1,
            }
            claimed = cleared + self._rand(DAY, 20 * DAY)
            if owner and claimed <= self.now and rng.random() < 0.6:
                item["claimed_at"] = claimed
                item["claimant_name"] = owner
                item["claimant_signature"] = f"本人签收：{owner}"
            items.append(item)
        return items

    # -- reception books (SPEC 2.8) -------------------------------------------------

    def _visitors(self) -> None:
        rng = self.rng
        cal = self.cal
        count = self._scaled(2, 5)
        arrivals = sorted(
            self.cal.at(self._randint(self.first_day, self.today), self._rand(8 * 60, 21 * 60))
            for _ in range(count)
        )
        for arrived in arrivals:
            self.w.maybe_flush()
            if arrived >= self.now:
                arrived = self.now - self._rand(1, 120)
            eligible = self._eligible(cal.day_of(arrived))
            if eligible == 0:
                continue
            host = self._rand(eligible)
            name = self.people.person()[0]
            row: Row = {
                "id": self._id("visitor"),
                "number": self.numbers.next(Visitor.NUMBER_PREFIX, arrived),
                "visitor_name": name,
                "visitor_phone": self.people.mobile(),
                "id_document": f"身份证 4201**********{self._rand(10**4):04d}",
                "party_size": rng.choices((1, 2, 3, 4), weights=(70, 20, 7, 3))[0],
                "visiting_room_id": self.client_room[host] + 1,
                "host_name": self.client_name[host],
                "purpose": self._choice(words.VISIT_PURPOSES),
                "arrived_at": arrived,
                "created_at": arrived,
                "created_by_id": self._choice(self.receptionists),
                "version": 1,
            }
            roll = rng.random()
            if roll < 0.04:
                row["host_contacted"] = True
                row["host_agreed"] = False  # the host declined: the visitor did not go in
                row["left_at"] = arrived + self._rand(3, 10)
            else:
                row["host_contacted"] = roll > 0.08
                if row["host_contacted"]:
                    row["host_agreed"] = True
                left = arrived + self._rand(15, 240)
                if left <= self.now:
                    row["left_at"] = left
            self.w.add("visitor", row)

    def _documents(self) -> None:
        rng = self.rng
        count = self._scaled(40, 5)
        received_list = sorted(
            self._work_instant(self._random_workday(self.first_day, self.today)) for _ in range(count)
        )
        for received in received_list:
            self.w.maybe_flush()
            description, sender, fax = words.DOCUMENTS[self._rand(len(words.DOCUMENTS))]
            row: Row = {
                "id": self._id("document_transfer"),
                "number": self.numbers.next(DocumentTransfer.NUMBER_PREFIX, received),
                "description": description,
                "is_fax": fax,
                "from_party": sender,
                "received_at": received,
                "created_at": received,
                "created_by_id": self._choice(self.receptionists),
                "version": 1,
            }
            eligible = self._eligible(self.cal.day_of(received))
            if fax or eligible == 0 or rng.random() < 0.2:
                staff = self.staff_by_id[
                    self._choice([self.centre_head, *self.supervisors, self.heads[ENGINEERING]])
                ]
                row["to_party"] = f"{staff.department} {staff.name}"
                row["addressee_staff_id"] = staff.id
                recipient = staff.name
            else:
                client = self._rand(eligible)
                recipient = self.client_name[client]
                row["to_party"] = f"{self.room_code[self.client_room[client]]} {recipient}"
                row["addressee_room_id"] = self.client_room[client] + 1
                row["recipient_contact"] = self.client_phone[client]
            handed = received + self._rand(30, 3 * DAY)
            if handed <= self.now and rng.random() < 0.95:
                row["handed_over_at"] = handed
                row["signed_by"] = recipient if rng.random() < 0.8 else f"家属代签：{self.people.person()[0]}"
            self.w.add("document_transfer", row)

    def _fees(self) -> None:
        rng = self.rng
        count = self._scaled(1 / 0.3, 5)
        weights = (30.0, 15.0, 25.0, 10.0, 5.0, 8.0, 4.0, 3.0)
        items = Picker(list(zip(words.FEE_ITEMS, weights, strict=True)))
        at_list = sorted(
            self._work_instant(self._random_workday(self.first_day, self.today)) for _ in range(count)
        )
        for receipt, at in enumerate(at_list, start=1):
            self.w.maybe_flush()
            (item, description, amounts) = items.pick(rng)
            eligible = self._eligible(self.cal.day_of(at))
            row: Row = {
                "id": self._id("fee_service"),
                "number": self.numbers.next(FeeService.NUMBER_PREFIX, at),
                "at": at,
                "item": FeeItem(item).value,
                "description": description,
                "amount": Decimal(self._choice(amounts)),
                "receipt_number": f"SJ{self.cal.date_of(self.cal.day_of(at)).year}{receipt:06d}",
                "created_at": at,
                "created_by_id": self._choice(self.handlers[FINANCE] + self.receptionists[:2]),
                "version": 1,
            }
            if eligible:
                client = self._rand(eligible)
                row["room_id"] = self.client_room[client] + 1
                row["client_id"] = client + 1
                row["payer_name"] = self.client_name[client]
            self.w.add("fee_service", row)

    # -- standard replies, daily tallies, monthly reports --------------------------

    def _replies(self) -> None:
        created = self.cal.at(self.first_day - 30, 10 * 60)
        for topic, question, reply, keywords in words.STANDARD_REPLIES:
            self.w.add(
                "standard_reply",
                {
                    "id": self._id("standard_reply"),
                    "topic": topic,
                    "question": question,
                    "reply_text": reply,
                    "keywords": keywords,
                    "created_at": created,
                    "created_by_id": self.centre_head,
                    "version": 1,
                },
            )
        for phrase, better in words.FORBIDDEN_PHRASES:
            self.w.add(
                "forbidden_phrase",
                {
                    "id": self._id("forbidden_phrase"),
                    "phrase": phrase,
                    "better_alternative": better,
                    "created_at": created,
                    "created_by_id": self.centre_head,
                    "version": 1,
                },
            )

    def _tallies(self) -> None:
        """R10: one tally per working day, most confirmed; a few missing."""
        rng = self.rng
        cal = self.cal
        for day in range(self.first_day, self.today):
            self.w.maybe_flush()
            if not cal.is_workday(day) or rng.random() < 0.03:
                continue
            complaints, repairs, still_open = self.day_stats.get(day, [0, 0, 0])
            created = cal.at(day, 17 * 60 + self._rand(20, 50))
            row: Row = {
                "id": self._id("daily_tally"),
                "day": cal.date_of(day),
                "complaints_count": complaints,
                "repairs_count": repairs,
                "open_count": still_open,
                "created_at": created,
                "created_by_id": self.supervisors[0],
                "version": 1,
            }
            if rng.random() < 0.97:
                row["confirmed_by_id"] = self._choice(self.supervisors)
                row["confirmed_at"] = created + self._rand(5, 60)
            else:
                row["note"] = "负责人外出，待补签"
            self.w.add("daily_tally", row)

    def _reports(self) -> None:
        """R11: the monthly reports, done (mostly on time) or still due."""
        rng = self.rng
        cal = self.cal
        today = cal.date_of(self.today)
        previous_month = today.replace(day=1) - relativedelta(months=1)
        labels = {
            ReportKind.STATISTICS: "投诉建议统计",
            ReportKind.OWNER_SUMMARY: "业主公示汇总",
            ReportKind.COMPLAINT_ANALYSIS: "投诉分析报告",
            ReportKind.INTERVIEW_ANALYSIS: "顾客访谈分析",
        }
        for month in self._months():
            next_month = month + relativedelta(months=1)
            dues = {
                ReportKind.STATISTICS: month.replace(day=25),
                ReportKind.OWNER_SUMMARY: month + relativedelta(day=30),  # the 30th, or Feb's last day
                ReportKind.COMPLAINT_ANALYSIS: next_month - relativedelta(days=1),
                ReportKind.INTERVIEW_ANALYSIS: next_month.replace(day=5),
            }
            for kind, due in dues.items():
                row: Row = {"kind": kind.value, "month": month, "version": 1}
                done_day = (
                    cal.day_of_date(due)
                    - self._randint(0, 3)
                    + (self._randint(1, 3) if rng.random() < 0.1 else 0)
                )
                overdue_example = kind is ReportKind.COMPLAINT_ANALYSIS and month == previous_month
                if done_day < self.today and not overdue_example:
                    done = cal.at(done_day, self._rand(14 * 60, 18 * 60))
                    row["done_at"] = done
                    row["done_by_id"] = (
                        self.heads[CENTRE] if kind is ReportKind.OWNER_SUMMARY else self.supervisors[0]
                    )
                    row["file_name"] = f"{month.year}年{month.month}月{labels[kind]}.pdf"
                    if kind in (ReportKind.STATISTICS, ReportKind.COMPLAINT_ANALYSIS):
                        row["measures"] = "加强维修及时率考核；前台统一回复口径培训；重点投诉专人跟进"
                    row["created_at"] = done
                elif month > today or cal.day_of_date(due) - 10 > self.today:
                    continue  # not due yet and nobody has started it
                else:
                    row["created_at"] = min(self.now - 1, cal.at(cal.day_of_date(due) - 5, 9 * 60))
                row["id"] = self._id("monthly_report_status")
                row["created_by_id"] = self.supervisors[0]
                self.w.add("monthly_report_status", row)


def _surname_of(name: str) -> str:
    return name[:2] if len(name) > 2 and name[:2] in _COMPOUND_SURNAMES else name[0]


_COMPOUND_SURNAMES = frozenset(surname for surname, _ in words.SURNAMES if len(surname) == 2)


@dataclass
class _ComplaintOutcome:
    number: str
    status: ComplaintStatus
    first_response: int | None
    resolved: int | None
    department: str
    handler: int | None


class _TopicPicker:
    """Complaint topics: first once each (every class, business line and root cause
    shows up even in a small demo), then weighted by class: 1 ≫ 2 > 3."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._first = list(words.COMPLAINT_TOPICS)
        rng.shuffle(self._first)
        by_class: dict[ComplaintClass, list[words.ComplaintTopic]] = {}
        for topic in words.COMPLAINT_TOPICS:
            by_class.setdefault(topic.complaint_class, []).append(topic)
        self._by_class = by_class
        self._classes = Picker(
            [
                (ComplaintClass.PROPERTY_SERVICE, 75.0),
                (ComplaintClass.DEVELOPER, 15.0),
                (ComplaintClass.EXTERNAL, 10.0),
            ]
        )

    def pick(self) -> words.ComplaintTopic:
        if self._first:
            return self._first.pop()
        topics = self._by_class[self._classes.pick(self.rng)]
        return topics[self.rng.randrange(len(topics))]
