"""The reminder-slip screen without Qt (issue 17): a case opened from the form's values,
read back as its sheet (slips, items, signatories, every step's state from
``reminder_cases.GUARDS``), its steps one unit of work each, R14's legal risk as
``NeedsConfirmation`` before a clearance, and the slips the printouts print. SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from desk_app.models.enums import ReminderCaseStatus, ReminderKind
from desk_app.screens.base import NeedsConfirmation, Workspace
from desk_app.screens.reminder_slips import STEPS, ReminderScreen, parse_items, reminder_list
from desk_app.services.errors import FieldError, NotFoundError, RuleViolationError
from tests.services.test_complaints import Centre, centre  # noqa: F401


def _values(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "kind": ReminderKind.CORRIDOR_CLUTTER.value,
        "room_id": "",
        "location": "3栋2单元12楼楼道",
        "text": "",
        "items": "",
        "notes": "",
        "item_number": "",
        "claimant_name": "",
        "claimant_signature": "",
    }
    values.update(changes)
    return values


def _screen(centre: Centre, actor: int | None = None) -> ReminderScreen:  # noqa: F811
    return ReminderScreen(Workspace(centre.db, actor or centre.receptionist))


def _enabled(screen: ReminderScreen, case_id: int) -> list[str]:
    return [step for step, state in screen.read(case_id).actions.items() if state.enabled]


def test_a_case_is_opened_and_read_as_its_sheet(centre: Centre) -> None:  # noqa: F811
    screen = _screen(centre)
    with pytest.raises(FieldError) as error:
        screen.save(None, _values(location=" "), None)
    assert error.value.field == "location"
    case_id = screen.save(None, _values(), None)
    sheet = screen.read(case_id)
    assert sheet.number.startswith("TX-") and sheet.values["location"] == "3栋2单元12楼楼道"
    assert sheet.status is ReminderCaseStatus.FIRST_SLIP and len(sheet.slips) == 1
    assert sheet.slips[0].heeded is None and sheet.next_check is not None
    assert sheet.signatories and not sheet.three_party and not sheet.last_slip
    assert set(sheet.actions) == set(STEPS)
    # before the slip's date only "heeded" may be recorded; the refusal says why
    assert _enabled(screen, case_id) == ["heeded"]
    assert "期限未到" in sheet.actions["unheeded"].reason
    assert sheet.actions["clear"].visible and not sheet.actions["clear"].enabled
    # a saved case is not retyped
    with pytest.raises(RuleViolationError):
        screen.save(case_id, _values(location="别处"), sheet.version)


def test_three_slips_then_the_legal_risk_then_a_claim(centre: Centre) -> None:  # noqa: F811
    screen = _screen(centre)
    case_id = screen.save(None, _values(), None)
    for sequence in (2, 3):
        centre.clock.advance(timedelta(days=3))
        assert screen.run(case_id, "unheeded", _values()) is None
        assert len(screen.read(case_id).slips) == sequence
    assert screen.read(case_id).last_slip
    centre.clock.advance(timedelta(days=3))
    screen.run(case_id, "unheeded", _values())
    sheet = screen.read(case_id)
    assert sheet.status is ReminderCaseStatus.CLEARANCE_ALLOWED
    assert _enabled(screen, case_id) == ["heeded", "clear", "close"]
    items = _values(items="蓝色童车一辆 / 地下室储物间\n纸箱两个／地下室储物间")
    question = screen.run(case_id, "clear", items)
    assert isinstance(question, NeedsConfirmation) and "法律风险" in question.question
    assert screen.read(case_id).status is ReminderCaseStatus.CLEARANCE_ALLOWED  # nothing written
    assert screen.run(case_id, "clear", items, confirmed=True) is None
    sheet = screen.read(case_id)
    assert sheet.status is ReminderCaseStatus.CLEARED and len(sheet.items) == 2
    assert sheet.waiting_item == f"{sheet.number}-01" == sheet.values["item_number"]
    assert _enabled(screen, case_id) == ["claim"]
    claim = _values(item_number=sheet.waiting_item, claimant_name="张三", claimant_signature="")
    with pytest.raises(FieldError) as error:
        screen.run(case_id, "claim", claim)
    assert error.value.field == "claimant_signature"
    screen.run(case_id, "claim", {**claim, "claimant_signature": "张三（签字）"})
    sheet = screen.read(case_id)
    assert sheet.items[0].claimant == "张三" and sheet.waiting_item == f"{sheet.number}-02"


def test_another_kind_is_never_cleared_and_is_closed_instead(centre: Centre) -> None:  # noqa: F811
    screen = _screen(centre)
    case_id = screen.save(None, _values(kind=ReminderKind.HIGH_ALTITUDE_THROWING.value), None)
    sheet = screen.read(case_id)
    assert sheet.three_party and len(sheet.signatories) == 3
    assert not sheet.actions["clear"].visible  # R14: the step does not belong to the case
    for _ in range(3):
        centre.clock.advance(timedelta(days=3))
        screen.run(case_id, "unheeded", _values())
    assert _enabled(screen, case_id) == ["heeded", "close"]
    with pytest.raises(FieldError):
        screen.run(case_id, "close", _values(notes=""))
    screen.run(case_id, "close", _values(notes="已转邻里纠纷处理"))
    sheet = screen.read(case_id)
    assert sheet.status is ReminderCaseStatus.RESOLVED and "已转邻里纠纷处理" in sheet.notes
    assert _enabled(screen, case_id) == []
    assert "不能再检查" in sheet.actions["heeded"].reason


def test_void_is_offered_to_supervisors_only(centre: Centre) -> None:  # noqa: F811
    case_id = _screen(centre).save(None, _values(), None)
    assert not _screen(centre).read(case_id).actions["void"].enabled
    assert _screen(centre, centre.supervisor).read(case_id).actions["void"].enabled


def test_the_printouts_print_the_latest_slip_of_each_case(centre: Centre) -> None:  # noqa: F811
    screen = _screen(centre)
    first = screen.save(None, _values(), None)
    second = screen.save(None, _values(location="5栋1单元", text="请勿在楼道堆放杂物。"), None)
    centre.clock.advance(timedelta(days=3))
    screen.run(first, "unheeded", _values())
    slips = screen.printable([second, first])
    assert [(slip.case_number, slip.sequence) for slip in slips] == [
        (screen.read(second).number, 1),
        (screen.read(first).number, 2),
    ]
    assert slips[0].text == "请勿在楼道堆放杂物。"
    with pytest.raises(NotFoundError):
        screen.printable([first, 999_999])


def test_the_items_box_and_the_list() -> None:
    assert parse_items("鞋柜 / 仓库\n\n童车／地下室") == [("鞋柜", "仓库"), ("童车", "地下室")]
    with pytest.raises(FieldError) as error:
        parse_items("鞋柜 仓库")
    assert error.value.field == "items" and "第1行" in str(error.value)
    spec = reminder_list(lambda key: key, lambda member: member.label)
    assert spec.kind == "reminder_slips" and spec.columns[0].title == "col_number"
