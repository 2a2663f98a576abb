"""Reception books (SPEC 2.8): visitors, letters (R18), documents and faxes (never shown
to third parties), media contacts (R17) and fee services, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk_app.clock import FixedClock
from desk_app.models import (
    Building,
    Client,
    Complaint,
    Department,
    DispatchSlip,
    DocumentTransfer,
    FeeService,
    Letter,
    MediaVisit,
    Room,
    Staff,
    Visitor,
    WorkLogEntry,
)
from desk_app.models.database import Database
from desk_app.models.enums import (
    Category,
    Channel,
    ComplaintStatus,
    FeeItem,
    LetterKind,
    MediaContactMode,
    StaffRole,
    WorkLogStatus,
)
from desk_app.services import reception
from desk_app.services.errors import (
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
)

SH = ZoneInfo("Asia/Shanghai")
T = TypeVar("T")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


NOW = at("2026-11-23 10:00")  # a Monday


@dataclass
class Desk:
    """A centre with one of each role, two departments, a room and a client."""

    db: Database
    clock: FixedClock
    receptionist: int
    supervisor: int
    head: int
    admin: int
    steward: int
    other_steward: int
    engineering: int
    administration: int
    room: int
    client: int

    def act(self, actor: int | None, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.db.begin(actor_id=actor) as session:
            return fn(session, *args, **kwargs)

    def count(self, model: type[Any]) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    def get(self, model: type[T], record_id: int) -> T:
        with self.db.read() as session:
            record = session.get(model, record_id)
            assert record is not None
            return record


def _add(db: Database, obj: Any) -> int:
    with db.begin() as session:
        session.add(obj)
        session.flush()
        return int(obj.id)


def make_desk(db: Database) -> Desk:
    clock = FixedClock(NOW)
    db.clock = clock
    engineering = _add(db, Department(name="工程部"))
    administration = _add(db, Department(name="行政人事部"))

    def staff(login: str, name: str, role: StaffRole, department: int | None = None) -> int:
        return _add(
            db, Staff(login=login, name=name, role=role, department_id=department, cleared_to_work_alone=True)
        )

    room = _add(
        db,
        Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        ),
    )
    return Desk(
        db=db,
        clock=clock,
        receptionist=staff("qian", "钱前台", StaffRole.RECEPTIONIST),
        supervisor=staff("zhu", "朱主管", StaffRole.SUPERVISOR),
        head=staff("jing", "经理老郑", StaffRole.DEPARTMENT_HEAD),
        admin=staff("root", "管理员", StaffRole.ADMINISTRATOR),
        steward=staff("wang", "管家小王", StaffRole.SERVICE_STAFF, engineering),
        other_steward=staff("li", "管家小李", StaffRole.SERVICE_STAFF, engineering),
        engineering=engineering,
        administration=administration,
        room=room,
        client=_add(db, Client(name="张三", name_initials="zs")),
    )


@pytest.fixture
def desk(db: Database) -> Desk:
    return make_desk(db)


# -- visitors ---------------------------------------------------------------------------


def test_a_visitor_is_registered_and_leaves(desk: Desk) -> None:
    visitor = desk.act(
        desk.receptionist,
        reception.register_visitor,
        visitor_name=" 李四 ",
        visiting_room_id=desk.room,
        host_name="张三",
        visitor_phone="13800000000",
        party_size=2,
        purpose="探亲",
    )
    assert visitor.number.startswith("FK-202611-")
    assert visitor.visitor_name == "李四"
    assert visitor.arrived_at == NOW
    assert visitor.host_contacted is False and visitor.host_agreed is None
    with desk.db.read() as s:
        assert [v.id for v in reception.visitors_on_site(s)] == [visitor.id]

    desk.act(desk.receptionist, reception.record_host_answer, visitor.id, True)
    desk.clock.advance(timedelta(hours=1))
    left = desk.act(desk.receptionist, reception.visitor_left, visitor.id)
    assert left.left_at == NOW + timedelta(hours=1)
    stored = desk.get(Visitor, visitor.id)
    assert stored.host_contacted is True and stored.host_agreed is True
    with desk.db.read() as s:
        assert reception.visitors_on_site(s) == []


@pytest.mark.parametrize(
    ("party_size", "ok"),
    [(1, True), (5, True), (reception.MAX_PARTY_SIZE, True), (0, False), (-1, False), (101, False)],
)
def test_party_size(desk: Desk, party_size: int, ok: bool) -> None:
    def register() -> Visitor:
        return desk.act(
            desk.receptionist,
            reception.register_visitor,
            visitor_name="李四",
            host_name="张三",
            party_size=party_size,
        )

    if ok:
        assert register().party_size == party_size
    else:
        with pytest.raises(FieldError) as error:
            register()
        assert error.value.field == "party_size"
        assert desk.count(Visitor) == 0


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"visitor_name": "  "}, "visitor_name"),
        ({"visitor_name": "李\x00四"}, "visitor_name"),
        ({"visitor_name": "长" * 65}, "visitor_name"),
        ({"host_name": None}, "visiting_room_id"),  # whom they visit is required
        ({"visiting_room_id": 999_999}, "visiting_room_id"),
        ({"host_agreed": True}, "host_agreed"),  # the host cannot agree before being asked
        ({"arrived_at": at("2026-11-23 11:00")}, "arrived_at"),  # in the future
    ],
)
def test_visitor_fields_are_checked(desk: Desk, fields: dict[str, Any], field: str) -> None:
    values: dict[str, Any] = {"visitor_name": "李四", "host_name": "张三"}
    values.update(fields)
    with pytest.raises(FieldError) as error:
        desk.act(desk.receptionist, reception.register_visitor, **values)
    assert error.value.field == field
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error.value.message)  # a Chinese message
    assert desk.count(Visitor) == 0


def test_a_visitor_the_host_refused_is_kept_but_not_on_site(desk: Desk) -> None:
    visitor = desk.act(
        desk.receptionist,
        reception.register_visitor,
        visitor_name="推销员",
        visiting_room_id=desk.room,
        host_contacted=True,
        host_agreed=False,
    )
    assert desk.get(Visitor, visitor.id).host_agreed is False
    with desk.db.read() as s:
        assert reception.visitors_on_site(s) == []


def test_leaving_before_arriving_or_twice_is_refused(desk: Desk) -> None:
    visitor = desk.act(
        desk.receptionist,
        reception.register_visitor,
        visitor_name="李四",
        host_name="张三",
        arrived_at=at("2026-11-23 09:00"),
    )
    with pytest.raises(FieldError) as error:
        desk.act(desk.receptionist, reception.visitor_left, visitor.id, at("2026-11-23 08:59"))
    assert error.value.field == "at"
    desk.act(desk.receptionist, reception.visitor_left, visitor.id, at("2026-11-23 09:00"))
    with pytest.raises(RuleViolationError, match="不能重复"):
        desk.act(desk.receptionist, reception.visitor_left, visitor.id)
    with pytest.raises(RuleViolationError):
        desk.act(desk.receptionist, reception.record_host_answer, visitor.id, True)
    assert desk.get(Visitor, visitor.id).left_at == at("2026-11-23 09:00")
    with pytest.raises(NotFoundError):
        desk.act(desk.receptionist, reception.visitor_left, 999_999)


# -- letters (R18) ------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    kind: LetterKind
    category: Category
    makes_complaint: bool
    makes_slip: bool
    notifies: bool
    routed_to: str | None
    action: str
    entry_status: WorkLogStatus


ROUTES = [
    Route(
        LetterKind.REPORT, Category.REPAIR, False, True, False, "工程部", "已开派工单 PG-", WorkLogStatus.OPEN
    ),
    Route(
        LetterKind.COMPLAINT,
        Category.COMPLAINT,
        True,
        False,
        True,
        None,
        "已登记投诉 TS-",
        WorkLogStatus.OPEN,
    ),
    Route(
        LetterKind.PRAISE,
        Category.PRAISE,
        False,
        False,
        False,
        "工程部",
        "表扬已登记，转工程部",
        WorkLogStatus.DONE,
    ),
    Route(
        LetterKind.OTHER,
        Category.OTHER,
        False,
        False,
        False,
        "行政人事部",
        "已转行政人事部",
        WorkLogStatus.DONE,
    ),
]


@pytest.mark.parametrize("route", ROUTES, ids=[route.kind.value for route in ROUTES])
def test_every_letter_is_catalogued_and_routed_by_kind(desk: Desk, route: Route) -> None:
    extra: dict[str, Any] = {}
    if route.kind is LetterKind.REPORT:
        extra["routed_to_department_id"] = desk.engineering
    if route.kind is LetterKind.PRAISE:
        extra["praised_staff_id"] = desk.steward
    result = desk.act(
        desk.receptionist,
        reception.register_letter,
        sender="张三",
        kind=route.kind,
        summary="3栋2单元电梯异响，请尽快处理",
        sender_room_id=desk.room,
        sender_client_id=desk.client,
        **extra,
    )
    letter = desk.get(Letter, result.letter.id)
    assert letter.number.startswith("LH-202611-")
    assert letter.kind is route.kind and letter.received_at == NOW
    assert letter.action_taken is not None and route.action in letter.action_taken

    entry = desk.get(WorkLogEntry, result.worklog_entry.id)
    assert letter.worklog_entry_id == entry.id
    assert entry.channel is Channel.LETTER and entry.category is route.category
    assert entry.taken_by_id == desk.receptionist and entry.status is route.entry_status

    assert (letter.complaint_id is not None) is route.makes_complaint
    assert (result.complaint is not None) is route.makes_complaint
    assert (letter.dispatch_slip_id is not None) is route.makes_slip
    assert desk.count(Complaint) == int(route.makes_complaint)
    assert desk.count(DispatchSlip) == int(route.makes_slip)
    assert bool(result.notify_staff_ids) is route.notifies

    names = {desk.engineering: "工程部", desk.administration: "行政人事部"}
    routed = letter.routed_to_department_id
    assert (names[routed] if routed is not None else None) == route.routed_to


def test_a_report_letter_makes_a_dispatch_slip(desk: Desk) -> None:
    result = desk.act(
        desk.receptionist,
        reception.register_letter,
        sender="张三",
        kind=LetterKind.REPORT,
        summary="楼道灯坏了",
        sender_room_id=desk.room,
        routed_to_department_id=desk.engineering,
    )
    assert result.dispatch_slip is not None
    slip = desk.get(DispatchSlip, result.dispatch_slip.id)
    assert result.letter.dispatch_slip_id == slip.id
    assert "楼道灯坏了" in slip.content and result.letter.number in slip.content
    assert slip.room_id == desk.room and slip.contact_name == "张三"
    assert slip.assigned_department_id == desk.engineering
    assert slip.worklog_entry_id == result.worklog_entry.id
    assert result.letter.action_taken == f"已开派工单 {slip.number}，派往工程部"


def test_a_complaint_letter_opens_a_complaint_and_tells_the_supervisor(desk: Desk) -> None:
    result = desk.act(
        desk.receptionist,
        reception.register_letter,
        sender="张三",
        kind=LetterKind.COMPLAINT,
        summary="保安态度恶劣",
        received_at=at("2026-11-23 09:30"),
        sender_client_id=desk.client,
    )
    assert result.complaint is not None
    complaint = desk.get(Complaint, result.complaint.id)
    assert complaint.channel is Channel.LETTER
    assert complaint.status is ComplaintStatus.RECEIVED
    assert complaint.description == "保安态度恶劣" and complaint.client_id == desk.client
    assert complaint.received_at == at("2026-11-23 09:30")
    assert complaint.first_response_due == at("2026-11-24 09:30")  # R1: one working day
    assert complaint.worklog_entry_id == result.worklog_entry.id
    assert result.letter.complaint_id == complaint.id
    assert result.notify_staff_ids == [desk.supervisor]
    assert result.letter.action_taken == f"已登记投诉 {complaint.number}，已报 朱主管"


def test_without_a_supervisor_the_department_head_is_told(desk: Desk) -> None:
    with desk.db.begin() as s:
        supervisor = s.get(Staff, desk.supervisor)
        assert supervisor is not None
        supervisor.active = False
    result = desk.act(
        desk.receptionist, reception.register_letter, sender="张三", kind=LetterKind.COMPLAINT, summary="噪音"
    )
    assert result.notify_staff_ids == [desk.head]
    with desk.db.begin() as s:
        head = s.get(Staff, desk.head)
        assert head is not None
        head.active = False
    result = desk.act(
        desk.receptionist, reception.register_letter, sender="张三", kind=LetterKind.COMPLAINT, summary="噪音"
    )
    assert result.notify_staff_ids == []
    assert result.letter.action_taken is not None and "未找到在职客服主管" in result.letter.action_taken


def test_praise_notes_the_praised_staff_members_department(desk: Desk) -> None:
    result = desk.act(
        desk.receptionist,
        reception.register_letter,
        sender="张三",
        kind=LetterKind.PRAISE,
        summary="感谢小王及时修好水管",
        praised_staff_id=desk.steward,
    )
    letter = desk.get(Letter, result.letter.id)
    assert letter.praised_staff_id == desk.steward
    assert letter.praised_department_id == desk.engineering
    assert letter.action_taken == "表扬已登记，转工程部（被表扬员工：管家小王）"

    anonymous_praise = desk.act(
        desk.receptionist,
        reception.register_letter,
        sender="业主",
        kind=LetterKind.PRAISE,
        summary="保洁很好",
    )
    assert anonymous_praise.letter.praised_department_id is None
    assert anonymous_praise.letter.action_taken == "表扬信已登记，原件张贴于服务中心"

    no_department = desk.act(
        desk.receptionist,
        reception.register_letter,
        sender="业主",
        kind=LetterKind.PRAISE,
        summary="前台很热情",
        praised_staff_id=desk.receptionist,
    )
    assert no_department.letter.praised_department_id is None
    assert (
        no_department.letter.action_taken is not None and "未设所属部门" in no_department.letter.action_taken
    )


def test_other_letters_go_to_administration_or_say_there_is_none(desk: Desk) -> None:
    routed = desk.act(
        desk.receptionist,
        reception.register_letter,
        sender="街道办",
        kind=LetterKind.OTHER,
        summary="防汛通知",
    )
    assert routed.letter.routed_to_department_id == desk.administration
    with desk.db.begin() as s:
        department = s.get(Department, desk.administration)
        assert department is not None
        department.active = False
    unrouted = desk.act(
        desk.receptionist,
        reception.register_letter,
        sender="街道办",
        kind=LetterKind.OTHER,
        summary="防汛通知",
    )
    assert unrouted.letter.routed_to_department_id is None
    assert unrouted.letter.action_taken is not None and "未设行政人事部" in unrouted.letter.action_taken
    assert desk.get(WorkLogEntry, unrouted.worklog_entry.id).status is WorkLogStatus.OPEN


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"sender": " "}, "sender"),
        ({"summary": ""}, "summary"),
        ({"summary": "有\x00"}, "summary"),
        ({"kind": "poem"}, "kind"),
        ({"sender_room_id": 999_999}, "sender_room_id"),
        ({"sender_client_id": 999_999}, "sender_client_id"),
        ({"routed_to_department_id": 999_999}, "routed_to_department_id"),
        ({"praised_staff_id": 999_999, "kind": LetterKind.PRAISE}, "praised_staff_id"),
        ({"praised_staff_id": "@steward"}, "praised_staff_id"),  # only a praise letter praises
        ({"received_at": at("2026-11-24 10:00")}, "received_at"),
    ],
)
def test_letter_fields_are_checked_and_nothing_is_saved(
    desk: Desk, fields: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {"sender": "张三", "kind": LetterKind.COMPLAINT, "summary": "漏水"}
    values.update(fields)
    if values.get("praised_staff_id") == "@steward":
        values["praised_staff_id"] = desk.steward
    with pytest.raises(FieldError) as error:
        desk.act(desk.receptionist, reception.register_letter, **values)
    assert error.value.field == field
    assert desk.count(Letter) == 0 and desk.count(WorkLogEntry) == 0 and desk.count(Complaint) == 0


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(list(LetterKind)), summary=st.text(max_size=300), sender=st.text(max_size=80))
def test_any_letter_is_catalogued_with_its_action_or_refused_by_field(
    desk: Desk, kind: LetterKind, summary: str, sender: str
) -> None:
    before = desk.count(Letter), desk.count(WorkLogEntry), desk.count(Complaint), desk.count(DispatchSlip)
    try:
        result = desk.act(
            desk.receptionist, reception.register_letter, sender=sender, kind=kind, summary=summary
        )
    except FieldError as error:
        assert error.field in {"sender", "summary"}
        assert (
            desk.count(Letter),
            desk.count(WorkLogEntry),
            desk.count(Complaint),
            desk.count(DispatchSlip),
        ) == before
        return
    letter = desk.get(Letter, result.letter.id)
    assert letter.summary == summary.strip() and letter.action_taken
    assert desk.count(Letter) == before[0] + 1 and desk.count(WorkLogEntry) == before[1] + 1
    assert desk.count(Complaint) == before[2] + (kind is LetterKind.COMPLAINT)
    assert desk.count(DispatchSlip) == before[3] + (kind is LetterKind.REPORT)


# -- documents and faxes --------------------------------------------------------------------


def _document(desk: Desk, **fields: Any) -> DocumentTransfer:
    values: dict[str, Any] = {
        "description": "法院传票一份（密封）",
        "from_party": "区人民法院",
        "to_party": "管家小王",
        "addressee_staff_id": desk.steward,
    }
    values.update(fields)
    return desk.act(desk.receptionist, reception.register_document, **values)


def test_a_document_is_registered_and_handed_over_once(desk: Desk) -> None:
    document = _document(desk)
    assert document.number.startswith("WJ-202611-") and document.received_at == NOW
    with pytest.raises(FieldError) as error:
        desk.act(desk.receptionist, reception.hand_over_document, document.id, "  ")
    assert error.value.field == "signed_by"
    desk.clock.advance(timedelta(minutes=30))
    desk.act(desk.receptionist, reception.hand_over_document, document.id, "王五")
    stored = desk.get(DocumentTransfer, document.id)
    assert stored.signed_by == "王五" and stored.handed_over_at == NOW + timedelta(minutes=30)
    with pytest.raises(RuleViolationError, match="不能重复签收"):
        desk.act(desk.receptionist, reception.hand_over_document, document.id, "赵六")
    assert desk.get(DocumentTransfer, document.id).signed_by == "王五"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"description": ""}, "description"),
        ({"from_party": " "}, "from_party"),
        ({"to_party": "x" * 129}, "to_party"),
        ({"is_fax": True}, "recipient_contact"),  # a fax needs the recipient's number
        ({"addressee_staff_id": 999_999}, "addressee_staff_id"),
        ({"addressee_room_id": 999_999}, "addressee_room_id"),
        ({"received_at": at("2026-11-23 12:00")}, "received_at"),
    ],
)
def test_document_fields_are_checked(desk: Desk, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldError) as error:
        _document(desk, **fields)
    assert error.value.field == field
    assert desk.count(DocumentTransfer) == 0


def test_a_fax_with_the_recipients_number_is_registered(desk: Desk) -> None:
    fax = _document(desk, is_fax=True, recipient_contact="027-88886666", addressee_staff_id=None)
    assert fax.is_fax and fax.recipient_contact == "027-88886666"


READERS: list[tuple[str, str | None, bool]] = [
    ("addressee", "steward", True),
    ("supervisor", "supervisor", True),
    ("department head", "head", True),
    ("administrator", "admin", True),
    ("receptionist", "receptionist", False),
    ("another steward", "other_steward", False),
    ("nobody logged in", None, False),
]


@pytest.mark.parametrize(("who", "attribute", "allowed"), READERS, ids=[row[0] for row in READERS])
def test_document_contents_are_never_shown_to_third_parties(
    desk: Desk, who: str, attribute: str | None, allowed: bool
) -> None:
    document = _document(desk)
    viewer = getattr(desk, attribute) if attribute else None
    if allowed:
        details = desk.act(viewer, reception.document_details, document.id)
        assert details.description == "法院传票一份（密封）" and details.number == document.number
    else:
        with pytest.raises(PermissionDeniedError):
            desk.act(viewer, reception.document_details, document.id)
    with desk.db.begin(actor_id=viewer) as s:
        [line] = reception.document_register(s)
    assert line.number == document.number and line.from_party == "区人民法院"
    assert (line.description is not None) is allowed


def test_the_register_shows_each_viewer_only_their_own_contents(desk: Desk) -> None:
    mine = _document(desk, description="给小王的合同")
    theirs = _document(
        desk, description="给小李的合同", addressee_staff_id=desk.other_steward, to_party="管家小李"
    )
    resident = _document(desk, description="业主快递", addressee_staff_id=None, addressee_room_id=desk.room)
    desk.act(desk.receptionist, reception.hand_over_document, resident.id, "张三")
    with desk.db.begin(actor_id=desk.steward) as s:
        lines = {line.id: line.description for line in reception.document_register(s)}
        pending = [line.id for line in reception.document_register(s, pending_only=True)]
        page = reception.document_register(s, limit=1, offset=1)
    assert lines == {mine.id: "给小王的合同", theirs.id: None, resident.id: None}
    assert sorted(pending) == sorted([mine.id, theirs.id])
    assert len(page) == 1
    with desk.db.begin(actor_id=desk.supervisor) as s:
        assert all(line.description for line in reception.document_register(s))
    with pytest.raises(NotFoundError):
        desk.act(desk.supervisor, reception.document_details, 999_999)


# -- media (R17) ------------------------------------------------------------------------------


def _media(desk: Desk, mode: MediaContactMode, **fields: Any) -> reception.MediaResult:
    values: dict[str, Any] = {
        "contact_mode": mode,
        "outlet": "楚天都市报",
        "reporter": "记者甲",
        "topic": "小区电梯故障",
    }
    values.update(fields)
    return desk.act(desk.receptionist, reception.register_media_contact, **values)


def test_a_media_visit_is_recorded_and_the_supervisor_alerted_at_once(desk: Desk) -> None:
    result = _media(desk, MediaContactMode.VISIT, credentials_checked=True, credentials_note="记者证 No.123")
    visit = desk.get(MediaVisit, result.media_visit.id)
    assert visit.number.startswith("MT-202611-")
    assert visit.supervisor_notified_at == NOW and visit.at == NOW
    assert visit.credentials_checked and visit.outcome is None
    assert result.interview_refused is False
    assert result.reply_text == reception.MEDIA_VISIT_REPLY
    assert result.notify_staff_ids == [desk.supervisor]
    with desk.db.read() as s:
        assert [v.id for v in reception.open_media_alerts(s)] == [visit.id]


def test_phone_interviews_are_never_accepted_but_recorded(desk: Desk) -> None:
    result = _media(desk, MediaContactMode.PHONE, reporter_phone="13900000000")
    visit = desk.get(MediaVisit, result.media_visit.id)
    assert result.interview_refused is True
    assert visit.contact_mode is MediaContactMode.PHONE
    assert visit.outcome is not None and "电话采访一律不接受" in visit.outcome and "书面" in visit.outcome
    assert result.reply_text == visit.outcome
    assert visit.supervisor_notified_at == NOW
    with desk.db.read() as s:
        assert [v.id for v in reception.open_media_alerts(s)] == [visit.id]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"outlet": " "}, "outlet"),
        ({"reporter": ""}, "reporter"),
        ({"topic": "\x00"}, "topic"),
        ({"contact_mode": "email"}, "contact_mode"),
        ({"at": at("2026-11-23 18:00")}, "at"),
    ],
)
def test_media_fields_are_checked(desk: Desk, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldError) as error:
        _media(desk, MediaContactMode.VISIT, **fields)
    assert error.value.field == field
    assert desk.count(MediaVisit) == 0


def test_only_a_supervisor_or_department_head_acknowledges_a_media_alert(desk: Desk) -> None:
    first = _media(desk, MediaContactMode.VISIT).media_visit
    desk.clock.advance(timedelta(minutes=10))
    second = _media(desk, MediaContactMode.PHONE).media_visit
    with desk.db.read() as s:
        assert [v.id for v in reception.open_media_alerts(s)] == [second.id, first.id]  # newest first

    for outsider in (desk.receptionist, desk.steward, desk.admin, None):
        with pytest.raises(PermissionDeniedError) as error:
            desk.act(outsider, reception.acknowledge_media_alert, first.id)
        assert error.value.rule == "R17"
    desk.clock.advance(timedelta(minutes=5))
    desk.act(desk.supervisor, reception.acknowledge_media_alert, first.id, "已安排新闻发言人接待")
    acknowledged = desk.get(MediaVisit, first.id)
    assert acknowledged.alert_acknowledged_by_id == desk.supervisor
    assert acknowledged.alert_acknowledged_at == NOW + timedelta(minutes=15)
    assert acknowledged.outcome == "朱主管：已安排新闻发言人接待"
    with pytest.raises(RuleViolationError, match="朱主管"):
        desk.act(desk.head, reception.acknowledge_media_alert, first.id)

    desk.act(desk.head, reception.acknowledge_media_alert, second.id, "请对方发函")
    phone = desk.get(MediaVisit, second.id)
    assert phone.outcome is not None and phone.outcome.startswith(reception.PHONE_INTERVIEW_REFUSAL)
    assert phone.outcome.endswith("经理老郑：请对方发函")
    with desk.db.read() as s:
        assert reception.open_media_alerts(s) == []
    with pytest.raises(NotFoundError):
        desk.act(desk.supervisor, reception.acknowledge_media_alert, 999_999)


def test_voided_media_contacts_leave_the_alerts(desk: Desk) -> None:
    visit = _media(desk, MediaContactMode.VISIT).media_visit
    with desk.db.begin() as s:
        record = s.get(MediaVisit, visit.id)
        assert record is not None
        record.voided_at, record.void_reason = NOW, "重复登记"
    with desk.db.read() as s:
        assert reception.open_media_alerts(s) == []
    with pytest.raises(NotFoundError):
        desk.act(desk.supervisor, reception.acknowledge_media_alert, visit.id)


# -- fee services ---------------------------------------------------------------------------

GOOD_AMOUNTS: list[tuple[Decimal | str, str]] = [
    ("50", "50.00"),
    ("50.5", "50.50"),
    (" 12.30 ", "12.30"),
    ("0.01", "0.01"),
    ("999999.99", "999999.99"),
    ("+8", "8.00"),
    ("12.340", "12.34"),
    (".5", "0.50"),
    ("１００", "100.00"),  # full-width digits from a Chinese input method
    (Decimal("20"), "20.00"),
    (Decimal("19.9"), "19.90"),
]

BAD_AMOUNTS: list[Decimal | str] = [
    "abc",
    "-5",
    "1e9",
    "1E2",
    "0",
    "0.00",
    "",
    "   ",
    "1000000",
    "1000000.00",
    "12.345",
    "0.001",
    "1,000",
    "1_000",
    "NaN",
    "Infinity",
    "¥50",
    "5 0",
    "\x00",
    Decimal("NaN"),
    Decimal("-1"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("0.005"),
]


_receipts = itertools.count(1)


def _fee(desk: Desk, **fields: Any) -> FeeService:
    values: dict[str, Any] = {"item": FeeItem.ACCESS_CARD, "amount": "50", "receipt_number": "NO.0001"}
    values.update(fields)
    return desk.act(desk.receptionist, reception.register_fee_service, **values)


@pytest.mark.parametrize(("amount", "stored"), GOOD_AMOUNTS, ids=[repr(a) for a, _ in GOOD_AMOUNTS])
def test_good_amounts(desk: Desk, amount: Decimal | str, stored: str) -> None:
    fee = _fee(desk, amount=amount, room_id=desk.room, client_id=desk.client, payer_name="张三")
    assert fee.number.startswith("SF-202611-")
    saved = desk.get(FeeService, fee.id)
    assert saved.amount == Decimal(stored) and str(saved.amount) == stored
    assert saved.at == NOW and saved.receipt_number == "NO.0001"


@pytest.mark.parametrize("amount", BAD_AMOUNTS, ids=[repr(a) for a in BAD_AMOUNTS])
def test_bad_amounts(desk: Desk, amount: Decimal | str) -> None:
    with pytest.raises(FieldError) as error:
        _fee(desk, amount=amount)
    assert error.value.field == "amount"
    assert "金额" in error.value.message
    assert desk.count(FeeService) == 0


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=40) | st.from_regex(r"\A[ +-]?\d{0,8}(\.\d{0,4})?\Z"))
def test_parse_amount_of_any_string_is_a_cent_amount_or_a_field_error(text: str) -> None:
    try:
        amount = reception.parse_amount(text)
    except FieldError as error:
        assert error.field == "amount"
        return
    assert Decimal(0) < amount < Decimal(1_000_000)
    assert amount.as_tuple().exponent == -2
    assert amount == Decimal(text.strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=30) | st.decimals(allow_nan=True, allow_infinity=True).map(str))
def test_a_fee_with_any_amount_is_saved_or_refused_on_amount(desk: Desk, text: str) -> None:
    before = desk.count(FeeService)
    receipt = f"R-{next(_receipts)}"
    try:
        fee = _fee(desk, amount=text, receipt_number=receipt)
    except FieldError as error:
        assert error.field == "amount"
        assert desk.count(FeeService) == before
        return
    assert desk.get(FeeService, fee.id).amount == Decimal(text.strip())
    assert desk.count(FeeService) == before + 1


def test_receipt_numbers_are_unique_among_fees_not_voided(desk: Desk) -> None:
    first = _fee(desk, receipt_number=" NO.0001 ")
    assert first.receipt_number == "NO.0001"
    with pytest.raises(FieldError) as error:
        _fee(desk, receipt_number="NO.0001", item=FeeItem.PARKING_CARD)
    assert error.value.field == "receipt_number" and first.number in error.value.message
    with desk.db.begin() as s:
        record = s.get(FeeService, first.id)
        assert record is not None
        record.voided_at, record.void_reason = NOW, "收据作废重开"
    again = _fee(desk, receipt_number="NO.0001")
    assert again.id != first.id


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"receipt_number": "  "}, "receipt_number"),
        ({"receipt_number": "N" * 65}, "receipt_number"),
        ({"item": "gym"}, "item"),
        ({"item": FeeItem.OTHER}, "description"),  # 其他 needs to say what was paid for
        ({"room_id": 999_999}, "room_id"),
        ({"client_id": 999_999}, "client_id"),
        ({"at": at("2026-11-30 10:00")}, "at"),
    ],
)
def test_fee_fields_are_checked(desk: Desk, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldError) as error:
        _fee(desk, **fields)
    assert error.value.field == field
    assert desk.count(FeeService) == 0


def test_a_fee_for_other_items_with_a_description(desk: Desk) -> None:
    fee = _fee(desk, item=FeeItem.OTHER, description="钥匙复制", amount=Decimal("15.00"))
    assert fee.item is FeeItem.OTHER and fee.description == "钥匙复制"
