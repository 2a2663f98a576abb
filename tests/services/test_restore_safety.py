"""Issue 19, findings 3, 5 and 10: a restore that loses nothing, works from read-only
media and refuses look-alike files without changing anything (SQLite: PostgreSQL is
restored with pg_restore)."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import Department
from desk_app.models.database import Database
from desk_app.models.schema import HEAD_REVISION
from desk_app.services import backup
from desk_app.services.backup import BackupError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


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


def _names(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM department")}
    finally:
        connection.close()


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def test_a_writer_saving_across_20_restores_loses_nothing(live: Database, tmp_path: Path) -> None:
    """A counter saves all the time while the administrator restores 20 times: every
    save it was told had committed is in the restored database or a safety copy."""
    database = _path(live)
    copy = backup.make_backup(database, tmp_path / "copy.sqlite3")
    committed: list[str] = []
    failures: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            name = f"部门{n}"
            try:
                with live.begin() as session:
                    session.add(Department(name=name))
            except Exception as error:  # a refused save is fine: it was not reported saved
                failures.append(type(error).__name__)
                continue
            committed.append(name)
            stop.wait(0.02)  # a save every 20 ms, as a busy counter (issue 19's test)

    thread = threading.Thread(target=writer)
    thread.start()
    safeties: list[Path] = []
    try:
        for i in range(20):
            while len(committed) < 3 * (i + 1) and thread.is_alive():
                stop.wait(0.001)  # let the writer save a few between restores
            safeties.append(backup.restore(copy, database, at=NOW + timedelta(seconds=i)))
    finally:
        stop.set()
        thread.join()
    assert len(committed) >= 60
    found = _names(database).union(*(_names(path) for path in safeties))
    lost = [name for name in committed if name not in found]
    assert lost == [], f"{len(lost)} of {len(committed)} saves lost"
    assert backup.check_backup(database).revision


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[Path]:
    """``folder`` as write-protected media: a read-only bind mount (root), else the
    folder and its files made read-only (others); skipped when neither holds."""
    mounted = folder.with_name(folder.name + "-ro")
    mounted.mkdir()
    try:
        subprocess.run(["mount", "--bind", str(folder), str(mounted)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        mounted.rmdir()
        with _chmod_read_only(folder):
            yield folder
        return
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], check=True, capture_output=True)
        _probe_read_only(mounted)
        yield mounted
    finally:
        subprocess.run(["umount", str(mounted)], check=False, capture_output=True)


@contextlib.contextmanager
def _chmod_read_only(folder: Path) -> Iterator[None]:
    modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        _probe_read_only(folder)
        yield
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def _probe_read_only(folder: Path) -> None:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return
    (folder / "probe").unlink()
    pytest.skip("cannot make a read-only folder here")


def _wal_copy(live: Database, folder: Path) -> Path:
    """A copy as an older version left it: WAL mode, no -wal beside it."""
    path = folder / "copy.sqlite3"
    backup.backup_sqlite(_path(live), path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL").fetchall()
    connection.close()  # (a with block commits but does not close)
    assert path.read_bytes()[18:20] == b"\x02\x02" and not Path(f"{path}-wal").exists()
    return path


def test_restore_from_read_only_media(live: Database, tmp_path: Path) -> None:
    """A WAL-mode copy on a write-protected stick: SQLite cannot open it read-only
    there (it would need to create its -shm beside it). Before issue 19 the restore
    opened it with mode=ro and called it "不是有效的数据库文件"."""
    medium = tmp_path / "stick"
    medium.mkdir()
    _wal_copy(live, medium)
    with live.begin() as session:
        session.add(Department(name="工程部"))
    with _read_only(medium) as stick:
        before = _fingerprint(stick)
        assert backup.check_backup(stick / "copy.sqlite3").revision == HEAD_REVISION
        safety = backup.restore(stick / "copy.sqlite3", _path(live))
        assert _fingerprint(stick) == before
    assert _names(_path(live)) == {"客服部"}
    assert _names(safety) == {"客服部", "工程部"}


def test_a_copy_with_its_write_ahead_log_on_read_only_media_is_restored_whole(
    live: Database, tmp_path: Path
) -> None:
    """The database folder copied onto a stick while the program was running: the last
    saves are still in the -wal beside the file. They are part of the restore (opening
    the file "immutable" read the main file alone and silently left them out)."""
    database = _path(live)
    medium = tmp_path / "stick"
    medium.mkdir()
    keeper = sqlite3.connect(database)  # another program open: no checkpoint on close
    try:
        keeper.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # all before is in the file
        keeper.execute("SELECT count(*) FROM department").fetchall()
        with live.begin() as session:
            session.add(Department(name="最后保存的部门"))
        shutil.copyfile(database, medium / "copy.sqlite3")
        shutil.copyfile(f"{database}-wal", medium / "copy.sqlite3-wal")
    finally:
        keeper.close()
    main_only = tmp_path / "main-only.sqlite3"
    shutil.copyfile(medium / "copy.sqlite3", main_only)
    assert "最后保存的部门" not in _names(main_only)  # the save is in the -wal only
    with live.begin() as session:
        session.add(Department(name="恢复前的部门"))
    with _read_only(medium) as stick:
        before = _fingerprint(stick)
        backup.restore(stick / "copy.sqlite3", database)
        assert _fingerprint(stick) == before
    assert _names(database) == {"客服部", "最后保存的部门"}


def test_checking_a_wal_file_writes_nothing_beside_it(live: Database, tmp_path: Path) -> None:
    """On writable media too, a file only inspected or restored from is left as it was:
    no -wal or -shm beside it, not a byte changed (opening it read-only created both)."""
    medium = tmp_path / "stick"
    medium.mkdir()
    copy = _wal_copy(live, medium)
    with _unchanged(medium):
        backup.check_backup(copy)
        backup.restore(copy, _path(live))
    assert sorted(p.name for p in medium.iterdir()) == ["copy.sqlite3"]


def test_backups_are_single_files(live: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    copy = backup.make_backup(_path(live), folder / "copy.sqlite3")
    backup.check_backup(copy)
    assert sorted(p.name for p in folder.iterdir()) == ["copy.sqlite3"]
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # rollback-journal mode, not WAL


def _look_alike(live: Database, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    backup.make_backup(_path(live), path)
    return path


@contextlib.contextmanager
def _unchanged(*folders: Path) -> Iterator[None]:
    before = [_fingerprint(folder) for folder in folders]
    yield
    assert [_fingerprint(folder) for folder in folders] == before


def _refused(live: Database, path: Path, words: str) -> None:
    database = _path(live)
    live.dispose()
    with _unchanged(path.parent, database.parent):
        with pytest.raises(BackupError, match=words):
            backup.check_backup(path)
        with pytest.raises(BackupError, match=words):
            backup.restore(path, database)


def test_another_alembic_program_is_refused(live: Database, tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute(f"INSERT INTO alembic_version VALUES ('{HEAD_REVISION}')")
        connection.execute("CREATE TABLE complaint (id INTEGER PRIMARY KEY)")
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    _refused(live, path, "数据表与前台 Desk 不符")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0006'")
    connection.close()
    _refused(live, path, "不是完整的前台 Desk 数据库")


def test_two_revision_rows_are_refused(live: Database, tmp_path: Path) -> None:
    path = _look_alike(live, tmp_path, "two.sqlite3")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO alembic_version VALUES ('0006')")
    _refused(live, path, "版本记录有 2 条")


def test_broken_foreign_keys_are_refused(live: Database, tmp_path: Path) -> None:
    path = _look_alike(live, tmp_path, "fk.sqlite3")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO staff (login, name, name_initials, role, department_id, "
            "cleared_to_work_alone, active, must_change_password, failed_logins, "
            "created_at, version) VALUES ('x', 'x', '', 'receptionist', 999, 0, 1, 0, 0, "
            "'2026-11-23 00:00:00', 1)"
        )
    _refused(live, path, "外键检查")


def test_a_missing_table_is_refused(live: Database, tmp_path: Path) -> None:
    path = _look_alike(live, tmp_path, "short.sqlite3")
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE dispute_step")
    _refused(live, path, "缺少：dispute_step")


def test_inspecting_a_foreign_wal_file_changes_nothing(live: Database, tmp_path: Path) -> None:
    folder = tmp_path / "foreign"
    folder.mkdir()
    path = folder / "notes.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    with _unchanged(folder), pytest.raises(BackupError):
        backup.check_backup(path)
    assert path.read_bytes()[18:20] == b"\x01\x01"  # not switched to WAL


def test_the_restored_database_opens(live: Database, tmp_path: Path) -> None:
    database = _path(live)
    copy = backup.make_backup(database, tmp_path / "copy.sqlite3")
    backup.restore(copy, database)
    live.dispose()
    db, _ = open_database(f"sqlite:///{database}")
    try:
        with db.read() as session:
            assert [d.name for d in session.query(Department)] == ["客服部"]
    finally:
        db.dispose()
    shutil.rmtree(tmp_path / "unused", ignore_errors=True)


def test_leftovers_are_cleaned_at_start_and_by_housekeeping(live: Database) -> None:
    import os
    import time

    from desk_app.services import housekeeping

    database = _path(live)
    folder = backup.backup_folder(database)
    folder.mkdir(exist_ok=True)
    killed = folder / "desk-manual-20261123-100000.sqlite3.partial"
    killed.write_bytes(b"\0" * 4096)
    old = time.time() - 3600
    os.utime(killed, (old, old))
    running = folder / "desk-daily-20261123-100000.sqlite3.partial"
    running.write_bytes(b"\0" * 4096)  # fresh: a backup in progress elsewhere, kept
    empty = folder / f"{database.stem}-before-0005-20261123-100000{database.suffix}"
    empty.write_bytes(b"")
    wal_copy = folder / f"{database.stem}-old{database.suffix}"
    backup.backup_sqlite(database, wal_copy)
    connection = sqlite3.connect(wal_copy)
    connection.execute("PRAGMA journal_mode=WAL").fetchall()
    connection.execute("CREATE TABLE extra (x)")
    connection.close()
    Path(f"{wal_copy}-wal").touch()  # as a killed program leaves it
    live.dispose()
    db, _ = open_database(f"sqlite:///{database}")  # the start cleans
    try:
        assert not killed.exists() and not empty.exists()
        assert running.exists()
        os.utime(running, (old, old))
        housekeeping.run_housekeeping(db)  # and so does housekeeping
        assert not running.exists()
    finally:
        db.dispose()
    assert not Path(f"{wal_copy}-wal").exists()


@pytest.mark.parametrize("kind", ["foreign", "newer"])
def test_opening_a_foreign_or_newer_file_leaves_it_as_it_was(
    live: Database, tmp_path: Path, kind: str
) -> None:
    from desk_app.models.schema import SchemaError

    path = tmp_path / f"{kind}.sqlite3"
    if kind == "foreign":
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        connection.commit()
    else:
        backup.make_backup(_path(live), path)
        connection = sqlite3.connect(path)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(SchemaError):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(kind)) == [path.name]


def test_an_open_counter_reads_the_restored_rows_and_a_stale_form_is_refused(
    live: Database, tmp_path: Path
) -> None:
    """Issue 19, finding 3: the file is never swapped, so a program left open (its own
    engine and pool) reads the restored rows at its next query, and a form it loaded
    before the restore is refused as a conflict when it saves, not written over them."""
    from desk_app.models import Building, Room
    from desk_app.services import clients
    from desk_app.services.errors import ConflictError
    from tests.services.test_lost_update import card

    with live.begin() as session:
        code = "3-2-1201"
        session.add(
            Room(building=Building(code="3", name="3栋"), unit="2", number="1201", code=code, digits="321201")
        )
        session.flush()
        client_id = clients.create_client(session, **card(phones=["13800001111"])).id
    copy = backup.make_backup(_path(live), tmp_path / "copy.sqlite3")
    counter, _ = open_database(f"sqlite:///{_path(live)}", clock=FixedClock(NOW))
    try:
        with counter.begin() as session:
            clients.update_client(session, client_id, **card(phones=["13800001111", "13900002222"]))
        with counter.read() as session:
            loaded = clients.load_client(session, client_id).version
        backup.restore(copy, _path(live))
        with counter.read() as session:
            assert clients.client_profile(session, client_id).phones == ("13800001111",)
        with pytest.raises(ConflictError), counter.begin() as session:
            clients.update_client(session, client_id, expected_version=loaded, **card(phones=["13700003333"]))
        with counter.read() as session:
            assert clients.client_profile(session, client_id).phones == ("13800001111",)
    finally:
        counter.dispose()
