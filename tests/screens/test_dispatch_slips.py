"""The dispatch slip screen without Qt (issue 17): a slip issued from the form's values,
read back as its sheet (where it stands, its due time explained, every step's state
from the rule), its steps one unit of work each, Ctrl+S running the step the state
allows, and R12 before a callback as NeedsConfirmation. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from desk_app.models import Client
from desk_app.models.enums import Category, Channel, DispatchKind
from desk_app.screens.base import NeedsConfirmation, Workspace
from desk_app.screens.dispatch_slips import STEPS, DispatchScreen, dispatch_list
from desk_app.services import worklog
from desk_app.services.errors import FieldError, RuleViolationError
from tests.services.test_complaints import Centre, centre  # noqa: F401


def _values(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "kind": DispatchKind.DISPATCH.value,
        "issued_at": "2026-11-23T10:00:00",
        "room_id": "",
        "contact_name": "张三",
        "contact_phone": "13800000000",
        "content": "卫生间漏水",
        "business_line": "maintenance",
        "urgent": False,
        "assigned_department_id": None,
        "assigned_staff_id": None,
        "due_by_hand": False,
        "due_at": "2026-11-23T10:00:00",
        "accepted_at": "2026-11-23T10:00:00",
        "arrived_at": "2026-11-23T10:00:00",
        "result": "",
        "materials": "",
        "confirmed_on_the_spot": False,
        "callback_form": "phone",
        "callback_satisfied": "yes",
        "callback_comments": "",
        "reopen_reason": "",
        "call_time_note": "",
    }
    values.update(changes)
    return values


def _screen(centre: Centre) -> DispatchScreen:  # noqa: F811
    return DispatchScreen(Workspace(centre.db, centre.receptionist))


def test_a_slip_is_issued_and_read_as_its_sheet(centre: Centre) -> None:  # noqa: F811
    screen = _screen(centre)
    with pytest.raises(FieldError) as error:
        screen.save(None, _values(content=" "), None)
    assert error.value.field == "content"
    slip_id = screen.save(None, _values(), None)
    sheet = screen.read(slip_id)
    assert sheet.number.startswith("PG-") and sheet.values["content"] == "卫生间漏水"
    assert sheet.stage == "待接单" and "2026-11-23 14:00" in sheet.due_line  # R20: 维修 4 working hours
    assert set(sheet.actions) == set(STEPS) and not sheet.done
    assert [step for step, state in sheet.actions.items() if state.enabled] == [
        "assign",
        "accept",
        "arrive",
        "complete",
    ]
    assert "尚未完成" in sheet.actions["callback"].reason


def test_steps_and_the_save_of_a_saved_slip(centre: Centre) -> None:  # noqa: F811
    screen = _screen(centre)
    slip_id = screen.save(None, _values(), None)
    centre.clock.advance(timedelta(minutes=20))
    assert screen.run(slip_id, "accept", _values(accepted_at="2026-11-23T10:10:00")) is None
    sheet = screen.read(slip_id)
    assert (
        sheet.accepted
        and not sheet.actions["accept"].enabled
        and "已登记接单" in sheet.actions["accept"].reason
    )
    with pytest.raises(RuleViolationError, match="已登记接单"):
        screen.run(slip_id, "accept", _values())
    with pytest.raises(FieldError) as error:
        screen.run(slip_id, "complete", _values(result=""))
    assert error.value.field == "result"
    # Ctrl+S on an open slip: its assignment, and completion when 完成情况 is filled in
    screen.save(slip_id, _values(result="已更换密封圈", materials="密封圈 1 个"), None)
    sheet = screen.read(slip_id)
    assert sheet.done and sheet.completed_at == "2026-11-23 10:20" and sheet.callback_due
    assert [step for step, state in sheet.actions.items() if state.enabled] == ["callback", "reopen"]
    # Ctrl+S on a done slip with a reason: opened again
    screen.save(slip_id, _values(reopen_reason="仍在漏水"), None)
    assert screen.read(slip_id).stage.startswith("已接单")


def test_a_callback_to_a_client_who_objected_asks_first(centre: Centre) -> None:  # noqa: F811
    with centre.db.begin(actor_id=centre.receptionist) as session:
        entry = worklog.record_entry(
            session,
            channel=Channel.CALL,
            category=Category.REPAIR,
            content="厨房水管漏水",
            client_id=centre.client,
            taken_by_id=centre.receptionist,
        )
        assert entry.dispatch_slip is not None
        slip_id = entry.dispatch_slip.id
    screen = _screen(centre)
    screen.run(slip_id, "complete", _values(result="已修好"))
    with centre.db.begin() as session:  # R12 recorded after the repair
        client = session.get(Client, centre.client)
        assert client is not None
        client.do_not_disturb, client.do_not_disturb_reason = True, "工作忙"
    sheet = screen.read(slip_id)
    assert sheet.actions["callback"].enabled and sheet.source.startswith("GZ-")
    question = screen.run(slip_id, "callback", _values())
    assert isinstance(question, NeedsConfirmation) and "工作忙" in question.question
    assert screen.read(slip_id).values["callback_satisfied"] is None  # nothing written
    assert screen.run(slip_id, "callback", _values(), confirmed=True) is None
    sheet = screen.read(slip_id)
    assert sheet.stage == "已回访（满意）" and not sheet.actions["callback"].enabled
    assert sheet.values["callback_satisfied"] == "yes" and sheet.done


def test_the_list_is_labelled_by_the_widget() -> None:
    spec = dispatch_list(lambda key: f"<{key}>", lambda member: member.value)
    assert spec.kind == "dispatch_slips" and spec.columns[0].title == "<col_number>"


def test_the_printout_renders_the_screens_sheet(centre: Centre) -> None:  # noqa: F811
    """Issue 17: the 派工单 prints the sheet the screen shows (no query of its own)."""
    import io
    import re

    import pypdf

    from desk_app.printing.dispatch_slip import render_dispatch_slip

    screen = _screen(centre)
    sheet = screen.read(screen.save(None, _values(assigned_staff_id=centre.steward), None))
    assert (sheet.issuer, sheet.assignee, sheet.contact_name) == ("钱前台", "管家小王", "张三")
    assert sheet.due is not None and f"{sheet.due:%Y-%m-%d %H:%M}" == "2026-11-23 14:00"
    pdf = render_dispatch_slip(sheet, "幸福里物业服务中心")
    text = re.sub(
        r"\s+", "", "".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    )
    for shown in (
        sheet.number,
        "幸福里物业服务中心",
        "卫生间漏水",
        "管家小王",
        "钱前台",
        "2026年11月23日14:00",
    ):
        assert shown in text, shown
