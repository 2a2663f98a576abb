"""Permissions live in the services (issue 7), not only in hidden buttons: every action
below is called directly, as each role, and must be allowed or refused as the table says.
Each attempt runs in a transaction that is rolled back, so one database serves the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.clock import FixedClock
from desk_app.models import AuditLog, Staff, StandardReply
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, Channel, StaffRole
from desk_app.services import accounts, audit, complaints, reception
from desk_app.services.errors import PermissionDeniedError, RuleViolationError
from desk_app.services.records import void_record

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

R = StaffRole
SUPERVISORS = {R.SUPERVISOR, R.DEPARTMENT_HEAD}


@dataclass
class World:
    staff: dict[StaffRole, int]
    addressee: int
    complaint: int
    reply: int
    document: int


Action = Callable[[Session, World], object]

#: action → the roles that may do it; every other role is refused.
TABLE: dict[str, tuple[Action, set[StaffRole]]] = {
    "designate_handler": (
        lambda s, w: complaints.designate_handler(s, w.complaint, w.staff[R.SERVICE_STAFF]),
        SUPERVISORS,
    ),
    "void_complaint": (lambda s, w: complaints.void_complaint(s, w.complaint, "重复登记"), SUPERVISORS),
    "void_record": (lambda s, w: void_record(s, StandardReply, w.reply, "过时"), SUPERVISORS),
    "document_details": (
        lambda s, w: reception.document_details(s, w.document),
        {R.SUPERVISOR, R.DEPARTMENT_HEAD, R.ADMINISTRATOR},
    ),
    "export_clients": (
        lambda s, w: audit.authorize_export(s, "clients", rows=3, target="客户.xlsx"),
        {R.SUPERVISOR, R.DEPARTMENT_HEAD, R.ADMINISTRATOR},
    ),
    "read_audit_log": (lambda s, w: audit.search(s, audit.AuditFilter()), {R.ADMINISTRATOR}),
    "create_account": (
        lambda s, w: accounts.create_account(
            s, login="xin", name="新人", role=R.RECEPTIONIST, password="chushi123"
        ),
        {R.ADMINISTRATOR},
    ),
}


@pytest.fixture
def world(db: Database) -> World:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        people = {role: Staff(login=role.value, name=role.label, role=role) for role in StaffRole}
        addressee = Staff(login="shoujianren", name="收件人", role=R.RECEPTIONIST)
        session.add_all([*people.values(), addressee])
        reply = StandardReply(topic="停水", question="何时来水", reply_text="预计下午")
        session.add(reply)
        session.flush()
        session.info["actor_id"] = people[R.RECEPTIONIST].id
        complaint = complaints.register_complaint(
            session, received_at=NOW, channel=Channel.CALL, description="楼道灯不亮"
        )
        document = reception.register_document(
            session,
            description="法院传票",
            from_party="法院",
            to_party="收件人",
            addressee_staff_id=addressee.id,
        )
        return World(
            {role: staff.id for role, staff in people.items()},
            addressee.id,
            complaint.id,
            reply.id,
            document.id,
        )


def _attempt(db: Database, actor: int, action: Action, world: World) -> bool:
    """Whether ``actor`` may do ``action`` (rolled back either way)."""
    with db.session(actor) as session:
        session.begin()
        try:
            action(session, world)
        except PermissionDeniedError:
            return False
        finally:
            session.rollback()
    return True


@pytest.mark.parametrize("name", list(TABLE))
def test_role_table(db: Database, world: World, name: str) -> None:
    action, allowed = TABLE[name]
    outcome = {role: _attempt(db, world.staff[role], action, world) for role in StaffRole}
    assert outcome == {role: role in allowed for role in StaffRole}


def test_nobody_signed_in_is_refused_everything(db: Database, world: World) -> None:
    for action, _allowed in TABLE.values():
        with db.session(None) as session:
            session.begin()
            with pytest.raises((PermissionDeniedError, RuleViolationError)):
                action(session, world)
            session.rollback()


def test_the_addressee_reads_their_own_document(db: Database, world: World) -> None:
    with db.session(world.addressee) as session:
        assert reception.document_details(session, world.document).description == "法院传票"
    with db.session(world.staff[R.RECEPTIONIST]) as session:
        assert reception.document_entry(session, world.document).description is None


def test_voiding_by_a_supervisor_works_and_a_reason_comes_first(db: Database, world: World) -> None:
    with db.begin(world.staff[R.SUPERVISOR]) as session:
        void_record(session, StandardReply, world.reply, "过时")
    with db.read() as session:
        reply = session.get(StandardReply, world.reply)
        assert reply is not None and reply.voided_by_id == world.staff[R.SUPERVISOR]


def test_exporting_the_client_archive_is_audited(db: Database, world: World) -> None:
    supervisor = world.staff[R.SUPERVISOR]
    with db.begin(supervisor) as session:
        audit.authorize_export(session, "clients", rows=300, target="/home/zhu/客户资料.xlsx")
        audit.authorize_export(session, "visitors", rows=12)  # not protected: no row
    with db.read() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.action == AuditAction.EXPORT)).all()
    assert len(rows) == 1
    assert rows[0].staff_id == supervisor and rows[0].table_name == "client"
    assert rows[0].new_value == "300 条" and rows[0].field == "/home/zhu/客户资料.xlsx"
    with (
        db.session(world.staff[R.RECEPTIONIST]) as session,
        pytest.raises(PermissionDeniedError, match="系统管理员"),
    ):
        audit.search(session, audit.AuditFilter())
