"""The small service functions the counter's book screens added: dispatch slips completed
and reopened, the room lookup the forms share, a document's line for the person
looking (contents only for whom may read them), a notice's days overdue (R15)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desk_app.clock import DEFAULT_ZONE, FixedClock
from desk_app.models import Building, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import DispatchStatus, NoticeIssue, StaffRole
from desk_app.services import dispatch, reception, rectification_notices, references
from desk_app.services.errors import FieldError, NotFoundError, RuleViolationError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=DEFAULT_ZONE)


def test_a_slip_is_completed_once_and_reopened_with_a_reason(db: Database) -> None:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        slip = dispatch.create_dispatch_slip(session, content="路灯不亮", issued_at=NOW)
        session.flush()
        slip_id = slip.id
    with db.begin() as session, pytest.raises(FieldError) as missing:
        dispatch.complete_dispatch_slip(session, slip_id, "  ")
    assert missing.value.field == "result"
    with db.begin() as session, pytest.raises(RuleViolationError):
        dispatch.reopen_dispatch_slip(session, slip_id, "没修好")
    with db.begin() as session:
        done = dispatch.complete_dispatch_slip(session, slip_id, "已更换灯泡")
        assert (done.status, done.completed_at) == (DispatchStatus.DONE, NOW)
    with db.begin() as session, pytest.raises(RuleViolationError):
        dispatch.complete_dispatch_slip(session, slip_id, "再次完成")
    with db.begin() as session, pytest.raises(FieldError) as why:
        dispatch.reopen_dispatch_slip(session, slip_id, "")
    assert why.value.field == "reopen_reason"
    with db.begin() as session:
        again = dispatch.reopen_dispatch_slip(session, slip_id, "又不亮了")
        assert again.status is DispatchStatus.OPEN and again.completed_at is None
        assert again.result == "已更换灯泡\n2026-11-23 10:00 重新打开：又不亮了"
    with db.begin() as session, pytest.raises(NotFoundError):
        dispatch.load_dispatch_slip(session, slip_id + 100)


def test_rooms_are_found_by_code_or_digits(db: Database) -> None:
    with db.begin() as session:
        building = Building(code="3", name="3栋")
        session.add_all(
            [
                Room(building=building, unit="2", number="1201", code="3-2-1201", digits="321201"),
                Room(building=building, unit="2", number="201", code="3-2-201", digits="32201"),
            ]
        )
    with db.read() as session:
        found = references.find_room(session, " 3-2-1201 ")
        assert found is not None and found.code == "3-2-1201"
        by_digits = references.find_room(session, "32201")
        assert by_digits is not None and by_digits.code == "3-2-201"
        assert references.find_room(session, "") is None
        with pytest.raises(FieldError) as unknown:
            references.find_room(session, "9-9-9", "visiting_room_id")
        assert unknown.value.field == "visiting_room_id"
        with pytest.raises(FieldError) as required:
            references.find_room(session, None, required=True)
        assert required.value.field == "room_id"


def test_a_document_line_shows_its_contents_only_to_whom_may_read_them(db: Database) -> None:
    with db.begin() as session:
        desk = Staff(login="li", name="李前台", role=StaffRole.RECEPTIONIST)
        boss = Staff(login="wang", name="王主管", role=StaffRole.SUPERVISOR)
        session.add_all([desk, boss])
        session.flush()
        desk_id, boss_id = desk.id, boss.id
        document = reception.register_document(
            session, description="律师函", from_party="律所", to_party="王主管", addressee_staff_id=boss_id
        )
        document_id = document.id
    with db.begin(actor_id=desk_id) as session:
        assert reception.document_entry(session, document_id).description is None
    with db.begin(actor_id=boss_id) as session:
        assert reception.document_entry(session, document_id).description == "律师函"
    with db.begin() as session:  # nobody signed in: nobody reads it
        assert reception.document_entry(session, document_id).description is None


def test_days_overdue_counts_from_the_day_after_the_deadline(db: Database) -> None:
    clock = FixedClock(NOW)
    db.clock = clock
    with db.begin() as session:
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        session.add(room)
        session.flush()
        notice = rectification_notices.issue_notice(
            session,
            room_id=room.id,
            client_id=None,
            issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
            issue_description="违章搭建",
            required_action="拆除",
            deadline=date(2026, 11, 25),
        )
        notice_id = notice.id
    with db.read() as session:
        notice = rectification_notices.load_notice(session, notice_id)
        assert rectification_notices.days_overdue(session, notice) is None
        assert rectification_notices.days_overdue(session, notice, today=date(2026, 11, 25)) is None
        assert rectification_notices.days_overdue(session, notice, today=date(2026, 11, 27)) == 2
    clock.advance(timedelta(days=3))
    with db.begin() as session:
        rectification_notices.record_inspection(session, notice_id, True, "已拆除")
    with db.read() as session:
        notice = rectification_notices.load_notice(session, notice_id)
        assert rectification_notices.days_overdue(session, notice, today=date(2026, 12, 31)) is None
