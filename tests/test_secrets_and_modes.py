"""Issue 19, finding 7: no secrets in the log, private files. A staff account whose
save fails at the database is logged without its password hash; a database URL's
password is masked; the log, database, backups and database.json are 0600 in 0700
folders on POSIX, and a PostgreSQL password is kept out of database.json."""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError

from desk_app.bootstrap import configure_logging, open_database
from desk_app.cli import main
from desk_app.models import Staff
from desk_app.models.database import (
    configured_database_url,
    database_config_file,
    database_password_file,
    save_database_url,
)
from desk_app.models.enums import StaffRole
from desk_app.secrecy import scrub
from desk_app.services import accounts

POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def log_file() -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    path = configure_logging()
    try:
        yield path
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    os.umask(old)
    try:
        yield
    finally:
        os.umask(old)


def test_a_failed_staff_save_leaves_no_hash_in_the_log(db_url: str, log_file: Path) -> None:
    db, _ = open_database(db_url)
    hashed = accounts.hash_password("chuntian88")
    try:
        with db.begin() as session:
            session.add(Staff(login="same", name="甲", role=StaffRole.RECEPTIONIST))
        with pytest.raises(SQLAlchemyError), db.begin() as session:
            # The same login again: the database refuses the row, hash and all.
            session.add(Staff(login="same", name="乙", role=StaffRole.RECEPTIONIST, password_hash=hashed))
            try:
                session.flush()
            except SQLAlchemyError:
                logging.getLogger("desk_app.ui.forms").exception("saving staff failed")
                raise
    finally:
        db.dispose()
    logging.getLogger("desk_app.test").error(
        "cannot connect to postgresql+psycopg://desk:topsecret@127.0.0.1/desk password=hunter22"
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "saving staff failed" in text and "IntegrityError" in text
    assert hashed.split("$")[-1] not in text and hashed.split("$")[-2] not in text
    assert "topsecret" not in text and "hunter22" not in text


def test_scrub_masks_each_kind_of_secret() -> None:
    hashed = accounts.hash_password("chuntian88")
    text = scrub(f"[parameters: ('x', '{hashed}')] postgresql://u:p4ss@h/db {{'password': 'abc'}}")
    assert hashed not in text and "p4ss" not in text and "abc" not in text


@POSIX
def test_files_are_private(tmp_path: Path, log_file: Path, umask: None) -> None:
    url = f"sqlite:///{tmp_path / 'books' / 'desk.sqlite3'}"
    (tmp_path / "books").mkdir()
    db, _ = open_database(url)
    db.dispose()
    assert main(["backup", "--database", url]) == 0
    database = tmp_path / "books" / "desk.sqlite3"
    backups = database.parent / "backups"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in backups.iterdir())
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


@POSIX
def test_an_existing_readable_database_is_made_private_at_start(tmp_path: Path, umask: None) -> None:
    path = tmp_path / "desk.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    db.dispose()
    path.chmod(0o644)
    db, _ = open_database(f"sqlite:///{path}")
    db.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@POSIX
def test_the_postgresql_password_is_not_in_database_json() -> None:
    url = "postgresql+psycopg://desk:s3cr:et@db.example:5433/desk"
    save_database_url(url)
    stored = json.loads(database_config_file().read_text(encoding="utf-8"))
    assert "s3cr" not in stored["url"]
    assert stat.S_IMODE(database_config_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(database_password_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(database_config_file().parent.stat().st_mode) == 0o700
    saved = configured_database_url()
    assert saved is not None and make_url(saved).password == "s3cr:et"
    assert make_url(saved).host == "db.example" and make_url(saved).port == 5433
    save_database_url(None)
    assert not database_password_file().exists()


def test_an_old_database_json_with_a_password_is_moved_out() -> None:
    database_config_file().parent.mkdir(parents=True, exist_ok=True)
    url = "postgresql+psycopg://desk:oldsecret@127.0.0.1:5432/desk"
    database_config_file().write_text(json.dumps({"url": url}), encoding="utf-8")
    assert configured_database_url() == url
    assert "oldsecret" not in database_config_file().read_text(encoding="utf-8")
    assert configured_database_url() == url


def test_the_real_failing_paths_leave_no_secret_in_the_log(
    db_url: str, log_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The failing paths themselves, not a log line written by the test: an
    administrator's password reset whose UPDATE the database refuses (as a dropped
    connection would) through the screens' unit of work, which logs the error with its
    SQL parameters; the same error reaching the unexpected-error hook (log and
    console); a database URL with a password that cannot be reached. The log and the
    console are scanned for the hash and the passwords."""
    from sqlalchemy import event

    from desk_app.screens.base import Workspace
    from desk_app.screens.storage import StorageError
    from desk_app.ui.unexpected_error import UnexpectedErrorReporter

    db, _ = open_database(db_url)
    try:
        with db.begin() as session:
            admin = Staff(login="boss", name="管理员", role=StaffRole.ADMINISTRATOR)
            clerk = Staff(login="clerk", name="前台", role=StaffRole.RECEPTIONIST)
            session.add_all([admin, clerk])
            session.flush()
            admin_id, clerk_id = admin.id, clerk.id
        hashes: list[str] = []

        def refuse_staff_writes(conn: Any, cursor: Any, statement: str, parameters: Any, *rest: Any) -> Any:
            if statement.lstrip().upper().startswith("UPDATE STAFF"):
                hashes.extend(p for p in _flat(parameters) if isinstance(p, str) and p.startswith("scrypt"))
                statement = statement.replace("staff", "staff_gone", 1).replace("STAFF", "staff_gone", 1)
            return statement, parameters

        event.listen(db.engine, "before_cursor_execute", refuse_staff_writes, retval=True)
        try:
            with pytest.raises(StorageError) as failed:
                Workspace(db, admin_id).write(
                    lambda session: accounts.set_password(session, clerk_id, "Chuntian-2026")
                )
        finally:
            event.remove(db.engine, "before_cursor_execute", refuse_staff_writes)
        cause = failed.value.__cause__
        assert cause is not None and hashes, "the UPDATE with the hash was not refused"
        UnexpectedErrorReporter(log_file, interactive=False)(type(cause), cause, cause.__traceback__)
    finally:
        db.dispose()
    unreachable = "postgresql+psycopg://desk:topsecret9@127.0.0.1:1/desk"
    assert main(["dashboard", "--database", unreachable]) != 0
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    console = capsys.readouterr()
    assert "a screen write failed" in text and "unhandled exception" in text
    for where in (text, console.out, console.err):
        for hashed in hashes:
            assert hashed.split("$")[-1] not in where and hashed.split("$")[-2] not in where
        assert "topsecret9" not in where


def _flat(parameters: Any) -> list[Any]:
    if isinstance(parameters, dict):
        return list(parameters.values())
    if isinstance(parameters, (list, tuple)):
        return [item for value in parameters for item in _flat(value)]
    return [parameters]
