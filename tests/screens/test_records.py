"""作废 and 修改历史 without Qt (``desk_app.screens.records``).

The property of the void guard table: for every kind of record a page voids (the plain
``void_record`` and the kinds with their own void function), every state a record can
be in (live, voided) and every actor (each role, nobody, a deactivated account), the
voider's state is enabled exactly when voiding succeeds. Each attempt runs in a
transaction that is rolled back, so one world serves the whole table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from desk_app.clock import DEFAULT_ZONE, FixedClock
from desk_app.models import (
    Building,
    Client,
    ClientRoom,
    Complaint,
    Dispute,
    Interview,
    RectificationNotice,
    ReminderCase,
    Room,
    Staff,
    StandardReply,
    Visitor,
)
from desk_app.models.database import Database
from desk_app.models.enums import (
    Channel,
    ContactForm,
    DisputeType,
    InterviewTopic,
    NoticeIssue,
    ReminderKind,
    StaffRole,
)
from desk_app.screens.base import Workspace
from desk_app.screens.records import OWN_VOIDS, Voider, record_history
from desk_app.services import (
    complaints,
    disputes,
    interviews,
    reception,
    rectification_notices,
    reminder_cases,
)
from desk_app.services.errors import DomainError, PermissionDeniedError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=DEFAULT_ZONE)


@dataclass
class World:
    actors: dict[str, int | None]
    records: dict[type, int]


def _world(db: Database) -> World:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        people = {
            role.value: Staff(login=role.value, name=role.label, role=role, cleared_to_work_alone=True)
            for role in StaffRole
        }
        gone = Staff(login="gone", name="已离职", role=StaffRole.SUPERVISOR, active=False)
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        other = Room(building=room.building, unit="2", number="1301", code="3-2-1301", digits="321301")
        client = Client(name="张三", name_initials="zs", rooms=[ClientRoom(room=room)])
        session.add_all([*people.values(), gone, room, other, client])
        session.flush()
        session.info["actor_id"] = people["receptionist"].id
        steward = people["service_staff"].id
        made: dict[type, Callable[[Session], int]] = {
            StandardReply: lambda s: _add(s, StandardReply(topic="停水", question="何时", reply_text="下午")),
            Visitor: lambda s: reception.register_visitor(s, visitor_name="赵六", host_name="张三").id,
            Complaint: lambda s: (
                complaints.register_complaint(
                    s, received_at=NOW, channel=Channel.CALL, description="楼道灯不亮"
                ).id
            ),
            Dispute: lambda s: (
                disputes.record_dispute(
                    s,
                    dispute_type=DisputeType.NOISE,
                    description="打麻将到凌晨",
                    complainant_room="3-2-1201",
                    respondent_room="3-2-1301",
                ).id
            ),
            Interview: lambda s: (
                interviews.record_interview(
                    s,
                    client_id=client.id,
                    interviewer_id=steward,
                    interview_date=NOW.date(),
                    form=ContactForm.PHONE,
                    topics=[InterviewTopic.CLEANING],
                ).id
            ),
            ReminderCase: lambda s: reminder_cases.open_case(s, ReminderKind.NOISE, room_id=room.id).id,
            RectificationNotice: lambda s: (
                rectification_notices.issue_notice(
                    s,
                    room_id=room.id,
                    client_id=None,
                    issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
                    issue_description="阳台违章搭建",
                    required_action="拆除",
                    deadline=NOW.date(),
                ).id
            ),
        }
        records = {model: make(session) for model, make in made.items()}
        actors: dict[str, int | None] = {name: staff.id for name, staff in people.items()}
        actors["nobody"] = None
        actors["deactivated"] = gone.id
        return World(actors, records)


def _add(session: Session, record: StandardReply) -> int:
    session.add(record)
    session.flush()
    return record.id


def test_every_kind_with_its_own_void_is_covered() -> None:
    assert set(OWN_VOIDS) <= {Complaint, Dispute, Interview, ReminderCase, RectificationNotice}


def test_void_is_enabled_exactly_when_voiding_succeeds(db: Database) -> None:
    world = _world(db)
    checked = 0
    for model, record_id in world.records.items():
        for voided in (False, True):
            for name, actor in world.actors.items():
                voider = Voider(Workspace(db, actor), model)
                with db.session(actor) as session, session.begin():
                    if voided:  # voided earlier by someone else
                        session.info["actor_id"] = None
                        record = session.get(model, record_id)
                        record.voided_at = NOW  # type: ignore[attr-defined]
                        session.flush()
                        session.info["actor_id"] = actor
                    state = voider.state_in(session, record_id)
                    try:
                        with session.begin_nested():
                            voider.void_in(session, record_id, "登记错了")
                        accepted, refusal = True, ""
                    except DomainError as error:
                        accepted, refusal = False, str(error)
                    session.rollback()
                assert state.enabled == accepted, (model.__name__, voided, name, state, refusal)
                assert state.enabled or state.reason, (model.__name__, voided, name)
                checked += 1
    assert checked == len(world.records) * 2 * len(world.actors)


def test_only_supervisors_and_heads_see_void_enabled_and_a_void_is_one_unit_of_work(db: Database) -> None:
    world = _world(db)
    visitor = world.records[Visitor]
    desk = Voider(Workspace(db, world.actors["receptionist"]), Visitor)
    state = desk.state(visitor)
    assert not state.enabled and "作废" in state.reason
    with pytest.raises(PermissionDeniedError):
        desk.void(visitor, "重复")
    boss = Voider(Workspace(db, world.actors["supervisor"]), Visitor)
    assert boss.state(visitor).enabled
    boss.void(visitor, "重复登记")
    with db.read() as session:
        row = session.get(Visitor, visitor)
        assert row is not None and row.void_reason == "重复登记"
    assert not boss.state(visitor).enabled  # already voided
    assert not boss.state(None).enabled


def test_the_history_comes_with_its_kind_and_number(db: Database) -> None:
    world = _world(db)
    visitor = world.records[Visitor]
    history = record_history(Workspace(db, world.actors["receptionist"]), Visitor, visitor)
    assert history.number.startswith("FK") or history.number
    assert history.kind and history.lines
    with pytest.raises(PermissionDeniedError):
        record_history(Workspace(db, None), Visitor, visitor)
