"""The supervisor's work list: who handles each record and how late it is (issue 15)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from desk_app.clock import FixedClock
from desk_app.messages import localize
from desk_app.models import Client, Department, Staff
from desk_app.models.database import Database
from desk_app.models.enums import Channel, StaffRole
from desk_app.services import complaints
from desk_app.services.work_list import handlers, lateness

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 16, 0, tzinfo=SH)


def test_lateness_counts_clock_time_and_days() -> None:
    assert localize(lateness(datetime(2026, 11, 22, 13, 0, tzinfo=SH), NOW)) == "逾期 1 天 3 小时"
    assert localize(lateness(datetime(2026, 11, 23, 15, 20, tzinfo=SH), NOW)) == "逾期 40 分"
    assert localize(lateness(datetime(2026, 11, 23, 18, 30, tzinfo=SH), NOW)) == "还剩 2 小时 30 分"
    assert localize(lateness(date(2026, 11, 20), NOW)) == "逾期 3 天"
    assert localize(lateness(date(2026, 11, 23), NOW)) == "今天到期"
    assert lateness(None, NOW) == ""


def test_handlers_name_the_person_else_the_department(db: Database) -> None:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        department = Department(name="工程部")
        staff = Staff(login="wang", name="管家小王", role=StaffRole.SERVICE_STAFF, department=department)
        client = Client(name="张三", name_initials="zs")
        session.add_all([staff, client])
        session.flush()
        ids = []
        for _ in range(3):
            complaint = complaints.register_complaint(
                session, received_at=NOW, channel=Channel.CALL, description="漏水", client_id=client.id
            )
            ids.append(complaint.id)
        session.flush()
        from desk_app.models import Complaint

        session.get(Complaint, ids[0]).handler_id = staff.id
        session.get(Complaint, ids[1]).handler_department_id = department.id
    with db.read() as session:
        found = handlers(session, "complaints", [*ids, None])
        assert found == {ids[0]: "管家小王", ids[1]: "工程部"}
        assert handlers(session, "daily_tally", ids) == {}
