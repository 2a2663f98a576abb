"""Issue 19, finding 2 (second round): the audit also covers the statements that bypass
the unit of work. An UPDATE, INSERT or DELETE run through the session (the failed-login
count, the numbering counters, any bulk statement) is audited with its values by the
statement hook of ``models/tracking.py``; a written-out ``text()`` write, or an INSERT
whose ids the database chooses, is refused rather than left out; and every statement
the services and models run past the session is listed below with the reason it needs
no audit row, so a new one fails here. SQLite and PostgreSQL."""

from __future__ import annotations

import ast
import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, insert, select, text, update

import desk_app
from desk_app.clock import FixedClock
from desk_app.models import (
    AuditLog,
    CalendarOverride,
    Department,
    Notification,
    Setting,
    Staff,
    Visitor,
)
from desk_app.models.audit_chain import verify
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, NotificationEvent, StaffRole
from desk_app.services import accounts, departments, notifications
from desk_app.services.accounts import AuthenticationError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)
PASSWORD = "Counter-2026!"

#: Every statement run past ``session.execute`` in desk_app/services and desk_app/models,
#: by (file, function), and why it needs no audit row of its own. The hook sees every
#: statement run through the session; these it cannot see.
PAST_THE_SESSION: dict[tuple[str, str], str] = {
    ("models/audit_chain.py", "_lock_head"): "the audit chain's own head",
    ("models/audit_chain.py", "append_rows"): "the audit rows themselves",
    ("models/audit_chain.py", "verify"): "reads the chain",
    ("models/audit_chain.py", "append_rows_sqlite"): "the audit rows themselves (a restore's)",
    ("models/tracking.py", "_snapshot"): "reads the rows a statement changes, for its audit rows",
    ("models/database.py", "check_database_url"): "reads: a probe before the database is used",
    ("models/database.py", "_ours_to_switch"): "reads which program a file belongs to",
    ("models/database.py", "_on_connect"): "connection settings (PRAGMA), no rows",
    ("models/database.py", "_on_begin"): "BEGIN, no rows",
    ("models/database.py", "sqlite_reading"): "reads: BEGIN and the schema revision of a plain-SQLite reader",
    (
        "services/plain_sql.py",
        "on_sqlite",
    ): "reads only: plain_sql.reading_only refuses anything but a SELECT",
    (
        "services/plain_sql.py",
        "on_sqlalchemy",
    ): "reads only: plain_sql.reading_only refuses anything but a SELECT",
    ("models/schema.py", "current_revision"): "reads the schema revision",
    ("models/schema.py", "backup_sqlite"): "the journal mode of a backup copy, no rows",
    ("services/backup.py", "_single_file"): "the journal mode of a copy, no rows",
    ("services/backup.py", "_inspect"): "reads a file being checked",
    ("services/backup.py", "_columns"): "reads a table's columns",
    ("services/backup.py", "_restore_rows"): "a restore replaces every row: audited as one "
    "restore row, appended to the restored chain in the same transaction",
    ("services/backup.py", "restore"): "a restore into a new file: its restore row",
}


def _statements_past_the_session() -> set[tuple[str, str]]:
    """(file, function) of every ``.execute``-like call in services and models whose
    receiver is not the session itself."""
    root = Path(desk_app.__file__).parent
    found: set[tuple[str, str]] = set()
    for folder in ("services", "models"):
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for function in ast.walk(tree):
                if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                for node in ast.walk(function):
                    if (
                        isinstance(node, ast.Call)
                        and isinstance(node.func, ast.Attribute)
                        and node.func.attr in {"execute", "executemany", "executescript", "exec_driver_sql"}
                        and ast.unparse(node.func.value) != "session"
                        and not any(
                            isinstance(inner, ast.FunctionDef)
                            and inner is not function
                            and node in ast.walk(inner)
                            for inner in ast.walk(function)
                        )
                    ):
                        found.add((f"{folder}/{path.relative_to(root / folder).as_posix()}", function.name))
    return found


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE staff SET failed_logins = 0",
        "  delete from client",
        "INSERT INTO setting VALUES (1)",
        "SELECT 1; DELETE FROM client",
        "",
        "PRAGMA journal_mode=DELETE",
    ],
)
def test_plain_sql_refuses_anything_but_a_read(sql: str) -> None:
    """The plain-SQL readers run past the audit hook, so they must never write."""
    import sqlite3

    from desk_app.services.plain_sql import query_on

    connection = sqlite3.connect(":memory:")
    with pytest.raises(ValueError, match="only reads"):
        query_on(connection)(sql, {})


def test_plain_sql_reads() -> None:
    import sqlite3

    from desk_app.services.plain_sql import query_on

    connection = sqlite3.connect(":memory:")
    assert query_on(connection)("  select :a + 1;", {"a": 41}) == [(42,)]
    assert query_on(connection)("WITH t(x) AS (SELECT 2) SELECT x FROM t", {}) == [(2,)]


def test_every_statement_past_the_session_is_accounted_for() -> None:
    found = _statements_past_the_session()
    unknown = sorted(found - set(PAST_THE_SESSION))
    assert unknown == [], f"run these through session.execute (audited), or say here why not: {unknown}"
    stale = sorted(set(PAST_THE_SESSION) - found)
    assert stale == [], f"no longer there: {stale}"


