"""The rectification-notice screen without Qt (issue 17): a notice issued from the
form's values, read back as its sheet (history, overdue days, every step's state from
``rectification_notices.GUARDS``), its steps one unit of work each, a question before
the steps that cannot be taken back, and the data the report letter prints. SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from desk_app.models import Building, Room
from desk_app.models.enums import NoticeIssue, NoticeStatus, ServiceResult
from desk_app.printing.errors import PrintError
from desk_app.printing.report_letter import check_reportable
from desk_app.screens.base import NeedsConfirmation, Workspace
from desk_app.screens.rectification_notices import STEPS, NoticeScreen, notice_list, report_letter_data
from desk_app.services.errors import ConflictError, FieldError, RuleViolationError
from tests.services.test_complaints import Centre, centre  # noqa: F401


@pytest.fixture
def room(centre: Centre) -> str:  # noqa: F811
    with centre.db.begin() as session:
        session.add(
            Room(
                building=Building(code="3", name="3栋"),
                unit="2",
                number="1201",
                code="3-2-1201",
                digits="321201",
            )
        )
    return "3-2-1201"


def _values(room: str, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "room_id": room,
        "client_id": None,
        "issue": NoticeIssue.ILLEGAL_CONSTRUCTION.value,
        "issue_description": "露台违规搭建阳光房",
        "required_action": "自行拆除，恢复原状",
        "deadline": "2026-11-25",
        "joint_with_owners_committee": False,
        "service_result": ServiceResult.PENDING.value,
        "refusal_witness": "",
        "finding": "",
        "escalated_to": "",
    }
    values.update(changes)
    return values


def _screen(centre: Centre, actor: int | None = None) -> NoticeScreen:  # noqa: F811
    return NoticeScreen(Workspace(centre.db, actor or centre.steward))


def _enabled(screen: NoticeScreen, notice_id: int) -> list[str]:
    return [step for step, state in screen.read(notice_id).actions.items() if state.enabled]


def test_a_notice_is_issued_and_read_as_its_sheet(centre: Centre, room: str) -> None:  # noqa: F811
    screen = _screen(centre)
    with pytest.raises(FieldError) as error:
        screen.save(None, _values(room, deadline=""), None)
    assert error.value.field == "deadline"
    with pytest.raises(FieldError) as error:
        screen.save(None, _values(room, deadline="2026-13-45"), None)
    assert error.value.field == "deadline"
    notice_id = screen.save(None, _values(room, deadline="11-30"), None)  # typed as at the counter
    sheet = screen.read(notice_id)
    assert sheet.number.startswith("ZG-") and sheet.values["room_id"] == "3-2-1201"
    assert sheet.deadline.isoformat() == "2026-11-30" and sheet.days_overdue is None
    assert sheet.status is NoticeStatus.ISSUED and not sheet.escalated
    # R15: the report letter is not offered before the deadline (it would be refused)
    assert sheet.report_refusal is not None and "尚未过" in sheet.report_refusal
    assert set(sheet.actions) == set(STEPS)
    assert _enabled(screen, notice_id) == ["record_service", "inspect"]
    assert "尚未过" in sheet.actions["escalate"].reason
    assert [event.kind.value for event in sheet.history.events] == ["issued"]


def test_service_by_ctrl_s_and_the_refusal_evidence(centre: Centre, room: str) -> None:  # noqa: F811
    screen = _screen(centre)
    notice_id = screen.save(None, _values(room), None)
    version = screen.read(notice_id).version
    with pytest.raises(RuleViolationError):  # nothing to save on a saved notice
        screen.save(notice_id, _values(room), version)
    refused = _values(room, service_result=ServiceResult.REFUSED.value)
    with pytest.raises(FieldError) as error:
        screen.save(notice_id, refused, version)
    assert error.value.field == "refusal_witness"
    with pytest.raises(ConflictError):  # someone else changed it since it was read
        screen.save(notice_id, {**refused, "refusal_witness": "业委会 周主任"}, version - 1)
    screen.save(notice_id, {**refused, "refusal_witness": "业委会 周主任"}, version)
    sheet = screen.read(notice_id)
    assert sheet.service_result is ServiceResult.REFUSED
    assert (
        not sheet.actions["record_service"].enabled
        and "已登记送达结果" in sheet.actions["record_service"].reason
    )


def test_overdue_inspected_escalated_after_the_question(centre: Centre, room: str) -> None:  # noqa: F811
    screen = _screen(centre)
    notice_id = screen.save(None, _values(room), None)
    with pytest.raises(FieldError):
        screen.run(notice_id, "inspect", _values(room))  # a finding is required
    assert screen.run(notice_id, "inspect", _values(room, finding="未拆除")) is None
    centre.clock.advance(timedelta(days=4))  # 2026-11-27: two days past the deadline
    sheet = screen.read(notice_id)
    assert sheet.days_overdue == 2 and sheet.actions["escalate"].enabled
    assert sheet.report_refusal is None  # past the deadline: the letter is offered, and prints
    with centre.db.read() as session:
        check_reportable(report_letter_data(session, notice_id))
    question = screen.run(notice_id, "escalate", _values(room, escalated_to="街道办城建科"))
    assert isinstance(question, NeedsConfirmation) and "上报“街道办城建科”" in question.question
    assert screen.read(notice_id).status is NoticeStatus.ISSUED  # nothing written
    screen.run(notice_id, "escalate", _values(room, escalated_to="街道办城建科"), confirmed=True)
    sheet = screen.read(notice_id)
    assert sheet.status is NoticeStatus.ESCALATED and sheet.escalated and sheet.days_overdue is None
    assert _enabled(screen, notice_id) == ["inspect"]  # inspections go on after a report
    with centre.db.read() as session:
        data = report_letter_data(session, notice_id)
    assert data.history.escalated_to == "街道办城建科" and data.today.isoformat() == "2026-11-27"
    assert data.photos == data.scans == 0 and data.centre
    # rectified: asked first, then the notice is done and no longer reported
    rectified = _values(room, finding="已拆除", rectified=True)
    assert isinstance(screen.run(notice_id, "inspect", rectified), NeedsConfirmation)
    screen.run(notice_id, "inspect", rectified, confirmed=True)
    sheet = screen.read(notice_id)
    assert sheet.status is NoticeStatus.RECTIFIED and "已整改完毕" in (sheet.report_refusal or "")
    with centre.db.read() as session, pytest.raises(PrintError):
        check_reportable(report_letter_data(session, notice_id))
    assert _enabled(screen, notice_id) == []


def test_void_is_offered_to_supervisors_only(centre: Centre, room: str) -> None:  # noqa: F811
    notice_id = _screen(centre).save(None, _values(room), None)
    assert not _screen(centre).read(notice_id).actions["void"].enabled
    assert _screen(centre, centre.supervisor).read(notice_id).actions["void"].enabled


def test_the_list() -> None:
    spec = notice_list(lambda key: key, lambda member: member.label)
    assert spec.kind == "rectification_notices" and spec.columns[0].title == "col_number"
