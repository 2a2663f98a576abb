"""What every record promises: optimistic locking, void-not-delete, who/when
tracking and an audit trail."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from desk_app.clock import FixedClock
from desk_app.models import AuditLog, Client, ClientPhone, ClientRoom, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, StaffRole
from desk_app.models.organisation import Building

SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)


def _staff(db: Database) -> int:
    with db.begin() as session:
        staff = Staff(login="wang", name="王芳", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add(staff)
        session.flush()
        return staff.id


def test_client_with_rooms_and_phones(db: Database) -> None:
    with db.begin() as session:
        building = Building(code="3", name="3栋")
        room = Room(building=building, unit="2", number="1201", code="3-2-1201", digits="321201")
        client = Client(name="张三", name_initials="zs")
        client.rooms.append(ClientRoom(room=room))
        client.phones.append(ClientPhone(phone="13800138000"))
        session.add(client)
    with db.read() as session:
        loaded = session.scalars(select(Client).where(Client.name_initials == "zs")).one()
        assert [r.room.code for r in loaded.rooms] == ["3-2-1201"]
        assert [p.phone for p in loaded.phones] == ["13800138000"]
        assert loaded.number.startswith("KH-")


def test_second_save_of_a_stale_copy_is_refused(db: Database) -> None:
    """Two counters open the same record; the second save is refused by the version
    check (each save is its own short unit of work, as in the program)."""
    with db.begin() as session:
        client = Client(name="李四")
        session.add(client)
    with db.read() as session:
        mine = session.get(Client, client.id)
    with db.read() as session:
        theirs = session.get(Client, client.id)
    assert mine is not None and theirs is not None
    with db.begin() as session:
        mine.notes = "第一位前台的修改"
        session.add(mine)
    with pytest.raises(StaleDataError), db.begin() as session:
        theirs.notes = "第二位前台的修改"
        session.add(theirs)
    with db.read() as session:
        kept = session.get(Client, client.id)
        assert kept is not None and kept.notes == "第一位前台的修改" and kept.version == 2


def test_tracking_and_audit_trail(db: Database) -> None:
    staff_id = _staff(db)
    db.clock = FixedClock(T0)
    with db.begin(actor_id=staff_id) as session:
        client = Client(name="赵六", notes="旧备注")
        session.add(client)
    db.clock = FixedClock(T0.replace(hour=10))
    with db.begin(actor_id=staff_id) as session:
        loaded = session.get(Client, client.id)
        assert loaded is not None
        loaded.notes = "新备注"
    with db.begin(actor_id=staff_id) as session:
        loaded = session.get(Client, client.id)
        assert loaded is not None
        loaded.voided_at = T0.replace(hour=11)
        loaded.void_reason = "重复建档"
    with db.read() as session:
        kept = session.get(Client, client.id)
        assert kept is not None and kept.is_voided  # voided, never deleted
        assert kept.created_by_id == staff_id and kept.created_at == T0
        assert kept.updated_by_id == staff_id
        rows = session.scalars(
            select(AuditLog).where(AuditLog.table_name == "client").order_by(AuditLog.id)
        ).all()
    actions = [(r.action, r.field, r.old_value, r.new_value) for r in rows]
    assert actions[0][:3] == (AuditAction.CREATE, None, None)
    assert '"name":"赵六"' in str(actions[0][3])  # a new row is logged with its values
    assert (AuditAction.UPDATE, "notes", "旧备注", "新备注") in actions
    assert (AuditAction.VOID, "void_reason", None, "重复建档") in actions
    assert all(r.staff_id == staff_id and r.record_number == kept.number for r in rows)
