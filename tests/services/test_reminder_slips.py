"""Reminder slips 温馨提示 (R14, SPEC 2.7): every transition of a slip case, legal and
illegal (each refusal names R14), the three-party signatories of high-altitude-throwing
slips, the legal-risk confirmation before a clearance, item numbers and signed claims,
repeat offences, the dashboard list, the slip texts; and a state-machine property test.
On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from desk_app.clock import FixedClock
from desk_app.models import Building, ClearedItem, ReminderCase, Room, Setting, Staff
from desk_app.models.database import Database
from desk_app.models.enums import ReminderCaseStatus, ReminderKind, StaffRole
from desk_app.services import reminder_cases
from desk_app.services.errors import (
    DomainError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
)
from desk_app.services.reminder_cases import LegalRiskWarning, ReminderDue
from desk_app.services.settings import SettingError

SH = ZoneInfo("Asia/Shanghai")
THREE = ["居委会/社区工作站", "业委会", "物业服务中心"]
ITEMS = [("蓝色鞋柜一个（三层）", "地下室仓库A架"), ("儿童自行车一辆", "地下室仓库B架")]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


@dataclass
class Desk:
    db: Database
    clock: FixedClock
    receptionist: int
    supervisor: int
    rooms: list[int] = field(default_factory=list)

    def act(self, actor: int | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with self.db.begin(actor_id=actor) as session:
            return fn(session, *args, **kwargs)

    def open(self, kind: ReminderKind = ReminderKind.CORRIDOR_CLUTTER, **kwargs: Any) -> int:
        kwargs.setdefault("location", "3栋2单元12楼楼道")
        case = self.act(self.receptionist, reminder_cases.open_case, kind, **kwargs)
        assert isinstance(case, ReminderCase)
        return case.id

    def check(self, case_id: int, heeded: bool, **kwargs: Any) -> None:
        self.act(self.receptionist, reminder_cases.record_check, case_id, heeded, **kwargs)

    def unheeded_until_exhausted(self, case_id: int) -> None:
        for _ in range(3):
            self.clock.advance(timedelta(days=3))
            self.check(case_id, False)

    def clear(self, case_id: int, items: list[tuple[str, str]] = ITEMS, confirm: bool = True) -> None:
        self.act(self.supervisor, reminder_cases.clear_items, case_id, items, confirm_legal_risk=confirm)

    def case(self, case_id: int) -> ReminderCase:
        with self.db.read() as session:
            case = session.get(ReminderCase, case_id)
            assert case is not None
            _ = case.slips, case.cleared_items  # loaded before the session closes
            return case

    def setting(self, key: str, value: Any) -> None:
        with self.db.begin() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def make_desk(db: Database) -> Desk:
    clock = FixedClock(at("2026-11-23 10:00"))  # a Monday
    db.clock = clock
    with db.begin() as session:
        receptionist = Staff(
            login="qian", name="钱前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True
        )
        supervisor = Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR, cleared_to_work_alone=True)
        building = Building(code="3", name="3栋")
        rooms = [
            Room(building=building, unit="2", number=number, code=f"3-2-{number}", digits=f"32{number}")
            for number in ("1201", "1202")
        ]
        session.add_all([receptionist, supervisor, *rooms])
        session.flush()
        return Desk(db, clock, receptionist.id, supervisor.id, [room.id for room in rooms])


@pytest.fixture
def desk(db: Database) -> Desk:
    return make_desk(db)


# -- opening a case -------------------------------------------------------------------------


def test_open_case_posts_the_first_slip(desk: Desk) -> None:
    case_id = desk.open()
    case = desk.case(case_id)
    assert case.number.startswith("TX-202611-")
    assert case.status is ReminderCaseStatus.FIRST_SLIP
    assert case.opened_at == at("2026-11-23 10:00")
    assert case.next_check_at == at("2026-11-26 10:00")  # default: 3 calendar days
    assert case.repeat_of_case_id is None
    [slip] = case.slips
    assert slip.sequence == 1 and slip.posted_at == at("2026-11-23 10:00")
    assert slip.posted_by_id == desk.receptionist
    assert slip.checked_at is None and slip.heeded is None
    assert slip.signatories == ["物业服务中心"]
    assert slip.text.startswith("尊敬的业主/住户：")
    assert "3栋2单元12楼楼道" in slip.text and "请于11月26日前自行清理" in slip.text
    assert "为了您和他人的安全" in slip.text and slip.text.endswith("感谢您的理解与配合！")


def test_location_defaults_to_the_room_and_is_otherwise_required(desk: Desk) -> None:
    case = desk.case(desk.open(location="  ", room_id=desk.rooms[0]))
    assert case.location == "3-2-1201" and case.room_id == desk.rooms[0]
    with pytest.raises(FieldError) as error:
        desk.open(location=" ")
    assert error.value.field == "location" and error.value.rule == "R14"
    with pytest.raises(FieldError) as error:
        desk.open(room_id=999_999)
    assert error.value.field == "room_id"


def test_own_text_and_check_interval(desk: Desk) -> None:
    case = desk.case(desk.open(text="  请移走楼道内的纸箱。 ", check_after=timedelta(hours=24)))
    assert case.slips[0].text == "请移走楼道内的纸箱。"
    assert case.next_check_at == at("2026-11-24 10:00")
    with pytest.raises(FieldError) as error:
        desk.open(text="   ")
    assert error.value.field == "text"
    with pytest.raises(FieldError) as error:
        desk.open(check_after=timedelta(0))
    assert error.value.field == "check_after"


def test_check_interval_setting(desk: Desk) -> None:
    desk.setting(reminder_cases.REMINDER_CHECK_DAYS, 1)
    assert desk.case(desk.open()).next_check_at == at("2026-11-24 10:00")
    desk.setting(reminder_cases.REMINDER_CHECK_DAYS, "三天")
    with pytest.raises(SettingError) as error:
        desk.open()
    assert error.value.key == reminder_cases.REMINDER_CHECK_DAYS
    # a message for people naming the setting, not a raw ValueError (issue 19, finding 9)
    assert isinstance(error.value, FieldError) and error.value.field == reminder_cases.REMINDER_CHECK_DAYS


# -- signatories ------------------------------------------------------------------------------


def test_high_altitude_slips_are_signed_by_the_three_parties_on_every_slip(desk: Desk) -> None:
    case_id = desk.open(ReminderKind.HIGH_ALTITUDE_THROWING, location="5栋南侧")
    desk.unheeded_until_exhausted(case_id)
    case = desk.case(case_id)
    assert [slip.sequence for slip in case.slips] == [1, 2, 3]
    for slip in case.slips:
        assert slip.signatories == THREE  # never the centre alone
    assert "高空抛物" in case.slips[0].text


def test_signatory_names_come_from_the_settings(desk: Desk) -> None:
    desk.setting("community_name", "阳光花园")
    assert desk.case(desk.open()).slips[0].signatories == ["阳光花园物业服务中心"]
    desk.setting(reminder_cases.SIGNATORY_RESIDENTS_COMMITTEE, "莲花社区工作站")
    desk.setting(reminder_cases.SIGNATORY_OWNERS_COMMITTEE, "阳光花园业主委员会")
    case = desk.case(desk.open(ReminderKind.HIGH_ALTITUDE_THROWING))
    assert case.slips[0].signatories == ["莲花社区工作站", "阳光花园业主委员会", "阳光花园物业服务中心"]
    desk.setting(reminder_cases.SIGNATORY_CENTRE, "美景物业铜雀台物业服务中心")
    case = desk.case(desk.open(ReminderKind.PETS))
    assert case.slips[0].signatories == ["美景物业铜雀台物业服务中心"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (reminder_cases.SIGNATORY_OWNERS_COMMITTEE, "物业服务中心"),  # the centre twice = alone
        (reminder_cases.SIGNATORY_RESIDENTS_COMMITTEE, "  "),
        (reminder_cases.SIGNATORY_OWNERS_COMMITTEE, 42),
    ],
)
def test_high_altitude_slip_refused_when_the_three_names_are_not_three(
    desk: Desk, key: str, value: Any
) -> None:
    desk.setting(key, value)
    with pytest.raises(RuleViolationError) as error:
        desk.open(ReminderKind.HIGH_ALTITUDE_THROWING)
    assert error.value.rule == "R14"
    with desk.db.read() as session:
        assert session.scalar(select(func.count()).select_from(ReminderCase)) == 0


# -- checks -------------------------------------------------------------------------------------


def test_three_unheeded_slips_then_clearance_is_allowed(desk: Desk) -> None:
    case_id = desk.open()
    desk.clock.advance(timedelta(days=3))
    desk.check(case_id, False)
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.SECOND_SLIP
    assert case.next_check_at == at("2026-11-29 10:00")
    first, second = case.slips
    assert first.heeded is False and first.checked_at == at("2026-11-26 10:00")
    assert second.sequence == 2 and second.posted_at == at("2026-11-26 10:00") and second.checked_at is None
    assert "第二次提示" in second.text and "11月29日" in second.text
    desk.clock.advance(timedelta(days=3))
    desk.check(case_id, False)
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.THIRD_SLIP and len(case.slips) == 3
    assert "第三次" in case.slips[2].text and "代为清理" in case.slips[2].text
    desk.clock.advance(timedelta(days=3))
    desk.check(case_id, False)
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.CLEARANCE_ALLOWED
    assert case.next_check_at is None and len(case.slips) == 3 and case.slips[2].heeded is False
    desk.clock.advance(timedelta(days=3))
    with pytest.raises(RuleViolationError) as error:  # no fourth slip
        desk.check(case_id, False)
    assert error.value.rule == "R14"
    assert len(desk.case(case_id).slips) == 3


@pytest.mark.parametrize("unheeded_before", [0, 1, 2, 3])
def test_a_heeded_check_resolves_the_case_at_any_stage(desk: Desk, unheeded_before: int) -> None:
    case_id = desk.open()
    for _ in range(unheeded_before):
        desk.clock.advance(timedelta(days=3))
        desk.check(case_id, False)
    desk.clock.advance(timedelta(hours=5))
    desk.check(case_id, True)
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.RESOLVED
    assert case.resolved_at == desk.clock.now() and case.next_check_at is None
    assert len(case.slips) == min(unheeded_before + 1, 3)
    if unheeded_before < 3:
        assert case.slips[-1].heeded is True
    else:  # clearance was allowed; the owner tidied up first
        assert case.slips[-1].heeded is False and case.notes and "已自行处理" in case.notes


def test_an_unheeded_check_before_the_slips_date_is_refused(desk: Desk) -> None:
    case_id = desk.open()
    desk.clock.advance(timedelta(days=3) - timedelta(seconds=1))
    with pytest.raises(RuleViolationError, match="期限未到") as error:
        desk.check(case_id, False)
    assert error.value.rule == "R14"
    desk.clock.advance(timedelta(seconds=1))  # the check time itself is due
    desk.check(case_id, False)
    assert desk.case(case_id).status is ReminderCaseStatus.SECOND_SLIP


def test_checks_on_closed_or_voided_cases_are_refused(desk: Desk) -> None:
    resolved = desk.open()
    desk.check(resolved, True)
    cleared = desk.open(location="1栋")
    desk.unheeded_until_exhausted(cleared)
    desk.clear(cleared)
    for case_id in (resolved, cleared):
        for heeded in (True, False):
            with pytest.raises(RuleViolationError) as error:
                desk.check(case_id, heeded)
            assert error.value.rule == "R14"
    voided = desk.open(location="2栋")
    desk.act(desk.supervisor, reminder_cases.void_case, voided, "贴错楼栋")
    with pytest.raises(NotFoundError) as missing:
        desk.check(voided, True)
    assert missing.value.rule == "R14"
    with pytest.raises(NotFoundError):
        desk.check(999_999, True)


def test_only_a_supervisor_or_department_head_voids_a_case(desk: Desk) -> None:
    case_id = desk.open()
    with pytest.raises(PermissionDeniedError):
        desk.act(desk.receptionist, reminder_cases.void_case, case_id, "重复登记")
    with pytest.raises(FieldError) as error:
        desk.act(desk.supervisor, reminder_cases.void_case, case_id, " ")
    assert error.value.field == "void_reason"
    desk.act(desk.supervisor, reminder_cases.void_case, case_id, "重复登记")
    assert desk.case(case_id).voided_at == desk.clock.now()


@pytest.mark.parametrize(
    "kind", [k for k in ReminderKind if k is not ReminderKind.CORRIDOR_CLUTTER], ids=lambda k: k.value
)
def test_only_corridor_clutter_can_be_cleared(desk: Desk, kind: ReminderKind) -> None:
    case_id = desk.open(kind, location="6栋")
    desk.unheeded_until_exhausted(case_id)
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.THIRD_SLIP and case.next_check_at is None
    assert "代为清理" not in case.slips[2].text
    with pytest.raises(RuleViolationError, match="楼道堆物") as error:
        desk.clear(case_id)
    assert error.value.rule == "R14"
    with pytest.raises(RuleViolationError):  # no fourth slip either
        desk.check(case_id, False)
    [due] = desk.act(None, reminder_cases.cases_due_for_check)
    assert due.case_id == case_id and due.due is ReminderDue.REFERRAL
    desk.act(desk.supervisor, reminder_cases.close_without_clearance, case_id, "已转邻里纠纷处理，居委会介入")
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.RESOLVED and case.notes and "居委会介入" in case.notes
    assert desk.act(None, reminder_cases.cases_due_for_check) == []


def test_close_without_clearance_only_when_the_slips_ran_out(desk: Desk) -> None:
    case_id = desk.open()
    with pytest.raises(RuleViolationError) as error:
        desk.act(desk.supervisor, reminder_cases.close_without_clearance, case_id, "不处理了")
    assert error.value.rule == "R14"
    desk.unheeded_until_exhausted(case_id)
    with pytest.raises(FieldError) as field_error:
        desk.act(desk.supervisor, reminder_cases.close_without_clearance, case_id, "")
    assert field_error.value.field == "notes"
    desk.act(
        desk.supervisor, reminder_cases.close_without_clearance, case_id, "业主出差，已电话联系，周末搬走"
    )
    assert desk.case(case_id).status is ReminderCaseStatus.RESOLVED


# -- clearance ----------------------------------------------------------------------------------


@pytest.mark.parametrize("unheeded", [0, 1, 2])
def test_clearance_before_the_third_slip_is_unheeded_is_refused(desk: Desk, unheeded: int) -> None:
    case_id = desk.open()
    for _ in range(unheeded):
        desk.clock.advance(timedelta(days=3))
        desk.check(case_id, False)
    with pytest.raises(RuleViolationError) as error:
        desk.clear(case_id)
    assert error.value.rule == "R14" and not isinstance(error.value, LegalRiskWarning)
    assert desk.case(case_id).cleared_items == []


def test_clearance_asks_to_confirm_the_legal_risk(desk: Desk) -> None:
    case_id = desk.open()
    desk.unheeded_until_exhausted(case_id)
    with pytest.raises(LegalRiskWarning) as warning:
        desk.clear(case_id, confirm=False)
    assert isinstance(warning.value, RuleViolationError) and warning.value.rule == "R14"
    assert "法律风险" in str(warning.value) and desk.case(case_id).number in str(warning.value)
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.CLEARANCE_ALLOWED and case.cleared_items == []
    desk.clock.advance(timedelta(hours=2))
    desk.clear(case_id, confirm=True)
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.CLEARED
    assert case.clearance_confirmed_by_id == desk.supervisor
    assert case.clearance_confirmed_at == desk.clock.now()
    assert [(i.item_number, i.description, i.storage_place) for i in case.cleared_items] == [
        (f"{case.number}-01", "蓝色鞋柜一个（三层）", "地下室仓库A架"),
        (f"{case.number}-02", "儿童自行车一辆", "地下室仓库B架"),
    ]
    assert all(i.cleared_at == desk.clock.now() and i.claimed_at is None for i in case.cleared_items)
    with pytest.raises(RuleViolationError) as again:
        desk.clear(case_id)
    assert again.value.rule == "R14"


@pytest.mark.parametrize(
    ("items", "field_name"),
    [
        ([], "items"),
        ([("鞋柜", "  ")], "storage_place"),
        ([("鞋柜", "仓库"), ("", "仓库")], "description"),
        ([("鞋柜", "仓" * 129)], "storage_place"),
    ],
)
def test_each_item_needs_a_description_and_a_storage_place(
    desk: Desk, items: list[tuple[str, str]], field_name: str
) -> None:
    case_id = desk.open()
    desk.unheeded_until_exhausted(case_id)
    with pytest.raises(FieldError) as error:
        desk.clear(case_id, items)
    assert error.value.field == field_name and error.value.rule == "R14"
    assert desk.case(case_id).status is ReminderCaseStatus.CLEARANCE_ALLOWED


def test_clearance_needs_a_person_to_confirm_it(desk: Desk) -> None:
    case_id = desk.open()
    desk.unheeded_until_exhausted(case_id)
    with pytest.raises(FieldError) as error:
        desk.act(None, reminder_cases.clear_items, case_id, ITEMS, confirm_legal_risk=True)
    assert error.value.field == "clearance_confirmed_by_id"


def test_item_numbers_are_unique_across_cases(desk: Desk) -> None:
    first = desk.open(location="1栋")
    desk.unheeded_until_exhausted(first)
    second = desk.open(location="2栋")
    desk.unheeded_until_exhausted(second)
    desk.clear(first)
    desk.clear(second, [ITEMS[0]])
    with desk.db.read() as session:
        numbers = list(session.scalars(select(ClearedItem.item_number)))
    assert len(numbers) == len(set(numbers)) == 3
    assert {number.rsplit("-", 1)[0] for number in numbers} == {
        desk.case(first).number,
        desk.case(second).number,
    }


# -- claims -------------------------------------------------------------------------------------


def _cleared_item(desk: Desk) -> ClearedItem:
    case_id = desk.open()
    desk.unheeded_until_exhausted(case_id)
    desk.clear(case_id)
    return desk.case(case_id).cleared_items[0]


@pytest.mark.parametrize(
    ("name", "signature", "field_name"),
    [("", "张三签字.png", "claimant_name"), ("张三", "  ", "claimant_signature"), (" ", "", "claimant_name")],
)
def test_a_claim_needs_the_claimants_name_and_signature(
    desk: Desk, name: str, signature: str, field_name: str
) -> None:
    item = _cleared_item(desk)
    with pytest.raises(FieldError) as error:
        desk.act(desk.receptionist, reminder_cases.claim_item, item.id, name, signature)
    assert error.value.field == field_name and error.value.rule == "R14"
    with desk.db.read() as session:
        stored = session.get(ClearedItem, item.id)
        assert stored is not None and stored.claimed_at is None


def test_an_item_is_returned_once_against_a_signature(desk: Desk) -> None:
    item = _cleared_item(desk)
    desk.clock.advance(timedelta(days=1))
    found = desk.act(None, reminder_cases.find_cleared_item, f" {item.item_number} ")
    assert found.id == item.id
    desk.act(desk.receptionist, reminder_cases.claim_item, item.id, " 张三 ", "张三（认领单签字）")
    with desk.db.read() as session:
        claimed = session.get(ClearedItem, item.id)
        assert claimed is not None
        assert (claimed.claimant_name, claimed.claimant_signature) == ("张三", "张三（认领单签字）")
        assert claimed.claimed_at == desk.clock.now()
    with pytest.raises(RuleViolationError, match="已于") as error:
        desk.act(desk.receptionist, reminder_cases.claim_item, item.id, "李四", "李四")
    assert error.value.rule == "R14"
    with pytest.raises(NotFoundError) as missing:
        desk.act(desk.receptionist, reminder_cases.claim_item, 999_999, "李四", "李四")
    assert missing.value.rule == "R14"
    with pytest.raises(NotFoundError):
        desk.act(None, reminder_cases.find_cleared_item, "TX-209912-0001-01")


# -- repeat offences ---------------------------------------------------------------------------


def _cleared_case(desk: Desk, **where: Any) -> int:
    case_id = desk.open(**where)
    desk.unheeded_until_exhausted(case_id)
    desk.clear(case_id)
    return case_id


def test_a_repeat_offence_at_the_same_room_may_be_cleared_at_once(desk: Desk) -> None:
    earlier = _cleared_case(desk, room_id=desk.rooms[0], location="12楼电梯厅")
    case_id = desk.open(room_id=desk.rooms[0], location="12楼消防通道")
    case = desk.case(case_id)
    assert case.status is ReminderCaseStatus.CLEARANCE_ALLOWED
    assert case.repeat_of_case_id == earlier and case.next_check_at is None
    [slip] = case.slips
    assert "当即清理" in slip.text and "请于" not in slip.text
    with pytest.raises(RuleViolationError) as no_more_slips:
        desk.check(case_id, False)
    assert no_more_slips.value.rule == "R14"
    with pytest.raises(LegalRiskWarning, match=desk.case(earlier).number):
        desk.clear(case_id, confirm=False)
    desk.clear(case_id, [ITEMS[1]])
    cleared = desk.case(case_id)
    assert cleared.status is ReminderCaseStatus.CLEARED
    assert cleared.slips[0].heeded is False and cleared.slips[0].checked_at == desk.clock.now()


def test_repeat_detection_by_place_kind_and_room(desk: Desk) -> None:
    earlier = _cleared_case(desk, location="8栋1单元3楼")
    assert desk.case(desk.open(location=" 8栋1单元3楼 ")).repeat_of_case_id == earlier
    other_place = desk.case(desk.open(location="8栋1单元4楼"))
    assert other_place.status is ReminderCaseStatus.FIRST_SLIP
    other_kind = desk.case(desk.open(ReminderKind.NOISE, location="8栋1单元3楼"))
    assert other_kind.status is ReminderCaseStatus.FIRST_SLIP and other_kind.repeat_of_case_id is None
    by_room = _cleared_case(desk, room_id=desk.rooms[0])
    other_room = desk.case(desk.open(room_id=desk.rooms[1]))
    assert other_room.status is ReminderCaseStatus.FIRST_SLIP
    assert desk.case(desk.open(room_id=desk.rooms[0])).repeat_of_case_id == by_room


def test_naming_the_earlier_case_must_name_a_clearance(desk: Desk) -> None:
    cleared = _cleared_case(desk, location="9栋")
    assert desk.case(desk.open(location="别处", repeat_of_case_id=cleared)).repeat_of_case_id == cleared
    not_cleared = desk.open(location="10栋")
    for bad in (not_cleared, 999_999):
        with pytest.raises(FieldError) as error:
            desk.open(location="11栋", repeat_of_case_id=bad)
        assert error.value.field == "repeat_of_case_id" and error.value.rule == "R14"
    with pytest.raises(FieldError):
        desk.open(ReminderKind.PETS, location="9栋", repeat_of_case_id=cleared)


# -- dashboard ----------------------------------------------------------------------------------


def test_cases_due_for_check_and_clearance(desk: Desk) -> None:
    due_now = desk.open(location="1栋")
    resolved = desk.open(location="2栋")
    desk.check(resolved, True)
    voided = desk.open(location="3栋")
    desk.act(desk.supervisor, reminder_cases.void_case, voided, "误登")
    desk.clock.advance(timedelta(hours=1))
    later = desk.open(location="4栋")  # due an hour after due_now
    check_time = at("2026-11-26 10:00")
    assert desk.act(None, reminder_cases.cases_due_for_check, check_time - timedelta(seconds=1)) == []
    [line] = desk.act(None, reminder_cases.cases_due_for_check, check_time)  # due at exactly its time
    assert (line.case_id, line.due, line.due_since, line.slips_posted) == (
        due_now,
        ReminderDue.CHECK,
        check_time,
        1,
    )
    assert line.status is ReminderCaseStatus.FIRST_SLIP and line.location == "1栋"
    lines = desk.act(None, reminder_cases.cases_due_for_check, check_time + timedelta(hours=1))
    assert [row.case_id for row in lines] == [due_now, later]
    clearable = desk.open(location="5栋", room_id=desk.rooms[0])
    desk.unheeded_until_exhausted(clearable)
    lines = desk.act(None, reminder_cases.cases_due_for_check)
    clear_line = next(row for row in lines if row.case_id == clearable)
    assert clear_line.due is ReminderDue.CLEARANCE and clear_line.room == "3-2-1201"
    assert clear_line.due_since == desk.clock.now() and clear_line.slips_posted == 3
    # An "as of" view before the slips ran out does not list it for clearance.
    earlier = desk.act(None, reminder_cases.cases_due_for_check, desk.clock.now() - timedelta(seconds=1))
    assert clearable not in {row.case_id for row in earlier}
    desk.clear(clearable)
    assert clearable not in {row.case_id for row in desk.act(None, reminder_cases.cases_due_for_check)}
    assert {resolved, voided}.isdisjoint(
        row.case_id for row in desk.act(None, reminder_cases.cases_due_for_check)
    )


def test_due_cases_agree_with_a_plain_reading_of_the_cases(desk: Desk) -> None:
    """Issue 18: the R14 tile reads each case's room, number of slips and last slip by
    correlated lookups in one statement; for cases in every state, at several moments,
    it lists what the cases and their slips as objects say, on both databases."""
    opened = [
        desk.open(location=f"{n}栋", room_id=desk.rooms[n % len(desk.rooms)] if n % 2 else None)
        for n in range(4)
    ]
    desk.clock.advance(timedelta(days=3, hours=1))
    desk.check(opened[1], False)  # a second slip
    desk.check(opened[2], True)  # resolved
    desk.unheeded_until_exhausted(opened[3])  # corridor clutter: may be cleared
    other = desk.open(ReminderKind.NOISE, location="9栋")
    desk.unheeded_until_exhausted(other)  # other kinds: referred
    voided = desk.open(location="8栋")
    desk.act(desk.supervisor, reminder_cases.void_case, voided, "误登")
    now = desk.clock.now()
    db = desk.db
    in_slips = set(reminder_cases.SLIP_STATUSES.values())
    with db.read() as session:
        cases = session.scalars(select(ReminderCase).where(ReminderCase.voided_at.is_(None))).all()
        plain = [
            (case, sorted(case.slips, key=lambda slip: slip.sequence), case.room.code if case.room else None)
            for case in cases
        ]
        reasons: set[ReminderDue] = set()
        for moment in (now - timedelta(days=30), now - timedelta(days=3), now, now + timedelta(days=30)):
            expected = []
            for case, slips, room in plain:
                if (
                    case.status in in_slips
                    and case.next_check_at is not None
                    and case.next_check_at <= moment
                ):
                    reason, since = ReminderDue.CHECK, case.next_check_at
                elif case.status is ReminderCaseStatus.CLEARANCE_ALLOWED or (
                    case.status is ReminderCaseStatus.THIRD_SLIP and case.next_check_at is None
                ):
                    if case.next_check_at is not None:
                        reason, since = ReminderDue.CHECK, case.next_check_at
                    elif not slips:
                        continue
                    else:
                        clearable = case.status is ReminderCaseStatus.CLEARANCE_ALLOWED
                        reason = ReminderDue.CLEARANCE if clearable else ReminderDue.REFERRAL
                        since = slips[-1].checked_at or slips[-1].posted_at
                else:
                    continue
                if since <= moment:
                    expected.append((case.id, room, reason, since, len(slips)))
            found = [
                (line.case_id, line.room, line.due, line.due_since, line.slips_posted)
                for line in reminder_cases.cases_due_for_check(session, moment)
            ]
            assert sorted(found) == sorted(expected), moment
            reasons |= {line[2] for line in found}
    assert reasons == set(ReminderDue)  # every kind of due case was compared


# -- slip texts ---------------------------------------------------------------------------------


KIND_WORDS = {
    ReminderKind.CORRIDOR_CLUTTER: "楼道",
    ReminderKind.HIGH_ALTITUDE_THROWING: "高空抛物",
    ReminderKind.PETS: "宠物",
    ReminderKind.NOISE: "噪音",
    ReminderKind.RENOVATION: "装修",
    ReminderKind.OTHER: "公共秩序",
}


@pytest.mark.parametrize("kind", list(ReminderKind), ids=lambda k: k.value)
def test_every_kind_has_its_own_polite_text(kind: ReminderKind) -> None:
    templates = reminder_cases.load_slip_templates()
    assert templates.kinds[kind] != reminder_cases.FALLBACK_TEMPLATES.kinds[kind]  # read from the file
    text = reminder_cases.slip_text(kind, "7栋", 1, at("2026-12-01 00:00").date(), templates=templates)
    assert text.startswith("尊敬的业主/住户：") and "感谢您的理解与配合" in text
    assert "7栋" in text and "12月1日" in text and "{" not in text
    assert KIND_WORDS[kind] in text
    assert "第二次" in reminder_cases.slip_text(kind, "7栋", 2, None, templates=templates)
    assert "第三次" in reminder_cases.slip_text(kind, "7栋", 3, None, templates=templates)


def test_missing_or_broken_template_files_fall_back(tmp_path: Path) -> None:
    assert reminder_cases.load_slip_templates(tmp_path / "missing.json") == reminder_cases.FALLBACK_TEMPLATES
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert reminder_cases.load_slip_templates(tmp_path / "bad.json") == reminder_cases.FALLBACK_TEMPLATES
    partial = {
        "kinds": {
            "noise": "安静：{location}{unknown}",
            "pets": ["宠物：", "{location}，请于{deadline}前处理。"],
        },
        "reminders": {"second": 7},
    }
    (tmp_path / "partial.json").write_text(json.dumps(partial, ensure_ascii=False), encoding="utf-8")
    templates = reminder_cases.load_slip_templates(tmp_path / "partial.json")
    assert templates.kinds[ReminderKind.NOISE] == reminder_cases.FALLBACK_TEMPLATES.kinds[ReminderKind.NOISE]
    assert templates.kinds[ReminderKind.PETS] == "宠物：\n{location}，请于{deadline}前处理。"
    assert templates.second == reminder_cases.FALLBACK_TEMPLATES.second
    fallback = reminder_cases.slip_text(ReminderKind.NOISE, "7栋", 3, None, templates=templates)
    assert "7栋" in fallback and "噪音" in fallback and "第三次" in fallback


# -- property: any sequence of actions keeps every case consistent -------------------------------

CLOSED = (ReminderCaseStatus.RESOLVED, ReminderCaseStatus.CLEARED)
SLIP_STATUS = {
    1: ReminderCaseStatus.FIRST_SLIP,
    2: ReminderCaseStatus.SECOND_SLIP,
    3: ReminderCaseStatus.THIRD_SLIP,
}


@dataclass
class ModelCase:
    """What R14 says the case should be, kept beside the database."""

    kind: ReminderKind
    location: str
    status: ReminderCaseStatus
    slips: int
    next_check: datetime | None
    repeat: bool
    exhausted: bool = False


class SlipCases(RuleBasedStateMachine):
    desk: ClassVar[Desk]
    cases = Bundle("cases")

    def __init__(self) -> None:
        super().__init__()
        self.places = [f"{uuid.uuid4().hex[:6]}-{n}号楼道" for n in range(2)]
        self.model: dict[int, ModelCase] = {}

    def _refused(self, call: Callable[[], Any]) -> DomainError | None:
        try:
            call()
        except DomainError as error:
            return error
        return None

    @initialize(target=cases)
    def a_case_whose_slips_ran_out(self) -> int:
        """Every run starts with corridor clutter that may be cleared, so clearances,
        claims and repeat offences are reached in most runs."""
        case_id = self.open_case(ReminderKind.CORRIDOR_CLUTTER, 0)
        self.ignore_case(case_id)
        return case_id

    @precondition(lambda self: sum(m.status not in CLOSED for m in self.model.values()) < 4)
    @rule(
        target=cases,
        kind=st.sampled_from([ReminderKind.CORRIDOR_CLUTTER, ReminderKind.HIGH_ALTITUDE_THROWING]),
        place=st.integers(0, 1),
    )
    def open_case(self, kind: ReminderKind, place: int) -> int:
        location = self.places[place]
        repeat = kind is ReminderKind.CORRIDOR_CLUTTER and any(
            m.location == location and m.kind is kind and m.status is ReminderCaseStatus.CLEARED
            for m in self.model.values()
        )
        case_id = self.desk.open(kind, location=location)
        now = self.desk.clock.current
        self.model[case_id] = ModelCase(
            kind,
            location,
            ReminderCaseStatus.CLEARANCE_ALLOWED if repeat else ReminderCaseStatus.FIRST_SLIP,
            1,
            None if repeat else now + timedelta(days=3),
            repeat,
        )
        return case_id

    @rule(hours=st.sampled_from([1, 30, 72]))
    def wait(self, hours: int) -> None:
        self.desk.clock.advance(timedelta(hours=hours))

    @rule(data=st.data())
    def ignore_the_slips(self, data: st.DataObject) -> None:
        """Wait for each check and find the slip unheeded, until the slips run out (the
        long way to a clearance, in one step, so the machine gets there often)."""
        case_id = self._pick(data, [i for i, m in self.model.items() if m.next_check is not None])
        if case_id is not None:
            self.ignore_case(case_id)

    def ignore_case(self, case_id: int) -> None:
        for _ in range(reminder_cases.MAX_SLIPS):
            m = self.model[case_id]
            if m.next_check is None:
                break
            self.desk.clock.advance(max(m.next_check - self.desk.clock.current, timedelta(0)))
            self.check(case_id, False)

    @rule(case_id=cases, heeded=st.booleans())
    def check(self, case_id: int, heeded: bool) -> None:
        m = self.model[case_id]
        now = self.desk.clock.current
        error = self._refused(lambda: self.desk.check(case_id, heeded))
        closed = m.status in CLOSED
        if closed or (
            not heeded
            and (
                m.status is ReminderCaseStatus.CLEARANCE_ALLOWED
                or m.exhausted
                or (m.next_check is not None and now < m.next_check)
            )
        ):
            assert isinstance(error, RuleViolationError) and error.rule == "R14"
            return
        assert error is None
        if heeded:
            m.status, m.next_check = ReminderCaseStatus.RESOLVED, None
        elif m.slips < 3:
            m.slips += 1
            m.status, m.next_check = SLIP_STATUS[m.slips], now + timedelta(days=3)
        else:
            m.exhausted, m.next_check = True, None
            if m.kind is ReminderKind.CORRIDOR_CLUTTER:
                m.status = ReminderCaseStatus.CLEARANCE_ALLOWED

    def _pick(self, data: st.DataObject, preferred: list[int]) -> int | None:
        """Mostly a case where the action is legal (else the machine seldom gets
        there), sometimes any case (to see the refusals)."""
        if not self.model:
            return None
        pool = preferred if preferred and data.draw(st.integers(0, 3)) > 0 else sorted(self.model)
        return data.draw(st.sampled_from(pool))

    @rule(
        data=st.data(),
        confirm=st.sampled_from([True, True, False]),
        count=st.sampled_from([1, 2, 0]),
        blank_place=st.sampled_from([False, False, True]),
    )
    def clear(self, data: st.DataObject, confirm: bool, count: int, blank_place: bool) -> None:
        allowed = [i for i, m in self.model.items() if m.status is ReminderCaseStatus.CLEARANCE_ALLOWED]
        case_id = self._pick(data, allowed)
        if case_id is None:
            return
        m = self.model[case_id]
        items = [(f"物品{n}", "" if blank_place else "仓库") for n in range(count)]
        error = self._refused(lambda: self.desk.clear(case_id, items, confirm=confirm))
        if m.status is not ReminderCaseStatus.CLEARANCE_ALLOWED:
            assert isinstance(error, RuleViolationError) and not isinstance(error, LegalRiskWarning)
        elif count == 0 or blank_place:
            assert isinstance(error, FieldError)
        elif not confirm:
            assert isinstance(error, LegalRiskWarning)
        else:
            assert error is None
            m.status = ReminderCaseStatus.CLEARED

    @rule(data=st.data())
    def claim(self, data: st.DataObject) -> None:
        cleared = [i for i, m in self.model.items() if m.status is ReminderCaseStatus.CLEARED]
        if not cleared:
            return
        items = self.desk.case(data.draw(st.sampled_from(cleared))).cleared_items
        item = data.draw(st.sampled_from(items))
        name = data.draw(st.sampled_from(["张三", ""]))
        signature = data.draw(st.sampled_from(["张三（签字）", ""]))
        error = self._refused(
            lambda: self.desk.act(self.desk.receptionist, reminder_cases.claim_item, item.id, name, signature)
        )
        if item.claimed_at is not None:
            assert isinstance(error, RuleViolationError)
        elif not name or not signature:
            assert isinstance(error, FieldError)
        else:
            assert error is None

    @invariant()
    def every_case_is_consistent(self) -> None:
        for case_id, m in self.model.items():
            case = self.desk.case(case_id)
            assert case.status is m.status
            assert [slip.sequence for slip in case.slips] == list(range(1, m.slips + 1))
            assert len(case.slips) <= reminder_cases.MAX_SLIPS
            assert case.next_check_at == m.next_check
            assert all(slip.checked_at is not None and slip.heeded is False for slip in case.slips[:-1])
            for slip in case.slips:
                if case.kind is ReminderKind.HIGH_ALTITUDE_THROWING:
                    assert slip.signatories == THREE
                else:
                    assert slip.signatories == ["物业服务中心"]
            third_unheeded = len(case.slips) == 3 and case.slips[2].heeded is False
            if case.status in (ReminderCaseStatus.CLEARANCE_ALLOWED, ReminderCaseStatus.CLEARED):
                # Never before the third slip is unheeded, unless a repeat offence.
                assert case.kind is ReminderKind.CORRIDOR_CLUTTER
                assert third_unheeded or case.repeat_of_case_id is not None
            if case.status is ReminderCaseStatus.CLEARED:
                assert case.cleared_items and case.clearance_confirmed_by_id == self.desk.supervisor
                assert case.clearance_confirmed_at is not None
            else:
                assert case.cleared_items == []
            if case.status is ReminderCaseStatus.RESOLVED:
                assert case.resolved_at is not None
            for item in case.cleared_items:
                assert item.item_number.startswith(f"{case.number}-") and item.storage_place
                if item.claimed_at is not None:
                    assert item.claimant_name and item.claimant_signature
        with self.desk.db.read() as session:
            numbers = list(session.scalars(select(ClearedItem.item_number)))
        assert len(numbers) == len(set(numbers))


def test_any_sequence_of_actions_keeps_every_case_consistent(desk: Desk) -> None:
    SlipCases.desk = desk
    run_state_machine_as_test(
        SlipCases, settings=settings(max_examples=30, stateful_step_count=30, deadline=None)
    )
