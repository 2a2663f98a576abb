"""Engine and session factory (ARCHITECTURE: Configuration, Concurrency).

Embedded SQLite in the user's data folder by default (WAL, foreign keys, busy
timeout, write transactions that take the write lock up front), or any SQLAlchemy URL
from ``--database`` / ``DESK_APP_DATABASE_URL`` / the URL the settings screen saved for
the next start (``database.json`` in the user config folder); PostgreSQL through psycopg 3.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from desk_app.clock import DEFAULT_ZONE, Clock, SystemClock
from desk_app.messages import msg
from desk_app.user_dirs import APP_NAME as APP_NAME  # re-exported
from desk_app.user_dirs import user_config_dir as user_config_dir  # re-exported
from desk_app.user_dirs import user_data_dir as user_data_dir  # re-exported

if TYPE_CHECKING:
    from sqlalchemy import URL, Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

# Issue 18: SQLAlchemy is imported by the functions that use it, and the ORM (every model
# declared, the mappers configured) by the first session: ``default_database_url`` and
# ``sqlite_reading`` (``desk-app print notice``) need neither.

ENV_DATABASE_URL = "DESK_APP_DATABASE_URL"
DATABASE_CONFIG_FILE = "database.json"
SQLITE_BUSY_TIMEOUT_MS = 30_000

log = logging.getLogger(__name__)


class DatabaseUrlError(ValueError):
    """The database URL cannot be used; the message says why, in Chinese."""


def database_config_file() -> Path:
    """Where the settings screen keeps the database URL chosen for the next start."""
    return user_config_dir() / DATABASE_CONFIG_FILE


#: The password of a saved PostgreSQL URL lives here, not in ``database.json``: one
#: line in libpq's .pgpass form (``host:port:database:user:password``), 0600 on POSIX.
PASSWORD_FILE = "database.pgpass"


def database_password_file() -> Path:
    return user_config_dir() / PASSWORD_FILE


def _pgpass_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _pgpass_fields(line: str) -> list[str]:
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current += char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    fields.append(current)
    return fields


def _pgpass_key(url: URL) -> list[str]:
    return [url.host or "localhost", str(url.port or 5432), url.database or "", url.username or ""]


def _write_private(path: Path, content: str) -> None:
    from desk_app.secrecy import private_file, private_folder

    private_folder(path.parent)
    temporary = path.with_suffix(".tmp")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(content)
    private_file(temporary)
    temporary.replace(path)


def configured_database_url() -> str | None:
    """The URL saved by the settings screen, or None (no file, or an unreadable one);
    a PostgreSQL password comes from the private password file."""
    path = database_config_file()
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("the database configuration %s cannot be read; ignored", path, exc_info=True)
        return None
    url = payload.get("url") if isinstance(payload, dict) else None
    if not (isinstance(url, str) and url.strip()):
        return None
    text = url.strip()
    if text.startswith("sqlite"):
        return text  # a file: no password to add (and no SQLAlchemy to import)
    from sqlalchemy import make_url

    try:
        parsed = make_url(text)
    except Exception:
        return text
    if parsed.password:
        # Written by an older version with the password inside: moved out now.
        save_database_url(text)
        return text
    try:
        lines = database_password_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return text
    key = _pgpass_key(parsed)
    for line in lines:
        fields = _pgpass_fields(line)
        if len(fields) == 5 and fields[:4] == key:
            return parsed.set(password=fields[4]).render_as_string(hide_password=False)
    return text


def save_database_url(url: str | None) -> Path:
    """Keep ``url`` for the next start (None: back to the default); the file written.
    The URL is checked for form (``normalise_url``) but not connected to here. A
    password is kept apart in the private password file (0600), never in the JSON."""
    path = database_config_file()
    secret = database_password_file()
    if url is None or not url.strip():
        path.unlink(missing_ok=True)
        secret.unlink(missing_ok=True)
        return path
    from sqlalchemy import URL, make_url

    parsed = normalise_url(url.strip())
    shown = url.strip()
    if parsed.password:
        line = ":".join(_pgpass_escape(part) for part in [*_pgpass_key(parsed), str(parsed.password)])
        _write_private(secret, line + "\n")
        given = make_url(url.strip())
        shown = URL.create(
            given.drivername,
            username=given.username,
            host=given.host,
            port=given.port,
            database=given.database,
            query=given.query,
        ).render_as_string(hide_password=False)
    else:
        secret.unlink(missing_ok=True)
    _write_private(path, json.dumps({"url": shown}, ensure_ascii=False))
    return path


def default_database_url() -> str:
    """``DESK_APP_DATABASE_URL`` if set, else the URL saved by the settings screen
    (``database.json`` in the user config folder), else the SQLite file in the user
    data folder."""
    configured = os.environ.get(ENV_DATABASE_URL, "").strip()
    if configured:
        return configured
    saved = configured_database_url()
    if saved:
        return saved
    return f"sqlite:///{user_data_dir() / 'desk.sqlite3'}"


def check_database_url(url: str, timeout_seconds: int = 5) -> str:
    """Connect to ``url`` once (one trivial query) and disconnect; the backend's name.
    ``DatabaseUrlError`` (message in Chinese) when the URL is unusable or the server
    cannot be reached. An SQLite file that does not exist yet is not created."""
    parsed = normalise_url(url.strip())
    path = sqlite_file(parsed)
    if path is not None and not path.exists():
        if not path.parent.is_dir():
            raise DatabaseUrlError(msg("文件夹不存在：{parent}", parent=path.parent))
        return parsed.get_backend_name()
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = timeout_seconds
    engine = create_engine(parsed, poolclass=NullPool, connect_args=connect_args)
    try:
        with engine.connect() as connection:
            # sqlite_master makes SQLite read the file header: a non-database file fails.
            probe = "SELECT count(*) FROM sqlite_master" if path is not None else "SELECT 1"
            connection.execute(text(probe))
    except Exception as exc:  # every driver error means "cannot use it"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseUrlError(msg("无法连接数据库：{first}", first=first)) from exc
    finally:
        engine.dispose()
    return parsed.get_backend_name()


def normalise_url(url: str | URL) -> URL:
    """Parse a URL; plain ``postgresql://`` means psycopg 3, the driver we ship."""
    from sqlalchemy import make_url

    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends
        raise DatabaseUrlError(msg("数据库地址无法识别：{url!s}（{exc}）", url=url, exc=exc)) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUrlError(
            msg("不支持的数据库类型：{value}（仅支持 SQLite 与 PostgreSQL）", value=parsed.get_backend_name())
        )
    return parsed


