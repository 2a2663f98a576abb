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
import contextlib
import os
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

from sqlalchemy import URL

from desk_app.messages import msg
from desk_app.models.database import Database, default_database_url, normalise_url, sqlite_file
from desk_app.models.schema import backup_sqlite, known_revisions
from desk_app.secrecy import private_file, private_folder

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
    if path.parent == backup_folder(database):
        private_folder(path.parent)
    try:
        backup_sqlite(database, partial)
        _single_file(partial)
        connection = sqlite3.connect(_read_only_uri(partial, immutable=True), uri=True)
        try:
            _inspect(connection, path.name, full=False)
        finally:
            connection.close()
        partial.replace(path)
        private_file(path)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(msg("备份失败：{error}", error=error)) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


#: A ``.partial`` copy untouched this long was left by a killed backup (a backup in
#: progress writes to its file all the time).
STALE_PARTIAL_SECONDS = 600


def clean_leftovers(database: Path, now: float | None = None) -> list[Path]:
    """What killed backups, upgrades and checks leave in ``backups/`` (issue 19):
    stale ``.partial`` and ``.check`` files and empty or unreadable "before-" copies are
    removed; a copy that still has a write-ahead log next to it is folded into one
    file. Run at start and by housekeeping; the files removed."""
    import time

    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    moment = time.time() if now is None else now
    removed: list[Path] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        try:
            age = moment - path.stat().st_mtime
            size = path.stat().st_size
        except OSError:
            continue
        stale = path.name.endswith((".partial", ".check")) and age > STALE_PARTIAL_SECONDS
        empty_before = (
            f"{database.stem}-before-" in path.name and path.suffix == database.suffix and size == 0
        )
        if stale or empty_before:
            for suffix in ("", "-wal", "-shm", "-journal"):
                leftover = Path(f"{path}{suffix}")
                if leftover.exists():
                    leftover.unlink(missing_ok=True)
                    removed.append(leftover)
        elif path.suffix == database.suffix and Path(f"{path}-wal").exists():
            try:
                _single_file(path)
            except sqlite3.Error:
                continue
    return removed


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
    from desk_app.services.settings import MIN_BACKUP_KEEP

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


