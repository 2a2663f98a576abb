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


#: Empties the test database in one round trip: every row of every table goes and every
#: sequence restarts; the schema stays. Foreign keys are not checked while emptying
#: (session_replication_role, for this transaction only). One statement instead of one a
#: table: the PostgreSQL half of the suite paid ~40 ms a test for the round trips.
_EMPTY_ALL_TABLES = """
DO $$
DECLARE
    name text;
BEGIN
    PERFORM set_config('session_replication_role', 'replica', true);
    FOR name IN
        SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'
    LOOP
        EXECUTE format('DELETE FROM %I', name);
    END LOOP;
    FOR name IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
        PERFORM setval(format('%I', name), 1, false);
    END LOOP;
END
$$
"""


@pytest.fixture(scope="session")
def _pg_emptier(_pg_database: str) -> Iterator[Callable[[], None]]:
    engine = create_engine(_pg_database, poolclass=NullPool)
    connection = engine.connect()

    def empty() -> None:
        with connection.begin():
            connection.execute(text(_EMPTY_ALL_TABLES))

    try:
        yield empty
    finally:
        connection.close()
        engine.dispose()


@pytest.fixture
def pg_url(_pg_database: str, _pg_emptier: Callable[[], None]) -> str:
    """An empty PostgreSQL database at the newest schema."""
    _pg_emptier()
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


# -- reads that write (issue 19) ----------------------------------------------------------------
#
# services/permissions.py says which public service functions only read (``READ_ONLY``
# and the matrix's ``NOT_A_WRITE``). In every test, each change to a row in a session
# (a field set, a child row added or removed, a row added or deleted) and each UPDATE,
# INSERT or DELETE statement looks down the stack for the outermost service function it
# happens under: when that is a read, the test fails. So a function wrongly listed as a
# read (to escape the permission matrix) is caught by the tests that run it.

_SERVICE_CODES: dict[object, tuple[str, bool]] = {}
_READS_THAT_WROTE: list[str] = []


def _service_codes() -> dict[object, tuple[str, bool]]:
    """Each classified service function's code object: (its matrix name, reads only)."""
    if not _SERVICE_CODES:
        import importlib
        import inspect

        from desk_app.services import permissions

        for name in set(permissions.MATRIX) | permissions.READ_ONLY:
            module, function = name.split(".")
            target = inspect.unwrap(getattr(importlib.import_module(f"desk_app.services.{module}"), function))
            _SERVICE_CODES[target.__code__] = (name, not permissions.is_write(name))
    return _SERVICE_CODES


def _note_read_that_wrote(what: str) -> None:
    import sys

    codes = _service_codes()
    outermost = None
    frame = sys._getframe(2)
    while frame is not None:
        hit = codes.get(frame.f_code)
        if hit is not None:
            outermost = hit
        frame = frame.f_back
    if outermost is not None and outermost[1]:
        _READS_THAT_WROTE.append(f"{outermost[0]} (listed as a read) wrote: {what}")


def _install_read_watch() -> None:
    from sqlalchemy import event, inspect
    from sqlalchemy.orm import ORMExecuteState, RelationshipProperty, Session

    from desk_app.models import Base
    from desk_app.models.tracking import TrackedSession

    # What the flush itself does (numbers, created-by, foreign keys, the audit) is the
    # bookkeeping of changes made before it, not a change of its own.
    def statement(state: ORMExecuteState) -> None:
        if state.session._flushing:
            return
        if state.is_update or state.is_delete or state.is_insert:
            _note_read_that_wrote("an UPDATE/INSERT/DELETE statement")

    def added(session: Session, instance: object) -> None:
        if session._flushing:
            return
        _note_read_that_wrote(f"added a {type(instance).__name__}")

    def changed(key: str) -> object:
        def listener(target: object, *_args: object) -> None:
            session = inspect(target).session
            if session is not None and not session._flushing:  # rows, not objects built in memory
                _note_read_that_wrote(f"changed {type(target).__name__}.{key}")

        return listener

    event.listen(TrackedSession, "do_orm_execute", statement)
    event.listen(TrackedSession, "transient_to_pending", added)
    for mapper in Base.registry.mappers:
        for prop in mapper.attrs:
            if prop.parent is not mapper:
                continue
            attribute = getattr(mapper.class_, prop.key)
            event.listen(attribute, "set", changed(prop.key))
            if isinstance(prop, RelationshipProperty) and prop.uselist:
                event.listen(attribute, "append", changed(prop.key))
                event.listen(attribute, "remove", changed(prop.key))


_install_read_watch()


@pytest.fixture(autouse=True)
def _reads_write_nothing() -> Iterator[None]:
    _READS_THAT_WROTE.clear()
    yield
    found = sorted(set(_READS_THAT_WROTE))
    _READS_THAT_WROTE.clear()
    assert found == [], f"services/permissions.py lists these as reads: {found}"
