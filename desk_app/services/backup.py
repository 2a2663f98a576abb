"""Backups of the centre's books (issue 7): SQLite's online backup API, daily (the main
window's housekeeping timer calls ``backup_if_due``), before every schema upgrade
(``models.schema.upgrade_database``) and on demand (``desk-app backup``); the newest
``backup_keep`` daily copies are kept (setting, default 14). ``desk-app restore FILE``
checks the file first — ``PRAGMA integrity_check`` and that it is a 前台 Desk database
at a schema this program knows — and copies the current database aside before
replacing it.

Limits: a restore needs every program using the database closed. The check here only
catches a program in the middle of a transaction (the file is locked); a window left
open on the replaced file keeps working on it, so close all windows first. PostgreSQL
is backed up with ``pg_dump`` and restored with ``pg_restore`` (the commands say how).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

from sqlalchemy import URL

from desk_app.messages import msg
from desk_app.models.database import Database, default_database_url, normalise_url, sqlite_file
from desk_app.models.schema import backup_sqlite, known_revisions
from desk_app.services.settings import MIN_BACKUP_KEEP

#: Daily copies kept unless the ``backup_keep`` setting says otherwise.
DEFAULT_KEEP = 14
DAILY_TAG = "daily"
MANUAL_TAG = "manual"
RESTORE_TAG = "before-restore"

PG_HELP = (
    "PostgreSQL 数据库请用 PostgreSQL 自带的工具备份和恢复：\n"
    "  备份：pg_dump --format=custom --file=desk-20261123.dump {url}\n"
    "  恢复：先关闭所有前台 Desk 程序，再执行\n"
    "        pg_restore --clean --if-exists --no-owner --dbname={url} desk-20261123.dump\n"
    "建议每天用系统计划任务（cron 或 Windows 任务计划程序）运行 pg_dump，并把备份文件存到另一台机器。"
)


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why, in Chinese."""


@dataclass(frozen=True)
class BackupCheck:
    """What ``check_backup`` found in a file that passed."""

    path: Path
    revision: str
    complaints: int


def backup_folder(database: Path) -> Path:
    """Where the copies of ``database`` go: ``backups/`` next to it."""
    return database.parent / "backups"


def backup_name(database: Path, tag: str, at: datetime) -> str:
    return f"{database.stem}-{tag}-{at:%Y%m%d-%H%M%S}{database.suffix}"


def _sqlite_path(url: str | URL | None) -> Path | None:
    return sqlite_file(normalise_url(str(url) if url is not None else default_database_url()))