def _single_file(path: Path) -> None:
    """Fold a copy's write-ahead log into the file and leave it in rollback-journal
    mode: one self-contained file, readable from read-only media (issue 19)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        connection.close()


def _read_only_uri(path: Path, immutable: bool) -> str:
    return f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"


#: What SQLite keeps beside a database file that belongs to its contents: committed
#: transactions not yet folded in (``-wal``), or one to roll back (``-journal``).
_COMPANIONS = ("-wal", "-journal")


def _file_state(source: Path) -> tuple[tuple[int, int] | None, ...]:
    """Size and modification time of ``source`` and its companions (None: absent)."""
    states: list[tuple[int, int] | None] = []
    for suffix in ("", *_COMPANIONS):
        try:
            stat = Path(f"{source}{suffix}").stat()
        except FileNotFoundError:
            states.append(None)
        else:
            states.append((stat.st_size, stat.st_mtime_ns))
    return tuple(states)


def _private_copy(source: Path, folder: Path) -> Path:
    """A private, single-file copy of ``source`` in ``folder``. ``source`` is only read,
    byte for byte, with its write-ahead log or journal if it has one, and never opened
    by SQLite: nothing is written next to it (no -wal or -shm files, no switch of its
    journal mode), so it may sit on write-protected media, and committed transactions
    still in its -wal are part of the copy (issue 19: opening a WAL file read-only left
    -wal/-shm beside it on a writable stick, and on a read-only one either failed or,
    as "immutable", silently dropped what was in its -wal). The copy is then opened,
    which folds the log in or rolls the journal back."""
    if not source.is_file():
        raise BackupError(msg("找不到备份文件：{path}", path=source))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f".{source.name}.{os.getpid()}.{threading.get_ident()}.check"
    _remove_with_journals(target)
    try:
        for _attempt in range(3):
            before = _file_state(source)
            shutil.copyfile(source, target)
            for suffix in _COMPANIONS:
                if Path(f"{source}{suffix}").is_file():
                    shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
            if _file_state(source) == before:
                break
            _remove_with_journals(target)  # written to while it was read: once more
        else:
            raise BackupError(msg("{name} 正在被其他程序写入，请先关闭使用它的程序再试", name=source.name))
        _single_file(target)
    except OSError as error:
        _remove_with_journals(target)
        raise BackupError(
            msg("无法读取 {name}：{error}", name=source.name, error=error.strerror or error)
        ) from error
    except sqlite3.DatabaseError as error:
        _remove_with_journals(target)
        raise BackupError(
            msg("{name} 不是有效的数据库文件（{error}）", name=source.name, error=error)
        ) from error
    except BaseException:
        _remove_with_journals(target)
        raise
    return target


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _expected_schema() -> dict[str, set[str]]:
    from desk_app.models import Base

    schema = {table.name: {column.name for column in table.columns} for table in Base.metadata.sorted_tables}
    schema["alembic_version"] = {"version_num"}
    return schema


def _inspect(connection: sqlite3.Connection, name: str, *, full: bool) -> tuple[str, int]:
    """Integrity, one known revision, and (``full``: the file is at the newest
    revision) every expected table with every column, nothing else, and no broken
    foreign key. (revision, complaints) or ``BackupError``."""
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as error:
        raise BackupError(msg("{name} 不是有效的数据库文件（{error}）", name=name, error=error)) from error
    result = [str(row[0]) for row in rows]
    if result != ["ok"]:
        raise BackupError(msg("{name} 已损坏（完整性检查：{items}）", name=name, items="；".join(result[:3])))
    if "alembic_version" not in tables or "complaint" not in tables:
        raise BackupError(msg("{name} 不是前台 Desk 的数据库", name=name))
    revisions = [str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")]
    revision = revisions[0] if len(revisions) == 1 else ""
    if len(revisions) > 1:
        raise BackupError(
            msg("{name} 的数据库结构版本记录有 {count} 条，无法判断版本", name=name, count=len(revisions))
        )
    if revision not in known_revisions():
        raise BackupError(
            msg(
                "{name} 的数据库结构版本（{value}）本程序不认识：它可能来自更新版本的前台 Desk",
                name=name,
                value=revision or "无",
            )
        )
    if full:
        tables -= {"sqlite_sequence", "sqlite_stat1"}
        expected = _expected_schema()
        missing = sorted(set(expected) - tables)
        extra = sorted(tables - set(expected))
        if missing or extra:
            raise BackupError(
                msg(
                    "{name} 的数据表与前台 Desk 不符（缺少：{missing}；多出：{extra}）",
                    name=name,
                    missing="、".join(missing[:5]) or "无",
                    extra="、".join(extra[:5]) or "无",
                )
            )
        for table, columns in expected.items():
            found = {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')}
            if not columns <= found:
                raise BackupError(
                    msg(
                        "{name} 的数据表 {table} 缺少字段：{columns}",
                        name=name,
                        table=table,
                        columns="、".join(sorted(columns - found)[:5]),
                    )
                )
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise BackupError(
                msg(
                    "{name} 有 {count} 处引用了不存在的记录（外键检查，第一处在 {table}）",
                    name=name,
                    count=len(broken),
                    table=broken[0][0],
                )
            )
    complaints = int(connection.execute("SELECT count(*) FROM complaint").fetchone()[0])
    return revision, complaints


def _prepare(source: Path, folder: Path) -> tuple[Path, BackupCheck]:
    """A private copy of ``source`` brought to the newest schema and checked in full;
    the copy (the caller removes it) and what was found in ``source``."""
    from desk_app.models.schema import HEAD_REVISION

    copy = _private_copy(source, folder)
    try:
        connection = sqlite3.connect(copy)
        try:
            revision, complaints = _inspect(connection, source.name, full=False)
        finally:
            connection.close()
        if revision != HEAD_REVISION:
            _upgrade_copy(copy, source.name)
        connection = sqlite3.connect(copy)
        try:
            _inspect(connection, source.name, full=True)
        finally:
            connection.close()
    except BaseException:
        _remove_with_journals(copy)
        raise
    return copy, BackupCheck(source, revision, complaints)


def _upgrade_copy(copy: Path, name: str) -> None:
    """Bring a private copy of an older backup to the newest schema (as the program
    would at its next start), so it can be checked in full and restored."""
    import tempfile

    from desk_app.models.schema import SchemaError, upgrade_database

    db = Database(f"sqlite:///{copy}")
    try:
        with tempfile.TemporaryDirectory() as scratch:
            upgrade_database(db, backup_dir=Path(scratch))
    except (SchemaError, Exception) as error:
        raise BackupError(
            msg(
                "{name} 不是完整的前台 Desk 数据库：无法升级到本程序的数据库结构（{kind}）",
                name=name,
                kind=type(error).__name__,
            )
        ) from error
    finally:
        db.dispose()
    _single_file(copy)


def check_backup(path: Path) -> BackupCheck:
    """Refuse a file that is damaged or is not a 前台 Desk database this program knows
    (``BackupError``): integrity check, one known revision, the full expected schema
    (after bringing a private copy to the newest revision) and a clean foreign-key
    check. ``path`` is only read, never changed, and may be on read-only media."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        copy, found = _prepare(path, Path(scratch))
        _remove_with_journals(copy)
    return found


#: How long a restore waits for a counter's save in progress to end.
RESTORE_LOCK_SECONDS = 15.0


