"""Issue 19, finding 4: commands that nobody signs in to act as the system, and the
audit shows them as such. ``desk-app restore`` replaces every row and leaves one audit
row for it, by the system (系统), naming the file restored and the safety copy;
``backup``, ``print`` and ``dashboard`` write nothing at all to the database (no row in
anyone's name); what a setting command writes is audited as the system; and the
retention of backups (``backup_keep``) stays an administrator's, never a signed-in
receptionist's."""

from __future__ import annotations

import argparse
import io
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import AuditLog, Base, Department, Staff
from desk_app.models.audit_chain import verify
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, StaffRole
from desk_app.printing.command import run_print_command
from desk_app.services import audit, backup, settings
from desk_app.services.audit import AuditFilter
from desk_app.services.dashboard import run_dashboard_command
from desk_app.services.errors import PermissionDeniedError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _admin(db: Database) -> int:
    with db.begin() as session:
        staff = Staff(login="admin", name="管理员", role=StaffRole.ADMINISTRATOR, active=True)
        session.add(staff)
        session.flush()
        return staff.id


def _fingerprint(db: Database) -> dict[str, Any]:
    """How many rows each table has, and where the audit chain ends."""
    with db.read() as session:
        counts = {
            t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables
        }
        counts["last audit row"] = session.scalar(select(func.max(AuditLog.id)))
    return counts


def test_a_restore_is_one_audit_row_by_the_system(sqlite_url: str, tmp_path: Path) -> None:
    db, _ = open_database(sqlite_url, clock=FixedClock(NOW))
    try:
        admin = _admin(db)
        with db.begin(admin) as session:
            session.add(Department(name="客服部"))
        database = Path(str(db.url.database))
        copy = backup.make_backup(database, tmp_path / "copy.sqlite3")
        with db.begin(admin) as session:
            session.add(Department(name="工程部"))
        out = io.StringIO()
        assert backup.run_restore_command(sqlite_url, copy, yes=True, out=out) == 0
        with db.read() as session:
            last = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
        assert (last.action, last.staff_id, last.table_name) == (AuditAction.RESTORE, None, "database")
        assert last.new_value == str(copy.resolve()) and "before-restore" in (last.old_value or "")
        with db.engine.connect() as connection:
            assert verify(connection).ok  # appended to the restored chain, not beside it
        with db.begin(admin) as session:
            [shown] = [e for e in audit.search(session, AuditFilter()) if e.action is AuditAction.RESTORE]
        assert shown.staff_name == "系统" and shown.kind == "数据库"
    finally:
        db.dispose()


def test_a_restore_into_a_new_file_is_audited_too(sqlite_url: str, tmp_path: Path) -> None:
    db, _ = open_database(sqlite_url, clock=FixedClock(NOW))
    try:
        copy = backup.make_backup(Path(str(db.url.database)), tmp_path / "copy.sqlite3")
    finally:
        db.dispose()
    fresh = tmp_path / "new" / "desk.sqlite3"
    assert backup.restore(copy, fresh) == fresh
    restored, _ = open_database(f"sqlite:///{fresh}")
    try:
        with restored.read() as session:
            actions = session.scalars(select(AuditLog.action).where(AuditLog.staff_id.is_(None))).all()
        assert AuditAction.RESTORE in actions
        with restored.engine.connect() as connection:
            assert verify(connection).ok
    finally:
        restored.dispose()


def test_backup_print_and_dashboard_write_nothing(db: Database, tmp_path: Path, monkeypatch: Any) -> None:
    """They run without signing in, so they may act for nobody: not a row changes."""
    _admin(db)
    with db.begin() as session:
        session.add(Department(name="客服部"))
    url = db.url.render_as_string(hide_password=False)
    before = _fingerprint(db)
    monkeypatch.chdir(tmp_path)
    assert run_dashboard_command(url, at=None, as_json=True, out=io.StringIO()) == 0
    printed = argparse.Namespace(
        kind="tally", numbers=["2026-11-23"], out=str(tmp_path / "c.pdf"), layout=None, database=url
    )
    assert run_print_command(printed) == 0
    assert backup.run_backup_command(url, tmp_path / "copy.sqlite3", out=io.StringIO()) in (0, 2)
    assert _fingerprint(db) == before


def test_a_setting_command_is_audited_as_the_system(db: Database) -> None:
    from desk_app.cli import build_parser
    from desk_app.services.setup_commands import run_settings_command

    url = db.url.render_as_string(hide_password=False)
    args = build_parser().parse_args(["settings", "set", "community_name", "阳光花园"])
    assert run_settings_command(url, args, out=io.StringIO()) == 0
    with db.read() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.table_name == "setting")).all()
    assert rows and all(row.staff_id is None for row in rows)


def test_backup_keep_is_an_administrators(db: Database) -> None:
    with db.begin() as session:
        receptionist = Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST, active=True)
        session.add(receptionist)
        session.flush()
        receptionist_id = receptionist.id
    admin = _admin(db)
    with pytest.raises(PermissionDeniedError), db.begin(receptionist_id) as session:
        settings.store_setting(session, settings.BACKUP_KEEP, 30)
    with db.begin(admin) as session:
        settings.store_setting(session, settings.BACKUP_KEEP, 30)
