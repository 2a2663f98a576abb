"""Correcting a complaint's own fields (the due times follow) and reading its audit
history for the sheet's history tab."""

from __future__ import annotations

import pytest

from desk_app.models.database import Database
from desk_app.models.enums import BusinessLine, Channel, ContactForm
from desk_app.services import complaints
from desk_app.services.errors import FieldError, RuleViolationError
from tests.services.test_complaints import Centre, at, make_centre


@pytest.fixture
def centre(db: Database) -> Centre:
    return make_centre(db)


def test_update_details_recomputes_due_times(centre: Centre) -> None:
    complaint_id = centre.register(received_at=at("2026-11-20 16:00"))
    centre.act(
        centre.receptionist,
        complaints.update_details,
        complaint_id,
        received_at=at("2026-11-23 08:00"),
        channel=Channel.WEB,
        description="论坛发帖：电梯经常停运",
        client_id=centre.client,
        sensitive=True,
        business_line=BusinessLine.MAINTENANCE,
        web_thread_url=" https://bbs.example/t/1 ",
    )
    complaint = centre.get(complaint_id)
    assert complaint.channel is Channel.WEB and complaint.sensitive
    assert complaint.description == "论坛发帖：电梯经常停运"
    assert complaint.web_thread_url == "https://bbs.example/t/1"
    assert complaint.first_response_due == at("2026-11-23 13:00")  # R1w now


def test_update_details_refuses_bad_input_and_closed_complaints(centre: Centre) -> None:
    complaint_id = centre.register()
    values = {"received_at": at("2026-11-23 09:00"), "channel": Channel.CALL, "description": "  "}
    with pytest.raises(FieldError) as error:
        centre.act(centre.receptionist, complaints.update_details, complaint_id, **values)
    assert error.value.field == "description"
    values["description"] = "漏水"
    values["received_at"] = at("2026-11-24 09:00")
    with pytest.raises(FieldError) as error:
        centre.act(centre.receptionist, complaints.update_details, complaint_id, **values)
    assert error.value.field == "received_at"
    centre.classified_and_resolved(complaint_id)
    centre.act(centre.supervisor, complaints.verify, complaint_id)
    centre.act(
        centre.steward, complaints.record_callback, complaint_id, form=ContactForm.PHONE, satisfied=True
    )
    values["received_at"] = at("2026-11-23 09:00")
    with pytest.raises(RuleViolationError, match="已关闭"):
        centre.act(centre.receptionist, complaints.update_details, complaint_id, **values)


def test_history_lists_who_changed_what(centre: Centre) -> None:
    complaint_id = centre.register()
    centre.act(centre.steward, complaints.add_progress, complaint_id, "已上门查看", True)
    with centre.db.read() as session:
        lines = complaints.complaint_history(session, complaint_id)
    assert lines[0].at >= lines[-1].at
    assert any(line.table_name == "complaint_progress" and line.action == "新建" for line in lines)
    status = [line for line in lines if line.field == "status"]
    assert status and status[0].new_value == "handling" and status[0].staff_name == "管家小王"
    assert any(line.action == "新建" and line.staff_name == "钱前台" for line in lines)


def test_every_running_clock_explains_itself(centre: Centre) -> None:
    complaint_id = centre.register(received_at=at("2026-11-20 16:00"))
    centre.act(centre.steward, complaints.classify, complaint_id, complaints.ComplaintClass.DEVELOPER)
    with centre.db.read() as session:
        complaint = complaints.load_complaint(session, complaint_id)
        steps = complaints.explain_due_times(session, complaint)
    assert set(steps) == {"first_response_due", "handler_due", "next_update_due", "developer_notice_due"}
    assert steps["first_response_due"][-1] == "应于 2026-11-23 周一 16:00 前首次回应"
    assert "R4" in "".join(steps["developer_notice_due"])
    assert steps["next_update_due"][-1].startswith("应于 2026-11-24 周二 16:00")
