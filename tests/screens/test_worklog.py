"""The work-log screen without Qt (issue 17): one save of a new line is one screen call
(the entry, the complaint or slip it opens, the message, the handling given at once);
reading a line gives the form's values with the live state of what it opened; a stale
version is a conflict; the list's "today" follows the workspace's clock. SQLite and
PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from desk_app.clock import FixedClock
from desk_app.models import Complaint, DispatchSlip, Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, StaffRole, WorkLogStatus
from desk_app.screens.base import ConflictError, Workspace
from desk_app.screens.worklog import WorklogScreen, worklog_list
from desk_app.services.dispatch import complete_dispatch_slip
from desk_app.services.errors import FieldError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)  # a Monday


@dataclass
class Desk:
    db: Database
    clock: FixedClock
    receptionist: int
    colleague: int
    screen: WorklogScreen


@pytest.fixture
def desk(db: Database) -> Desk:
    clock = FixedClock(NOW)
    db.clock = clock
    with db.begin() as session:
        receptionist = Staff(
            login="qian", name="前台小钱", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True
        )
        colleague = Staff(
            login="wang", name="管家小王", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=True
        )
        session.add_all([receptionist, colleague])
        session.flush()
        ids = receptionist.id, colleague.id
    return Desk(db, clock, ids[0], ids[1], WorklogScreen(Workspace(db, ids[0])))


def values(**changes: Any) -> dict[str, Any]:
    """The form's values as the widget collects them (a new call, 09:30 today)."""
    base: dict[str, Any] = {
        "received_at": "2026-11-23T09:30:00",
        "channel": Channel.CALL.value,
        "client_id": None,
        "room_id": None,
        "client_text": "",
        "anonymous": False,
        "contact_name": "李先生",
        "contact_phone": "13900001111",
        "category": Category.ENQUIRY.value,
        "content": "问停车收费",
        "taken_by_id": None,
        "assigned_staff_id": None,
        "assigned_department_id": None,
        "message": False,
        "message_for_id": None,
        "message_when": "",
        "message_where": "",
        "message_what": "",
        "message_why": "",
        "message_how": "",
        "caller_company": "",
        "reply_needed": False,
        "reply_promised": False,
        "reply_promised_by": "2026-11-23T12:00:00",
        "reply_owed_by_id": None,
        "reply_given": False,
        "result": "",
        "status": WorkLogStatus.OPEN.value,
    }
    base.update(changes)
    return base


def count(db: Database, model: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_complaint_call_is_one_screen_call(desk: Desk) -> None:
    saved = desk.screen.save_entry(None, values(category=Category.COMPLAINT.value, content="楼上漏水"), None)
    assert saved.number.startswith("GZ-") and saved.complaint_number is not None
    assert saved.complaint_due == "2026-11-24 09:30"  # R1: one working day after receipt
    assert saved.slip_id is None and saved.recipient is None and not saved.media
    assert count(desk.db, WorkLogEntry) == count(desk.db, Complaint) == 1


def test_handling_given_at_once_is_saved_with_the_line(desk: Desk) -> None:
    saved = desk.screen.save_entry(
        None, values(result="已告知收费标准", status=WorkLogStatus.DONE.value), None
    )
    stored = desk.screen.read_values(saved.entry_id)
    assert stored["result"] == "已告知收费标准" and stored["status"] == WorkLogStatus.DONE.value
    assert stored["taken_by_id"] == desk.receptionist  # the workspace's actor took the call


def test_a_refused_part_writes_nothing(desk: Desk) -> None:
    """Done without a result is refused after the entry was made: the whole call is
    one transaction, so the entry is not left behind."""
    with pytest.raises(FieldError) as refused:
        desk.screen.save_entry(None, values(status=WorkLogStatus.DONE.value), None)
    assert refused.value.field == "result"
    assert count(desk.db, WorkLogEntry) == 0


def test_input_problems_name_their_field(desk: Desk) -> None:
    with pytest.raises(FieldError) as no_category:
        desk.screen.save_entry(None, values(category=None), None)
    assert no_category.value.field == "category"
    with pytest.raises(FieldError) as bad_time:
        desk.screen.save_entry(None, values(received_at="下午"), None)
    assert bad_time.value.field == "received_at"
    with pytest.raises(FieldError) as no_recipient:
        desk.screen.save_entry(None, values(message=True, message_what="请回电"), None)
    assert no_recipient.value.field == "message_for_id"


def test_a_message_says_whom_it_went_to(desk: Desk) -> None:
    saved = desk.screen.save_entry(
        None, values(message=True, message_for_id=desk.colleague, message_what="请回电确认装修时间"), None
    )
    assert saved.recipient == "管家小王"


def test_a_repair_line_reads_the_live_state_of_its_slip(desk: Desk) -> None:
    saved = desk.screen.save_entry(None, values(category=Category.REPAIR.value, content="厨房水管漏水"), None)
    assert saved.slip_id is not None and saved.slip_number is not None
    with desk.db.begin(actor_id=desk.colleague) as session:
        complete_dispatch_slip(session, saved.slip_id, "更换三通阀门")
    stored = desk.screen.read_values(saved.entry_id)
    assert stored["status"] == WorkLogStatus.DONE.value and stored["status_follows_links"]
    assert stored["slip_id"] == saved.slip_id
    (link,) = stored["links"]
    assert link["kind"] == "dispatch_slips" and link["number"] == saved.slip_number
    assert link["state"] == "已完成" and link["result"] == "更换三通阀门"
    assert count(desk.db, DispatchSlip) == 1


def test_a_saved_line_updates_its_handling_and_promise_with_its_version(desk: Desk) -> None:
    saved = desk.screen.save_entry(None, values(), None)
    stored = desk.screen.read_values(saved.entry_id)
    assert stored["received_at"] == "2026-11-23T09:30:00" and stored["content"] == "问停车收费"
    changed = {**stored, "reply_promised": True, "reply_promised_by": "2026-11-23T15:00:00"}
    changed["reply_owed_by_id"] = desk.colleague
    desk.screen.save(saved.entry_id, changed, stored["_version"])
    again = desk.screen.read_values(saved.entry_id)
    assert again["reply_promised_by"] == "2026-11-23T15:00:00" and again["reply_owed_by_id"] == desk.colleague
    with pytest.raises(ConflictError):
        desk.screen.save(saved.entry_id, {**again, "result": "晚了一步"}, stored["_version"])


def test_the_today_filter_follows_the_workspace_clock(desk: Desk) -> None:
    desk.screen.save_entry(None, values(), None)
    spec = worklog_list(desk.screen.workspace, lambda key: key, lambda member: member.label)
    period = next(spec_filter for spec_filter in spec.filters if spec_filter.title == "filter_period")
    choices = dict(period.choices)
    assert list(choices) == ["all", "today", "this_week"]

    def listed(clause: Any) -> int:
        with desk.db.read() as session:
            return int(session.scalar(select(func.count(WorkLogEntry.id)).where(clause)) or 0)

    assert listed(choices["today"]) == 1 and listed(choices["this_week"]) == 1
    desk.clock.advance(timedelta(hours=15))  # past midnight: the clause is read again
    assert listed(choices["today"]) == 0 and listed(choices["this_week"]) == 1
    desk.clock.advance(timedelta(days=7))
    assert listed(choices["this_week"]) == 0
