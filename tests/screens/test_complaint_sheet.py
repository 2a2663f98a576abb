"""The complaint sheet's screen without Qt (issue 17): what one read shows, what each
button offers and why not, save and run in their units of work, R12 asked as a
confirmation, the audit log read only on demand; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from desk_app.clock import FixedClock
from desk_app.models import Client, Department, Staff
from desk_app.models.database import Database
from desk_app.models.enums import (
    BusinessLine,
    CallbackExemption,
    Channel,
    ComplaintClass,
    ComplaintStatus,
    ContactForm,
    RootCause,
    StaffRole,
)
from desk_app.screens.base import NeedsConfirmation, Workspace
from desk_app.screens.complaint_sheet import STEPS, ComplaintSheetScreen, complaint_list
from desk_app.services.errors import ConflictError, FieldError, PermissionDeniedError, RuleViolationError

SH = ZoneInfo("Asia/Shanghai")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=SH)


@dataclass
class Place:
    db: Database
    clock: FixedClock
    staff: dict[StaffRole, int]
    zhang: int
    li: int  # refuses callbacks (R12)

    def screen(self, role: StaffRole) -> ComplaintSheetScreen:
        return ComplaintSheetScreen(Workspace(self.db, self.staff[role]))


@pytest.fixture
def place(db: Database) -> Place:
    clock = FixedClock(MONDAY)
    db.clock = clock
    with db.begin() as session:
        department = Department(name="客服部")
        people = {
            role: Staff(login=role.value, name=f"{role.label}甲", role=role, department=department)
            for role in StaffRole
        }
        zhang = Client(name="张三", name_initials="zs")
        li = Client(name="李四", name_initials="ls", do_not_disturb=True, do_not_disturb_reason="不需要回访")
        session.add_all([*people.values(), zhang, li])
        session.flush()
        return Place(db, clock, {role: staff.id for role, staff in people.items()}, zhang.id, li.id)


def _values(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "received_at": "2026-11-20T16:00:00",  # a Friday, the community's wall time
        "channel": Channel.CALL.value,
        "client_id": None,
        "room": "",
        "description": "楼上漏水到卫生间",
        "complaint_class": ComplaintClass.PROPERTY_SERVICE.value,
        "business_line": BusinessLine.MAINTENANCE.value,
        "root_cause": RootCause.QUALITY.value,
        "severity": "general",
    }
    values.update(changes)
    return values


def test_one_read_shows_the_sheet_and_every_button(place: Place) -> None:
    screen = place.screen(StaffRole.RECEPTIONIST)
    complaint_id = screen.save(None, _values(client_id=place.zhang), None)
    sheet = screen.read(complaint_id)
    assert sheet.number.startswith("TS-202611-") and sheet.status is ComplaintStatus.RECEIVED
    assert sheet.values["received_at"] == "2026-11-20T16:00:00"
    assert sheet.values["client_id"] == place.zhang
    first = sheet.due_line("first_response_due")
    assert first.due == datetime(2026, 11, 23, 16, 0, tzinfo=SH) and not first.overdue
    assert any("受理时间：2026-11-20 周五 16:00" in step for step in first.steps)
    assert set(sheet.actions) == set(STEPS)
    # R3: the receptionist sees why the handler is not hers to choose (issue 17: the
    # button was enabled and then refused)
    designate = sheet.actions["designate_handler"]
    assert not designate.enabled and "R3" in designate.reason and "指定投诉处理专人" in designate.reason
    assert place.screen(StaffRole.SUPERVISOR).read(complaint_id).actions["designate_handler"].enabled
    # a phone complaint: the first response, not the web reply's three steps
    assert sheet.actions["record_first_response"].enabled
    assert not sheet.actions["draft_web_reply"].visible
    assert not sheet.actions["close"].enabled and "R7" in sheet.actions["close"].reason
    place.clock.advance(timedelta(hours=7))  # Monday 17:00: the first response is late
    assert screen.read(complaint_id).due_line("first_response_due").overdue


def test_the_lifecycle_through_run(place: Place) -> None:
    desk = place.screen(StaffRole.SUPERVISOR)
    complaint_id = desk.save(None, _values(client_id=place.zhang), None)
    assert desk.run(complaint_id, "record_first_response", {"text": "已联系工程部"}) is None
    desk.run(complaint_id, "designate_handler", {"handler_id": place.staff[StaffRole.SERVICE_STAFF]})
    desk.run(complaint_id, "add_progress", {"action": "已上门查看", "client_informed": True})
    desk.run(complaint_id, "resolve", {"resolution": "已更换防水层"})
    sheet = desk.read(complaint_id)
    assert sheet.status is ComplaintStatus.RESOLVED and sheet.handler_name == "客服人员/管家甲"
    assert [line.action for line in sheet.progress] == ["已上门查看"]
    assert sheet.actions["verify"].enabled and not sheet.actions["resolve"].enabled
    desk.run(complaint_id, "verify", {"note": "现场无渗水"})
    sheet = desk.read(complaint_id)
    assert sheet.verified_by == "客服主管甲" and sheet.actions["record_callback"].enabled
    # no R6 reason applies to a named client's phone complaint resolved later
    assert sheet.exemption_choices == () and not sheet.actions["exempt_from_callback"].enabled
    desk.run(complaint_id, "record_callback", {"form": ContactForm.PHONE.value, "satisfied": True})
    sheet = desk.read(complaint_id)
    assert sheet.status is ComplaintStatus.CLOSED and sheet.closed_at is not None
    assert [step for step, state in sheet.actions.items() if state.enabled] == [
        "reopen",
        "link_complainant",
        "record_repeat",
    ]


def test_close_waits_for_the_seven_days_of_r7(place: Place) -> None:
    """Issue 17: the close button was enabled for every exempt, verified complaint and
    the service then refused it until seven days after the resolution."""
    desk = place.screen(StaffRole.SUPERVISOR)
    complaint_id = desk.save(None, _values(client_id=None, anonymous=True), None)
    desk.run(complaint_id, "resolve", {"resolution": "已处理"})
    desk.run(complaint_id, "verify")
    sheet = desk.read(complaint_id)
    assert sheet.callback_exemption is CallbackExemption.ANONYMOUS
    close = sheet.actions["close"]
    assert not close.enabled and "七日" in close.reason and "R7" in close.reason
    with pytest.raises(RuleViolationError, match="七日"):
        desk.run(complaint_id, "close")
    place.clock.advance(timedelta(days=7, hours=1))
    assert desk.read(complaint_id).actions["close"].enabled
    desk.run(complaint_id, "close")
    assert desk.read(complaint_id).status is ComplaintStatus.CLOSED


def test_a_callback_to_a_client_who_refuses_asks_first(place: Place) -> None:
    desk = place.screen(StaffRole.SUPERVISOR)
    complaint_id = desk.save(None, _values(client_id=place.li), None)
    desk.run(complaint_id, "resolve", {"resolution": "已协调"})
    desk.run(complaint_id, "verify")
    args = {"form": ContactForm.WEB_REPLY.value, "satisfied": True}
    asked = desk.run(complaint_id, "record_callback", args)
    assert isinstance(asked, NeedsConfirmation) and "李四" in asked.question and "R12" in asked.question
    assert desk.read(complaint_id).status is ComplaintStatus.VERIFIED, "nothing written before the answer"
    assert desk.run(complaint_id, "record_callback", args, confirmed=True) is None
    assert desk.read(complaint_id).status is ComplaintStatus.CLOSED


def test_a_web_reply_is_offered_to_whom_may_take_it(place: Place) -> None:
    steward = place.screen(StaffRole.SERVICE_STAFF)
    complaint_id = steward.save(None, _values(channel=Channel.WEB.value), None)
    sheet = steward.read(complaint_id)
    assert not sheet.actions["record_first_response"].visible
    assert sheet.actions["draft_web_reply"].enabled and not sheet.actions["post_web_reply"].enabled
    steward.run(complaint_id, "draft_web_reply", {"text": "已安排保洁今天下午清理"})
    sheet = steward.read(complaint_id)
    assert sheet.web_reply_draft == "已安排保洁今天下午清理" and not sheet.web_reply_approved
    approve = sheet.actions["approve_web_reply"]
    assert not approve.enabled and "部门负责人审批" in approve.reason
    with pytest.raises(PermissionDeniedError):
        steward.run(complaint_id, "approve_web_reply")
    head = place.screen(StaffRole.DEPARTMENT_HEAD)
    assert head.read(complaint_id).actions["approve_web_reply"].enabled
    head.run(complaint_id, "approve_web_reply")
    assert steward.read(complaint_id).actions["post_web_reply"].enabled
    steward.run(complaint_id, "post_web_reply")
    sheet = steward.read(complaint_id)
    assert sheet.first_response_text == "已安排保洁今天下午清理" and sheet.web_reply_draft is None


def test_nothing_chosen_is_refused_after_the_rule(place: Place) -> None:
    desk = place.screen(StaffRole.RECEPTIONIST)
    complaint_id = desk.save(None, _values(), None)
    with pytest.raises(PermissionDeniedError, match="R3"):  # who may, before whom
        desk.run(complaint_id, "designate_handler", {"handler_id": None})
    with pytest.raises(FieldError, match="处理人") as refused:
        place.screen(StaffRole.SUPERVISOR).run(complaint_id, "designate_handler", {"handler_id": None})
    assert refused.value.field == "handler_id"
    with pytest.raises(FieldError) as refused:  # the 投诉人 tab's client box, not the sheet's
        desk.run(complaint_id, "link_complainant", {})
    assert refused.value.field == "link_client_id"


def test_a_stale_save_is_a_conflict_and_writes_nothing(place: Place) -> None:
    mine = place.screen(StaffRole.RECEPTIONIST)
    complaint_id = mine.save(None, _values(), None)
    loaded = mine.read_values(complaint_id)
    theirs = place.screen(StaffRole.SERVICE_STAFF)
    theirs.save(complaint_id, _values(description="对方的改动"), loaded["_version"])
    with pytest.raises(ConflictError):
        mine.save(complaint_id, _values(description="我的改动"), loaded["_version"])
    assert mine.read(complaint_id).values["description"] == "对方的改动"
    assert loaded["_sheet"].id == complaint_id  # the form's read carries the whole sheet


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_the_audit_log_is_read_on_demand_only(place: Place) -> None:
    """Issue 17: every button press re-read up to 500 audit rows with the sheet."""
    desk = place.screen(StaffRole.SUPERVISOR)
    complaint_id = desk.save(None, _values(), None)
    desk.run(complaint_id, "add_progress", {"action": "已电话联系", "client_informed": True})
    with _statements(place.db) as seen:
        desk.read(complaint_id)
    assert seen and not any("audit_log" in statement for statement in seen)
    history = desk.history(complaint_id)
    assert any(line.table_name == "complaint_progress" for line in history)
    assert any(line.table_name == "complaint" for line in history)


def test_the_list_spec_reads_now_when_the_query_runs(place: Place) -> None:
    spec = complaint_list(Workspace(place.db, place.staff[StaffRole.RECEPTIONIST]))
    assert spec.kind == "complaints" and len(spec.filters) == 3
    assert [title for title, _condition in spec.filters[2].choices][:2] == ["全部", "任一时限逾期"]
