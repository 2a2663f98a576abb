"""Issue 19, finding 2: a complete, tamper-evident audit. Every insert, update and
delete of every table is recorded with its values by the flush hooks, child rows name
their owner and show in its history, and a hash chain shows any edited, deleted or
inserted audit row (``desk-app audit verify``), on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import threading
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select, text, update

from desk_app.clock import FixedClock
from desk_app.models import AuditLog, Building, CalendarOverride, Client, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, StaffRole
from desk_app.services import audit, clients, housekeeping
from desk_app.services.audit_verify import check_chain, run_audit_command
from desk_app.services.clients import FamilyMemberInput

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)


@pytest.fixture
def desk(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        session.add(Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST))
        session.add(
            Room(
                building=Building(code="3", name="3栋"),
                unit="2",
                number="1201",
                code="3-2-1201",
                digits="321201",
            )
        )
    return db


def card(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "张三",
        "room_codes": ["3-2-1201"],
        "phones": ["13800001111", "13900002222"],
        "move_in": date(2020, 5, 1),
        "hometown": None,
        "occupation": None,
        "employer": None,
        "family": [FamilyMemberInput("李四", "配偶", "13600003333")],
        "notes": None,
        "importance": set(),
    }
    values.update(changes)
    return values


def staff_id(db: Database) -> int:
    with db.read() as session:
        return int(session.scalars(select(Staff.id).where(Staff.login == "w")).one())


def new_client(db: Database) -> int:
    with db.begin(actor_id=staff_id(db)) as session:
        return clients.create_client(session, **card()).id


def audit_rows(db: Database, table: str) -> list[AuditLog]:
    with db.read() as session:
        return list(
            session.scalars(select(AuditLog).where(AuditLog.table_name == table).order_by(AuditLog.id))
        )


def test_removed_child_rows_are_audited_with_their_values(desk: Database) -> None:
    client_id = new_client(desk)
    with desk.begin(actor_id=staff_id(desk)) as session:
        clients.update_client(session, client_id, **card(phones=["13800001111"], family=[]))
    phones = audit_rows(desk, "client_phone")
    created = [row for row in phones if row.action == AuditAction.CREATE]
    assert len(created) == 2 and all('"phone":"13' in (row.new_value or "") for row in created)
    deleted = [row for row in phones if row.action == AuditAction.DELETE]
    assert len(deleted) == 1
    assert '"phone":"13900002222"' in (deleted[0].old_value or "")
    assert (deleted[0].owner_table, deleted[0].owner_key) == ("client", str(client_id))
    family = [row for row in audit_rows(desk, "family_member") if row.action == AuditAction.DELETE]
    assert len(family) == 1 and '"name":"李四"' in (family[0].old_value or "")


def test_a_deleted_holiday_override_is_audited(desk: Database) -> None:
    with desk.begin() as session:
        session.add(CalendarOverride(day=date(2026, 12, 31), is_workday=False, note="跨年"))
    with desk.begin() as session:
        session.execute(select(CalendarOverride))  # load, then delete through the ORM
        override = session.get(CalendarOverride, date(2026, 12, 31))
        session.delete(override)
    rows = audit_rows(desk, "calendar_override")
    assert [row.action for row in rows] == [AuditAction.CREATE, AuditAction.DELETE]
    assert '"note":"跨年"' in (rows[1].old_value or "")


def test_the_history_shows_child_row_changes(desk: Database) -> None:
    client_id = new_client(desk)
    with desk.begin(actor_id=staff_id(desk)) as session:
        clients.update_client(session, client_id, **card(phones=["13800001111"]))
    with desk.begin(actor_id=staff_id(desk)) as session:
        clients.update_client(
            session, client_id, **card(phones=["13800001111"], family=[FamilyMemberInput("李四", "丈夫")])
        )
    with desk.read() as session:
        session.info["actor_id"] = staff_id(desk)
        lines = audit.record_history(session, Client, client_id)
    shown = [(line.action, line.field_label, line.old_value, line.new_value) for line in lines]
    assert (AuditAction.DELETE, "客户电话", "电话：13900002222", "") in shown
    assert (AuditAction.UPDATE, "家庭成员·关系", "配偶", "丈夫") in [
        (action, label, old, new) for action, label, old, new in shown
    ]
    assert any(line.action == AuditAction.CREATE and "房号：3-2-1201" in line.new_value for line in lines)


def test_an_untouched_chain_verifies(desk: Database) -> None:
    new_client(desk)
    report = check_chain(desk)
    assert report.ok and report.checked > 5


def _first_client_row(db: Database) -> int:
    with db.read() as session:
        return int(
            session.scalars(select(func.min(AuditLog.id)).where(AuditLog.table_name == "client")).one()
        )


def test_an_edited_audit_row_is_named(desk: Database) -> None:
    new_client(desk)
    target = _first_client_row(desk)
    with desk.engine.begin() as connection:
        connection.execute(update(AuditLog).where(AuditLog.id == target).values(new_value="{}"))
    report = check_chain(desk)
    assert not report.ok and report.broken_id == target and report.reason == "hash"
    out = io.StringIO()
    assert run_audit_command(str(desk.url), _args(), out) == 1
    assert f"编号 {target}" in out.getvalue()


def test_a_deleted_audit_row_is_named(desk: Database) -> None:
    new_client(desk)
    target = _first_client_row(desk)
    with desk.engine.begin() as connection:
        connection.execute(delete(AuditLog).where(AuditLog.id == target))
    report = check_chain(desk)
    assert not report.ok and report.broken_id == target + 1 and report.reason == "gap"


def test_rows_cut_off_at_the_end_are_noticed(desk: Database) -> None:
    new_client(desk)
    with desk.engine.begin() as connection:
        last = connection.execute(select(func.max(AuditLog.id))).scalar_one()
        connection.execute(delete(AuditLog).where(AuditLog.id == last))
    report = check_chain(desk)
    assert not report.ok and report.reason == "head"


def test_a_row_slipped_in_is_noticed(desk: Database) -> None:
    new_client(desk)
    with desk.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_log (at, table_name, record_key, action) "
                "VALUES (CURRENT_TIMESTAMP, 'client', '1', 'update')"
            )
        )
    assert check_chain(desk).reason == "unchained"


def _args() -> Any:
    from desk_app.cli import build_parser

    return build_parser().parse_args(["audit", "verify"])


def test_the_command_says_whole_and_exits_0(desk: Database) -> None:
    new_client(desk)
    out = io.StringIO()
    assert run_audit_command(str(desk.url), _args(), out) == 0
    assert "完整" in out.getvalue()


def test_housekeeping_tells_of_a_broken_chain(desk: Database) -> None:
    new_client(desk)
    with desk.engine.begin() as connection:
        connection.execute(update(AuditLog).where(AuditLog.id == _first_client_row(desk)).values(field="x"))
    housekeeping._audit_checked.clear()
    report = housekeeping.run_housekeeping(desk)
    assert report.audit_alarm is not None and "篡改" in report.audit_alarm


def test_counters_saving_at_once_do_not_fork_the_chain(desk: Database) -> None:
    """Four threads write at the same time (on PostgreSQL really in parallel); the
    chain stays one line: every index once, every hash right."""
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(8):
                with desk.begin() as session:
                    session.add(
                        CalendarOverride(day=date(2027, 1 + n, 1 + i), is_workday=False, note=f"{n}-{i}")
                    )
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = check_chain(desk)
    assert report.ok, report
    assert len(audit_rows(desk, "calendar_override")) == 32


def test_the_administrators_are_told_of_a_broken_chain_once(desk: Database) -> None:
    """Issue 19: a broken chain was only logged; every administrator now finds it in
    the inbox (once per broken row, however many passes find it)."""
    from desk_app.models import Notification
    from desk_app.models.enums import NotificationEvent

    with desk.begin() as session:
        admins = [Staff(login=f"admin{n}", name=f"管理员{n}", role=StaffRole.ADMINISTRATOR) for n in (1, 2)]
        session.add_all(admins)
        session.flush()
        admin_ids = sorted(admin.id for admin in admins)
    new_client(desk)
    target = _first_client_row(desk)
    with desk.engine.begin() as connection:
        connection.execute(update(AuditLog).where(AuditLog.id == target).values(field="x"))
    for _ in range(2):
        housekeeping._audit_checked.clear()
        housekeeping.run_housekeeping(desk)
    with desk.read() as session:
        told = session.scalars(
            select(Notification).where(Notification.event == NotificationEvent.AUDIT_BROKEN)
        ).all()
    assert sorted(n.recipient_id for n in told) == admin_ids
    assert all(n.record_id == target and "篡改" in n.title for n in told)


def test_a_rolled_back_savepoint_takes_its_audit_rows_and_the_chain_still_verifies(desk: Database) -> None:
    """A transaction knows the chain head from its own last append and does not read
    it again (issue 17's speed work); a savepoint rolled back in between must make it
    read the head again, or the next rows would continue a chain that was undone."""
    with desk.begin() as session:
        session.add(CalendarOverride(day=date(2026, 12, 30), is_workday=False, note="前"))
        session.flush()
        savepoint = session.begin_nested()
        session.add(CalendarOverride(day=date(2026, 12, 31), is_workday=False, note="撤回"))
        session.flush()
        savepoint.rollback()
        session.add(CalendarOverride(day=date(2027, 1, 1), is_workday=False, note="后"))
        session.flush()
        inner = session.begin_nested()  # a savepoint kept: its rows stay
        session.add(CalendarOverride(day=date(2027, 1, 2), is_workday=True, note="留"))
        inner.commit()
        session.add(CalendarOverride(day=date(2027, 1, 3), is_workday=True, note="末"))
    notes = [row.new_value or "" for row in audit_rows(desk, "calendar_override")]
    assert [next(n for n in ("前", "后", "留", "末") if n in note) for note in notes] == [
        "前",
        "后",
        "留",
        "末",
    ]
    report = check_chain(desk)
    assert report.ok, report


def test_an_account_deactivated_between_two_saves_of_one_session_cannot_save_the_second(
    desk: Database,
) -> None:
    """The actor is read once per transaction, not once per session."""
    from desk_app.errors import PermissionDeniedError

    actor = staff_id(desk)
    session = desk.session(actor)
    try:
        with session.begin():
            session.add(CalendarOverride(day=date(2026, 12, 30), is_workday=False, note="一"))
        with desk.begin() as other:
            other.execute(update(Staff).where(Staff.id == actor).values(active=False))
        with pytest.raises(PermissionDeniedError), session.begin():
            session.add(CalendarOverride(day=date(2026, 12, 31), is_workday=False, note="二"))
    finally:
        session.close()
