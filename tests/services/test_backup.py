"""Backups (issue 7): online copies of a live SQLite database, one a day with rotation,
``desk-app backup`` / ``desk-app restore`` with the file checked before anything is
replaced, and the PostgreSQL commands explained instead."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.bootstrap import open_database
from desk_app.cli import main
from desk_app.clock import FixedClock
from desk_app.models import Department, Setting
from desk_app.models.database import Database
from desk_app.services import backup, housekeeping
from desk_app.services.backup import BackupError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)


@pytest.fixture
def live(sqlite_url: str) -> Iterator[Database]:
    db, _ = open_database(sqlite_url, clock=FixedClock(NOW))
    with db.begin() as session:
        session.add(Department(name="客服部"))
    try:
        yield db
    finally:
        db.dispose()


def _path(db: Database) -> Path:
    assert db.url.database is not None
    return Path(db.url.database)


def _departments(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM department ORDER BY id")]


def test_a_backup_of_a_live_database_is_complete_and_checked(live: Database, tmp_path: Path) -> None:
    with live.begin() as session:  # another program keeps writing meanwhile
        session.add(Department(name="工程部"))
        copy = backup.make_backup(_path(live), tmp_path / "copy.sqlite3")
    assert _departments(copy) == ["客服部"]  # the copy is a consistent snapshot
    assert backup.check_backup(copy).revision
    assert _departments(backup.make_backup(_path(live))) == ["客服部", "工程部"]
    with pytest.raises(BackupError, match="不会覆盖"):
        backup.make_backup(_path(live), copy)


def test_one_daily_backup_a_day_and_the_newest_are_kept(live: Database) -> None:
    made = [backup.backup_if_due(live, NOW + timedelta(days=day), keep=3) for day in range(5)]
    assert all(path is not None for path in made)
    assert backup.backup_if_due(live, NOW + timedelta(days=4, hours=5), keep=3) is None
    kept = backup.daily_backups(_path(live))
    assert [path.name for path in kept] == [path.name for path in made[2:] if path is not None]
    hand_made = backup.make_backup(_path(live))
    backup.rotate(_path(live), keep=1)
    assert hand_made.exists() and len(backup.daily_backups(_path(live))) == 1


def test_the_number_kept_is_a_setting(live: Database) -> None:
    assert backup.keep_setting(live) == backup.DEFAULT_KEEP
    with live.begin() as session:
        session.add(Setting(key="backup_keep", value=8))
    assert backup.keep_setting(live) == 8
    for day in range(10):
        backup.backup_if_due(live, NOW + timedelta(days=day))
    assert len(backup.daily_backups(_path(live))) == 8


def test_housekeeping_makes_the_daily_backup(live: Database) -> None:
    report = housekeeping.run_housekeeping(live)
    assert report.error is None and report.backup is not None and Path(report.backup).exists()
    assert housekeeping.run_housekeeping(live).backup is None


def test_postgresql_gets_no_file_backup(live: Database) -> None:
    other = Database("postgresql+psycopg://desk:secret@127.0.0.1:5432/desk")
    try:
        assert backup.backup_if_due(other) is None
    finally:
        other.dispose()


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def test_files_that_are_refused(live: Database, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("不是数据库" * 100, encoding="utf-8")
    with pytest.raises(BackupError, match="不是有效的数据库"):
        backup.check_backup(text)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(BackupError, match="不是前台 Desk 的数据库"):
        backup.check_backup(other)
    newer = backup.make_backup(_path(live), tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    with pytest.raises(BackupError, match="不认识"):
        backup.check_backup(newer)
    damaged = backup.make_backup(_path(live), tmp_path / "damaged.sqlite3")
    _corrupt(damaged)
    with pytest.raises(BackupError):
        backup.check_backup(damaged)
    with pytest.raises(BackupError, match="找不到"):
        backup.check_backup(tmp_path / "missing.sqlite3")


def test_restore_brings_back_the_copy_and_keeps_the_current_one(live: Database, tmp_path: Path) -> None:
    database = _path(live)
    copy = backup.make_backup(database, tmp_path / "copy.sqlite3")
    with live.begin() as session:
        session.add(Department(name="工程部"))
    live.dispose()
    safety = backup.restore(copy, database)
    assert _departments(database) == ["客服部"]
    assert _departments(safety) == ["客服部", "工程部"]


def test_restore_refuses_a_bad_file_and_changes_nothing(live: Database, tmp_path: Path) -> None:
    database = _path(live)
    damaged = backup.make_backup(database, tmp_path / "damaged.sqlite3")
    _corrupt(damaged)
    before = database.read_bytes()
    with pytest.raises(BackupError):
        backup.restore(damaged, database)
    assert database.read_bytes() == before


def test_restore_refuses_while_a_program_is_writing(
    live: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "RESTORE_LOCK_SECONDS", 0.5)
    database = _path(live)
    copy = backup.make_backup(database, tmp_path / "copy.sqlite3")
    writer = sqlite3.connect(database, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        with pytest.raises(BackupError, match="正在被其他程序使用"):
            backup.restore(copy, database)
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_the_commands(live: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{_path(live)}"
    out = tmp_path / "manual.sqlite3"
    assert main(["backup", "--database", url, "--out", str(out)]) == 0
    assert "已备份到" in capsys.readouterr().out and out.exists()
    with live.begin() as session:
        session.add(Department(name="工程部"))
    live.dispose()
    refused = tmp_path / "bad.sqlite3"
    refused.write_bytes(b"\0" * 100)
    assert main(["restore", str(refused), "--database", url, "--yes"]) == 1
    assert "拒绝恢复" in capsys.readouterr().err
    assert backup.run_restore_command(url, out, answer=lambda _prompt: "n") == 1
    assert "已取消" in capsys.readouterr().out
    assert _departments(_path(live)) == ["客服部", "工程部"]
    assert main(["restore", str(out), "--database", url, "--yes"]) == 0
    assert "已恢复" in capsys.readouterr().out
    assert _departments(_path(live)) == ["客服部"]


def test_postgresql_commands_explain_pg_dump(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = "postgresql+psycopg://desk:secret@db.example:5432/desk"
    assert main(["backup", "--database", url]) == 2
    shown = capsys.readouterr().out
    assert "pg_dump" in shown and "secret" not in shown
    assert main(["restore", str(tmp_path / "x.dump"), "--database", url, "--yes"]) == 2
    assert "pg_restore" in capsys.readouterr().out
