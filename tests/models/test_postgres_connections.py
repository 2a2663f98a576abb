"""PostgreSQL connections (issue 18): a pooled connection is pinged only after it has
been idle a while, and one that died while idle (server restarted, network dropped) is
replaced before the unit of work starts; reads run in autocommit (no BEGIN/ROLLBACK
round trips) and still see what was committed, writes stay transactions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.pool import NullPool

from desk_app.bootstrap import open_database
from desk_app.models import Setting
from desk_app.models import database as database_module
from desk_app.models.database import Database

pytestmark = pytest.mark.pg


@pytest.fixture
def pg(pg_url: str) -> Iterator[Database]:
    db, _ = open_database(pg_url)
    try:
        yield db
    finally:
        db.dispose()


def _backend_pid(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_that_died_while_idle_is_replaced(pg: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _backend_pid(pg)
    assert _backend_pid(pg) == first  # back within seconds: the same connection, no ping
    admin = create_engine(pg.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
    finally:
        admin.dispose()
    monkeypatch.setattr(database_module, "IDLE_PING_SECONDS", -1.0)  # "idle for a while"
    assert _backend_pid(pg) != first  # pinged, found dead, replaced: no error for the person


def test_reads_are_autocommit_and_see_the_last_commit(pg: Database) -> None:
    """In a transaction ``now()`` stays at its start; in autocommit every statement is
    its own transaction, so after a pause ``now()`` is the statement's own time."""
    later = "SELECT now() = statement_timestamp()"
    with pg.begin() as session:
        session.add(Setting(key="community_name", value="翠湖苑"))
        session.execute(text("SELECT pg_sleep(0.02)"))
        assert session.execute(text(later)).scalar_one() is False  # a write is one transaction
    with pg.read() as session:
        session.execute(text("SELECT pg_sleep(0.02)"))
        assert session.execute(text(later)).scalar_one() is True
        assert session.scalar(select(Setting.value).where(Setting.key == "community_name")) == "翠湖苑"
    with pg.read_connection() as connection:
        connection.execute(text("SELECT pg_sleep(0.02)"))
        assert connection.execute(text(later)).scalar_one() is True


def test_a_streaming_read_keeps_its_transaction(pg: Database) -> None:
    """``yield_per`` fetches through a server-side cursor, which PostgreSQL allows only
    in a transaction: ``read(streaming=True)`` keeps one."""
    with pg.begin() as session:
        session.add_all(Setting(key=f"k{n}", value=n) for n in range(30))
    with pg.read(streaming=True) as session:
        values = [row.value for row in session.scalars(select(Setting).execution_options(yield_per=7))]
    assert sorted(values) == list(range(30))
