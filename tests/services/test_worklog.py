"""The work-information log (SPEC 2.2): complaints and repairs it opens, R16 phone
takers and 5W1H messages, the R17 media alert, and what it refuses, on SQLite and
PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk_app.clock import FixedClock
from desk_app.models import Building, Complaint, DispatchSlip, MediaVisit, Room, Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import (
    Category,
    Channel,
    ComplaintStatus,
    MediaContactMode,
    StaffRole,
    WorkLogStatus,
)
from desk_app.services import reception, worklog
from desk_app.services.errors import FieldError, NotFoundError, PermissionDeniedError
from desk_app.services.worklog import EntryResult, Message5W1H

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)  # a Monday
T = TypeVar("T")


@dataclass
class Counter:
    db: Database
    clock: FixedClock
    receptionist: int
    trainee: int
    supervisor: int
    colleague: int
    room: int

    def act(self, actor: int | None, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.db.begin(actor_id=actor) as session:
            return fn(session, *args, **kwargs)

    def record(self, actor: int | None = None, **fields: Any) -> EntryResult:
        values: dict[str, Any] = {
            "channel": Channel.CALL,
            "category": Category.ENQUIRY,
            "content": "询问停车收费标准",
        }
        values.update(fields)
        return self.act(self.receptionist if actor is None else actor, worklog.record_entry, **values)

    def counts(self) -> tuple[int, int, int, int]:
        with self.db.read() as session:
            return tuple(  # type: ignore[return-value]
                int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (WorkLogEntry, Complaint, DispatchSlip, MediaVisit)
            )


def _add(db: Database, obj: Any) -> int:
    with db.begin() as session:
        session.add(obj)
        session.flush()
        return int(obj.id)


@pytest.fixture
def counter(db: Database) -> Counter:
    clock = FixedClock(NOW)
    db.clock = clock

    def staff(login: str, role: StaffRole, cleared: bool = True) -> int:
        return _add(db, Staff(login=login, name=login, role=role, cleared_to_work_alone=cleared))

    return Counter(
        db=db,
        clock=clock,
        receptionist=staff("前台小钱", StaffRole.RECEPTIONIST),
        trainee=staff("新人小孙", StaffRole.RECEPTIONIST, cleared=False),
        supervisor=staff("朱主管", StaffRole.SUPERVISOR),
        colleague=staff("管家小王", StaffRole.SERVICE_STAFF),
        room=_add(
            db,
            Room(
                building=Building(code="3", name="3栋"),
                unit="2",
                number="1201",
                code="3-2-1201",
                digits="321201",
            ),
        ),
    )


def test_a_complaint_entry_opens_a_linked_complaint_with_its_first_response_due(counter: Counter) -> None:
    result = counter.record(
        category=Category.COMPLAINT,
        content="楼上漏水到我家卫生间",
        room_id=counter.room,
        contact_name="张三",
        received_at=datetime(2026, 11, 23, 9, 30, tzinfo=SH),
    )
    assert result.complaint is not None and result.dispatch_slip is None
    assert result.entry.number.startswith("GZ-202611-")
    with counter.db.read() as s:
        complaint = s.get(Complaint, result.complaint.id)
        assert complaint is not None
        assert complaint.worklog_entry_id == result.entry.id
        assert complaint.channel is Channel.CALL and complaint.status is ComplaintStatus.RECEIVED
        assert complaint.description == "楼上漏水到我家卫生间" and complaint.room_id == counter.room
        # R1: one working day of business time after receipt.
        assert complaint.first_response_due == datetime(2026, 11, 24, 9, 30, tzinfo=SH)
    assert counter.counts() == (1, 1, 0, 0)


def test_a_repair_entry_makes_a_dispatch_slip(counter: Counter) -> None:
    result = counter.record(
        category=Category.REPAIR,
        content="厨房水龙头漏水",
        room_id=counter.room,
        contact_name="张三",
        contact_phone="13800000000",
    )
    assert result.dispatch_slip is not None and result.complaint is None
    with counter.db.read() as s:
        slip = s.get(DispatchSlip, result.dispatch_slip.id)
        assert slip is not None
        assert slip.number.startswith("PG-202611-")
        assert slip.worklog_entry_id == result.entry.id
        assert slip.content == "厨房水龙头漏水" and slip.room_id == counter.room
        assert slip.contact_name == "张三" and slip.contact_phone == "13800000000"
        assert slip.issued_at == NOW
    assert counter.counts() == (1, 0, 1, 0)


@pytest.mark.parametrize("category", [Category.ENQUIRY, Category.SUGGESTION, Category.PRAISE, Category.HELP])
def test_other_categories_open_nothing_else(counter: Counter, category: Category) -> None:
    result = counter.record(category=category)
    assert result.complaint is None and result.dispatch_slip is None
    assert result.entry.status is WorkLogStatus.OPEN
    assert counter.counts() == (1, 0, 0, 0)


def test_r16_a_trainee_cannot_be_recorded_as_taking_a_call(counter: Counter) -> None:
    with pytest.raises(FieldError) as error:
        counter.record(channel=Channel.CALL, taken_by_id=counter.trainee)
    assert error.value.field == "taken_by_id" and error.value.rule == "R16"
    assert "R16" in str(error.value) and "新人小孙" in error.value.message
    # The same when the trainee is the one logged in and no taker is named.
    with pytest.raises(FieldError) as error:
        counter.record(actor=counter.trainee, channel=Channel.CALL)
    assert error.value.field == "taken_by_id" and error.value.rule == "R16"
    assert counter.counts() == (0, 0, 0, 0)

    # A visit received by the same person is fine.
    visit = counter.record(actor=counter.trainee, channel=Channel.VISIT, taken_by_id=counter.trainee)
    assert visit.entry.taken_by_id == counter.trainee
    # And a call taken by a colleague cleared to work alone is fine.
    call = counter.record(channel=Channel.CALL, taken_by_id=counter.receptionist)
    assert call.entry.taken_by_id == counter.receptionist
    assert counter.counts() == (2, 0, 0, 0)


def test_r16_a_call_needs_a_known_taker(counter: Counter) -> None:
    for taker in (None, 999_999):
        with pytest.raises(FieldError) as error:
            counter.act(
                None,
                worklog.record_entry,
                channel=Channel.CALL,
                category=Category.ENQUIRY,
                content="问",
                taken_by_id=taker,
            )
        assert error.value.field == "taken_by_id" and error.value.rule == "R16"


def test_a_5w1h_message_lands_in_the_colleagues_inbox(counter: Counter) -> None:
    message = Message5W1H(
        for_staff_id=counter.colleague,
        what="请回电商量装修押金退还",
        when="今天下午三点前",
        where="3-2-1201",
        why="装修已验收",
        how="电话联系",
        caller_company="美家装饰公司",
        reply_needed=True,
    )
    result = counter.record(contact_name=" 李师傅 ", contact_phone="13900000000", message=message)
    with counter.db.read() as s:
        [entry] = worklog.inbox(s, counter.colleague)
        assert worklog.inbox(s, counter.receptionist) == []
    assert entry.id == result.entry.id
    assert entry.message_for_id == counter.colleague
    assert (entry.message_what, entry.message_when, entry.message_where) == (
        "请回电商量装修押金退还",
        "今天下午三点前",
        "3-2-1201",
    )
    assert (entry.message_why, entry.message_how) == ("装修已验收", "电话联系")
    assert entry.caller_company == "美家装饰公司" and entry.contact_name == "李师傅"
    assert entry.reply_needed is True and entry.message_read_at is None

    # Issue 19: only the person the message is for marks it read (the service checks).
    with pytest.raises(PermissionDeniedError):
        counter.act(counter.receptionist, worklog.mark_message_read, entry.id)
    counter.clock.advance(timedelta(minutes=20))
    read = counter.act(counter.colleague, worklog.mark_message_read, entry.id)
    assert read.message_read_at == NOW + timedelta(minutes=20)
    counter.clock.advance(timedelta(minutes=20))
    again = counter.act(counter.colleague, worklog.mark_message_read, entry.id)
    assert again.message_read_at == NOW + timedelta(minutes=20)  # the first reading counts
    with counter.db.read() as s:
        assert worklog.inbox(s, counter.colleague) == []
        assert [e.id for e in worklog.inbox(s, counter.colleague, include_read=True)] == [entry.id]

    plain = counter.record()
    with pytest.raises(NotFoundError):
        counter.act(counter.colleague, worklog.mark_message_read, plain.entry.id)


@pytest.mark.parametrize(
    ("fields", "message_fields", "field"),
    [
        ({}, {}, "contact_name"),  # Who: a message needs the caller's name or phone
        ({"contact_name": "   "}, {}, "contact_name"),
        ({"contact_name": "李师傅"}, {"what": "  "}, "message_what"),
        ({"contact_name": "李师傅"}, {"for_staff_id": 999_999}, "message_for_id"),
    ],
)
def test_a_message_without_its_5w1h_is_refused(
    counter: Counter, fields: dict[str, Any], message_fields: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {"for_staff_id": counter.colleague, "what": "请回电"}
    values.update(message_fields)
    with pytest.raises(FieldError) as error:
        counter.record(message=Message5W1H(**values), **fields)
    assert error.value.field == field and error.value.rule == "R16"
    assert counter.counts() == (0, 0, 0, 0)


def test_a_message_with_only_the_callers_phone_is_taken(counter: Counter) -> None:
    result = counter.record(
        contact_phone="13900000000", message=Message5W1H(for_staff_id=counter.colleague, what="请回电")
    )
    assert result.entry.message_for_id == counter.colleague


def test_a_media_entry_raises_the_r17_alert(counter: Counter) -> None:
    result = counter.record(
        actor=counter.receptionist,
        channel=Channel.MEDIA,
        content="询问小区电梯事故情况",
        contact_name="记者甲",
        contact_phone="13700000000",
    )
    with counter.db.read() as s:
        [alert] = reception.open_media_alerts(s)
    assert alert.supervisor_notified_at == NOW
    assert alert.at == result.entry.received_at
    assert alert.topic == "询问小区电梯事故情况"
    assert alert.reporter == "记者甲" and alert.outlet == reception.NOT_RECORDED
    assert alert.reporter_phone == "13700000000"
    # A media contact logged in the work log is taken as a call: never an interview.
    assert alert.contact_mode is MediaContactMode.PHONE
    assert alert.outcome == reception.PHONE_INTERVIEW_REFUSAL
    assert alert.credentials_note is not None and result.entry.number in alert.credentials_note
    assert counter.counts() == (1, 0, 0, 1)

    # No other channel raises a media alert.
    counter.record(channel=Channel.VISIT, content="记者来访？不，是业主")
    assert counter.counts() == (2, 0, 0, 1)


def test_a_received_time_in_the_future_is_refused(counter: Counter) -> None:
    with pytest.raises(FieldError) as error:
        counter.record(received_at=NOW + timedelta(hours=1))
    assert error.value.field == "received_at"
    # Within the tolerance for clock skew it is taken.
    assert counter.record(received_at=NOW + timedelta(minutes=4)).entry.received_at == NOW + timedelta(
        minutes=4
    )
    assert counter.counts() == (1, 0, 0, 0)


@pytest.mark.parametrize("content", ["", "   ", "\n\t", "内容\x00"])
def test_blank_or_unstorable_content_is_refused(counter: Counter, content: str) -> None:
    with pytest.raises(FieldError) as error:
        counter.record(category=Category.COMPLAINT, content=content)
    assert error.value.field == "content"
    assert counter.counts() == (0, 0, 0, 0)


_texts = st.one_of(
    st.text(max_size=200),
    st.text(
        alphabet=st.sampled_from(["😀", "🏠", "漏", "水", "'", '"', "\\", "\x00", " ", "\n", "%", ";"]),
        max_size=60,
    ),
    st.just("水" * 10_000),
    st.just("'); DROP TABLE worklog_entry; --"),
    st.just("😀" * 5_000),
)
_serial = itertools.count(1)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=_texts,
    category=st.sampled_from([Category.COMPLAINT, Category.REPAIR, Category.ENQUIRY]),
    channel=st.sampled_from([Channel.CALL, Channel.VISIT, Channel.MEDIA]),
)
def test_any_content_is_saved_as_typed_or_refused_and_nothing_half_saved(
    counter: Counter, content: str, category: Category, channel: Channel
) -> None:
    entries, complaints, slips, media = counter.counts()
    marker = next(_serial)
    try:
        result = counter.record(
            category=category, channel=channel, content=content, contact_name=f"客户{marker}"
        )
    except FieldError as error:
        assert error.field == "content"
        assert counter.counts() == (entries, complaints, slips, media)
        return
    with counter.db.read() as s:
        entry = s.get(WorkLogEntry, result.entry.id)
        assert entry is not None and entry.content == content.strip()
        linked = s.scalar(
            select(func.count()).select_from(Complaint).where(Complaint.worklog_entry_id == entry.id)
        )
        slipped = s.scalar(
            select(func.count()).select_from(DispatchSlip).where(DispatchSlip.worklog_entry_id == entry.id)
        )
        if result.complaint is not None:
            complaint = s.get(Complaint, result.complaint.id)
            assert complaint is not None and complaint.description == content.strip()
            assert complaint.first_response_due is not None
    assert linked == (category is Category.COMPLAINT)
    assert slipped == (category is Category.REPAIR)
    assert counter.counts() == (
        entries + 1,
        complaints + (category is Category.COMPLAINT),
        slips + (category is Category.REPAIR),
        media + (channel is Channel.MEDIA),
    )