def translate_database_error(error: BaseException) -> Exception | None:
    """A ``DomainError`` for a database error with a cause people can act on: the disk
    is full, a value is too long for its column, a date or number is out of range; None
    for anything else (a lost connection stays a database error, "try again")."""
    from desk_app.errors import DomainError

    original = getattr(error, "orig", None) or error
    state = str(getattr(original, "sqlstate", "") or "")
    text = str(original).lower()
    if state in {"53100", "53200"} or "disk is full" in text or "no space left" in text:
        return DomainError(
            msg("磁盘已满，本次保存未生效：请清理数据库所在磁盘的空间（或请管理员处理）后再保存")
        )
    if state == "22001" or "value too long" in text:
        return DomainError(msg("填写的内容过长，超出了数据库允许的长度，本次保存未生效"))
    if state in {"22007", "22008"} or "date/time field value out of range" in text:
        return DomainError(msg("日期或时间不正确（超出可保存的范围），本次保存未生效"))
    if state == "22003" or "out of range" in text:
        return DomainError(msg("数字超出可保存的范围，本次保存未生效"))
    return None


def plain_sqlite_path(url: str) -> Path | None:
    """The file of a plain SQLite URL (``sqlite:///path``, no options, nothing escaped),
    read without SQLAlchemy; None for anything else."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            rest = url[len(prefix) :]
            if rest and rest != ":memory:" and not any(char in rest for char in "?%#"):
                return Path(rest)
    return None


@contextmanager
def sqlite_reading(url: str | None, revision: str) -> Iterator[sqlite3.Connection | None]:
    """A read transaction on the SQLite file of ``url`` (the configured database when
    None) with the standard library alone, if it is a plain SQLite file at schema
    ``revision``; else None, and the caller opens it the usual way (``Database`` and the
    schema check, which upgrades or explains).

    Issue 18: ``desk-app print notice N`` reads one notice; importing SQLAlchemy alone
    took longer than ReportLab drawing the page. Nothing is written: no WAL switch, no
    clean-up of the backup folder (the next start of anything else does it)."""
    path = plain_sqlite_path(url or default_database_url())
    if path is None or not path.is_file():
        yield None
        return
    connection = sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        try:
            connection.execute("BEGIN")  # deferred: a reader never blocks a writer (WAL)
            revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.Error:
            revisions = []  # not a database of ours, or not yet: the usual way says why
        yield connection if revisions == [(revision,)] else None
    finally:
        connection.close()  # ends the read transaction


def sqlite_file(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None (in-memory, or not SQLite)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _ours_to_switch(cursor: Any) -> bool:
    """Whether this file may be put in WAL mode: a new, empty file or a 前台 Desk
    database at a revision this program knows. A foreign or newer file is refused
    later by the schema check and must leave unchanged (issue 19)."""
    from desk_app.models.schema import HEAD_REVISION

    tables = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return True
    if "alembic_version" not in tables or "complaint" not in tables:
        return False
    revisions = [str(row[0]) for row in cursor.execute("SELECT version_num FROM alembic_version")]
    return len(revisions) == 1 and revisions[0] <= HEAD_REVISION


def _configure_sqlite(engine: Engine, in_memory: bool) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below); pysqlite's implicit transactions would
        # defer the write lock and fail with "database is locked" under contention.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not in_memory and _ours_to_switch(cursor):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # FULL: a save reported done survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("desk_read_only"):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_desk_engine(url: str | URL, echo: bool = False) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(parsed)
        if path is None:
            engine = create_engine(
                parsed, echo=echo, poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(
                parsed,
                echo=echo,
                connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            )
        _configure_sqlite(engine, in_memory=path is None)
        return engine
    return create_engine(parsed, echo=echo, pool_pre_ping=True)


class Database:
    """One configured database: its engine and its units of work.

    ``with db.begin() as session:`` is a write unit of work (one transaction);
    ``with db.read() as session:`` is a read-only one that never blocks writers.
    """

    def __init__(
        self,
        url: str | URL | None = None,
        *,
        clock: Clock | None = None,
        zone: ZoneInfo = DEFAULT_ZONE,
        echo: bool = False,
    ) -> None:
        self.url = normalise_url(url or default_database_url())
        self.clock: Clock = clock or SystemClock()
        self.zone = zone
        self.engine = create_desk_engine(self.url, echo=echo)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        return self._session_factory(self.engine)

    @cached_property
    def _read_sessions(self) -> sessionmaker[Session]:
        return self._session_factory(self.engine.execution_options(desk_read_only=True))

    @staticmethod
    def _session_factory(engine: Engine) -> sessionmaker[Session]:
        # A session needs every model: the tables on the metadata, the relationships
        # resolvable. Imported here, at the first session (issue 18).
        from sqlalchemy.orm import sessionmaker

        from desk_app.models import load_all, tracking

        load_all()
        return sessionmaker(engine, class_=tracking.TrackedSession, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def display_url(self) -> str:
        """The URL without its password, for title bars and logs."""
        return self.url.render_as_string(hide_password=True)

    def session(self, actor_id: int | None = None) -> Session:
        session = self._sessions()
        session.info.update(actor_id=actor_id, clock=self.clock, zone=self.zone)
        return session

    @contextmanager
    def begin(self, actor_id: int | None = None) -> Iterator[Session]:
        """A write unit of work: committed on success, rolled back on any error. A
        database error people can act on (disk full, value too long, bad date) comes out
        as a ``DomainError`` in Chinese (``database_error_message``)."""
        from sqlalchemy.exc import DBAPIError

        try:
            with self.session(actor_id) as session, session.begin():
                yield session
        except DBAPIError as error:
            translated = translate_database_error(error)
            if translated is None:
                raise
            raise translated from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        session.info.update(actor_id=None, clock=self.clock, zone=self.zone)
        # close() ends the transaction and detaches the objects without expiring
        # them, so what was read stays readable after the block.
        with session:
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A read-only Core connection in its own transaction (never blocks writers, as
        ``read``), without the ORM: for a command that reads a few rows with plain SQL."""
        with self.engine.execution_options(desk_read_only=True).connect() as connection, connection.begin():
            yield connection

    def dispose(self) -> None:
        self.engine.dispose()
