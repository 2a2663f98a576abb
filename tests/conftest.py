"""Shared test set-up: offscreen Qt, isolated user folders, throw-away databases on
SQLite and on the PostgreSQL server (127.0.0.1:5432)."""

from __future__ import annotations

import os

# Before anything imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from desk_app.bootstrap import open_database
from desk_app.models.database import Database

#: Shared fixtures of the book screens' tests (dispatch slips, reception books, notices, slips).
pytest_plugins = ("tests.ui.book_pages",)

PG_ADMIN_URL = os.environ.get("DESK_APP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the real user data, log or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("DESK_APP_DATABASE_URL", raising=False)


def _pg_unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL not reachable: {reason}")


def _database_url(name: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="session")
def _pg_database() -> Iterator[str]:
    """One throw-away database per run (per xdist worker), migrated to head once and
    dropped at the end. Creating a database per test costs most of a second on a
    loaded server; emptying this one costs milliseconds."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"desk_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        _pg_unavailable(str(exc).splitlines()[0])
    try:
        database, _ = open_database(_database_url(name))
        database.dispose()
        yield _database_url(name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _empty_pg_database(url: str) -> None:
    """Every row of every table goes, and every sequence restarts; the schema stays.
    Foreign keys are not checked while emptying (session_replication_role)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            tables = conn.scalars(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
                )
            ).all()
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            for table in tables:
                conn.execute(text(f'DELETE FROM "{table}"'))
            for sequence in conn.scalars(
                text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
            ):
                conn.execute(text("SELECT setval(:name, 1, false)"), {"name": f'"{sequence}"'})
    finally:
        engine.dispose()


@pytest.fixture
def pg_url(_pg_database: str) -> str:
    """An empty PostgreSQL database at the newest schema."""
    _empty_pg_database(_pg_database)
    return _pg_database


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to head once per run; tests copy it, as on PostgreSQL."""
    path = tmp_path_factory.mktemp("template") / "desk.sqlite3"
    database, _ = open_database(f"sqlite:///{path}")
    database.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using this runs once on SQLite and once on PostgreSQL, on a database
    already at the newest schema."""
    if request.param == "sqlite":
        path = tmp_path / "desk.sqlite3"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An upgraded, empty database on each backend."""
    database, _ = open_database(db_url)
    try:
        yield database
    finally:
        database.dispose()


def _type_text(widget: object, text: str) -> None:
    """Type ``text`` into a focused-or-not text widget the way an input method does:
    one committed string (QTest.keyClicks aborts on characters outside ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text() -> Callable[[object, str], None]:
    """``type_text(widget, "张三")``: Chinese input in GUI tests (see ``_type_text``)."""
    return _type_text


@pytest.fixture(autouse=True)
def _no_unanswered_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box that no test answers would wait for a click forever (offscreen,
    nobody clicks) and hang the run: it fails the test instead. Tests that expect a
    question patch it themselves (their monkeypatch wins, being later)."""
    from PySide6.QtWidgets import QMessageBox

    def unanswered(name: str) -> Callable[..., object]:
        def box(*args: object, **_kwargs: object) -> object:
            text = args[2] if len(args) > 2 else ""
            raise AssertionError(f"unexpected QMessageBox.{name} nobody answers: {text}")

        return box

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unanswered(name))