@pytest.fixture
def desk(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        staff = Staff(login="lihua", name="李华", role=StaffRole.RECEPTIONIST, active=True)
        staff.password_hash = accounts.hash_password(PASSWORD)
        session.add(staff)
    return db


def _rows(db: Database, table: str) -> list[AuditLog]:
    with db.read() as session:
        return list(
            session.scalars(select(AuditLog).where(AuditLog.table_name == table).order_by(AuditLog.id))
        )


def _chain_whole(db: Database) -> bool:
    with db.engine.connect() as connection:
        return verify(connection).ok


def test_a_wrong_password_is_audited(desk: Database) -> None:
    """The failed-login count moves by a bare UPDATE (so parallel guesses all count):
    each move is an audit row, by the system (nobody is signed in yet)."""
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            accounts.sign_in(desk, "lihua", "wrong")
    moves = [
        (r.field, r.old_value, r.new_value, r.staff_id)
        for r in _rows(desk, "staff")
        if r.field == "failed_logins"
    ]
    assert moves == [("failed_logins", "0", "1", None), ("failed_logins", "1", "2", None)]
    assert _chain_whole(desk)


def test_every_counter_move_is_audited(desk: Database) -> None:
    """A numbered record moves its counter by an UPDATE of its own (gap-free numbers):
    the new counter and each move are audit rows."""
    with desk.read() as session:
        receptionist = session.scalars(select(Staff.id).where(Staff.login == "lihua")).one()
    for n in range(2):
        with desk.begin(receptionist) as session:
            session.add(Visitor(visitor_name=f"访客{n}", arrived_at=NOW))
    counter = _rows(desk, "record_counter")
    assert [(r.action, r.record_key, r.field, r.old_value, r.new_value) for r in counter] == [
        (AuditAction.CREATE, "FK/202611", None, None, '{"last_value":"0","period":"202611","prefix":"FK"}'),
        (AuditAction.UPDATE, "FK/202611", "last_value", "0", "1"),
        (AuditAction.UPDATE, "FK/202611", "last_value", "1", "2"),
    ]
    assert all(r.staff_id == receptionist for r in counter)
    assert _chain_whole(desk)


def test_a_bulk_update_delete_and_insert_are_audited_with_their_values(desk: Database) -> None:
    with desk.begin() as session:
        session.add_all([Department(name="客服部"), Department(name="工程部"), Department(name="保安部")])
        session.add(CalendarOverride(day=date(2026, 12, 31), is_workday=False, note="跨年"))
    with desk.begin() as session:
        loaded = session.scalars(select(Department).where(Department.name == "客服部")).one()
        session.execute(
            update(Department).where(Department.name.in_(["客服部", "工程部"])).values(active=False)
        )
        assert loaded.active is False  # the session's own copy follows the statement
        session.execute(delete(CalendarOverride).where(CalendarOverride.day == date(2026, 12, 31)))
        session.execute(insert(Setting).values(key="probe", value={"次数": 3}))
    changes = [
        (r.record_key, r.field, r.old_value, r.new_value) for r in _rows(desk, "department") if r.field
    ]
    assert sorted(changes) == [("1", "active", "True", "False"), ("2", "active", "True", "False")]
    [removed] = [r for r in _rows(desk, "calendar_override") if r.action is AuditAction.DELETE]
    assert json.loads(removed.old_value or "{}")["note"] == "跨年"
    [made] = [r for r in _rows(desk, "setting") if r.record_key == "probe"]
    assert made.action is AuditAction.CREATE and "次数" in (made.new_value or "")
    assert _chain_whole(desk)


def test_an_update_the_audit_cannot_follow_is_refused(desk: Database) -> None:
    with pytest.raises(TypeError, match="text"), desk.begin() as session:
        session.execute(text("UPDATE department SET active = false"))
    with pytest.raises(TypeError, match=r"session\.add"), desk.begin() as session:
        session.execute(insert(Department).values(name="新部门"))  # the id is the database's
    with desk.read() as session:
        assert session.scalar(select(Department).where(Department.name == "新部门")) is None


def test_the_inbox_is_left_out_by_decision(desk: Database) -> None:
    """The inbox is a delivery log, not a record (``tracking.NOT_AUDITED_TABLES``):
    marking it all read writes no audit row, through the session or not."""
    with desk.read() as session:
        me = session.scalars(select(Staff.id).where(Staff.login == "lihua")).one()
    with desk.begin() as session:
        notifications.notify(
            session,
            [me],
            event=NotificationEvent.MESSAGE,
            key="m1",
            kind="worklog",
            record_id=1,
            title="测试",
        )
    before = len(_rows(desk, "notification"))
    with desk.begin(me) as session:
        assert notifications.mark_all_read(session, me) == 1
    with desk.read() as session:
        assert session.scalars(select(Notification.read_at)).one() is not None
    assert len(_rows(desk, "notification")) == before == 0


def test_what_a_command_writes_is_audited_as_the_system(desk: Database) -> None:
    from desk_app.services import command_support

    with command_support.system_work(desk) as session:
        departments.create_department(session, "客服部")
    [made] = _rows(desk, "department")
    assert made.staff_id is None and made.action is AuditAction.CREATE
