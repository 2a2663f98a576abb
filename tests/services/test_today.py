"""The "today" view: my open complaints, my messages, callbacks and interviews due,
checks due by tonight — and nobody else's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app.clock import FixedClock
from desk_app.models import Complaint, DispatchSlip, InterviewPlan, InterviewPlanTarget, Staff
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, ComplaintStatus, ReminderKind, StaffRole
from desk_app.services import complaints, reminder_cases, today, worklog
from desk_app.services.dispatch import create_dispatch_slip
from desk_app.services.worklog import Message5W1H

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)  # a Monday


@dataclass
class Desk:
    db: Database
    clock: FixedClock
    me: int
    other: int


@pytest.fixture
def desk(db: Database) -> Desk:
    clock = FixedClock(NOW)
    db.clock = clock
    with db.begin() as session:
        me = Staff(login="wang", name="管家小王", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=True)
        other = Staff(login="qian", name="前台小钱", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add_all([me, other])
        session.flush()
        return Desk(db, clock, me.id, other.id)


def complaint(desk: Desk, handler: int | None, text: str, **fields: object) -> int:
    with desk.db.begin(actor_id=desk.other) as session:
        record = complaints.register_complaint(
            session, received_at=NOW - timedelta(hours=1), channel=Channel.CALL, description=text
        )
        record.handler_id = handler
        for name, value in fields.items():
            setattr(record, name, value)
        session.flush()
        return int(record.id)


def view(desk: Desk, staff_id: int | None = None) -> today.TodayView:
    with desk.db.read() as session:
        return today.today_for(session, desk.me if staff_id is None else staff_id)


def test_my_open_complaints_only(desk: Desk) -> None:
    mine = complaint(desk, desk.me, "楼道灯不亮")
    complaint(desk, desk.other, "别人的投诉")
    complaint(desk, desk.me, "已关闭的投诉", status=ComplaintStatus.CLOSED)
    complaint(desk, None, "未指定专人")
    result = view(desk)
    assert [(item.kind, item.record_id) for item in result.complaints] == [("complaints", mine)]
    (item,) = result.complaints
    assert "楼道灯不亮" in item.title and item.number.startswith("TS-")
    # R1: received 09:00 Monday, first response due one working day (9 h) later.
    assert item.due_at == datetime(2026, 11, 23, 18, 0, tzinfo=SH) and not item.overdue
    desk.clock.advance(timedelta(hours=9))
    assert view(desk).complaints[0].overdue


def test_messages_for_me_unread_only(desk: Desk) -> None:
    with desk.db.begin(actor_id=desk.other) as session:
        first = worklog.record_entry(
            session,
            channel=Channel.CALL,
            category=Category.OTHER,
            content="找小王",
            contact_name="李先生",
            message=Message5W1H(for_staff_id=desk.me, what="请回电确认装修时间", reply_needed=True),
        ).entry.id
        worklog.record_entry(
            session,
            channel=Channel.CALL,
            category=Category.OTHER,
            content="找小钱",
            contact_name="赵女士",
            message=Message5W1H(for_staff_id=desk.other, what="别人的留言"),
        )
    (item,) = view(desk).messages
    assert item.kind == "messages" and item.record_id == first and "李先生" in item.title
    with desk.db.begin(actor_id=desk.me) as session:
        worklog.mark_message_read(session, first)
    assert view(desk).messages == ()


def test_callbacks_due_today_and_overdue_not_later(desk: Desk) -> None:
    verified = {"status": ComplaintStatus.VERIFIED}
    overdue = complaint(desk, desk.me, "昨天该回访", callback_due=NOW - timedelta(days=1), **verified)
    tonight = complaint(desk, desk.me, "今天回访", callback_due=NOW + timedelta(hours=5), **verified)
    complaint(desk, desk.me, "后天回访", callback_due=NOW + timedelta(days=2), **verified)
    complaint(desk, desk.other, "别人的回访", callback_due=NOW, **verified)
    result = view(desk)
    assert [item.record_id for item in result.callbacks] == [overdue, tonight]
    assert [item.overdue for item in result.callbacks] == [True, False]


def test_interviews_planned_for_me_this_month_and_left_over(desk: Desk) -> None:
    with desk.db.begin(actor_id=desk.me) as session:
        october = InterviewPlan(interviewer_id=desk.me, month=date(2026, 10, 1))
        october.targets.append(InterviewPlanTarget(note="10月没访到"))
        november = InterviewPlan(interviewer_id=desk.me, month=date(2026, 11, 1))
        november.targets.append(InterviewPlanTarget(note="本月计划"))
        december = InterviewPlan(interviewer_id=desk.me, month=date(2026, 12, 1))
        december.targets.append(InterviewPlanTarget(note="下月计划"))
        theirs = InterviewPlan(interviewer_id=desk.other, month=date(2026, 11, 1))
        theirs.targets.append(InterviewPlanTarget(note="别人的计划"))
        session.add_all([october, november, december, theirs])
    result = view(desk)
    assert [(item.number, item.overdue) for item in result.interviews] == [
        ("2026-10", True),
        ("2026-11", False),
    ]
    assert all(item.kind == "interview_plans" for item in result.interviews)


def test_checks_due_by_tonight(desk: Desk) -> None:
    with desk.db.begin(actor_id=desk.other) as session:
        due_today = reminder_cases.open_case(
            session,
            ReminderKind.CORRIDOR_CLUTTER,
            location="3栋2单元12楼楼道",
            check_after=timedelta(hours=3),
        ).id
        reminder_cases.open_case(
            session, ReminderKind.PETS, location="5栋门口", check_after=timedelta(days=3)
        )
        slip = create_dispatch_slip(session, content="换灯泡", issued_at=NOW, assigned_staff_id=desk.me)
        slip.due_at = NOW + timedelta(hours=2)
        later = create_dispatch_slip(session, content="修门禁", issued_at=NOW, assigned_staff_id=desk.me)
        later.due_at = NOW + timedelta(days=3)
        session.flush()
        slip_id = slip.id
    result = view(desk)
    assert [(item.kind, item.record_id) for item in result.checks] == [
        ("reminder_slips", due_today),
        ("dispatch_slips", slip_id),
    ]
    assert view(desk, desk.other).checks[0].record_id == due_today  # centre-wide
    assert len(view(desk, desk.other).checks) == 1


def test_nothing_for_a_newcomer(desk: Desk) -> None:
    complaint(desk, desk.other, "别人的投诉")
    result = view(desk)
    assert result.total == 0 and result.as_of == NOW and result.staff_name == "管家小王"


def test_counts_no_rows_of_other_tables(desk: Desk) -> None:
    with desk.db.read() as session:
        assert session.query(Complaint).count() == 0
        assert session.query(DispatchSlip).count() == 0
