"""The reception books' screen without Qt (``desk_app.screens.reception_books``) and the
guard tables behind its buttons.

The property of each guard table (visitors, documents, media visits, appointments, the
daily tally): for every reachable state of a record and every actor (each role, nobody,
a deactivated account), a step's verdict allows it exactly when the service mutator
accepts it. Each attempt runs in a transaction that is rolled back."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from desk_app.clock import DEFAULT_ZONE, FixedClock
from desk_app.models import (
    Appointment,
    Building,
    Department,
    DocumentTransfer,
    MediaVisit,
    Room,
    Staff,
    Visitor,
)
from desk_app.models.database import Database
from desk_app.models.enums import (
    AppointmentStatus,
    FeeItem,
    LetterKind,
    MediaContactMode,
    StaffRole,
)
from desk_app.screens.base import Workspace
from desk_app.screens.daily_tally import DailyTallyScreen
from desk_app.screens.reception_books import (
    APPOINTMENTS,
    DOCUMENTS,
    FEE_SERVICES,
    LETTERS,
    MEDIA_VISITS,
    READ_ONLY,
    VISITORS,
    BookScreen,
    visitor_list,
)
from desk_app.services import promises, reception, tallies
from desk_app.services.errors import DomainError, RuleViolationError
from desk_app.services.guards import GuardTable

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=DEFAULT_ZONE)  # a Monday


@dataclass
class Centre:
    db: Database
    actors: dict[str, int | None]
    room: int

    def workspace(self, who: str) -> Workspace:
        return Workspace(self.db, self.actors[who])

    def act(self, who: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with self.db.begin(self.actors[who]) as session:
            return fn(session, *args, **kwargs)


@pytest.fixture
def centre(db: Database) -> Centre:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        office = Department(name="客服部")
        session.add(office)
        people = {
            role.value: Staff(
                login=role.value, name=role.label, role=role, cleared_to_work_alone=True, department=office
            )
            for role in StaffRole
        }
        gone = Staff(login="gone", name="已离职", role=StaffRole.SUPERVISOR, active=False)
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        session.add_all([*people.values(), gone, room])
        session.flush()
        actors: dict[str, int | None] = {name: staff.id for name, staff in people.items()}
        actors["nobody"] = None
        actors["deactivated"] = gone.id
        return Centre(db, actors, room.id)


# -- the property of every guard table ---------------------------------------------------------

#: step -> the service mutator as (session, record) -> anything, with good arguments
Mutators = Mapping[str, Callable[[Session, Any], object]]


def _agree(
    centre: Centre,
    guards: GuardTable[Any],
    load: Callable[[Session, Any], Any],
    states: Mapping[str, Any],
    mutators: Mutators,
) -> int:
    """verdict(step).allowed == the mutator succeeds, for every state, actor and step."""
    assert set(mutators) == set(guards.steps)
    wrong = []
    checked = 0
    for state, key in states.items():
        for who, actor in centre.actors.items():
            for step, mutate in mutators.items():
                with centre.db.session(actor) as session, session.begin():
                    record = load(session, key)
                    verdict = guards.verdict(session, step, record)
                    try:
                        with session.begin_nested():
                            mutate(session, key)
                            session.flush()
                        accepted, refusal = True, ""
                    except DomainError as error:
                        accepted, refusal = False, str(error)
                    session.rollback()
                if verdict.allowed != accepted or (not verdict.allowed and not verdict.reason):
                    wrong.append((state, who, step, verdict, refusal))
                checked += 1
    assert wrong == []
    return checked


def test_visitor_steps_are_offered_exactly_when_the_service_accepts_them(centre: Centre) -> None:
    def visitor(answer: bool | None = None, left: bool = False) -> int:
        visitor_id: int = centre.act(
            "receptionist", reception.register_visitor, visitor_name="赵六", host_name="张三"
        ).id
        if answer is not None:
            centre.act("receptionist", reception.record_host_answer, visitor_id, answer)
        if left:
            centre.act("receptionist", reception.visitor_left, visitor_id)
        return visitor_id

    states = {
        "on site": visitor(),
        "agreed": visitor(True),
        "refused": visitor(False),
        "left unanswered": visitor(left=True),
        "agreed and left": visitor(True, left=True),
    }
    checked = _agree(
        centre,
        reception.VISITOR_GUARDS,
        lambda session, key: session.get(Visitor, key),
        states,
        {
            "answer": lambda session, key: reception.record_host_answer(session, key, True),
            "leave": lambda session, key: reception.visitor_left(session, key),
        },
    )
    assert checked == 5 * len(centre.actors) * 2


def test_document_hand_over_is_offered_exactly_when_accepted(centre: Centre) -> None:
    def document(handed: bool) -> int:
        document_id: int = centre.act(
            "receptionist",
            reception.register_document,
            description="法院传票",
            from_party="法院",
            to_party="张三",
        ).id
        if handed:
            centre.act("receptionist", reception.hand_over_document, document_id, "张三")
        return document_id

    _agree(
        centre,
        reception.DOCUMENT_GUARDS,
        lambda session, key: session.get(DocumentTransfer, key),
        {"pending": document(False), "handed over": document(True)},
        {"hand_over": lambda session, key: reception.hand_over_document(session, key, "王五")},
    )


def test_the_media_alert_is_acknowledged_only_by_those_the_rule_names(centre: Centre) -> None:
    def visit(acknowledged: bool) -> int:
        result = centre.act(
            "receptionist",
            reception.register_media_contact,
            contact_mode=MediaContactMode.VISIT,
            outlet="晚报",
            reporter="记者甲",
            topic="停车",
        )
        if acknowledged:
            centre.act("supervisor", reception.acknowledge_media_alert, result.media_visit.id)
        return int(result.media_visit.id)

    _agree(
        centre,
        reception.MEDIA_GUARDS,
        lambda session, key: session.get(MediaVisit, key),
        {"open": visit(False), "acknowledged": visit(True)},
        {"acknowledge": lambda session, key: reception.acknowledge_media_alert(session, key)},
    )


def test_an_appointment_is_kept_or_cancelled_exactly_when_accepted(centre: Centre) -> None:
    def appointment(end: str | None) -> int:
        appointment_id: int = centre.act(
            "receptionist",
            promises.book_appointment,
            at=NOW + timedelta(hours=2),
            staff_id=centre.actors["service_staff"],
            purpose="上门查看渗水",
        ).id
        if end == "kept":
            centre.act("receptionist", promises.keep_appointment, appointment_id, "已查看")
        elif end == "cancelled":
            centre.act("receptionist", promises.cancel_appointment, appointment_id, "客户改期")
        return appointment_id

    _agree(
        centre,
        promises.APPOINTMENT_GUARDS,
        lambda session, key: session.get(Appointment, key),
        {"booked": appointment(None), "kept": appointment("kept"), "cancelled": appointment("cancelled")},
        {
            "keep": lambda session, key: promises.keep_appointment(session, key, "已查看"),
            "cancel": lambda session, key: promises.cancel_appointment(session, key, "客户改期"),
        },
    )


def test_a_tally_is_confirmed_exactly_when_accepted(centre: Centre) -> None:
    today = NOW.date()
    centre.act("supervisor", tallies.confirm_tally, today - timedelta(days=3))
    _agree(
        centre,
        tallies.TALLY_GUARDS,
        lambda _session, key: key,
        {
            "a past day": today - timedelta(days=1),
            "a day confirmed before": today - timedelta(days=3),
            "today": today,
            "tomorrow": today + timedelta(days=1),
        },
        {"confirm": lambda session, key: tallies.confirm_tally(session, key)},
    )


# -- sheets ---------------------------------------------------------------------------------


def _visitor_values(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "visitor_name": "赵六",
        "visitor_phone": "",
        "id_document": "",
        "party_size": 2,
        "visiting_room_id": "321201",
        "host_name": "张三",
        "purpose": "送文件",
        "host_contacted": False,
        "host_agreed": None,
        "arrived_at": "2026-11-23T09:30:00",
    }
    values.update(changes)
    return values


def test_a_visitor_line_is_registered_read_back_and_its_steps_follow_the_rule(centre: Centre) -> None:
    screen = BookScreen(centre.workspace("receptionist"), VISITORS)
    visitor_id = screen.save(None, _visitor_values(), None)
    sheet = screen.read(visitor_id)
    assert sheet.number.startswith("FK-")
    assert sheet.values["visiting_room_id"] == "3-2-1201" and sheet.values["party_size"] == 2
    assert sheet.values["arrived_at"] == NOW - timedelta(minutes=30)  # local time as typed
    assert sheet.details.left_at is None
    assert sheet.actions["answer"].enabled and sheet.actions["leave"].enabled
    with pytest.raises(RuleViolationError) as refused:  # a saved line is not retyped
        screen.save(visitor_id, _visitor_values(visitor_name="改名"), sheet.version)
    assert refused.value.message == READ_ONLY
    assert screen.run(visitor_id, "answer", {"agreed": False}) is None
    answered = screen.read(visitor_id)
    assert answered.values["host_agreed"] is False
    assert not answered.actions["answer"].visible  # the host answers once
    assert "已答复" in answered.actions["answer"].reason
    with pytest.raises(RuleViolationError, match="已答复"):
        screen.run(visitor_id, "answer", {"agreed": True})
    screen.run(visitor_id, "leave")
    gone = screen.read(visitor_id)
    assert gone.details.left_at == NOW and not gone.actions["leave"].visible
    nobody = BookScreen(centre.workspace("nobody"), VISITORS).read(visitor_id)
    assert not nobody.actions["leave"].enabled


def test_a_document_shows_its_contents_only_to_whom_the_service_allows(centre: Centre) -> None:
    desk = BookScreen(centre.workspace("receptionist"), DOCUMENTS)
    values = {
        "received_at": "",
        "is_fax": False,
        "description": "法院传票",
        "from_party": "区法院",
        "to_party": "张三",
        "addressee_staff_id": None,
        "addressee_room_id": "3-2-1201",
        "recipient_contact": "",
        "signed_by": "",
    }
    document_id = desk.save(None, values, None)
    withheld = desk.read(document_id)
    assert withheld.values["description"] is None and not withheld.details.readable
    boss = BookScreen(centre.workspace("supervisor"), DOCUMENTS).read(document_id)
    assert boss.values["description"] == "法院传票" and boss.details.readable
    assert withheld.actions["hand_over"].enabled
    desk.save(document_id, {**values, "signed_by": "张三"}, withheld.version)  # Ctrl+S: the hand-over
    handed = desk.read(document_id)
    assert handed.details.signed_by == "张三" and handed.details.handed_over_at == NOW
    assert not handed.actions["hand_over"].visible


def test_media_and_letters_and_fees_read_back_what_the_services_decided(centre: Centre) -> None:
    media = BookScreen(centre.workspace("receptionist"), MEDIA_VISITS)
    visit_id = media.save(
        None,
        {
            "at": "",
            "contact_mode": MediaContactMode.PHONE.value,
            "outlet": "晚报",
            "reporter": "记者甲",
            "reporter_phone": "",
            "credentials_checked": False,
            "credentials_note": "",
            "topic": "停车难",
        },
        None,
    )
    sheet = media.read(visit_id)
    assert sheet.details.reply == reception.PHONE_INTERVIEW_REFUSAL
    assert sheet.details.supervisors == (StaffRole.SUPERVISOR.label,)
    assert not sheet.actions["acknowledge"].enabled  # R17: not the receptionist's to take off
    assert "R17" in sheet.actions["acknowledge"].reason
    boss = BookScreen(centre.workspace("supervisor"), MEDIA_VISITS)
    assert boss.read(visit_id).actions["acknowledge"].enabled
    boss.run(visit_id, "acknowledge")
    assert boss.read(visit_id).details.acknowledged_at == NOW

    letters = BookScreen(centre.workspace("receptionist"), LETTERS)
    letter_id = letters.save(
        None,
        {
            "received_at": "",
            "sender": "张三",
            "sender_room_id": "3-2-1201",
            "kind": LetterKind.COMPLAINT.value,
            "summary": "电梯经常停运",
            "praised_staff_id": None,
            "routed_to_department_id": None,
        },
        None,
    )
    letter = letters.read(letter_id)
    assert letter.details.complaint_id is not None and "已登记投诉" in (letter.details.action_taken or "")
    assert letter.actions == {}

    fees = BookScreen(centre.workspace("receptionist"), FEE_SERVICES)
    fee_id = fees.save(
        None,
        {
            "at": "",
            "item": FeeItem.ACCESS_CARD.value,
            "description": "",
            "room_id": "",
            "payer_name": "张三",
            "amount": "50",
            "receipt_number": "SJ-001",
        },
        None,
    )
    fee = fees.read(fee_id)
    assert fee.values["amount"] == "50.00" and fee.details.receipt_number == "SJ-001"


def test_an_appointment_is_late_once_its_time_has_passed(centre: Centre) -> None:
    screen = BookScreen(centre.workspace("receptionist"), APPOINTMENTS)
    values = {
        "at": "2026-11-23T11:00:00",
        "room_id": "3-2-1201",
        "contact_phone": "",
        "staff_id": centre.actors["service_staff"],
        "purpose": "上门查看渗水",
        "outcome": "",
    }
    appointment_id = screen.save(None, values, None)
    assert not screen.read(appointment_id).details.late
    centre.db.clock = FixedClock(NOW + timedelta(hours=2))
    sheet = screen.read(appointment_id)
    assert sheet.details.late and sheet.details.status is AppointmentStatus.BOOKED
    screen.save(appointment_id, {**values, "outcome": "已查看"}, sheet.version)  # Ctrl+S: kept
    kept = screen.read(appointment_id)
    assert kept.details.status is AppointmentStatus.KEPT and not kept.actions["keep"].visible


def test_the_tally_screen_offers_confirm_from_the_rule(centre: Centre) -> None:
    desk = DailyTallyScreen(centre.workspace("receptionist"))
    today = desk.today()
    assert today == NOW.date()
    assert desk.read(today).actions["confirm"].enabled
    tomorrow = desk.read(today + timedelta(days=1)).actions["confirm"]
    assert not tomorrow.enabled and "尚未到来" in tomorrow.reason
    steward = DailyTallyScreen(centre.workspace("service_staff")).read(today).actions["confirm"]
    assert not steward.enabled and "R10" in steward.reason
    tally_id = desk.confirm(today, "无异常")
    assert desk.read(today).sheet.confirmation is not None and tally_id > 0


def test_the_list_builder_takes_the_screens_words(centre: Centre) -> None:
    spec = visitor_list(lambda key: f"<{key}>")
    assert spec.columns[0].title == "<col_number>" and spec.export_name == "<export>"
