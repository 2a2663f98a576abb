"""Calendar changes by the administrator recompute open due times at once."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from desk_app.clock import FixedClock
from desk_app.models import Complaint, Staff
from desk_app.models.database import Database
from desk_app.models.enums import Channel, StaffRole
from desk_app.services import calendar_admin, complaints
from desk_app.services.errors import FieldError, PermissionDeniedError

SH = ZoneInfo("Asia/Shanghai")


def _setup(db: Database) -> tuple[int, int, int]:
    db.clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=SH))
    with db.begin() as session:
        admin = Staff(login="admin", name="管理员", role=StaffRole.ADMINISTRATOR)
        clerk = Staff(login="clerk", name="前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add_all([admin, clerk])
        session.flush()
        complaint = complaints.register_complaint(
            session,
            received_at=datetime(2026, 11, 20, 16, 0, tzinfo=SH),
            channel=Channel.CALL,
            description="电梯停运",
        )
        return admin.id, clerk.id, complaint.id


def _due(db: Database, complaint_id: int) -> datetime | None:
    with db.read() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        return complaint.first_response_due


def test_override_and_hours_recompute_open_due_times(db: Database) -> None:
    admin, _clerk, complaint_id = _setup(db)
    assert _due(db, complaint_id) == datetime(2026, 11, 23, 16, 0, tzinfo=SH)
    with db.begin(actor_id=admin) as session:
        change = calendar_admin.set_override(session, date(2026, 11, 23), False, "台风停工")
    assert change.recomputed_complaints == 1
    assert _due(db, complaint_id) == datetime(2026, 11, 24, 16, 0, tzinfo=SH)
    with db.begin(actor_id=admin) as session:
        calendar_admin.remove_override(session, date(2026, 11, 23))
        calendar_admin.set_working_hours(session, time(8, 0), time(17, 0))
    # Friday 16:00–17:00 is 1 h, then 8 h on Monday from 08:00.
    assert _due(db, complaint_id) == datetime(2026, 11, 23, 16, 0, tzinfo=SH)
    with db.begin(actor_id=admin) as session:
        calendar_admin.set_working_hours(session, time(9, 0), time(15, 0))
    # Received Friday 16:00, after closing: counts from Monday 09:00, one day = 6 h.
    assert _due(db, complaint_id) == datetime(2026, 11, 23, 15, 0, tzinfo=SH)


def test_only_the_administrator_changes_the_calendar(db: Database) -> None:
    _admin, clerk, _complaint_id = _setup(db)
    with pytest.raises(PermissionDeniedError), db.begin(actor_id=clerk) as session:
        calendar_admin.set_override(session, date(2026, 11, 23), False)


@pytest.mark.parametrize("start, end", [(time(18, 0), time(9, 0)), (time(0, 0), time(0, 0))])
def test_bad_working_hours_are_refused_naming_the_field(db: Database, start: time, end: time) -> None:
    """A service entry point refuses with a DomainError naming the field, not a raw
    SettingError (issue 19, finding 9: found by the settings state machine)."""
    admin, _clerk, _complaint_id = _setup(db)
    with pytest.raises(FieldError) as refused, db.begin(actor_id=admin) as session:
        calendar_admin.set_working_hours(session, start, end)
    assert refused.value.field == "working_hours" and "必须早于下班时间" in str(refused.value)
    with db.begin(actor_id=admin) as session:
        calendar_admin.save_community_settings(
            session,
            community_name="阳光花园",
            work_start=time(9, 0),
            work_end=time(18, 0),
            progress_update_working_days=2,
            callback_working_days=2,
        )
    with pytest.raises(FieldError) as refused, db.begin(actor_id=admin) as session:
        calendar_admin.save_community_settings(
            session,
            community_name="阳光花园",
            work_start=start,
            work_end=end,
            progress_update_working_days=2,
            callback_working_days=2,
        )
    assert refused.value.field == "work_end"
