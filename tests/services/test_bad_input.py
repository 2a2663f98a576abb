"""Bad input at the service entry points (issue 7): emoji, 10 000-character strings, NUL
bytes, quotes, dates in 1900 and 2100, negative counts, empty required fields. Every
call either succeeds or raises a clear ``DomainError`` (in Chinese; a ``FieldError``
names its field) — never another exception — and a refused call writes nothing. Runs on
SQLite and PostgreSQL (psycopg refuses NUL bytes in text with a ValueError)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.clock import FixedClock
from desk_app.models import (
    Building,
    Client,
    ClientRoom,
    Complaint,
    Department,
    Dispute,
    FeeService,
    Interview,
    RectificationNotice,
    ReminderCase,
    Room,
    Staff,
    Visitor,
    WorkLogEntry,
)
from desk_app.models.base import Base
from desk_app.models.database import Database
from desk_app.models.enums import (
    Category,
    Channel,
    ComplaintClass,
    ContactForm,
    DisputeType,
    FeeItem,
    ImportanceCategory,
    InterviewTopic,
    LetterKind,
    NoticeIssue,
    ReminderKind,
    StaffRole,
    WorkLogStatus,
)
from desk_app.services import (
    clients,
    complaints,
    disputes,
    interviews,
    reception,
    rectification_notices,
    reminder_cases,
    worklog,
)
from desk_app.services.errors import DomainError, FieldError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)
CJK = re.compile(r"[\u4e00-\u9fff]")

NASTY = [
    "",
    "   ",
    "\x00",
    "楼上\x00漏水",
    "😀🏠🔥",
    "x" * 10_000,
    "漏" * 10_000,
    "'; DROP TABLE complaint; --",
    "\"引号\" 和 '单引号'",
    "\\",
    "\u202e反向",
    "\t\n\r",
    "张三",
]
texts = st.one_of(st.sampled_from(NASTY), st.text(max_size=40))
optional_texts = st.one_of(st.none(), texts)
moments = st.one_of(
    st.sampled_from(
        [
            datetime(1900, 1, 1, tzinfo=SH),
            datetime(2100, 12, 31, 23, 59, tzinfo=SH),
            datetime(1900, 1, 1, tzinfo=SH).replace(tzinfo=None),  # no time zone
            NOW,
        ]
    ),
    st.datetimes(
        min_value=datetime(1900, 1, 1, tzinfo=UTC).replace(tzinfo=None),
        max_value=datetime(2100, 12, 31, tzinfo=UTC).replace(tzinfo=None),
        timezones=st.just(UTC),
    ),
)
days = st.one_of(st.sampled_from([date(1900, 1, 1), date(2100, 12, 31), NOW.date()]), st.dates())
counts = st.one_of(st.sampled_from([0, -1, -(2**31), 2**31, 2**63, 10**20]), st.integers(-1000, 1000))

SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class World:
    db: Database
    actor: int
    steward: int
    client: int
    room: int
    complaint: int


@pytest.fixture
def world(db: Database) -> World:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        department = Department(name="客服部")
        boss = Staff(
            login="zhu",
            name="朱主管",
            role=StaffRole.SUPERVISOR,
            department=department,
            cleared_to_work_alone=True,
        )
        steward = Staff(
            login="wang",
            name="管家小王",
            role=StaffRole.SERVICE_STAFF,
            department=department,
            cleared_to_work_alone=True,
        )
        room = Room(building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201")
        room.digits = Room.digits_of("3-2-1201")
        client = Client(name="张三", name_initials="zs", rooms=[ClientRoom(room=room)])
        session.add_all([boss, steward, client])
        session.flush()
        ids = boss.id, steward.id, client.id, room.id
    with db.begin(actor_id=ids[0]) as session:
        complaint = complaints.register_complaint(
            session,
            received_at=NOW - timedelta(hours=1),
            channel=Channel.CALL,
            description="楼上漏水",
            client_id=ids[2],
        )
        session.flush()
        return World(db, ids[0], ids[1], ids[2], ids[3], complaint.id)


def _count(db: Database, model: type[Base]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def attempt(world: World, model: type[Base], call: Callable[[Session], Any]) -> None:
    """``call`` succeeds, or raises a clear DomainError and leaves ``model`` untouched;
    any other exception fails the test (hypothesis shows the smallest input)."""
    before = _count(world.db, model)
    try:
        with world.db.begin(actor_id=world.actor) as session:
            call(session)
            session.flush()
    except DomainError as error:
        assert CJK.search(str(error)), f"not a message for people: {error!r}"
        if isinstance(error, FieldError):
            assert error.field
        assert _count(world.db, model) == before
    else:
        assert _count(world.db, model) >= before


@SETTINGS
@given(
    channel=st.sampled_from(Channel),
    category=st.sampled_from(Category),
    content=texts,
    received_at=moments,
    contact_name=optional_texts,
    contact_phone=optional_texts,
    anonymous=st.booleans(),
    with_client=st.booleans(),
)
def test_worklog_record_entry(world: World, with_client: bool, **values: Any) -> None:
    client_id = world.client if with_client else None
    attempt(world, WorkLogEntry, lambda s: worklog.record_entry(s, client_id=client_id, **values))


@SETTINGS
@given(result=optional_texts, status=st.sampled_from(WorkLogStatus))
def test_worklog_update_handling(world: World, result: str | None, status: WorkLogStatus) -> None:
    with world.db.begin(actor_id=world.actor) as session:
        entry = worklog.record_entry(session, channel=Channel.CALL, category=Category.ENQUIRY, content="问路")
        entry_id = entry.entry.id
    attempt(world, WorkLogEntry, lambda s: worklog.update_handling(s, entry_id, result=result, status=status))


@SETTINGS
@given(received_at=moments, channel=st.sampled_from(Channel), description=texts, url=optional_texts)
def test_complaint_register_and_update(
    world: World, received_at: datetime, channel: Channel, description: str, url: str | None
) -> None:
    values = {
        "received_at": received_at,
        "channel": channel,
        "description": description,
        "web_thread_url": url,
    }
    attempt(world, Complaint, lambda s: complaints.register_complaint(s, client_id=world.client, **values))
    attempt(
        world,
        Complaint,
        lambda s: complaints.update_details(s, world.complaint, client_id=world.client, **values),
    )


@SETTINGS
@given(complaint_class=st.sampled_from(ComplaintClass), body=optional_texts, report=optional_texts)
def test_complaint_classify(
    world: World, complaint_class: ComplaintClass, body: str | None, report: str | None
) -> None:
    attempt(
        world,
        Complaint,
        lambda s: complaints.classify(
            s, world.complaint, complaint_class, external_body=body, external_report=report
        ),
    )


@SETTINGS
@given(action=texts, informed=st.booleans(), at=st.one_of(st.none(), moments))
def test_complaint_add_progress(world: World, action: str, informed: bool, at: datetime | None) -> None:
    attempt(world, Complaint, lambda s: complaints.add_progress(s, world.complaint, action, informed, at=at))


@SETTINGS
@given(
    visitor_name=texts,
    host_name=optional_texts,
    visitor_phone=optional_texts,
    id_document=optional_texts,
    party_size=counts,
    purpose=optional_texts,
    arrived_at=st.one_of(st.none(), moments),
)
def test_reception_visitor(world: World, **values: Any) -> None:
    attempt(world, Visitor, lambda s: reception.register_visitor(s, visiting_room_id=world.room, **values))


@SETTINGS
@given(
    sender=texts, kind=st.sampled_from(LetterKind), summary=texts, received_at=st.one_of(st.none(), moments)
)
def test_reception_letter(world: World, **values: Any) -> None:
    from desk_app.models import Letter

    attempt(world, Letter, lambda s: reception.register_letter(s, **values))


amounts = st.one_of(
    st.sampled_from(
        ["-5", "0", "1e309", "NaN", "Infinity", "12.345", "99999999999999", "５０", "50.00", "", "\x00"]
    ),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
)


@SETTINGS
@given(
    item=st.sampled_from(FeeItem),
    amount=amounts,
    receipt_number=texts,
    payer_name=optional_texts,
    description=optional_texts,
    at=st.one_of(st.none(), moments),
)
def test_reception_fee_amounts(world: World, **values: Any) -> None:
    attempt(world, FeeService, lambda s: reception.register_fee_service(s, room_id=world.room, **values))


@SETTINGS
@given(
    issue=st.sampled_from(NoticeIssue), description=texts, action=texts, deadline=st.one_of(st.none(), days)
)
def test_rectification_notice(
    world: World, issue: NoticeIssue, description: str, action: str, deadline: date | None
) -> None:
    attempt(
        world,
        RectificationNotice,
        lambda s: rectification_notices.issue_notice(
            s,
            room_id=world.room,
            client_id=world.client,
            issue=issue,
            issue_description=description,
            required_action=action,
            deadline=deadline,
        ),
    )


@SETTINGS
@given(
    kind=st.sampled_from(ReminderKind),
    location=optional_texts,
    text=optional_texts,
    check_days=st.one_of(st.none(), counts),
)
def test_reminder_case(
    world: World, kind: ReminderKind, location: str | None, text: str | None, check_days: int | None
) -> None:
    def call(session: Session) -> None:
        try:
            check_after = None if check_days is None else timedelta(days=check_days)
        except OverflowError:
            check_after = timedelta(days=-1)
        reminder_cases.open_case(
            session, kind, location=location, room_id=world.room, text=text, check_after=check_after
        )

    attempt(world, ReminderCase, call)


@SETTINGS
@given(
    interview_date=days,
    form=st.one_of(st.sampled_from(ContactForm), st.sampled_from(["", "电话", "x"])),
    topics=st.lists(st.one_of(st.sampled_from(InterviewTopic), st.text(max_size=5)), max_size=3),
    client_needs=optional_texts,
    measures=optional_texts,
    completion=optional_texts,
)
def test_interview(world: World, **values: Any) -> None:
    attempt(
        world,
        Interview,
        lambda s: interviews.record_interview(
            s, client_id=world.client, interviewer_id=world.steward, **values
        ),
    )


@SETTINGS
@given(
    dispute_type=st.one_of(st.sampled_from(DisputeType), st.sampled_from(["", "x", "\x00"])),
    description=texts,
    complainant_room=optional_texts,
    respondent_room=optional_texts,
    opened_at=st.one_of(st.none(), moments),
)
def test_dispute(world: World, **values: Any) -> None:
    attempt(world, Dispute, lambda s: disputes.record_dispute(s, **values))


@SETTINGS
@given(
    occupation=optional_texts,
    employer=optional_texts,
    hometown=optional_texts,
    notes=optional_texts,
    importance=st.lists(st.sampled_from(ImportanceCategory), max_size=3),
)
def test_client_details(world: World, **values: Any) -> None:
    attempt(world, Client, lambda s: clients.update_client_details(s, world.client, **values))
