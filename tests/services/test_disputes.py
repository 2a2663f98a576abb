"""Neighbour disputes (SPEC 2.5): the record, its parties, the process log with the
outside bodies that took part, closing (only with a log) and reopening."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from desk_app.clock import FixedClock
from desk_app.models import Building, Dispute, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import DisputeParticipant, DisputeStatus, DisputeType, StaffRole
from desk_app.services import disputes
from desk_app.services.errors import FieldError, NotFoundError, PermissionDeniedError, RuleViolationError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)


@pytest.fixture
def steward(db: Database) -> int:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        block = Building(code="3", name="3栋")
        for code in ("3-2-1201", "3-2-1301"):
            _, unit, number = code.split("-")
            session.add(
                Room(building=block, unit=unit, number=number, code=code, digits=Room.digits_of(code))
            )
        staff = Staff(login="guan", name="管家小王", role=StaffRole.SERVICE_STAFF)
        session.add(staff)
        session.flush()
        return staff.id


def _record(db: Database, actor: int, **changes: object) -> int:
    values: dict[str, object] = {
        "dispute_type": DisputeType.NOISE,
        "description": "楼上每晚打麻将到凌晨",
        "complainant_room": "3-2-1201",
        "respondent_room": "3-2-1301",
    }
    values.update(changes)
    with db.begin(actor_id=actor) as session:
        return disputes.record_dispute(session, **values).id  # type: ignore[arg-type]


def test_record_step_close_and_reopen(db: Database, steward: int) -> None:
    dispute_id = _record(db, steward)
    with db.begin(actor_id=steward) as session:
        step = disputes.add_step(
            session,
            dispute_id,
            "约双方到中心协调",
            participants=[DisputeParticipant.POLICE_STATION, DisputeParticipant.RESIDENTS_COMMITTEE],
            result="楼上同意十点后停止",
        )
        step_id = step.id
    with db.begin(actor_id=steward) as session:
        disputes.add_participant(session, step_id, DisputeParticipant.OWNERS_COMMITTEE)
    with db.begin(actor_id=steward) as session, pytest.raises(FieldError) as error:
        disputes.add_participant(session, step_id, DisputeParticipant.OWNERS_COMMITTEE)
    assert error.value.field == "participants"
    with db.begin(actor_id=steward) as session:
        disputes.close_dispute(session, dispute_id, "双方和解")
    with db.read() as session:
        dispute = session.get(Dispute, dispute_id)
        assert dispute is not None
        assert dispute.number.startswith("JF-")
        assert dispute.status is DisputeStatus.RESOLVED
        assert dispute.complainant_room is not None and dispute.complainant_room.code == "3-2-1201"
        assert dispute.respondent_room is not None and dispute.respondent_room.code == "3-2-1301"
        assert dispute.steps[0].staff_id == steward
        # in the form's order, whatever the order of choosing
        assert dispute.steps[0].participants == ["residents_committee", "owners_committee", "police_station"]
    with db.begin(actor_id=steward) as session, pytest.raises(RuleViolationError, match="已结案"):
        disputes.add_step(session, dispute_id, "再次上门")
    with db.begin(actor_id=steward) as session:
        disputes.reopen_dispute(session, dispute_id, "又开始打麻将")
        disputes.add_step(session, dispute_id, "再次上门")
    with db.read() as session:
        dispute = session.get(Dispute, dispute_id)
        assert dispute is not None and dispute.status is DisputeStatus.OPEN
        assert len(dispute.steps) == 3 and "双方和解" in dispute.steps[1].action


def test_closing_needs_a_log_and_an_outcome(db: Database, steward: int) -> None:
    dispute_id = _record(db, steward)
    with db.begin(actor_id=steward) as session, pytest.raises(RuleViolationError, match="处理经过"):
        disputes.close_dispute(session, dispute_id, "和解")
    with db.begin(actor_id=steward) as session:
        disputes.add_step(session, dispute_id, "上门了解")
    with db.begin(actor_id=steward) as session, pytest.raises(FieldError) as error:
        disputes.close_dispute(session, dispute_id, "  ")
    assert error.value.field == "outcome"
    with db.begin(actor_id=steward) as session, pytest.raises(FieldError):
        disputes.close_dispute(session, dispute_id, "和解", status=DisputeStatus.OPEN)
    with db.begin(actor_id=steward) as session:
        disputes.close_dispute(session, dispute_id, "移交派出所", status=DisputeStatus.REFERRED)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"description": " "}, "description"),
        ({"complainant_room": "9-9-9999"}, "complainant_room"),
        ({"complainant_room": None}, "complainant_room"),
        ({"respondent_room": "3-2-1201"}, "respondent_room"),
        ({"dispute_type": "fighting"}, "dispute_type"),
        ({"handler_id": 999}, "handler_id"),
        ({"opened_at": datetime(2027, 1, 1, tzinfo=SH)}, "opened_at"),
    ],
)
def test_bad_fields_are_named(db: Database, steward: int, changes: dict[str, object], field: str) -> None:
    with pytest.raises(FieldError) as error:
        _record(db, steward, **changes)
    assert error.value.field == field


def test_update_and_void(db: Database, steward: int) -> None:
    dispute_id = _record(db, steward)
    with db.begin(actor_id=steward) as session:
        disputes.update_dispute(
            session,
            dispute_id,
            dispute_type=DisputeType.PETS,
            description="狗叫",
            complainant_room="3-2-1301",
            respondent_room=None,
            handler_id=steward,
        )
    with db.read() as session:
        dispute = session.get(Dispute, dispute_id)
        assert dispute is not None
        assert dispute.dispute_type is DisputeType.PETS and dispute.respondent_room_id is None
        assert dispute.handler_id == steward
    with db.begin(actor_id=steward) as session, pytest.raises(PermissionDeniedError):
        disputes.void_dispute(session, dispute_id, "重复登记")  # issue 7: supervisors void
    with db.begin() as session:
        boss = Staff(login="boss", name="王主管", role=StaffRole.SUPERVISOR)
        session.add(boss)
        session.flush()
        boss_id = boss.id
    with db.begin(actor_id=boss_id) as session:
        disputes.void_dispute(session, dispute_id, "重复登记")
    with db.begin(actor_id=steward) as session, pytest.raises(NotFoundError):
        disputes.add_step(session, dispute_id, "上门")