def _columns(connection: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [str(row[1]) for row in connection.execute(f'PRAGMA {schema}.table_info("{table}")')]


def restore(backup: Path, database: Path, at: datetime | None = None) -> Path:
    """Replace the contents of ``database`` with the checked copy ``backup``; the path
    of the copy of the database as it was just before (in ``backups/``). Nothing is
    replaced on a refusal.

    One write lock is held from the safety copy to the end: counters that try to save
    meanwhile wait (and get a clear "database busy" refusal if it takes too long), so
    every save they were told had committed is in the safety copy or came after the
    restore. The rows are copied inside the live file (it is never swapped), so open
    windows keep a valid file and read the restored rows at their next query."""
    if backup.resolve() == database.resolve():
        raise BackupError(msg("备份文件就是当前数据库本身，无需恢复"))
    folder = backup_folder(database)
    prepared, _found = _prepare(backup, folder)
    try:
        if not database.exists():
            database.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(prepared, database)
            fresh = sqlite3.connect(database, isolation_level=None)
            try:
                fresh.execute("BEGIN IMMEDIATE")
                _audit_restore(fresh, backup, None, at)
                fresh.execute("COMMIT")
            finally:
                fresh.close()
            return database
        return _restore_rows(prepared, database, at, backup)
    finally:
        _remove_with_journals(prepared)


def _audit_restore(
    connection: sqlite3.Connection, backup: Path, safety: Path | None, at: datetime | None
) -> None:
    """The restore's row in the restored audit chain, in the restore's transaction: done
    by the system (nobody signs in to ``desk-app restore``; 系统 in the log), naming the
    file restored (new value) and the safety copy of what it replaced (old value)."""
    from desk_app.models.audit_chain import append_rows_sqlite
    from desk_app.models.enums import AuditAction

    moment = at or datetime.now().astimezone()
    row = {
        "at": moment,
        "staff_id": None,
        "table_name": "database",
        "record_key": backup.name[-64:],
        "record_number": None,
        "action": AuditAction.RESTORE,
        "field": None,
        "old_value": str(safety) if safety is not None else None,
        "new_value": str(backup.resolve()),
        "owner_table": None,
        "owner_key": None,
    }
    append_rows_sqlite(connection, [row])


def _restore_rows(prepared: Path, database: Path, at: datetime | None, backup: Path) -> Path:
    from desk_app.models import Base

    moment = at or datetime.now().astimezone()
    safety = backup_folder(database) / backup_name(database, RESTORE_TAG, moment)
    if safety.exists():
        raise BackupError(msg("备份文件已存在，不会覆盖：{path}", path=safety))
    live = sqlite3.connect(database, timeout=RESTORE_LOCK_SECONDS, isolation_level=None)
    try:
        live.execute("PRAGMA foreign_keys=OFF")
        live.execute("ATTACH DATABASE ? AS src", (str(prepared),))
        try:
            live.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise BackupError(msg("数据库正在被其他程序使用，请关闭所有前台 Desk 窗口后再恢复")) from error
        try:
            live_tables = {
                str(row[0]) for row in live.execute("SELECT name FROM main.sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in live_tables:
                raise BackupError(msg("当前数据库不是前台 Desk 的数据库，未做任何改动"))
            # The safety copy, read by a second connection while the lock is held: it
            # holds exactly what was committed last.
            partial = safety.with_name(safety.name + ".partial")
            backup_sqlite(database, partial)
            _single_file(partial)
            partial.replace(safety)
            private_file(safety)
            names = [table.name for table in Base.metadata.sorted_tables] + ["alembic_version"]
            for name in reversed(names):
                if name in live_tables:
                    live.execute(f'DELETE FROM main."{name}"')
            for name in names:
                if name not in live_tables:
                    raise BackupError(
                        msg("当前数据库缺少数据表 {table}，请先用本程序打开一次再恢复", table=name)
                    )
                columns = [c for c in _columns(live, "main", name) if c in set(_columns(live, "src", name))]
                listed = ", ".join(f'"{c}"' for c in columns)
                live.execute(f'INSERT INTO main."{name}" ({listed}) SELECT {listed} FROM src."{name}"')
            _audit_restore(live, backup, safety, moment)
            if live.execute("PRAGMA main.foreign_key_check").fetchall():
                raise BackupError(msg("恢复后的数据有引用不存在的记录，已撤销"))
            live.execute("COMMIT")
        except BaseException:
            live.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        raise BackupError(msg("恢复失败：{error}；当前数据库没有改动", error=error)) from error
    finally:
        with contextlib.suppress(sqlite3.Error):
            live.execute("DETACH DATABASE src")
        live.close()
    return safety


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
    "clean_leftovers",
    "make_backup",
    "restore",
    "rotate",
    "run_backup_command",
    "run_restore_command",
]
