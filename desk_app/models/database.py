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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, StaticPool

from desk_app.clock import DEFAULT_ZONE, Clock, SystemClock
from desk_app.messages import msg
from desk_app.models import load_all, tracking
from desk_app.user_dirs import APP_NAME as APP_NAME  # re-exported
from desk_app.user_dirs import user_config_dir as user_config_dir  # re-exported

# A database needs every model: the tables on the metadata, the relationships resolvable.
load_all()

ENV_DATABASE_URL = "DESK_APP_DATABASE_URL"
DATABASE_CONFIG_FILE = "database.json"
SQLITE_BUSY_TIMEOUT_MS = 30_000

log = logging.getLogger(__name__)


class DatabaseUrlError(ValueError):
    """The database URL cannot be used; the message says why, in Chinese."""


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_config_file() -> Path:
    """Where the settings screen keeps the database URL chosen for the next start."""
    return user_config_dir() / DATABASE_CONFIG_FILE


def configured_database_url() -> str | None:
    """The URL saved by the settings screen, or None (no file, or an unreadable one)."""
    path = database_config_file()
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("the database configuration %s cannot be read; ignored", path, exc_info=True)
        return None
    url = payload.get("url") if isinstance(payload, dict) else None
    return url.strip() if isinstance(url, str) and url.strip() else None


def save_database_url(url: str | None) -> Path:
    """Keep ``url`` for the next start (None: back to the default); the file written.
    The URL is checked for form (``normalise_url``) but not connected to here."""
    path = database_config_file()
    if url is None or not url.strip():
        path.unlink(missing_ok=True)
        return path
    normalise_url(url.strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"url": url.strip()}, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)
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


def sqlite_file(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None (in-memory, or not SQLite)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _configure_sqlite(engine: Engine, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below); pysqlite's implicit transactions would
        # defer the write lock and fail with "database is locked" under contention.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not in_memory:
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
        self._sessions = sessionmaker(self.engine, class_=tracking.TrackedSession, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(desk_read_only=True),
            class_=tracking.TrackedSession,
            expire_on_commit=False,
        )

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
        """A write unit of work: committed on success, rolled back on any error."""
        with self.session(actor_id) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        session.info.update(actor_id=None, clock=self.clock, zone=self.zone)
        # close() ends the transaction and detaches the objects without expiring
        # them, so what was read stays readable after the block.
        with session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
