"""Rectification notices 整改通知书 (R15, SPEC 2.6): the mandatory deadline, the refusal
evidence (photo or witness), inspections, the overdue boundary, escalation only when
overdue, and the history the report letter prints; a property test over random action
sequences. On SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import Building, Client, RectificationNotice, Room, Setting, Staff
from desk_app.models.database import Database
from desk_app.models.enums import NoticeIssue, NoticeStatus, ServiceResult, StaffRole
from desk_app.services import rectification_notices, reminder_cases
from desk_app.services.errors import (
    DomainError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
)
from desk_app.services.rectification_notices import NoticeEventKind

SH = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 23)  # a Monday


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


@dataclass
class Office:
    db: Database
    clock: FixedClock
    steward: int
    supervisor: int
    room: int
    client: int

    def act(self, actor: int | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with self.db.begin(actor_id=actor) as session:
            return fn(session, *args, **kwargs)

    def issue(self, **kwargs: Any) -> int:
        values: dict[str, Any] = {
            "room_id": self.room,
            "client_id": self.client,
            "issue": NoticeIssue.ILLEGAL_CONSTRUCTION,
            "issue_description": "在露台违规搭建阳光房（约12平方米）",
            "required_action": "自行拆除露台搭建物，恢复原状",
            "deadline": TODAY + timedelta(days=7),
        }
        values.update(kwargs)
        notice = self.act(self.steward, rectification_notices.issue_notice, **values)
        assert isinstance(notice, RectificationNotice)
        return notice.id

    def get(self, notice_id: int) -> RectificationNotice:
        with self.db.read() as session:
            notice = session.get(RectificationNotice, notice_id)
            assert notice is not None
            _ = notice.inspections
            return notice

    def overdue_ids(self, today: date | None = None) -> list[int]:
        return [row.notice_id for row in self.act(None, rectification_notices.overdue_notices, today)]


def make_office(db: Database) -> Office:
    clock = FixedClock(at("2026-11-23 10:00"))
    db.clock = clock
    with db.begin() as session:
        steward = Staff(
            login="guan", name="管家小王", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=True
        )
        supervisor = Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR, cleared_to_work_alone=True)
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        client = Client(name="张三", name_initials="zs")
        session.add_all([steward, supervisor, room, client])
        session.flush()
        return Office(db, clock, steward.id, supervisor.id, room.id, client.id)


@pytest.fixture
def office(db: Database) -> Office:
    return make_office(db)


# -- issuing ----------------------------------------------------------------------------------


def test_issue_notice(office: Office) -> None:
    notice = office.get(office.issue(joint_with_owners_committee=True))
    assert notice.number.startswith("ZG-202611-")
    assert notice.status is NoticeStatus.ISSUED and notice.service_result is ServiceResult.PENDING
    assert notice.issued_at == at("2026-11-23 10:00") and notice.issued_by_id == office.steward
    assert notice.deadline == date(2026, 11, 30) and notice.joint_with_owners_committee
    assert notice.served_at is None and notice.rectified_at is None and notice.escalated_at is None


def test_the_deadline_is_mandatory_and_not_in_the_past(office: Office) -> None:
    for deadline in (None, TODAY - timedelta(days=1)):
        with pytest.raises(FieldError) as error:
            office.issue(deadline=deadline)
        assert error.value.field == "deadline" and error.value.rule == "R15"
    assert office.get(office.issue(deadline=TODAY)).deadline == TODAY  # today is allowed


def test_the_deadline_is_the_communitys_date(office: Office) -> None:
    office.clock.current = at("2026-11-24 00:30")  # still the 23rd in UTC
    with pytest.raises(FieldError):
        office.issue(deadline=date(2026, 11, 23))
    assert office.get(office.issue(deadline=date(2026, 11, 24))).deadline == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("changes", "field_name"),
    [
        ({"issue_description": "  "}, "issue_description"),
        ({"required_action": ""}, "required_action"),
        ({"room_id": 999_999}, "room_id"),
        ({"client_id": 999_999}, "client_id"),
    ],
)
def test_issue_fields_are_checked(office: Office, changes: dict[str, Any], field_name: str) -> None:
    with pytest.raises(FieldError) as error:
        office.issue(**changes)
    assert error.value.field == field_name and error.value.rule == "R15"


def test_a_notice_without_a_named_client_is_allowed(office: Office) -> None:
    assert office.get(office.issue(client_id=None)).client_id is None


# -- service ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("photo", "witness", "accepted"),
    [
        ("photos/ZG-3-2-1201-refused.jpg", None, True),
        (None, "业委会委员李四", True),
        ("photos/refused.jpg", "居委会王主任", True),
        (None, None, False),
        ("  ", "", False),
    ],
)
def test_a_refusal_needs_a_photo_or_a_witness(
    office: Office, photo: str | None, witness: str | None, accepted: bool
) -> None:
    notice_id = office.issue()
    call = lambda: office.act(  # noqa: E731
        office.steward, rectification_notices.record_service, notice_id, ServiceResult.REFUSED, photo, witness
    )
    if not accepted:
        with pytest.raises(FieldError) as error:
            call()
        assert error.value.field == "refusal_witness" and error.value.rule == "R15"
        assert office.get(notice_id).service_result is ServiceResult.PENDING
        return
    call()
    notice = office.get(notice_id)
    assert notice.service_result is ServiceResult.REFUSED and notice.served_at == office.clock.now()
    assert notice.refusal_photo_path == (photo.strip() if photo and photo.strip() else None)
    assert notice.refusal_witness == (witness or None)


def test_signed_service_and_illegal_service_steps(office: Office) -> None:
    notice_id = office.issue()
    with pytest.raises(FieldError) as pending:
        office.act(office.steward, rectification_notices.record_service, notice_id, ServiceResult.PENDING)
    assert pending.value.field == "service_result"
    office.act(
        office.steward,
        rectification_notices.record_service,
        notice_id,
        ServiceResult.SIGNED,
        "ignored.jpg",
        "某人",
    )
    notice = office.get(notice_id)
    assert notice.service_result is ServiceResult.SIGNED
    assert notice.refusal_photo_path is None and notice.refusal_witness is None
    with pytest.raises(RuleViolationError) as twice:
        office.act(
            office.steward,
            rectification_notices.record_service,
            notice_id,
            ServiceResult.REFUSED,
            None,
            "李四",
        )
    assert twice.value.rule == "R15"
    rectified = office.issue()
    office.act(office.steward, rectification_notices.record_inspection, rectified, True, "已拆除")
    with pytest.raises(RuleViolationError):
        office.act(office.steward, rectification_notices.record_service, rectified, ServiceResult.SIGNED)


# -- inspections --------------------------------------------------------------------------------


def test_inspections_until_rectified(office: Office) -> None:
    notice_id = office.issue()
    office.clock.advance(timedelta(days=3))
    office.act(
        office.steward, rectification_notices.record_inspection, notice_id, False, "搭建物仍在，已再次劝说"
    )
    assert office.get(notice_id).status is NoticeStatus.ISSUED
    office.clock.advance(timedelta(days=3))
    office.act(
        office.steward, rectification_notices.record_inspection, notice_id, True, "已拆除，露台恢复原状"
    )
    notice = office.get(notice_id)
    assert notice.status is NoticeStatus.RECTIFIED and notice.rectified_at == at("2026-11-29 10:00")
    assert [(i.rectified, i.staff_id) for i in notice.inspections] == [
        (False, office.steward),
        (True, office.steward),
    ]
    with pytest.raises(RuleViolationError) as error:
        office.act(office.steward, rectification_notices.record_inspection, notice_id, False, "再看一次")
    assert error.value.rule == "R15"


def test_an_inspection_records_what_was_found(office: Office) -> None:
    notice_id = office.issue()
    with pytest.raises(FieldError) as error:
        office.act(office.steward, rectification_notices.record_inspection, notice_id, True, " ")
    assert error.value.field == "finding"
    with pytest.raises(NotFoundError) as missing:
        office.act(office.steward, rectification_notices.record_inspection, 999_999, True, "已拆除")
    assert missing.value.rule == "R15"


# -- overdue and escalation -------------------------------------------------------------------


def test_overdue_boundary(office: Office) -> None:
    due_23rd = office.issue(deadline=TODAY)
    office.clock.advance(timedelta(days=1))  # 2026-11-24
    due_24th = office.issue(deadline=date(2026, 11, 24))
    assert office.overdue_ids(date(2026, 11, 23)) == []  # the deadline day itself is not late
    [line] = office.act(None, rectification_notices.overdue_notices)  # today from the clock: the 24th
    assert line.notice_id == due_23rd and line.days_overdue == 1
    assert (line.number, line.room, line.client_name) == (office.get(due_23rd).number, "3-2-1201", "张三")
    assert line.issue is NoticeIssue.ILLEGAL_CONSTRUCTION and line.service_result is ServiceResult.PENDING
    assert office.overdue_ids(date(2026, 12, 4)) == [due_23rd, due_24th]
    assert office.act(None, rectification_notices.overdue_notices, date(2026, 12, 4))[0].days_overdue == 11


def test_rectified_escalated_and_voided_notices_are_not_overdue(office: Office) -> None:
    rectified, escalated, voided, open_one = (office.issue(deadline=TODAY) for _ in range(4))
    office.clock.advance(timedelta(days=2))
    office.act(office.steward, rectification_notices.record_inspection, rectified, True, "已整改")
    office.act(office.supervisor, rectification_notices.escalate, escalated, "街道办城管科")
    office.act(office.supervisor, rectification_notices.void_notice, voided, "房号登记错误")
    assert office.overdue_ids() == [open_one]


def test_escalation_only_for_overdue_notices(office: Office) -> None:
    notice_id = office.issue(deadline=date(2026, 11, 25))
    office.clock.current = at("2026-11-25 23:59")  # the deadline day: not yet overdue
    with pytest.raises(RuleViolationError, match="尚未过") as early:
        office.act(office.supervisor, rectification_notices.escalate, notice_id, "街道办")
    assert early.value.rule == "R15"
    office.clock.current = at("2026-11-26 08:00")
    with pytest.raises(FieldError) as blank:
        office.act(office.supervisor, rectification_notices.escalate, notice_id, " ")
    assert blank.value.field == "escalated_to"
    office.act(office.supervisor, rectification_notices.escalate, notice_id, "莲花街道办事处城管科")
    notice = office.get(notice_id)
    assert notice.status is NoticeStatus.ESCALATED
    assert notice.escalated_at == at("2026-11-26 08:00") and notice.escalated_to == "莲花街道办事处城管科"
    with pytest.raises(RuleViolationError):
        office.act(office.supervisor, rectification_notices.escalate, notice_id, "区规划局")
    rectified = office.issue(deadline=TODAY + timedelta(days=3))
    office.act(office.steward, rectification_notices.record_inspection, rectified, True, "已整改")
    with pytest.raises(RuleViolationError):
        office.act(office.supervisor, rectification_notices.escalate, rectified, "街道办")


def test_inspections_continue_after_escalation(office: Office) -> None:
    notice_id = office.issue(deadline=TODAY)
    office.clock.advance(timedelta(days=5))
    office.act(office.supervisor, rectification_notices.escalate, notice_id, "城管办")
    office.clock.advance(timedelta(days=20))
    office.act(
        office.steward, rectification_notices.record_inspection, notice_id, True, "城管限期拆除后已拆除"
    )
    assert office.get(notice_id).status is NoticeStatus.RECTIFIED


def test_only_a_supervisor_or_department_head_voids_a_notice(office: Office) -> None:
    notice_id = office.issue()
    with pytest.raises(PermissionDeniedError):
        office.act(office.steward, rectification_notices.void_notice, notice_id, "重复")
    office.act(office.supervisor, rectification_notices.void_notice, notice_id, "重复")
    with pytest.raises(NotFoundError):
        office.act(None, rectification_notices.notice_history, notice_id)


# -- history for the report letter -----------------------------------------------------------


def test_notice_history_lists_everything_in_order(office: Office) -> None:
    with office.db.begin() as session:
        session.add(Setting(key="community_name", value="阳光花园"))
        session.add(Setting(key=reminder_cases.SIGNATORY_OWNERS_COMMITTEE, value="阳光花园业主委员会"))
    notice_id = office.issue(deadline=date(2026, 11, 30), joint_with_owners_committee=True)
    office.clock.advance(timedelta(hours=2))
    office.act(
        office.steward,
        rectification_notices.record_service,
        notice_id,
        ServiceResult.REFUSED,
        "p/1.jpg",
        "业委会李四",
    )
    office.clock.current = at("2026-12-01 09:00")
    office.act(office.supervisor, rectification_notices.record_inspection, notice_id, False, "搭建物仍在")
    office.clock.current = at("2026-12-03 09:00")
    office.act(office.supervisor, rectification_notices.escalate, notice_id, "莲花街道办事处")
    office.clock.current = at("2026-12-20 09:00")
    office.act(office.steward, rectification_notices.record_inspection, notice_id, True, "已由城管拆除")
    history = office.act(None, rectification_notices.notice_history, notice_id)
    assert history.number == office.get(notice_id).number
    assert (history.room, history.client_name, history.issued_by) == ("3-2-1201", "张三", "管家小王")
    assert history.issuers == ("阳光花园物业服务中心", "阳光花园业主委员会")
    assert history.service_result is ServiceResult.REFUSED
    assert (history.refusal_photo_path, history.refusal_witness) == ("p/1.jpg", "业委会李四")
    assert [(i.staff, i.rectified) for i in history.inspections] == [("朱主管", False), ("管家小王", True)]
    assert history.status is NoticeStatus.RECTIFIED and history.escalated_to == "莲花街道办事处"
    assert [event.kind for event in history.events] == [
        NoticeEventKind.ISSUED,
        NoticeEventKind.SERVED,
        NoticeEventKind.INSPECTED,
        NoticeEventKind.ESCALATED,
        NoticeEventKind.INSPECTED,
    ]
    times = [event.at for event in history.events]
    assert times == sorted(times)
    # Chinese dates throughout: the letter prints this text (issue 16, item 8)
    assert "2026年11月30日" in history.events[0].text and "阳光花园业主委员会" in history.events[0].text
    assert "-11-" not in history.events[0].text
    assert "p/1.jpg" not in history.events[1].text  # a typed-in file path is never printed
    assert [e.text for e in history.events if e.kind is NoticeEventKind.INSPECTED] == [
        "未整改：搭建物仍在",
        "已整改：已由城管拆除",
    ]
    assert "拒签" in history.events[1].text and "业委会李四" in history.events[1].text
    assert "逾期 3 天" in history.events[3].text and "莲花街道办事处" in history.events[3].text


def test_history_of_a_notice_issued_by_the_centre_alone(office: Office) -> None:
    history = office.act(None, rectification_notices.notice_history, office.issue())
    assert history.issuers == ("物业服务中心",) and [e.kind for e in history.events] == [
        NoticeEventKind.ISSUED
    ]
    assert history.served_at is None and history.inspections == ()


# -- property: random actions keep every notice consistent --------------------------------------

ACTIONS = ["sign", "refuse_with_photo", "refuse_bare", "inspect_no", "inspect_yes", "escalate", "wait"]


@pytest.fixture(scope="module")
def property_office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    path: Path = tmp_path_factory.mktemp("notices") / "desk.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    return make_office(db)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    days=st.integers(0, 5),
    actions=st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=10),
)
def test_any_sequence_of_actions_keeps_the_notice_consistent(
    property_office: Office, days: int, actions: list[str]
) -> None:
    office = property_office
    notice_id = office.issue(
        deadline=office.act(None, rectification_notices.community_today) + timedelta(days=days)
    )
    steps: dict[str, Callable[[], object]] = {
        "sign": lambda: office.act(
            office.steward, rectification_notices.record_service, notice_id, ServiceResult.SIGNED
        ),
        "refuse_with_photo": lambda: office.act(
            office.steward, rectification_notices.record_service, notice_id, ServiceResult.REFUSED, "p.jpg"
        ),
        "refuse_bare": lambda: office.act(
            office.steward, rectification_notices.record_service, notice_id, ServiceResult.REFUSED
        ),
        "inspect_no": lambda: office.act(
            office.steward, rectification_notices.record_inspection, notice_id, False, "未整改"
        ),
        "inspect_yes": lambda: office.act(
            office.steward, rectification_notices.record_inspection, notice_id, True, "已整改"
        ),
        "escalate": lambda: office.act(
            office.supervisor, rectification_notices.escalate, notice_id, "街道办"
        ),
        "wait": lambda: office.clock.advance(timedelta(days=1)),
    }
    for action in actions:
        with contextlib.suppress(DomainError):  # refused with a rule: fine; anything else fails
            steps[action]()
        notice = office.get(notice_id)
        today = office.act(None, rectification_notices.community_today)
        listed = notice_id in office.overdue_ids()
        assert listed == (notice.status is NoticeStatus.ISSUED and notice.deadline < today)
        if notice.service_result is ServiceResult.REFUSED:
            assert notice.refusal_photo_path or notice.refusal_witness
        if notice.status is NoticeStatus.RECTIFIED:
            assert notice.rectified_at is not None and sum(i.rectified for i in notice.inspections) == 1
        else:
            assert notice.rectified_at is None and not any(i.rectified for i in notice.inspections)
        if notice.escalated_at is not None:
            assert notice.escalated_to and notice.escalated_at.astimezone(SH).date() > notice.deadline
        if notice.status is NoticeStatus.ESCALATED:
            assert notice.escalated_at is not None


@pytest.mark.parametrize(
    ("rectified", "finding", "text"),
    [
        (False, "未整改", "未整改"),
        (False, "仍未整改，阳台杂物未清", "仍未整改，阳台杂物未清"),
        (False, "杂物仍在", "未整改：杂物仍在"),
        (True, "已整改完毕", "已整改完毕"),
        (True, "已拆除", "已整改：已拆除"),
    ],
)
def test_an_inspection_line_never_doubles_its_verdict(
    office: Office, rectified: bool, finding: str, text: str
) -> None:
    """Issue 16, item 8: the letter printed "未整改：未整改"."""
    notice_id = office.issue()
    office.act(office.steward, rectification_notices.record_inspection, notice_id, rectified, finding)
    history = office.act(None, rectification_notices.notice_history, notice_id)
    assert [e.text for e in history.events if e.kind is NoticeEventKind.INSPECTED] == [text]