def make_backup(
    database: Path, target: Path | None = None, tag: str = MANUAL_TAG, at: datetime | None = None
) -> Path:
    """A consistent copy of the live SQLite file ``database`` (other programs may keep
    working meanwhile); the copy is checked before its path is returned."""
    if not database.exists():
        raise BackupError(msg("数据库文件不存在：{database}", database=database))
    moment = at or datetime.now().astimezone()
    path = target or backup_folder(database) / backup_name(database, tag, moment)
    if path.exists():
        raise BackupError(msg("备份文件已存在，不会覆盖：{path}", path=path))
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        backup_sqlite(database, partial)
        check_backup(partial)
        partial.replace(path)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(msg("备份失败：{error}", error=error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def daily_backups(database: Path) -> list[Path]:
    """The daily copies of ``database``, oldest first (the stamp sorts by name)."""
    folder = backup_folder(database)
    pattern = f"{database.stem}-{DAILY_TAG}-*{database.suffix}"
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def rotate(database: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Remove all but the newest ``keep`` daily copies; the files removed. Copies made
    by hand, before an upgrade or before a restore are never removed here."""
    keep = max(1, keep)
    copies = daily_backups(database)
    removed = copies[:-keep] if len(copies) > keep else []
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def keep_setting(db: Database) -> int:
    """The ``backup_keep`` setting (positive whole number), else ``DEFAULT_KEEP``."""
    from desk_app.models import Setting

    try:
        with db.read() as session:
            row = session.get(Setting, "backup_keep")
    except Exception:  # an unreadable setting must not stop the backup
        return DEFAULT_KEEP
    value = row.value if row is not None else None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        # A value below the floor (written past the service, by a database tool)
        # still keeps the floor's worth of copies.
        return max(value, MIN_BACKUP_KEEP)
    return DEFAULT_KEEP


def backup_if_due(db: Database, now: datetime | None = None, keep: int | None = None) -> Path | None:
    """Today's daily copy of an SQLite database, when there is none yet (then rotate);
    None when not due or not SQLite (PostgreSQL: pg_dump, see the README)."""
    database = sqlite_file(db.url)
    if database is None or not database.exists():
        return None
    moment = (now or db.clock.now()).astimezone(db.zone)
    today = f"{database.stem}-{DAILY_TAG}-{moment:%Y%m%d}-"
    if any(path.name.startswith(today) for path in daily_backups(database)):
        return None
    path = make_backup(database, tag=DAILY_TAG, at=moment)
    rotate(database, keep if keep is not None else keep_setting(db))
    return path


def check_backup(path: Path) -> BackupCheck:
    """Refuse a file that is damaged or is not a 前台 Desk database this program knows
    (``BackupError``); it is opened read-only and never changed."""
    if not path.is_file():
        raise BackupError(msg("找不到备份文件：{path}", path=path))
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise BackupError(msg("无法打开备份文件 {name}：{error}", name=path.name, error=error)) from error
    try:
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError as error:
            raise BackupError(
                msg("{name} 不是有效的数据库文件（{error}）", name=path.name, error=error)
            ) from error
        result = [str(row[0]) for row in rows]
        if result != ["ok"]:
            raise BackupError(
                msg("{name} 已损坏（完整性检查：{items}）", name=path.name, items="；".join(result[:3]))
            )
        if "alembic_version" not in tables or "complaint" not in tables:
            raise BackupError(msg("{name} 不是前台 Desk 的数据库", name=path.name))
        revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(revision_row[0]) if revision_row else ""
        if revision not in known_revisions():
            raise BackupError(
                msg(
                    "{name} 的数据库结构版本（{value}）本程序不认识：它可能来自更新版本的前台 Desk",
                    name=path.name,
                    value=revision or "无",
                )
            )
        complaints = int(connection.execute("SELECT count(*) FROM complaint").fetchone()[0])
    finally:
        connection.close()
    return BackupCheck(path, revision, complaints)


def _refuse_if_busy(database: Path) -> None:
    """A program in the middle of a transaction holds the file: refuse then."""
    connection = sqlite3.connect(database, timeout=1.0, isolation_level=None)
    try:
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        raise BackupError(msg("数据库正在被其他程序使用，请关闭所有前台 Desk 窗口后再恢复")) from error
    finally:
        connection.close()


def restore(backup: Path, database: Path, at: datetime | None = None) -> Path:
    """Replace ``database`` with the checked copy ``backup``; the path of the copy of the
    database as it was just before (in ``backups/``). Nothing is replaced on a refusal."""
    check_backup(backup)
    if backup.resolve() == database.resolve():
        raise BackupError(msg("备份文件就是当前数据库本身，无需恢复"))
    safety: Path | None = None
    if database.exists():
        _refuse_if_busy(database)
        safety = make_backup(database, tag=RESTORE_TAG, at=at)
    else:
        database.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(database, timeout=5.0)
        try:
            source.backup(target)  # one step, under the target's write lock
        finally:
            target.close()
    except sqlite3.Error as error:
        raise BackupError(
            msg("恢复失败：{error}；当前数据库的副本在 {safety}", error=error, safety=safety)
        ) from error
    finally:
        source.close()
    check_backup(database)
    return safety if safety is not None else database


# -- the commands -----------------------------------------------------------------------


def add_backup_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    backup = commands.add_parser("backup", help="备份 SQLite 数据库（PostgreSQL：说明 pg_dump 的用法）")
    database_option(backup)
    backup.add_argument(
        "--out", metavar="FILE", type=Path, help="备份文件（默认：数据库旁的 backups/ 文件夹）"
    )
    restore_parser = commands.add_parser("restore", help="检查备份文件后用它替换 SQLite 数据库")
    database_option(restore_parser)
    restore_parser.add_argument("file", metavar="FILE", type=Path, help="要恢复的备份文件")
    restore_parser.add_argument("--yes", action="store_true", help="不再询问，直接恢复")


def _postgres(url: str | None, out: TextIO | None) -> int | None:
    parsed = normalise_url(url or default_database_url())
    if parsed.get_backend_name() != "postgresql":
        return None
    user = f"{parsed.username}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port else ""
    shown = f"postgresql://{user}{parsed.host or 'localhost'}{port}/{parsed.database or ''}"
    print(PG_HELP.format(url=shown), file=out or sys.stdout)
    return 2


def run_backup_command(url: str | None, out_file: Path | None, out: TextIO | None = None) -> int:
    explained = _postgres(url, out)
    if explained is not None:
        return explained
    database = _sqlite_path(url)
    assert database is not None
    try:
        path = make_backup(database, out_file)
    except BackupError as error:
        print(msg("备份失败：{error}", error=error), file=sys.stderr)
        return 1
    print(msg("已备份到 {path}", path=path), file=out or sys.stdout)
    return 0


def run_restore_command(
    url: str | None,
    backup: Path,
    yes: bool = False,
    out: TextIO | None = None,
    answer: Callable[[str], str] = input,
) -> int:
    explained = _postgres(url, out)
    if explained is not None:
        return explained
    out = out or sys.stdout
    database = _sqlite_path(url)
    assert database is not None
    try:
        found = check_backup(backup)
    except BackupError as error:
        print(msg("拒绝恢复：{error}。当前数据库没有任何改动。", error=error), file=sys.stderr)
        return 1
    print(
        msg(
            "备份文件检查通过：{backup}（结构版本 {revision}，投诉 {complaints} 件）",
            backup=backup,
            revision=found.revision,
            complaints=found.complaints,
        ),
        file=out,
    )
    if not yes:
        reply = answer(f"确定要用这个备份替换 {database} 吗？当前数据库会先另存一份。输入 y 确认：")
        if reply.strip().lower() not in {"y", "yes", "是"}:
            print(msg("已取消，没有任何改动。"), file=out)
            return 1
    try:
        safety = restore(backup, database)
    except BackupError as error:
        print(msg("拒绝恢复：{error}。", error=error), file=sys.stderr)
        return 1
    print(msg("已恢复。恢复前的数据库另存在 {safety}", safety=safety), file=out)
    return 0


__all__ = [
    "DEFAULT_KEEP",
    "BackupCheck",
    "BackupError",
    "add_backup_commands",
    "backup_if_due",
    "check_backup",
    "make_backup",
    "restore",
    "rotate",
    "run_backup_command",
    "run_restore_command",
]
