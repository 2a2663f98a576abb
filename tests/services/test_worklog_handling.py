"""Updating the handling half of a work-log line (assignment, result, status)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app.clock import FixedClock
from desk_app.models import Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, StaffRole, WorkLogStatus
from desk_app.services import worklog
from desk_app.services.errors import FieldError, NotFoundError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)


@pytest.fixture
def entry(db: Database) -> tuple[Database, int, int]:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        staff = Staff(login="qian", name="前台小钱", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add(staff)
        session.flush()
        staff_id = staff.id
    with db.begin(actor_id=staff_id) as session:
        result = worklog.record_entry(
            session, channel=Channel.VISIT, category=Category.ENQUIRY, content="问停车费"
        )
        return db, result.entry.id, staff_id


def test_done_needs_a_result_and_stamps_the_time(entry: tuple[Database, int, int]) -> None:
    db, entry_id, staff_id = entry
    with pytest.raises(FieldError) as refused, db.begin(actor_id=staff_id) as session:
        worklog.update_handling(session, entry_id, result="  ", status=WorkLogStatus.DONE)
    assert refused.value.field == "result"
    db.clock = FixedClock(NOW + timedelta(minutes=30))
    with db.begin(actor_id=staff_id) as session:
        worklog.update_handling(
            session, entry_id, result="已告知收费标准", status=WorkLogStatus.DONE, assigned_staff_id=staff_id
        )
    with db.read() as session:
        stored = session.get(WorkLogEntry, entry_id)
        assert stored is not None
        assert stored.status is WorkLogStatus.DONE and stored.result == "已告知收费标准"
        assert stored.handled_at == NOW + timedelta(minutes=30) and stored.assigned_staff_id == staff_id
        assert stored.content == "问停车费"
    with db.begin(actor_id=staff_id) as session:
        worklog.update_handling(session, entry_id, result="重新处理", status=WorkLogStatus.IN_PROGRESS)
    with db.read() as session:
        stored = session.get(WorkLogEntry, entry_id)
        assert stored is not None and stored.handled_at is None


def test_unknown_entry_or_staff_is_refused(entry: tuple[Database, int, int]) -> None:
    db, entry_id, staff_id = entry
    with pytest.raises(NotFoundError), db.begin(actor_id=staff_id) as session:
        worklog.update_handling(session, 9999, result=None, status=WorkLogStatus.OPEN)
    with pytest.raises(FieldError) as refused, db.begin(actor_id=staff_id) as session:
        worklog.update_handling(
            session, entry_id, result=None, status=WorkLogStatus.OPEN, assigned_staff_id=9999
        )
    assert refused.value.field == "assigned_staff_id"
